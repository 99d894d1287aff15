import type { Doc } from '../doc.js';
import { LONG_PIECE } from '../detectors/loginMatches.js';
import { madeOfParts } from '../detectors/nameLogins.js';
import { addPerson } from './addPerson.js';
import { nameScore, type WordInfo } from './wordInfo.js';

// A roster's login beside the name it was made from: "cranem  Mercy Crane  last day Thu 10/29",
// "rnoble  Ranger Noble", "- Destiny Bond / bondd / badge". Logins are made of the starts of a
// person's name parts (surname and initial, initial and surname), so the fewest capitalised
// name-like words next to a word made of their starts are that person, even when they are also
// ordinary words ("Mercy Crane"); the login then goes with the name (`detectNameLogins`).

const MAX_PARTS = 3;
const NOT_A_TO_Z = /[^a-z]/g;

/** Some part's first LONG_PIECE letters stand in `letters`, as madeOfParts needs (most words are turned away here). */
function holdsLongStart(letters: string, parts: readonly string[]): boolean {
  for (const p of parts) if (p.length >= LONG_PIECE && letters.includes(p.slice(0, LONG_PIECE))) return true;
  return false;
}

/** Takes the name beside each word made of the name's starts (the word itself is left to `detectNameLogins`). */
export function loginBesideName(doc: Doc, infos: WordInfo[]): void {
  for (let i = 0; i < infos.length; i++) {
    const login = infos[i] as WordInfo;
    // (a capitalised word is no login in mixed case: "River: Driver is rel 2021.7"; a word shorter
    // than madeOfParts' long piece is made of no name)
    if ((login.cap && !login.upper) || login.tok.end - login.tok.start < LONG_PIECE) continue;
    let letters: string | undefined;
    for (let step = 1; step >= -1; step -= 2) {
      let parts: string[] | undefined;
      for (let n = 1; n <= MAX_PARTS; n++) {
        const w = infos[i + step * n];
        if (w === undefined || !w.cap || nameScore(w) < 1 || w.folded === login.folded) break;
        (parts ??= []).push(...w.pieces);
        letters ??= login.lower.replace(NOT_A_TO_Z, '');
        // (the start of one word is that word cut short: "C.O.REFERRAL.REFERRALSERVICE")
        if (!holdsLongStart(letters, parts) || parts.some((p) => p.startsWith(letters as string)) || !madeOfParts(letters, parts)) continue;
        const [first, last] = (step === 1 ? [infos[i + 1], w] : [w, infos[i - 1]]) as [WordInfo, WordInfo];
        addPerson(doc, first.tok.start, last.possessive ? last.tok.end - 2 : last.tok.end);
        break;
      }
    }
  }
}
