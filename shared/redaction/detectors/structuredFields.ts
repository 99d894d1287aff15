import type { Doc } from '../doc.js';
import type { PiiType } from '../types.js';
import { KEYS, extent, keyOf, mark } from './keyValues.js';

// Field names that say what their value is only inside markup or code (<Given>, "family":, user = '…'):
// in prose "First:" or "Last:" start sentences, so these stay out of the Key: value table.
const STRUCTURED_KEYS: Record<string, PiiType> = {
  family: 'PERSON', given: 'PERSON', first: 'PERSON', last: 'PERSON', middle: 'PERSON',
  fname: 'PERSON', lname: 'PERSON', mname: 'PERSON', firstnm: 'PERSON', lastnm: 'PERSON',
  user: 'USERNAME', usr: 'USERNAME', uname: 'USERNAME', loginname: 'USERNAME',
};
// a record's prefix on a field name (pat_mrn, ptDob, patientFirstName, Guarantor Acct) says whose
// field it is, not what it is; each prefix with the word it may shorten (pat_id is a patient id)
const PREFIXES: [string, string][] = [
  ['patient', 'patient'], ['pat', 'patient'], ['pt', 'patient'], ['pid', 'patient'], ['member', 'member'], ['mbr', 'member'],
  ['guarantor', 'guarantor'], ['guar', 'guarantor'], ['subscriber', 'subscriber'], ['employee', 'employee'], ['emp', 'employee'],
];
// a name-part field holds a name: words of letters, not a date or a code
const NAME_SHAPED = /^\p{L}[\p{L}\p{M}'’.,^ -]{0,60}$/u;

const typeOfKey = (key: string): PiiType | undefined => KEYS[key] ?? STRUCTURED_KEYS[key];

/** The key of the type table that a field name resolves to (itself, or what follows a record prefix), or undefined. */
function tableKey(name: string): string | undefined {
  const key = keyOf(name);
  if (typeOfKey(key)) return key;
  for (const [prefix, word] of PREFIXES) {
    if (key.length < prefix.length + 2 || !key.startsWith(prefix)) continue;
    const rest = key.slice(prefix.length);
    if (typeOfKey(rest)) return rest;
    if (KEYS[word + rest]) return word + rest;
  }
  return undefined;
}

/** The type of a field (JSON key, XML tag, SQL column, table heading) named `name`, or undefined. */
export function fieldType(name: string): PiiType | undefined {
  const key = tableKey(name);
  return key === undefined ? undefined : typeOfKey(key);
}

function markField(doc: Doc, name: string, start: number, value: string): void {
  const key = tableKey(name);
  const type = key === undefined ? undefined : typeOfKey(key);
  if (!key || !type) return;
  // a field whose name only says "part of a name" (Given, last, pt_first): its value must look like one
  if (STRUCTURED_KEYS[key] === 'PERSON' && !NAME_SHAPED.test(value.trim())) return;
  mark(doc, type, start, value);
}

// "key": "value" (JSON, \" escapes) or 'key': 'value' (Python, JS)
const JSON_PAIR = /(["'])([A-Za-z_][\w .-]{0,40})\1\s{0,3}:\s{0,3}(?:"((?:[^"\\\n]|\\.){1,200})"|'([^'\n]{1,200})')/g;
// "key": ["a", "b"] (FHIR given names, lists of users)
const JSON_LIST = /["']([A-Za-z_][\w .-]{0,40})["']\s{0,3}:\s{0,3}\[([^[\]{}\n]{1,300})\]/g;
const LIST_ITEM = /"((?:[^"\\\n]|\\.){1,200})"|'([^'\n]{1,200})'/g;
// <Key attr="…">value</Key>
const XML_PAIR = /<([A-Za-z_][\w.-]{0,40})(?:\s[^<>\n]{0,200})?>([^<>\n]{1,200})<\/\1>/g;
// <given value="…"/> (FHIR XML): the tag names the attribute's value
const XML_VALUE = /<([A-Za-z_][\w.-]{0,40})\s+value="([^"<>\n]{1,200})"/g;
// key="value" or KEY=value after a space, in log lines and logfmt (pid.name="DOE^JO" MRN=1 NAME=DOE,JO);
// a pair at a line start is a Key: value line (keyValues.ts)
// (found from each = and read backwards to the key, so the scan does not start at every space)
const PAIR_VALUE = /=(?:"([^"\n]{1,200})"|([^\s"=][^\n]{0,199}))/y;
const MAX_KEY = 31;
const KEY_CHAR = /[\w.-]/;
const NEXT_PAIR = /\s[A-Za-z][\w.-]{0,30}=/;
const TAG_REACH = 200;
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
    const end = closingBracket(text, start);
    ranges.push([start, end]);
    IDENTIFIER.lastIndex = Math.max(IDENTIFIER.lastIndex, end); // a nested list is inside this one
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

