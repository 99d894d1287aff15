/** An ASCII letter (A–Z, a–z). */
export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** An ASCII digit (0–9). */
export function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * A code unit that may be part of a letter: an ASCII letter, or anything past ASCII (which a
 * Unicode test then decides). Lets a hand-written scan skip ASCII text without a regex.
 */
export function mayBeLetter(c: number): boolean {
  return c >= 128 || isAsciiLetter(c);
}
