import type { Doc } from '../doc.js';
import { isCommonWord } from '../text/englishLexicon.js';
import { fold } from '../text/fold.js';
import { NOT_NAMES, TECH } from '../names/vocabulary.js';
import { LONG_PIECE, loginMatches } from './loginMatches.js';

// A login made from a name the ticket gives: "SDEGROOT" beside "Sanne de Groot", "hgolubeva" beside
// "Halyna Golubeva", "cashde9" beside "Dell Cash" (a transaction log, "by hgolubeva", "lockouts
// cashde9"). Looked for once the names are known: a word all in lower case or all in capitals (a
// name itself is capitalised) whose letters are starts of the known name parts, one of them four
// letters or more, is that person's login; a first initial may lead. Ordinary words and products
// stay ("HISTORY" beside "Story"). The words looked at are found by `loginMatches`.

/** Whether `letters` is a run of starts of `parts` (after at most one free initial), one of them long. */
export function madeOfParts(letters: string, parts: readonly string[]): boolean {
  const n = letters.length;
  // reach[i]: 0 no, 1 reached, 2 reached with a long piece
  const reach = new Uint8Array(n + 1);
  reach[0] = 1;
  reach[1] = 1;
  for (let i = 0; i < n; i++) {
    const state = reach[i] ?? 0;
    if (state === 0) continue;
    for (const part of parts) {
      for (let len = 1; len <= part.length && i + len <= n && letters.charCodeAt(i + len - 1) === part.charCodeAt(len - 1); len++) {
        const next = state === 2 || len >= LONG_PIECE ? 2 : 1;
        if (next > (reach[i + len] ?? 0)) reach[i + len] = next;
      }
    }
  }
  return reach[n] === 2;
}

/** Bits 0-25: the letters a to z that some part starts with. */
function startLetters(parts: readonly string[]): number {
  let bits = 0;
  for (const part of parts) bits |= 1 << (part.charCodeAt(0) - 97);
  return bits;
}

/**
 * Whether the first or the second letter of a LOGIN match starts a part, as `madeOfParts` needs (it
 * starts a piece at the first letter, or at the second after a free initial): most words are turned
 * away here, before any string is made of them.
 */
function mayStartPart(word: string, starts: number): boolean {
  // (the match is ASCII and starts with a letter)
  if ((starts >> ((word.charCodeAt(0) | 32) - 97)) & 1) return true;
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) return ((starts >> (c - 97)) & 1) === 1;
  }
  return false;
}

/** Whether `s` is all a-z (and not empty). */
function isAz(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return s.length > 0;
}

export function detectNameLogins(doc: Doc): void {
  if (doc.nameParts.size === 0) return;
  const parts = new Set<string>();
  let long = false;
  for (const p of doc.nameParts) {
    // (most parts are already a-z alone: their fold and split are themselves)
    if (isAz(p)) {
      parts.add(p);
      long ||= p.length >= LONG_PIECE;
      continue;
    }
    for (const piece of fold(p).split(/[^a-z]+/)) {
      if (!piece) continue;
      parts.add(piece);
      long ||= piece.length >= LONG_PIECE;
    }
  }
  if (!long) return;
  const list = [...parts];
  const starts = startLetters(list);
  for (const m of loginMatches(doc, list)) {
    if (!mayStartPart(m[0], starts)) continue;
    const word = m[0].replace(/[._]+$/, '');
    const letters = word.toLowerCase().replace(/[^a-z]/g, '');
    // (the name itself, or an ordinary word, is no login; with digits it is: "royal50")
    const numbered = /\d/.test(word);
    if (letters.length < 4 || (!numbered && (parts.has(letters) || isCommonWord(letters))) || TECH.has(letters) || NOT_NAMES.has(letters)) continue;
    if (madeOfParts(letters, list)) doc.add(m.index, m.index + word.length, 'USERNAME', 55, word.toLowerCase());
  }
}
