// a comma, '(', '<' or the ':' of "[mailto:", then at most four white-space characters
const SET_OFF = /[,(<:]\s{0,4}$/;

/**
 * Whether an address whose local part starts at `local` is set off from what precedes it as a
 * name's address is ("Name <x@", "Name (x@", "Last, First, x@", "Name [mailto:x@"): what the
 * patterns for a name before an address need, tested before them (most addresses stand in prose).
 */
export function setOffBefore(text: string, local: number): boolean {
  return SET_OFF.test(text.slice(Math.max(0, local - 5), local));
}
