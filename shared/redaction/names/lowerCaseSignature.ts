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
// how many of a field's last lines make its signature
const BLOCK = 3;

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

/** The last `count` lines of the field that hold something, in order. */
function lastLines(doc: Doc, field: { start: number; end: number }, count: number): number[] {
  const out: number[] = [];
  const first = doc.lineOf(field.start);
  for (let line = doc.lineOf(Math.max(field.start, field.end - 1)); line >= first && out.length < count; line--) {
    if (doc.line(line).trim()) out.unshift(line);
  }
  return out;
}

/** Only in a ticket typed in lower case (`caseless`): elsewhere a signature's capitals tell (see signatures.ts). */
export function lowerCaseSignature(doc: Doc, caseless: boolean): void {
  if (!caseless) return;
  for (const field of doc.fields) {
    const lines = lastLines(doc, field, BLOCK);
    if (lines.length < 2) continue;
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
}
