import type { Doc } from '../doc.js';
import { isCommonWord } from '../text/englishLexicon.js';
import { fold } from '../text/fold.js';
import { addPerson } from './addPerson.js';
import { setOffBefore } from './addressSetOff.js';
import { nameLexicon } from './nameLexicon.js';
import { isGroupOrProduct, NOT_NAMES, STRONG_CUES, TITLES, WEAK_CUES } from './vocabulary.js';

// "leroy knight <lknight@...>", "carroll, bishop <bcarroll@...>", "(björn lindqvist, bjorn.lindqvist@...)":
// the words right before an address that spells one of them are its owner's name, capitalised or not.

// up to four words (an initial with its dot, one "Last, First" comma), then how an address is set off
const NAME_BEFORE_ADDRESS = /(?:^|[^\p{L}\p{M}'’.-])((?:\p{L}[\p{L}\p{M}'’-]*\.?,? ){0,3}\p{L}[\p{L}\p{M}'’-]*)\s{0,2}(?:<|\(|\[mailto:|,\s{0,2})$/u;
const LOCAL_PART = /[\w.+'-]/;

/** A word of the name spelled in the local part ("knight" in "lknight", "bjorn" in "bjorn.lindqvist1974"). */
function spelled(word: string, local: string): boolean {
  const f = fold(word.replace(/[.,]$/, ''));
  return f.length >= 3 && local.includes(f);
}

/** A word that cannot be part of a name here: a cue, a group, a product, a title. */
function notNamePart(word: string): boolean {
  const lower = word.replace(/[.,]$/, '').toLowerCase();
  return isGroupOrProduct(lower) || NOT_NAMES.has(lower) || STRONG_CUES.has(lower) || WEAK_CUES.has(lower) || TITLES.has(lower);
}

/** A listed name that is no ordinary word ("jennifer" before "jsummers@"). */
function listedName(word: string): boolean {
  const w = word.replace(/[.,]$/, '');
  return w.length >= 2 && nameLexicon().isName(w) && !isCommonWord(w) && !notNamePart(w);
}

export function namesBeforeAddress(doc: Doc): void {
  const text = doc.text;
  for (let sign = text.indexOf('@'); sign !== -1; sign = text.indexOf('@', sign + 1)) {
    let start = sign;
    while (start > 0 && LOCAL_PART.test(text[start - 1] as string)) start--;
    if (start === sign || !setOffBefore(text, start)) continue;
    const local = fold(text.slice(start, sign)).replace(/[^a-z]/g, '');
    const m = NAME_BEFORE_ADDRESS.exec(text.slice(Math.max(0, start - 90), start));
    const found = m?.[1];
    if (!m || !found) continue;
    let words = found.split(' ');
    // leading words the address does not spell drop out unless they are listed names ("adding", "PM", "hrs,")
    while (words.length > 1 && !spelled(words[0] as string, local) && !listedName(words[0] as string)) words = words.slice(1);
    if (!words.some((w) => spelled(w, local)) || words.some(notNamePart)) continue;
    const name = words.join(' ').replace(/,$/, '');
    // one word alone is a name only when it is no ordinary word ("support@" after "tech")
    if (words.length === 1 && isCommonWord(name)) continue;
    const at = Math.max(0, start - 90) + m.index + m[0].indexOf(found) + found.length - words.join(' ').length;
    addPerson(doc, at, at + name.length, 35);
  }
}
