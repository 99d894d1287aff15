/** A code unit of the regex class \s, which is also what String.prototype.trim removes (white space and line terminators). */
export function isJsSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** text[i] is white space as /\s/ and `trim` have it. */
export function isSpaceAt(text: string, i: number): boolean {
  return isJsSpace(text.charCodeAt(i));
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