// C-CDA: the ids of the patient's role are record numbers (<id root="2.16.840..." extension="MMH-0904436"/>)
const ID_EXTENSION = /<id\b[^<>]{0,200}?\bextension="([^"<>\n]{1,60})"/g;

function patientRoleIds(doc: Doc): void {
  const text = doc.text;
  for (let open = text.indexOf('<patientRole'); open !== -1; ) {
    const close = text.indexOf('</patientRole>', open);
    const end = close === -1 ? text.length : close;
    const role = text.slice(open, end);
    ID_EXTENSION.lastIndex = 0;
    for (let m = ID_EXTENSION.exec(role); m; m = ID_EXTENSION.exec(role)) {
      const value = m[1] ?? '';
      const at = open + m.index + m[0].length - 1 - value.length;
      if (/\d/.test(value)) doc.add(at, at + value.length, 'MRN', 50);
    }
    open = close === -1 ? -1 : text.indexOf('<patientRole', close);
  }
}

function detectXml(doc: Doc): void {
  const text = doc.text;
  if (text.includes('<patientRole')) patientRoleIds(doc);
  if (text.includes('</')) {
    XML_PAIR.lastIndex = 0;
    for (let m = XML_PAIR.exec(text); m; m = XML_PAIR.exec(text)) markField(doc, m[1] ?? '', m.index + m[0].indexOf('>') + 1, m[2] ?? '');
  }
  if (text.includes('value="')) {
    XML_VALUE.lastIndex = 0;
    for (let m = XML_VALUE.exec(text); m; m = XML_VALUE.exec(text)) {
      const value = m[2] ?? '';
      markField(doc, m[1] ?? '', m.index + m[0].length - 1 - value.length, value);
    }
  }
}

function detectSpacedPairs(doc: Doc): void {
  const text = doc.text;
  for (let eq = text.indexOf('='); eq !== -1; eq = text.indexOf('=', eq + 1)) {
    const key = keyBefore(text, eq);
    const type = key === undefined ? undefined : fieldType(key);
    if (!key || !type || (keyOf(key) === 'name' && insideTag(text, eq))) continue;
    PAIR_VALUE.lastIndex = eq;
    const m = PAIR_VALUE.exec(text);
    if (!m) continue;
    if (m[1] !== undefined) markField(doc, key, eq + 2, m[1]);
    else {
      // an unquoted value runs to the next KEY= ; then as much of it as the type takes (one id, a name's words)
      const rest = m[2] ?? '';
      const next = NEXT_PAIR.exec(rest);
      markField(doc, key, eq + 1, extent(type, next ? rest.slice(0, next.index) : rest));
    }
  }
}

/** The key of a `key=` that stands after a space or tab (a letter, then up to 30 word characters . or -). */
function keyBefore(text: string, eq: number): string | undefined {
  let start = eq;
  while (start > 0 && eq - start <= MAX_KEY && KEY_CHAR.test(text[start - 1] ?? '')) start--;
  const before = text[start - 1];
  if (start === eq || eq - start > MAX_KEY || (before !== ' ' && before !== '\t') || !/[A-Za-z]/.test(text[start] ?? '')) return undefined;
  return text.slice(start, eq);
}

/** Whether `at` is inside an XML/HTML tag (<add name="…">: a name attribute there labels a setting). */
function insideTag(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - TAG_REACH), at);
  return before.lastIndexOf('<') > before.lastIndexOf('>');
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

// INSERT INTO t (a, b) VALUES ('x', 'y'), (…): each value takes its column's name
const INSERT = /\binsert\s+into\s+[\w.[\]"`]{1,80}\s*\(([\w\s,."`[\]]{1,500})\)\s*values\s*/gi;
const TUPLE = /\(([^()\n]{1,1000})\)[\s,]*/y;

interface Item {
  start: number;
  end: number;
}

/** Comma-separated SQL items of `list` (at `base`), trimmed and unquoted; a quoted item may hold commas. */
function sqlItems(list: string, base: number): Item[] {
  const items: Item[] = [];
  let from = 0;
  let quoted = false;
  for (let i = 0; i <= list.length; i++) {
    if (list[i] === "'") quoted = !quoted;
    else if (!quoted && (i === list.length || list[i] === ',')) {
      let s = from;
      let e = i;
      while (s < e && /\s/.test(list[s] ?? '')) s++;
      while (e > s && /\s/.test(list[e - 1] ?? '')) e--;
      if (e - s >= 2 && list[s] === "'" && list[e - 1] === "'") [s, e] = [s + 1, e - 1];
      items.push({ start: base + s, end: base + e });
      from = i + 1;
    }
  }
  return items;
}

/** A column's own name: the alias of "x AS y", without quotes, brackets or table prefix. */
function columnName(raw: string): string {
  const words = raw.trim().split(/\s+/);
  const last = (words[words.length - 1] ?? '').replace(/["`[\]]/g, '');
  return last.slice(last.lastIndexOf('.') + 1);
}

