import { ownString } from '../text/ownString.js';
import type { Doc } from '../doc.js';
import { letterRuns } from '../text/letterRuns.js';
import type { PiiType } from '../types.js';
import { fieldType } from './structuredFields.js';

// Column headings that say what a column holds.
const HEADINGS: [RegExp, PiiType][] = [
  [/^(?:patient|patient name|pt|pt name|name|member|member name|guarantor|provider|physician|doctor|attending|requester|employee|user name|full name|last, ?first|caller|contact)$/i, 'PERSON'],
  // parts of a name split over columns (export files: LAST|FIRST|MI), and who holds a badge or card
  [/^(?:last|first|middle|mi|given|family|surname|lname|fname|last_name|first_name|cardholder|card holder|holder|badge holder|staff|staff name|employee name|tech|technician|nurse|clinician)$/i, 'PERSON'],
  [/^(?:mrn|mr#|mr ?no|medical record(?: number| #)?|patient id|pt id|chart(?: #| number)?|empi)$/i, 'MRN'],
  [/^(?:account|acct|acct ?#|account ?#|account number|har|fin|csn|encounter|visit ?#)$/i, 'ACCOUNT_NUMBER'],
  [/^(?:dob|d\.o\.b\.?|date of birth|birth ?date)$/i, 'DOB'],
  [/^(?:dos|date of service|service date|svc dt|svc date|admit(?: date)?|adm dt|adm date|admission(?: date)?|discharge(?: date)?|disch dt|appt(?: date)?|appointment(?: date)?|visit date|exam date|collected|collection date)$/i, 'DATE_PHI'],
  [/^(?:ssn|social security(?: number)?)$/i, 'SSN'],
  [/^(?:phone|phone ?#|cell|mobile|telephone|contact number)$/i, 'PHONE'],
  [/^(?:fax|fax ?#)$/i, 'FAX'],
  [/^(?:e-?mail|email address)$/i, 'EMAIL'],
  [/^(?:address|street|home address)$/i, 'ADDRESS'],
  [/^(?:member id|subscriber id|policy(?: #| number)?|insurance id|plan id)$/i, 'HEALTH_PLAN_ID'],
  [/^(?:user|username|user id|userid|login|account name|samaccountname|badge|badge id|badge no|badge number|employee id|emp id)$/i, 'USERNAME'],
  [/^(?:rx|rx ?#|rx number|prescription ?#?)$/i, 'RX_NUMBER'],
  [/^(?:ip|ip address|client ip|source ip)$/i, 'IP_ADDRESS'],
  [/^(?:serial|serial ?#|sn|s\/n|imei|mac|mac address|device id|asset tag)$/i, 'DEVICE_ID'],
];

const ROW_MARK = /[|,;\t]|\s\s/;
// an HL7 segment (PID|...) is read by the HL7 detector, unless its "segment name" is a heading (MRN|LAST|...)
const SEGMENT = /^\s*([A-Z][A-Z0-9]{2})\|/;
const RULE_CHARS = /^[\s+|:=-]+$/;

/** A box or markdown rule (+----+----+, |---|:--|, ====): it neither ends a table nor is a row. */
const isRule = (line: string) => (line.includes('-') || line.includes('=')) && RULE_CHARS.test(line);

function isSegment(line: string): boolean {
  const m = SEGMENT.exec(line);
  return m !== null && headingType(m[1] ?? '') === undefined;
}

function judgeHeading(cell: string): PiiType | undefined {
  // "DOB (mm/dd/yyyy)", "MRN:", "Badge #": the unit or mark is no part of the name
  const c = cell.trim().replace(/\s*\([^()]{0,40}\)$/, '').replace(/[:#]+$/, '').trim();
  // a heading is a label: "Home phone: 555 0100" is a form's field with its value, not a column
  if (c.length > 40 || /:\s*\S|\d{3}/.test(c)) return undefined;
  for (const [re, type] of HEADINGS) if (re.test(c)) return type;
  return fieldType(c);
}

// cells repeat (and most are no heading): each text is judged once
const headingCache = new Map<string, PiiType | undefined>();

function headingType(cell: string): PiiType | undefined {
  if (headingCache.has(cell)) return headingCache.get(cell);
  const type = judgeHeading(cell);
  if (headingCache.size >= 10_000) headingCache.clear();
  headingCache.set(ownString(cell), type);
  return type;
}

interface Cell {
  start: number;
  end: number;
}

/** The cells between bars; a Jira/Confluence heading row (||MRN||Patient||) is split at its double bars. */
function pipeCells(line: string, base: number): Cell[] {
  const cells: Cell[] = [];
  const body = line.trimEnd();
  const indent = body.length - body.trimStart().length;
  const bar = body.startsWith('||', indent) ? '||' : '|';
  const lead = body.startsWith(bar, indent) ? indent + bar.length : 0;
  let from = lead;
  for (let i = lead; i <= body.length; i++) {
    if (i === body.length || body.startsWith(bar, i)) {
      if (i === body.length && lead && from === i) break;
      const raw = body.slice(from, i);
      const s = raw.length - raw.trimStart().length;
      cells.push({ start: base + from + s, end: base + from + raw.trimEnd().length });
      from = i + bar.length;
      i = from - 1;
    }
  }
  return cells;
}

/** Cells between tabs, commas or semicolons; a "quoted" cell may hold the separator ("Doe, Jane") and "" for a quote. */
function csvCells(line: string, base: number, sep: string): Cell[] {
  const cells: Cell[] = [];
  let from = 0;
  let quoted = false;
  let blank = true; // nothing but spaces yet in this cell: a quote here opens a quoted cell
  for (let i = 0; i <= line.length; i++) {
    const ch = line[i];
    if (ch === '"' && (quoted || blank)) quoted = !quoted;
    else if (!quoted && (i === line.length || ch === sep)) {
      cells.push(trimCell(line, base, from, i));
      from = i + 1;
      blank = true;
      continue;
    }
    if (ch !== ' ') blank = false;
  }
  // an unclosed quote: the row is not CSV as we read it, count it by plain separators
  if (quoted) return csvCellsPlain(line, base, sep);
  return cells;
}

function csvCellsPlain(line: string, base: number, sep: string): Cell[] {
  const cells: Cell[] = [];
  let from = 0;
  for (let i = 0; i <= line.length; i++) {
    if (i === line.length || line[i] === sep) {
      cells.push(trimCell(line, base, from, i));
      from = i + 1;
    }
  }
  return cells;
}

/** The cell [from, end) of a line without its padding and, when quoted, without its quotes. */
function trimCell(line: string, base: number, from: number, end: number): Cell {
  let s = from;
  let e = end;
  while (s < e && /\s/.test(line[s] ?? '')) s++;
  while (e > s && /\s/.test(line[e - 1] ?? '')) e--;
  if (e - s >= 2 && line[s] === '"' && line[e - 1] === '"') {
    s++;
    e--;
  }
  return { start: base + s, end: base + e };
}

const SPACED_SEPARATOR = /\s{2,}|\t/g;

function spacedCells(line: string, base: number): Cell[] {
  const cells: Cell[] = [];
  let from = 0;
  SPACED_SEPARATOR.lastIndex = 0;
  for (let m = SPACED_SEPARATOR.exec(line); m; m = SPACED_SEPARATOR.exec(line)) {
    pushSpacedCell(cells, line, base, from, m.index);
    from = m.index + m[0].length;
  }
  pushSpacedCell(cells, line, base, from, line.length);
  return cells;
}

const MAX_INDENT = 4;
const indentOf = (line: string) => line.length - line.trimStart().length;

function pushSpacedCell(cells: Cell[], line: string, base: number, from: number, end: number): void {
  const raw = line.slice(from, end);
  const s = raw.length - raw.trimStart().length;
  if (raw.trim()) cells.push({ start: base + from + s, end: base + from + raw.trimEnd().length });
}

interface Header {
  types: (PiiType | undefined)[];
  /** where each heading starts on its line (a space-aligned table's columns) */
  starts: number[];
  pipe: boolean;
  /** the separator of a delimited (CSV, TSV) table, or undefined */
  sep: string | undefined;
  width: number;
}

// delimited rows: three or more short cells between tabs, commas or semicolons (a tab-separated
// row's cells may hold commas: "Doe, Jane" pasted from Excel)
const TAB_ROW = /^[^\t]{1,60}(?:\t[^\t]{0,60}){2,}$/;
const COMMA_ROW = /^[^,\t]{1,40}(?:,[^,\t]{0,40}){2,}$/;
const SEMICOLON_ROW = /^[^;,]{1,40}(?:;[^;,]{0,40}){2,}$/;
// a bracketed value or a long number: no heading holds one
const VALUE_CELL = /[[(][\d,.:/ -]{4,}[\])]|\d{5}/;
// a header cell of a delimited table: a short label without digits
const LABEL = /^[A-Za-z][A-Za-z_#./ -]{0,24}$/;

/** The separator of a delimited row: its table's, or a tab, comma or semicolon between three short cells. */
function delimiters(line: string, header: Header | undefined): string | undefined {
  if (header?.sep) return line.includes(header.sep) ? header.sep : undefined;
  if (line.includes('\t')) return TAB_ROW.test(line) ? '\t' : undefined;
  if (line.includes(',')) return mayBeCommaRow(line) && COMMA_ROW.test(line) ? ',' : undefined;
  return line.includes(';') && SEMICOLON_ROW.test(line) ? ';' : undefined;
}

/** What COMMA_ROW needs of a line without tabs: a first cell of 1-40 characters, then two commas (most lines of prose have not). */
function mayBeCommaRow(line: string): boolean {
  const first = line.indexOf(',');
  return first >= 1 && first <= 40 && line.indexOf(',', first + 1) !== -1;
}

/**
 * The cells of a row read by the columns its header's headings start at, when the row lines up with
 * them (a space before every column's start); undefined when it does not.
 */
function alignedCells(line: string, base: number, starts: number[]): Cell[] | undefined {
  const cells: Cell[] = [];
  for (let i = 0; i < starts.length; i++) {
    const from = starts[i] as number;
    const to = i + 1 < starts.length ? (starts[i + 1] as number) : line.length;
    if (from > 0 && from < line.length && line[from - 1] !== ' ' && line[from - 1] !== '\t') return undefined;
    const raw = line.slice(from, Math.max(from, to));
    const s = raw.length - raw.trimStart().length;
    cells.push({ start: base + from + s, end: base + from + raw.trimEnd().length });
  }
  return cells;
}

const knownCount = (types: readonly (PiiType | undefined)[]) => types.filter(Boolean).length;

/**
 * A header names at least one known column; a delimited one two, or one among short labels (Time,User,Host).
 * A line holding a value is a row with a comment ("(0010,0030) DA [19560410]   # PatientBirthDate").
 */
function isHeader(text: string, cells: Cell[], types: (PiiType | undefined)[], delimited: boolean): boolean {
  const known = types.filter(Boolean).length;
  if (!known || cells.length < 2) return false;
  if (cells.some((c) => VALUE_CELL.test(text.slice(c.start, c.end)))) return false;
  if (!delimited || known >= 2) return true;
  return cells.length >= 3 && cells.every((c) => LABEL.test(text.slice(c.start, c.end)));
}

/** Marks the cells of a row under typed headings; a person's cell is mostly letters (a "Last" column of times is not). */
function markRow(doc: Doc, cells: Cell[], types: (PiiType | undefined)[]): void {
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i] as Cell;
    const type = types[i];
    const value = doc.text.slice(c.start, c.end);
    if (!type || c.end <= c.start || !/[\p{L}\p{N}]/u.test(value)) continue;
    if (type === 'PERSON') {
      const letters = letterRuns(value, true).join('');
      if (letters.length < 2 || value.replace(/\D/g, '').length >= letters.length) continue;
      for (const part of letterRuns(value, true)) if (part.length >= 2) doc.nameParts.add(part.toLowerCase());
    }
    doc.add(c.start, c.end, type, 65);
  }
}

// HTML tables pasted from mail or a web page: <th> headings type the <td> cells under them
const HTML_ROW = /<tr\b/gi;
const HTML_CELL = /<t([hd])\b[^<>]{0,200}>([^<]{0,300})/gi;
const MAX_HTML_ROW = 3000;

function detectHtmlTables(doc: Doc): void {
  const text = doc.text;
  let types: (PiiType | undefined)[] | undefined;
  const starts: number[] = [];
  HTML_ROW.lastIndex = 0;
  for (let m = HTML_ROW.exec(text); m; m = HTML_ROW.exec(text)) starts.push(m.index);
  starts.forEach((start, r) => {
    const end = Math.min(starts[r + 1] ?? text.length, start + MAX_HTML_ROW);
    const row = text.slice(start, end);
    const cells: Cell[] = [];
    let headings = 0;
    HTML_CELL.lastIndex = 0;
    for (let c = HTML_CELL.exec(row); c; c = HTML_CELL.exec(row)) {
      const content = c[2] ?? '';
      const from = start + c.index + c[0].length - content.length;
      const lead = content.length - content.trimStart().length;
      cells.push({ start: from + lead, end: from + content.trimEnd().length });
      if (c[1]?.toLowerCase() === 'h') headings++;
    }
    if (headings > 0) types = cells.map((c) => headingType(text.slice(c.start, c.end)));
    else if (types?.length === cells.length) markRow(doc, cells, types);
  });
}

/**
 * Tables pasted into tickets (markdown pipes, ASCII boxes, CSV or space-aligned columns): cells under
 * a heading such as Patient, MRN, Account, DOB or DOS are personal whatever they look like.
 */
export function detectTables(doc: Doc): void {
  const text = doc.text;
  if (text.includes('<') && doc.lower.includes('<td')) detectHtmlTables(doc);
  let header: Header | undefined;
  for (let line = 0; line < doc.lineCount; line++) {
    const content = doc.line(line);
    const base = doc.lineStart(line);
    // a table row has a bar, a separator, or a run of spaces (most lines have none: one test)
    if (content.length > 1000 || !ROW_MARK.test(content)) {
      // rules, and blank lines inside a pipe table, neither end the table nor are rows
      if (content.length <= 1000 && (isRule(content) || (header?.pipe && !content.trim()))) continue;
      header = undefined;
      continue;
    }
    const bar = content.indexOf('|');
    const pipe = bar !== -1 && content.indexOf('|', bar + 1) !== -1 && !isSegment(content);
    const sep = pipe ? undefined : delimiters(content, header);
    // a slightly indented line may be a row (a table pasted from a screen); deeper indentation is code
    const spaced = !pipe && !sep && /\S\s{2,}\S/.test(content) && (!/^\s/.test(content) || indentOf(content) <= MAX_INDENT);
    if (!pipe && !spaced && !sep) {
      header = undefined;
      continue;
    }
    if (pipe && isRule(content)) continue;
    const cells = pipe ? pipeCells(content, base) : sep ? csvCells(content, base, sep) : spacedCells(content, base);
    // "SamAccountName    : jdoe" (PowerShell Format-List) is a Key : value line, not a row of columns
    if (spaced && cells.length === 2 && /^[:=]/.test(text.slice(cells[1]?.start ?? 0))) {
      header = undefined;
      continue;
    }
    const types = cells.map((c) => headingType(text.slice(c.start, c.end)));
    // under a header, a row with a cell that is a heading word ("user" under objectClass) stays a row
    // unless it names as many columns as the header does
    const rowUnderHeader = header !== undefined && cells.length === header.width && knownCount(types) < knownCount(header.types);
    if (!rowUnderHeader && isHeader(text, cells, types, sep !== undefined)) {
      // beside a person's column, a bare "ID" column is that person's id (employee, badge)
      if (types.includes('PERSON')) cells.forEach((c, i) => {
        if (types[i] === undefined && /^(?:id|id ?#|#)$/i.test(text.slice(c.start, c.end))) types[i] = 'USERNAME';
      });
      header = { types, starts: cells.map((c) => c.start - base), pipe, sep, width: cells.length };
      continue;
    }
    if (sep && !header) continue;
    // a fixed-width screen's row may run two columns together ("12-10-2025 THIBODEAUX"): read it by the headings' columns
    const columns = spaced && header && !header.pipe && !header.sep && cells.length !== header.width ? alignedCells(content, base, header.starts) : undefined;
    if (columns && header) {
      markRow(doc, columns, header.types);
      continue;
    }
    if (!header || header.pipe !== pipe || cells.length !== header.width) {
      if (!(header && cells.length === header.width)) header = undefined;
      if (!header) continue;
    }
    markRow(doc, cells, header.types);
    doc.budget.check();
  }
}
