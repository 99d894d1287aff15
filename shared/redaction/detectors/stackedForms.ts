import type { Doc } from '../doc.js';
import type { PiiType } from '../types.js';
import { KEYS, keyOf } from './keyValues.js';
import { addPerson } from '../names/addPerson.js';
import { leadingSpaces, trailingSpaces } from '../text/whiteSpace.js';
import { ORG_HEADS, TECH } from '../names/vocabulary.js';

// Identifier fields of a web form pasted with the label on one line and the value on the next:
// "Serial number (on the back label)\n2253-NG3E-1881", "Member ID *\nXJH4471920".
const ID_LABEL_TYPES = new Set<PiiType>(['MRN', 'ACCOUNT_NUMBER', 'HEALTH_PLAN_ID', 'LICENSE_NUMBER', 'DEVICE_ID', 'SSN']);
// the label: words, then an optional required-mark, colon or a short parenthetical note
const LABEL = /^[ \t]*([A-Za-z][A-Za-z .#/-]{1,40}?)[ \t]*(?:\([^()\n]{0,40}\))?[ \t]*[*:]?[ \t]*$/;
// the value: one token holding a digit
const VALUE = /^[ \t]*([A-Za-z0-9][A-Za-z0-9./-]{3,39})[ \t]*$/;

// a chat reply that is only a code, right after the other side asks for a code:
// "Bot: I sent a code to that number. Please type it here.\nUser: 001 511"
const ASKS_CODE = /\b(?:code|passcode|otp|pin)\b/i;
// codes an engineer needs, or that are no secret
const OTHER_CODE = /\b(?:error|status|exit|return|reason|event|http|response|result|zip|postal|area|country|billing|diagnosis|dx|cpt|icd|product|promo|discount|qr|bar|source) ?code\b/i;
const CODE_REPLY = /^[ \t]*[A-Za-z][\w .-]{0,20}:[ \t]*(\d{3}[ -]?\d{3}|\d{4,8}|[A-Za-z]{2,6}-\d{3,6}|[A-Za-z0-9]{4,10})[ \t]*$/;

/** One word of 4-40 characters with a digit, alone on the line text[from, to) (a cheap test before the regexes, without slicing the line). */
function lonelyToken(text: string, from: number, to: number): boolean {
  // (as line.trim(): white space and line terminators)
  from += leadingSpaces(text, from, to);
  to -= trailingSpaces(text, from, to);
  if (to - from < 4 || to - from > 40) return false;
  let digit = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 && !(i > from && text.charCodeAt(i - 1) === 58)) return false;
    if (c >= 48 && c <= 57) digit = true;
  }
  return digit;
}

// a name field's value: one to four words of letters ("Tigran", "Ketcher", "Mary-Kate O'Neil")
const NAME_VALUE = /^[ \t]*(\p{L}[\p{L}\p{M}'’.-]{0,40}(?: \p{L}[\p{L}\p{M}'’.-]{0,40}){0,3})[ \t]*$/u;

/** "First Name *\nTigran": a field whose label says name, its value alone on the next line. */
function stackedNames(doc: Doc): void {
  const lower = doc.lower;
  for (let at = lower.indexOf('name'); at !== -1; at = lower.indexOf('name', at + 4)) {
    const line = doc.lineOf(at);
    if (line + 1 >= doc.lineCount) break;
    const start = doc.lineStart(line);
    const end = doc.lineEnd(line);
    if (end - start > 60) continue;
    const label = LABEL.exec(doc.text.slice(start, end));
    const key = label ? keyOf(label[1] ?? '') : '';
    if (!key.endsWith('name') || KEYS[key] !== 'PERSON') continue;
    const next = doc.line(line + 1);
    const v = NAME_VALUE.exec(next);
    const value = v?.[1] ?? '';
    if (!v || value.split(' ').some((w) => TECH.has(w.toLowerCase()) || ORG_HEADS.has(w.toLowerCase()))) continue;
    const valueAt = doc.lineStart(line + 1) + next.indexOf(value);
    addPerson(doc, valueAt, valueAt + value.length, 50);
  }
}

function speaksOfCodes(lower: string): boolean {
  return lower.includes('code') || lower.includes('pin') || lower.includes('otp');
}

export function detectStackedForms(doc: Doc): void {
  const text = doc.text;
  if (!text.includes('\n')) return;
  stackedNames(doc);
  // (the rest needs a digit)
  if (doc.longestDigitRun === 0) return;
  // whether the ticket speaks of codes: three scans of the text, made only when a line needs to know
  let codes: boolean | undefined;
  // the first ':' at or after the next line's start (text.length: none), found again only when behind it
  let colon = -1;
  const lines = doc.lineCount;
  for (let i = 0; i + 1 < lines; i++) {
    const start = doc.lineStart(i);
    const end = doc.lineEnd(i);
    // labels and bot prompts are short; the value line is one word with a digit (a chat reply after "Name:")
    if (end - start > 120 || end === start) continue;
    const nextStart = doc.lineStart(i + 1);
    const nextEnd = doc.lineEnd(i + 1);
    if (!lonelyToken(text, nextStart, nextEnd)) {
      if (colon < nextStart) {
        const c = text.indexOf(':', nextStart);
        colon = c === -1 ? text.length : c;
      }
      if (!(colon < nextEnd && (codes ??= speaksOfCodes(doc.lower)))) continue;
    }
    const next = text.slice(nextStart, nextEnd);
    const line = text.slice(start, end);
    if (end - start <= 60) {
      const label = LABEL.exec(line);
      const type = label ? KEYS[keyOf(label[1] ?? '')] : undefined;
      if (type && ID_LABEL_TYPES.has(type)) {
        const v = VALUE.exec(next);
        const value = v?.[1] ?? '';
        if (v && /\d/.test(value)) {
          const at = doc.lineStart(i + 1) + next.indexOf(value);
          doc.add(at, at + value.length, type, 50);
        }
      }
    }
    // (a line that asks for a code is one of a ticket that speaks of codes)
    if (ASKS_CODE.test(line) && !OTHER_CODE.test(line)) {
      const reply = CODE_REPLY.exec(next);
      const value = reply?.[1] ?? '';
      if (reply && /\d/.test(value)) {
        const at = doc.lineStart(i + 1) + next.lastIndexOf(value);
        doc.add(at, at + value.length, 'CREDENTIAL', 60);
      }
    }
  }
  doc.budget.check();
}
