import type { Doc } from '../doc.js';
import { isCommonWord } from '../text/englishLexicon.js';
import { addPerson } from './addPerson.js';
import { nameLexicon } from './nameLexicon.js';
import { lowerCaseNamePart } from './namePart.js';
import { isRoleWord } from './roleAfter.js';

// A signature typed in lower case, where no capital marks the name: at the end of a field, a line of
// one or two name words beside a line of role or department words ("xiaoling\nrevenue cycle",
// "central scheduling\nchase"), or with the role after a comma ("davi santos, radiology").

const NAME_LINE = /^[ \t>]*(\p{Ll}[\p{Ll}\p{M}'’-]{1,30}(?: \p{Ll}[\p{Ll}\p{M}'’-]{1,30})?)(?:,[ \t]*(\p{Ll}[\p{Ll} |&/-]{2,60}))?[ \t]*$/u;
const ROLE_LINE = /^[ \t>]*(\p{Ll}[\p{Ll} |&/-]{2,60})[ \t]*$/u;

/** Words of a role or department: ordinary words, one of them a role or department word ("revenue cycle"). */
function roleWords(text: string): boolean {
  const words = text.split(/[ |&/-]+/).filter(Boolean);
  return words.some(isRoleWord) && words.every((w) => isRoleWord(w) || isCommonWord(w));
}

function roleLine(text: string | undefined): boolean {
  const m = text === undefined ? null : ROLE_LINE.exec(text);
  return m?.[1] !== undefined && roleWords(m[1]);
}

/** A word that says "name" by itself: no dictionary word, or a given name ("chase"). */
function clearName(word: string): boolean {
  return !isCommonWord(word) || nameLexicon().isGivenName(word);
}

/**
 * A ticket typed in lower case: the name lines of a field's signature block (its last lines that hold
 * something, in order; see `detectSignatures`), as no capital marks them there.
 */
export function lowerCaseSignature(doc: Doc, lines: readonly number[]): void {
  if (lines.length < 2) return;
  const texts = lines.map((line) => doc.line(line));
  texts.forEach((text, i) => {
    const m = NAME_LINE.exec(text);
    const name = m?.[1];
    if (!m || name === undefined) return;
    const words = name.split(' ');
    if (!words.every(lowerCaseNamePart) || !words.some(clearName)) return;
    const role = m[2] !== undefined ? roleWords(m[2]) : roleLine(texts[i - 1]) || roleLine(texts[i + 1]);
    if (!role) return;
    const at = doc.lineStart(lines[i] as number) + text.indexOf(name);
    addPerson(doc, at, at + name.length);
  });
}
