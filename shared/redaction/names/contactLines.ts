import type { Doc } from '../doc.js';
import { addPerson } from './addPerson.js';
import { lowerCaseNamePart } from './namePart.js';

// A line of a contact's name and its phone's label: the sender of a pasted text thread above the
// time of the message ("zainab al-shammari (mobile)\ntoday 10:42 pm"), or a number's owner, in
// whatever case it was typed.
const LABEL = String.raw`\((?:mobile|cell|iphone|home|work|main)\)`;
const CONTACT = new RegExp(String.raw`^[ \t]*(\p{L}[\p{L}\p{M}'’-]*(?: \p{L}[\p{L}\p{M}'’-]*)*)[ \t]${LABEL}[ \t]*$`, 'gimu');
const LABEL_GATE = new RegExp(LABEL, 'i');

/** The name on a contact line, when every word of it can be a name part. */
export function contactLines(doc: Doc): void {
  if (!LABEL_GATE.test(doc.text)) return;
  CONTACT.lastIndex = 0;
  for (let m = CONTACT.exec(doc.text); m; m = CONTACT.exec(doc.text)) {
    const name = m[1] ?? '';
    if (!name.toLowerCase().split(' ').every(lowerCaseNamePart)) continue;
    const at = m.index + m[0].indexOf(name);
    addPerson(doc, at, at + name.length);
  }
}
