import type { WordInfo } from './wordInfo.js';
import { ACRONYMS } from './vocabulary.js';

// What the capitals of a ticket say about its words: none in all-lower-case text, and codes
// ("ECONNREFUSED") in text that is not shouted.

/**
 * A ticket typed all in lower case carries no capitalisation signal: there, listed names that are
 * no ordinary words ("naperville" is not, "sarah" is) are treated as if capitalised.
 */
export function treatCaselessText(infos: WordInfo[]): void {
  let alpha = 0;
  let caps = 0;
  for (const w of infos) {
    if (!w.alpha || w.base.length < 2) continue;
    alpha++;
    if (w.cap) caps++;
  }
  if (alpha < 8 || caps / alpha > 0.03) return;
  for (const w of infos) {
    if (w.cap || !w.alpha || w.tech || w.particle || w.base.length < 2) continue;
    if (ACRONYMS.has(w.lower)) continue;
    if ((w.known && !w.common) || (w.given && w.ambiguous && w.rank <= 300)) w.cap = true;
  }
}

/**
 * In text that is not shouted, an unlisted word of six or more capitals is a code ("ECONNREFUSED",
 * "SQLSTATE"), not a name: it is no longer treated as capitalised.
 */
export function quietCodes(infos: WordInfo[]): void {
  let alpha = 0;
  let upper = 0;
  for (const w of infos) {
    if (!w.alpha || w.base.length < 2) continue;
    alpha++;
    if (w.upper) upper++;
  }
  if (upper * 2 >= alpha) return;
  for (const w of infos) if (w.upper && !w.known && w.base.length >= 6) w.cap = false;
}

/**
 * In a ticket typed in capitals, a short word in capitals is no code for being short ("THANK YOU,
 * HAORAN LIU", "DR. VO"): a listed name may be a name again.
 */
export function treatShoutedText(infos: WordInfo[]): void {
  let alpha = 0;
  let upper = 0;
  for (const w of infos) {
    if (!w.alpha || w.base.length < 2) continue;
    alpha++;
    if (w.upper) upper++;
  }
  if (alpha < 8 || upper * 10 < alpha * 9) return;
  for (const w of infos) if (w.shortCaps && w.known && !w.orgHead) w.allowName();
}