function markRecord(doc: Doc, columns: string[], items: Item[]): void {
  if (items.length !== columns.length) return;
  items.forEach((item, i) => markField(doc, columns[i] ?? '', item.start, doc.text.slice(item.start, item.end)));
}

function detectSqlInsert(doc: Doc): void {
  const text = doc.text;
  INSERT.lastIndex = 0;
  for (let m = INSERT.exec(text); m; m = INSERT.exec(text)) {
    const columns = (m[1] ?? '').split(',').map(columnName);
    if (!columns.some((c) => fieldType(c))) continue;
    TUPLE.lastIndex = m.index + m[0].length;
    for (let t = TUPLE.exec(text); t; t = TUPLE.exec(text)) markRecord(doc, columns, sqlItems(t[1] ?? '', t.index + 1));
  }
}

// SELECT a, b FROM …; then the result rows pasted below it (-> x, y | x | y | x<tab>y)
const SELECT = /\bselect\s+(?:distinct\s+|top\s+\d+\s+)?/gi;
const MAX_SELECT_LIST = 300;
const SELECT_LIST = /^[\w\s,."`[\]]{1,300}$/;
const FROM = /\sfrom\s/;
const ROW_LEAD = /^\s*(?:[-=]>|>|\|)?\s*/;
const RESULT_LINES = 12;
// the query's own continuation lines, and what a client prints between a query and its rows
const CLAUSE = /^\s*(?:where|and|or|order|group|having|join|inner|left|right|on|limit|union|from)\b/i;
const FILLER = /^[\s+|=>-]*$/;

function detectSqlResults(doc: Doc): void {
  const text = doc.text;
  SELECT.lastIndex = 0;
  for (let m = SELECT.exec(text); m; m = SELECT.exec(text)) {
    const listStart = m.index + m[0].length;
    const f = FROM.exec(doc.lowerSlice(listStart, listStart + MAX_SELECT_LIST + 6));
    if (!f) continue;
    const from = listStart + f.index;
    const list = text.slice(listStart, from);
    if (!SELECT_LIST.test(list)) continue;
    const columns = list.split(',').map(columnName);
    if (columns.length < 2 || !columns.some((c) => fieldType(c))) continue;
    markResultRows(doc, columns, doc.lineOf(from) + 1);
  }
}

/**
 * Rows with one cell per selected column right after the query (its clause lines, rules and the
 * heading row may come between). Comma-separated rows need a lead (-> x, y) or one word per cell,
 * so a sentence below the query is not taken for a row.
 */
function markResultRows(doc: Doc, columns: string[], firstLine: number): void {
  const names = columns.map(keyOf).join(',');
  let rows = 0;
  for (let line = firstLine; line < Math.min(doc.lineCount, firstLine + RESULT_LINES); line++) {
    const content = doc.line(line);
    const lead = ROW_LEAD.exec(content)?.[0] ?? '';
    let body = content.slice(lead.length).trimEnd();
    if (body.endsWith('|')) body = body.slice(0, -1).trimEnd();
    const sep = body.includes('|') ? '|' : body.includes('\t') ? '\t' : ',';
    const base = doc.lineStart(line) + lead.length;
    const items = sep === ',' ? sqlItems(body, base) : splitOn(body, base, sep);
    const cells = items.map((it) => doc.text.slice(it.start, it.end));
    const isRow = items.length === columns.length && (sep !== ',' || lead.trim() !== '' || cells.every((c) => !/\s/.test(c)));
    if (!isRow) {
      if (rows === 0 && (CLAUSE.test(content) || FILLER.test(content))) continue;
      return;
    }
    if (cells.map(keyOf).join(',') === names) continue; // the heading row
    markRecord(doc, columns, items);
    rows++;
  }
}

function splitOn(body: string, base: number, sep: string): Item[] {
  const items: Item[] = [];
  let from = 0;
  for (let i = 0; i <= body.length; i++) {
    if (i < body.length && body[i] !== sep) continue;
    const raw = body.slice(from, i);
    const s = raw.length - raw.trimStart().length;
    items.push({ start: base + from + s, end: base + from + raw.trimEnd().length });
    from = i + 1;
  }
  return items;
}

/** Values of personal fields in JSON, XML and SQL, named by their key, tag or column. */
export function detectStructuredFields(doc: Doc): void {
  const text = doc.text;
  const quoted = text.includes('"') || text.includes("'");
  if (quoted) detectJson(doc);
  if (text.includes('<')) detectXml(doc);
  if (text.includes('=')) {
    detectSpacedPairs(doc);
    if (text.includes("'")) detectSql(doc);
  }
  // SQL statements: INSERT values are quoted; SELECT results follow the statement's keyword
  if (quoted && doc.lower.includes('insert')) detectSqlInsert(doc);
  if (doc.lower.includes('select')) detectSqlResults(doc);
  doc.budget.check();
}
