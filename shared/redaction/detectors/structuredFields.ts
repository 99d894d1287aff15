import type { Doc } from '../doc.js';
import type { PiiType } from '../types.js';
import { KEYS, keyOf, mark } from './keyValues.js';

// Field names that say what their value is only inside markup or code (<Given>, "family":, user = '…'):
// in prose "First:" or "Last:" start sentences, so these stay out of the Key: value table.
const STRUCTURED_KEYS: Record<string, PiiType> = {
  family: 'PERSON', given: 'PERSON', first: 'PERSON', last: 'PERSON', middle: 'PERSON',
  fname: 'PERSON', lname: 'PERSON', mname: 'PERSON', firstnm: 'PERSON', lastnm: 'PERSON',
  user: 'USERNAME', usr: 'USERNAME', uname: 'USERNAME', loginname: 'USERNAME',
};
// a record's prefix on a column name (pat_mrn, pt_dob, member_ssn) says whose field it is, not what it is
const PREFIX = /^(?:pat|pt|patient|mbr|member|guar|guarantor|sub|subscriber|emp|employee)(?=[_.-])[_.-]/i;
// a name-part field holds a name: words of letters, not a date or a code
const NAME_SHAPED = /^\p{L}[\p{L}\p{M}'’. -]{0,60}$/u;

/** The type of a field named `raw` in XML, JSON or SQL, or undefined. */
export function fieldType(name: string): PiiType | undefined {
  const key = keyOf(name);
  return KEYS[key] ?? STRUCTURED_KEYS[key] ?? (PREFIX.test(name) ? KEYS[keyOf(name.replace(PREFIX, ''))] : undefined);
}

function markField(doc: Doc, key: string, start: number, value: string): void {
  const type = fieldType(key);
  if (!type) return;
  if (type === 'PERSON' && STRUCTURED_KEYS[keyOf(key)] && !NAME_SHAPED.test(value.trim())) return;
  mark(doc, type, start, value);
}

// "key": "value" (JSON, \" escapes) or 'key': 'value' (Python, JS)
const JSON_PAIR = /(["'])([A-Za-z_][\w .-]{0,40})\1\s{0,3}:\s{0,3}(?:"((?:[^"\\\n]|\\.){1,200})"|'([^'\n]{1,200})')/g;
// "key": ["a", "b"] (FHIR given names, lists of users)
const JSON_LIST = /["']([A-Za-z_][\w .-]{0,40})["']\s{0,3}:\s{0,3}\[([^[\]{}\n]{1,300})\]/g;
const LIST_ITEM = /"((?:[^"\\\n]|\\.){1,200})"|'([^'\n]{1,200})'/g;
// <Key attr="…">value</Key>
const XML_PAIR = /<([A-Za-z_][\w.-]{0,40})(?:\s[^<>\n]{0,200})?>([^<>\n]{1,200})<\/\1>/g;
// column = 'value' in SQL and scripts ('' is a quote inside the value); the column is read backwards
// from the operator, so the scan starts only at = > or LIKE before a quote, not at every word
const SQL_VALUE = /(?:[=>]|\blike)\s{0,3}'((?:[^'\n]|''){1,200})'/gi;
const MAX_COLUMN = 60;

function detectJson(doc: Doc): void {
  const text = doc.text;
  const identifiers = identifierRanges(text);
  JSON_PAIR.lastIndex = 0;
  for (let m = JSON_PAIR.exec(text); m; m = JSON_PAIR.exec(text)) {
    const value = m[3] ?? m[4] ?? '';
    const start = m.index + m[0].length - 1 - value.length;
    const key = m[2] ?? '';
    if (keyOf(key) !== 'value') {
      if (!LABEL_OF_VALUE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))) markField(doc, key, start, value);
    } else {
      const type = siblingType(text, m.index, m.index + m[0].length) ?? (identifiers.some(([a, b]) => a <= m.index && m.index < b) ? 'MRN' : undefined);
      if (type) mark(doc, type, start, value);
    }
  }
  if (!text.includes('[')) return;
  JSON_LIST.lastIndex = 0;
  for (let m = JSON_LIST.exec(text); m; m = JSON_LIST.exec(text)) {
    const key = m[1] ?? '';
    if (!fieldType(key)) continue;
    const items = m[2] ?? '';
    const base = m.index + m[0].length - 1 - items.length;
    LIST_ITEM.lastIndex = 0;
    for (let item = LIST_ITEM.exec(items); item; item = LIST_ITEM.exec(items)) {
      const value = item[1] ?? item[2] ?? '';
      markField(doc, key, base + item.index + 1, value);
    }
  }
}

