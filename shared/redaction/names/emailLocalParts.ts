import type { Doc } from '../doc.js';
import { addPerson } from './addPerson.js';
import type { WordInfo } from './wordInfo.js';

// what a local part adds to a name to tell its mailboxes apart ("elif.celik.home@"): no name
const MAILBOX_WORDS = new Set(['home', 'work', 'personal', 'private', 'mail', 'email', 'office', 'school', 'family', 'main']);

/** "waters.sarah@", "ellisj61@", "rfernandez@": capitalised words spelled inside a local part are names. */
export function matchEmailLocalParts(doc: Doc, infos: WordInfo[], locals: readonly string[]): void {
  if (!locals.length) return;
  const forms = new Set<string>();
  // the surnames spelled after an initial ("dbenitez@": benitez), with the initial
  const initials = new Map<string, string>();
  for (const local of locals) {
    for (const piece of local.split(/[._+-]+/)) {
      const letters = piece.replace(/\d+/g, '');
      if (letters.length < 3 || MAILBOX_WORDS.has(letters.toLowerCase())) continue;
      forms.add(letters);
      if (letters.length >= 5) {
        forms.add(letters.slice(1));
        forms.add(letters.slice(0, -1));
        initials.set(letters.slice(1), letters.charAt(0));
      }
    }
  }
  for (const w of infos) {
    if (!w.alpha || !w.cap || w.tech || w.base.length < 3) continue;
    if (w.common && !w.known) continue;
    // "Sung-min" is spelled "sungmin" in an address
    if (!forms.has(w.folded) && !(w.folded.includes('-') && forms.has(w.folded.replace(/-/g, '')))) continue;
    const end = w.possessive ? w.tok.end - 2 : w.tok.end;
    addPerson(doc, givenBefore(infos, w, initials.get(w.folded))?.tok.start ?? w.tok.start, end);
  }
}

/**
 * The given name right before a surname that an address spells after its initial, even when it is
 * a word ("drew benitez, dbenitez@"): a census given name that is no product, starting with the
 * initial, one character before.
 */
function givenBefore(infos: WordInfo[], surname: WordInfo, initial: string | undefined): WordInfo | undefined {
  const w = infos[surname.index - 1];
  if (initial === undefined || w === undefined || w.tok.end + 1 !== surname.tok.start) return undefined;
  return w.given && !w.tech && w.folded.startsWith(initial) ? w : undefined;
}
