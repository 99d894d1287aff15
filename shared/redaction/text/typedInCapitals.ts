/** Most words of the line (two or more letters) are in capitals: a pager, teletype or shouted note. */
export function typedInCapitals(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => /^\p{L}{2,}$/u.test(w));
  return words.filter((w) => w === w.toUpperCase()).length * 2 > words.length;
}
