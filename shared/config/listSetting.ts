/** A comma-separated setting as a list; unset or blank gives an empty list. */
export function listSetting(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}
