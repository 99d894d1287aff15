const SPECIAL: Record<string, string> = { ı: 'i', ł: 'l', đ: 'd', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ð: 'd' };

/** Lower-case ASCII form of a word for lexicon look-ups: "Martínez" and "martinez" meet. */
export function fold(word: string): string {
  // most words are plain ASCII (also with digits: MRNs, logins): no normalisation needed
  if (isAscii(word)) return foldAsciiLower(word.toLowerCase());
  let s = word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  if (/[^\u0020-\u007e]/.test(s)) s = s.replace(/[ıłđøßæœþð]/g, (c) => SPECIAL[c] ?? c);
  return s.replace(/['’]/g, '');
}

/** fold() of an ASCII word already in lower case: only apostrophes go. */
export function foldAsciiLower(lower: string): string {
  return lower.includes("'") ? lower.replace(/'/g, '') : lower;
}

export function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}