// {"name": "Printer", "value": "…"}: a name before a value is the value's label, not a person
const LABEL_OF_VALUE = /^\s{0,3},\s{0,3}["']value["']\s{0,3}:/;

// {"system": "phone", "value": "…"}, {"name": "MRN", "value": "…"}: a sibling's value names the field
const SIBLING_VALUE = /:\s{0,3}["']([^"'\\\n]{1,60})["']/g;
const SIBLING_REACH = 300;

/** The type named by a string value beside the "value" pair at [from, to) in the same object. */
function siblingType(text: string, from: number, to: number): PiiType | undefined {
  const before = text.slice(Math.max(0, from - SIBLING_REACH), from);
  const after = text.slice(to, to + SIBLING_REACH);
  const open = before.lastIndexOf('{');
  const close = after.indexOf('}');
  if (open === -1 || close === -1) return undefined;
  for (const region of [before.slice(open), after.slice(0, close)]) {
    SIBLING_VALUE.lastIndex = 0;
    for (let m = SIBLING_VALUE.exec(region); m; m = SIBLING_VALUE.exec(region)) {
      const type = fieldType(m[1] ?? '');
      if (type && type !== 'PERSON') return type;
    }
  }
  return undefined;
}

// "identifier": [ … ]: the values of a patient's identifier list are record numbers unless a sibling says otherwise
const IDENTIFIER = /["']identifiers?["']\s{0,3}:\s{0,3}[[{]/g;
const MAX_IDENTIFIER_LIST = 2000;

/** [start, end) of each "identifier" list or object, found by bracket depth (strings skipped). */
function identifierRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  if (!text.includes('dentifier')) return ranges;
  IDENTIFIER.lastIndex = 0;
  for (let m = IDENTIFIER.exec(text); m; m = IDENTIFIER.exec(text)) {
    const start = m.index + m[0].length - 1;
    ranges.push([start, closingBracket(text, start)]);
  }
  return ranges;
}

function closingBracket(text: string, open: number): number {
  const limit = Math.min(text.length, open + MAX_IDENTIFIER_LIST);
  let depth = 0;
  let quote = '';
  for (let i = open; i < limit; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"') quote = c;
    else if (c === '[' || c === '{') depth++;
    else if ((c === ']' || c === '}') && --depth === 0) return i + 1;
  }
  return limit;
}

function detectXml(doc: Doc): void {
  const text = doc.text;
  XML_PAIR.lastIndex = 0;
  for (let m = XML_PAIR.exec(text); m; m = XML_PAIR.exec(text)) {
    markField(doc, m[1] ?? '', m.index + m[0].indexOf('>') + 1, m[2] ?? '');
  }
}

function detectSql(doc: Doc): void {
  const text = doc.text;
  SQL_VALUE.lastIndex = 0;
  for (let m = SQL_VALUE.exec(text); m; m = SQL_VALUE.exec(text)) {
    const value = m[1] ?? '';
    const column = columnBefore(text, m.index);
    if (column) markField(doc, column, m.index + m[0].length - 1 - value.length, value);
  }
}

/** The column name that ends before the operator at `at` (spaces and the ! or < of != <> skipped), less any table alias. */
function columnBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && /[\s!<]/.test(text[end - 1] ?? '')) end--;
  let start = end;
  while (start > 0 && end - start < MAX_COLUMN && /[\w.]/.test(text[start - 1] ?? '')) start--;
  const column = text.slice(start, end);
  // p.last_name: the table alias is no part of the column's name
  return column.slice(column.lastIndexOf('.') + 1);
}

/** Values of personal fields in JSON, XML and SQL, named by their key, tag or column. */
export function detectStructuredFields(doc: Doc): void {
  const text = doc.text;
  if (text.includes('"') || text.includes("'")) detectJson(doc);
  if (text.includes('</')) detectXml(doc);
  if (text.includes("'") && text.includes('=')) detectSql(doc);
  doc.budget.check();
}
