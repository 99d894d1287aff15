import type { WordInfo } from './wordInfo.js';
import { ACRONYMS } from './vocabulary.js';

// What the capitals of a ticket say about its words: none in all-lower-case text, codes
// ("ECONNREFUSED") in text that is not shouted, and no codes for being short in text that is.

/** Words of two letters or more, and how many of them are capitalised and how many in capitals. */
interface CaseCounts {
  alpha: number;
  caps: number;
  upper: number;
}

function caseCounts(infos: WordInfo[]): CaseCounts {
  let alpha = 0;
  let caps = 0;
  let upper = 0;
  for (const w of infos) {
    if (!w.alpha || w.base.length < 2) continue;
    alpha++;
    if (w.cap) caps++;
    if (w.upper) upper++;
  }
  return { alpha, caps, upper };
}

/** At least 8 words, at most 3% of them capitalised. */
function typedInLowerCase({ alpha, caps }: CaseCounts): boolean {
  return alpha >= 8 && caps / alpha <= 0.03;
}

// typed in a hurry, these are "I'm", "I've" before they are the surnames Im and Ive
const HURRIED = new Set(['im', 'ive']);

/**
 * A ticket typed all in lower case carries no capitalisation signal: there, listed names that are
 * no ordinary words ("naperville" is not, "sarah" is) are treated as if capitalised.
 */
function treatCaselessText(infos: WordInfo[], counts: CaseCounts): void {
  if (!typedInLowerCase(counts)) return;
  for (const w of infos) {
    if (w.cap || !w.alpha || w.tech || w.particle || w.base.length < 2) continue;
    if (ACRONYMS.has(w.lower) || HURRIED.has(w.lower)) continue;
    if ((w.known && !w.common) || (w.given && w.ambiguous && w.rank <= 300)) w.cap = true;
  }
}

/**
 * In text that is not shouted, an unlisted word of six or more capitals is a code ("ECONNREFUSED",
 * "SQLSTATE"), not a name: it is no longer treated as capitalised.
 */
function quietCodes(infos: WordInfo[], { alpha, upper }: CaseCounts): void {
  if (upper * 2 >= alpha) return;
  for (const w of infos) if (w.upper && !w.known && w.base.length >= 6) w.cap = false;
}

/**
 * In a ticket typed in capitals, a short word in capitals is no code for being short ("THANK YOU,
 * HAORAN LIU", "DR. VO"): a listed name may be a name again.
 */
function treatShoutedText(infos: WordInfo[], { alpha, upper }: CaseCounts): void {
  if (alpha < 8 || upper * 10 < alpha * 9) return;
  for (const w of infos) if (w.shortCaps && w.known && !w.orgHead) w.allowName();
}

/**
 * The three in order, on one count of the ticket's words: what they change (`cap`) is counted
 * only by the first, before it changes anything. Tells whether the ticket is typed in lower case.
 */
export function applyCaseSignals(infos: WordInfo[]): { caseless: boolean } {
  const counts = caseCounts(infos);
  treatCaselessText(infos, counts);
  treatShoutedText(infos, counts);
  quietCodes(infos, counts);
  return { caseless: typedInLowerCase(counts) };
}
