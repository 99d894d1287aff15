const SPACE = /^\s$/;

/** text[i] is white space as /\s/ and `trim` have it: the ASCII ones by code, the rest by the regex. */
export function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(text.charAt(i));
}

/** /^\s{1,max}$/.test(text.slice(from, to)), without the slice. */
export function spacesBetween(text: string, from: number, to: number, max: number): boolean {
  if (to - from < 1 || to - from > max) return false;
  for (let i = from; i < to; i++) if (!isSpaceAt(text, i)) return false;
  return true;
}

/** How many white-space code units start text.slice(from, to) (what trimStart would drop). */
export function leadingSpaces(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isSpaceAt(text, i)) i++;
  return i - from;
}

/** How many white-space code units end text.slice(from, to) (what trimEnd would drop). */
export function trailingSpaces(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && isSpaceAt(text, i - 1)) i--;
  return to - i;
}
