import type { Doc } from '../doc.js';
import type { PiiType } from '../types.js';
import { FOREIGN_MONTH_SOURCE, FOREIGN_WEEKDAY_SOURCE } from '../validators/calendarWords.js';
import { isCommonWord } from '../text/englishLexicon.js';
import { TECH } from '../names/vocabulary.js';
import { STREET_WORDS } from './address.js';
import { textWordGate, type WordGateOf } from '../text/wordGates.js';

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
// full month names only for dates said in words ("May first"; "Mar" is no month said aloud)
const FULL_MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;
const UNIT_WORDS = 'one|two|three|four|five|six|seven|eight|nine';
const TEEN_WORDS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TEN_WORDS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const ORDINAL_WORD = String.raw`(?:(?:twenty|thirty)[- ]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)`;
const TWO_DIGITS_SAID = String.raw`(?:(?:${TEN_WORDS})(?:[- ](?:${UNIT_WORDS}))?|${TEEN_WORDS}|oh[- ](?:${UNIT_WORDS}))`;
// "nineteen thirty-eight", "two thousand eight", "two thousand and four", "twenty twenty-four", or digits
const YEAR_SAID = String.raw`(?:19|20)\d{2}\b|(?:nineteen|twenty)[- ]${TWO_DIGITS_SAID}\b|two thousand(?:[- ]and)?(?:[- ](?:${TWO_DIGITS_SAID}|${UNIT_WORDS}))?\b`;
// a month said with a day: an ordinal word or "the" before a day number
const SPOKEN_GATE = /(?:january|february|march|april|may|june|july|august|september|october|november|december)\s{1,2}(?:the\s|[a-z]{3,12}(?:st|nd|rd|th)\b|twenty|thirty)/;
const WORD_VALUE = new Map<string, number>(
  [...UNIT_WORDS.split('|'), ...TEEN_WORDS.split('|')].map((w, i) => [w, i + 1] as [string, number]).concat(TEN_WORDS.split('|').map((w, i) => [w, 20 + 10 * i])),
);

/** A year in digits or words as digits ("nineteen thirty-eight" -> "1938"), for the "long past" test. */
function yearOf(said: string | undefined): string | undefined {
  if (!said || /^\d/.test(said)) return said;
  const words = said.toLowerCase().split(/[- ]+/).filter((w) => w !== 'and' && w !== 'oh');
  if (words[0] === 'two' && words[1] === 'thousand') return String(2000 + words.slice(2).reduce((n, w) => n + (WORD_VALUE.get(w) ?? 0), 0));
  const century = WORD_VALUE.get(words[0] ?? '') ?? 0;
  return String(century * 100 + words.slice(1).reduce((n, w) => n + (WORD_VALUE.get(w) ?? 0), 0));
}

// Word gates (a pattern's `words`: its scan is skipped when no word of the text passes them).
// MONTH_WORDS: every match of a pattern marked with it holds a month's name or abbreviation with no
// ASCII letter right before or after it ("Jun 28", "10-NOV-2013", "18JAN2026"); its letters are ASCII
// letters in a row, so inside one word ("ſep" too: the 18JAN2026 pattern has flag u, under which ſ is s)
const MONTH_SCAN = new RegExp(String.raw`(?<![A-Za-z])(?:${MONTH}|ſep)(?![A-Za-z])`, 'i');
const MONTH_WORDS = textWordGate(MONTH_SCAN);
// FOREIGN_MONTH_WORDS: a month of another language stands after white space and before a dot, a
// comma or white space (FOREIGN_MONTH_SCAN), so it is a whole word
const FOREIGN_MONTH_SCAN = new RegExp(String.raw`\s${FOREIGN_MONTH_SOURCE}[.,\s]`, 'iu');
const FOREIGN_MONTH_WORDS = textWordGate(new RegExp(`^${FOREIGN_MONTH_SOURCE}$`, 'iu'));
// AGE_WORDS (for OLD_AGE): its "age" (the word ends there or the age's digits follow), or its unit:
// "yo", "y" (of "y/o"), "yrs", "years", "year-old", a word of its own or after the digits ("92yo", "92-year-old")
const AGE_WORDS = textWordGate(/(?<![A-Za-z0-9_])age[sd]?(?:$|\d)|(?:^|\d-?)(?:yo(?![A-Za-z0-9_])|y$|yrs?$|years?(?:$|-old))/i);
// `gate`: a cheaper pattern every match holds in the lower-cased text (the scan is skipped without it;
// what it must hold before a literal is looked at behind that literal: a scan for a literal is quick);
// `valid`: the numbers can be a day and a month ("6.90.85" after "fw" is a firmware version)
const PATTERNS: {
  re: RegExp;
  year: (m: RegExpExecArray) => string | undefined;
  yearless?: boolean;
  /** A word gate every match needs (see above). */
  words?: number;
  gate?: RegExp;
  /** Every match holds a year in digits (19xx, 20xx): the scan is skipped when the text has none. */
  digitYear?: boolean;
  /** A character every match holds: the scan is skipped when the text has none (indexOf is far cheaper). */
  needs?: string;
  valid?: (m: RegExpExecArray) => boolean;
}[] = [
  // 04/25/2000, 4-25-00, 25.04.2000
  { re: /(?<![\w/.:-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d]|[/:]\d|[-.]\d)/g, year: (m) => m[4], valid: (m) => dayAndMonth(m[1], m[3]) },
  // 2000-04-25, 2000/04/25
  { re: /(?<![\w/.:-])((?:19|20)\d{2})([/-])(\d{1,2})\2(\d{1,2})(?![\d]|[/:]\d|[-.]\d)/g, year: (m) => m[1], digitYear: true },
  // Jun 28, February 17, 2023, Jun. 28th 2023
  { re: new RegExp(String.raw`\b${MONTH}\.?\s{1,2}(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s{1,2}((?:19|20)\d{2})\b)?`, 'gi'), year: (m) => m[2], words: MONTH_WORDS },
  // 28 June 2023
  { re: new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s{1,2}${MONTH}\.?,?\s{1,2}((?:19|20)\d{2})\b`, 'gi'), year: (m) => m[2], words: MONTH_WORDS, digitYear: true },
  // 10-NOV-2013, 5/Jan/98 (Oracle, log and chart style)
  { re: new RegExp(String.raw`\b(\d{1,2})([-/])${MONTH}\2((?:19|20)\d{2}|\d{2})\b`, 'gi'), year: (m) => m[3], words: MONTH_WORDS, gate: /[-/](?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[-/]/ },
  // Jan-20-2024 (month name first, dashed; chart exports and scheduling screens)
  { re: new RegExp(String.raw`\b${MONTH}-(\d{1,2})-((?:19|20)\d{2})\b`, 'gi'), year: (m) => m[2], words: MONTH_WORDS, digitYear: true, gate: /-\d(?<=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}-\d)/ },
  // 18JAN2026 (Oracle/Epic style without separators): three-letter month between day and year
  {
    re: /(?<![\p{L}\p{N}])(\d{1,2})(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)((?:19|20)\d{2})(?![\p{L}\p{N}])/giu,
    year: (m) => m[2],
    words: MONTH_WORDS,
    digitYear: true,
    gate: /\d(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:19|20)\d\d/,
    valid: (m) => Number(m[1]) >= 1 && Number(m[1]) <= 31,
  },
  // (the) 20th of April, 3rd of May 2024
  { re: new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)\s{1,2}of\s{1,2}${MONTH}\b(?:,?\s{1,2}((?:19|20)\d{2})\b)?`, 'gi'), year: (m) => m[2], words: MONTH_WORDS, gate: /of\s(?<=(?:st|nd|rd|th)\s{1,2}of\s)/ },
  // dates written the French/Spanish/German/Portuguese/Dutch way: "12. August 2024", "1er juin 2025",
  // "1 de octubre de 2024", "29 augustus 2024" (month names from the calendar table; a year is needed)
  {
    re: new RegExp(String.raw`(?<![\p{L}\p{N}.])(\d{1,2})(?:er|º|°|\.)?\s{1,2}(?:de\s{1,2})?${FOREIGN_MONTH_SOURCE}\.?,?\s{1,2}(?:del?\s{1,2})?((?:19|20)\d{2})(?!\d)`, 'giu'),
    year: (m) => m[2],
    digitYear: true,
    words: FOREIGN_MONTH_WORDS,
    gate: new RegExp(`\\d(?:er|º|°|\\.)?\\s{1,2}(?:de\\s{1,2})?${FOREIGN_MONTH_SOURCE}`, 'i'),
  },
  // Hungarian, year first: "1936. augusztus 17-án", "2026. április 30."
  {
    re: new RegExp(String.raw`(?<![\p{L}\p{N}.])((?:19|20)\d{2})\.\s{1,2}${FOREIGN_MONTH_SOURCE}\s{1,2}(\d{1,2})(?![\p{N}])`, 'giu'),
    year: (m) => m[1],
    digitYear: true,
    words: FOREIGN_MONTH_WORDS,
    gate: /(?:19|20)\d{2}\.\s{1,2}\p{L}/u,
  },
  // said in words (voicemail and IVR transcripts): "december twentieth nineteen thirty-eight",
  // "the twenty-second of February", "fifteenth of July, 1981", "February the 14th"
  { re: new RegExp(String.raw`\b${FULL_MONTH}\s{1,2}(?:the\s{1,2})?(?:${ORDINAL_WORD}|\d{1,2}(?:st|nd|rd|th))\b(?:,?\s{1,2}(${YEAR_SAID}))?`, 'gi'), year: (m) => yearOf(m[1]), words: MONTH_WORDS, gate: SPOKEN_GATE },
  { re: new RegExp(String.raw`\b(?:the\s{1,2})?${ORDINAL_WORD}\s{1,2}of\s{1,2}${FULL_MONTH}\b(?:,?\s{1,2}(${YEAR_SAID}))?`, 'gi'), year: (m) => yearOf(m[1]), words: MONTH_WORDS, gate: / of\s{1,2}(?:january|february|march|april|may|june|july|august|september|october|november|december)\b/ },
  // 3/17 (no year): only with a patient cue
  { re: /(?<![\w/.:-])(1[0-2]|0?[1-9])\/(3[01]|[12]\d|0?[1-9])(?![\d]|[/.:-]\d)/g, year: () => undefined, yearless: true, needs: '/' },
];

// birth-date cues, also in the languages the Outlook forwards come in ("née le", "geb.", "nascida em", "geboren")
const DOB_CUE = /(?<![\p{L}\p{N}])(?:dob|d0b|d\.o\.b|date of birth|birth[\s_]?date|birthday|born|bday|b\/d|age|fecha de nacimiento|naci[óo]|nasceu|született|szül\.|f\. ?nac|nacid[oa]|nascid[oa]|data de nascimento|date de naissance|née?|geburtsdatum|geboren|geb\.|geboortedatum)(?![\p{L}\p{N}])[^\n]{0,25}$/iu;
// the sentence mentions a patient or care event, or a street it was shipped to: the date belongs to that patient
const PHI_CUE = new RegExp(String.raw`(?<![\w-])(?:patient'?s?|pt|member|időpont\w*|guarantor|mrn|dob|admi(?:t|ts|tted|ssion)|discharg\w*|appointment\w*|appt|visit|visits|exam|collected|collection|dos|service|encounters?|procedure|surgery|surgical|seen|schedul\w*|booked|rebooked|follow[- ]?up|date of loss|consult\w*|delivered|patiente?|patientin|paciente|patiënt|rendez-vous|cita|consulta|internad[oa]|ingres(?:o|ad[oa])|alta|aufnahme|aufgenommen|entlassen|entlassung|termin|afspraak|opname|opgenomen|ontslagen|hospitalisée?|admise?|deceased|died|death|vaccin\w*|immuniz\w*|specimen|results?|imaging|x-?ray|mri|ct|ultrasound|mammo\w*|biopsy|infusion|chemo\w*|dialysis|transfusion|injection|prescri\w*|refill|rx|dr|doctor|physician|provider|clinic|hospital|er|ed|icu|inpatient|outpatient|her|his|she|he|mom|mum|dad|mother|father|son|daughter|wife|husband|grand(?:mother|father|son|daughter)|guardian|poa|health ?care proxy|(?:shipped|mailed) to \d{1,6}(?: [\w.-]+){1,3} (?:${STREET_WORDS}))(?![\w-])`, 'i');
const APPOINTMENT = /\b(?:appointment|appt)\b/i;
// a patient portal's proxy of one person for another ("Proxy Tünde Mészáros -> Tyrone was created
// 06/02/2024"): the names either side of the arrow make it people's, not a web proxy's
const PROXY_PAIR = /(?<![\w-])(?:proxy|Proxy|PROXY)\s{1,2}\p{Lu}[\p{L}\p{M}'’-]*(?:\s{1,2}\p{Lu}[\p{L}\p{M}'’-]*){0,3}\s{0,2}(?:->|→)\s{0,2}\p{Lu}/u;
// between the two dates of a range (OCR reads "to" as "t0")
const RANGE_GAP = /^\s{0,2}(?:[-–—]|to|t0|through|thru|until)\s{0,2}$/i;
const WEEKDAY_BEFORE = /\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s*$/i;
const FOREIGN_WEEKDAY_BEFORE = new RegExp(String.raw`(?<![\p{L}-])${FOREIGN_WEEKDAY_SOURCE},?\s*$`, 'iu');
// a care event named right before the (weekday and) date: "Admitted Thu 2/22", "visit date Friday, February 16",
// "Appt: Mon 7/14", "Appointment was Tue 7/23", "appointment list for ...", a key `obr.exam_date="`, "rendez-vous du",
// the day patients' orders are for ("the first 3 orders for 03/29/2024")
const CARE_BEFORE = /(?<![a-z])(?:adm(?:it|its|itted|ission)?|orders? for|discharg\w*|appt|appointments?(?: list| schedule)?|visit|visit date|seen|dos|dates? of service|service[ _]date|date of loss|scheduled|booked|surgery|procedure|exam|follow[- ]?up|rendez-vous|cita|termin|afspraak)(?:[ _]?(?:date|dt))?\W{0,3}(?:(?:on|for|from|was|is|the|el|du|le|am|op)\W{0,2}\s{1,2}){0,2}$/i;
// a version, not a date: "fw 6.1.24", "version 3.2.25"
// a log record's own stamp (FortiGate, syslog key=value): "date=2024-06-15 time=23:36:33"
const LOG_KEY_BEFORE = /(?:^|[\s,;])(?:date|time|logdate|devtime|eventtime|timestamp|ts|itime)=["']?$/i;
// (also at the end of a key: "ApiVersion=2010-04-01")
const VERSION_BEFORE = /\b(?:fw|firmware|ver|v|rel|patch|bios|driver)\W{0,2}$|(?:version|build|release)\W{0,2}$/i;

function dayAndMonth(a: string | undefined, b: string | undefined): boolean {
  const x = Number(a);
  const y = Number(b);
  return x >= 1 && y >= 1 && x <= 31 && y <= 31 && (x <= 12 || y <= 12);
}
// a line that ends in a word (and a colon): a label whose value is on the next line
// (or a question: an IVR prompt "say the patient's date of birth." with the caller's reply below)
const LABEL_END = /[A-Za-z][A-Za-z ]{2,}[:.?]?\s*$/;
// what may stand before the date on its line and still leave the line above to say what it is:
// a speaker ('CALLER (ASR): "'), a wrapped label's last word ("DATE ")
const SPEAKER_ONLY = /^\s*(?:[A-Za-z][A-Za-z ]{0,20}(?:\([A-Za-z ]{1,12}\))?:\s*["“]?|[A-Za-z]{2,12}\s)$/;
// (also a screen's military time: "10/11/24 1340")
const TIME_AFTER = /^(?:,?\s{1,3}|T)\d{1,2}:\d{2}|^ (?:[01]\d|2[0-3])[0-5]\d(?![\w/.:-])/;
const SENTENCE_END = /[.!?](?=\s)|\n/g;
// ("DOB Jan. 16 1981, date of loss ...": a month's dot ends no sentence)
const ABBREV = /\b(?:dr|mr|mrs|ms|st|no|vs|etc|approx|dept|e\.g|i\.e|jr|sr|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/i;

/** Where the sentence holding `start` begins: after the previous sentence end (not an abbreviation such as "Dr.") or line break. */
function sentenceStart(text: string, start: number): number {
  let from = start;
  for (let i = start - 1, steps = 0; i >= 0 && steps < 300; i--, steps++) {
    const ch = text[i];
    if (ch === '\n') break;
    if ((ch === '.' || ch === '!' || ch === '?') && /\s/.test(text[i + 1] ?? '') && !ABBREV.test(text.slice(Math.max(0, i - 6), i))) break;
    from = i;
  }
  return from;
}

// "... (DOB 6/9/58, MRN Z663697) in lifeIMAGE. It was done 05/10/2026": a sentence that goes on about
// the study or sample the sentence before it recorded for a patient
const FOLLOW_UP = /^\s*(?:it|this|that|they|these)\s+(?:was|were)\s+(?:done|performed|taken|drawn|collected|scanned)\b/i;
const RECORD_CUE = /\b(?:dob|mrn|date of birth)\b/i;

/** The date's sentence follows up one that holds a patient's record cue, on the same line. */
function followsRecord(text: string, start: number): boolean {
  const from = sentenceStart(text, start);
  if (!FOLLOW_UP.test(text.slice(from, start))) return false;
  const lineStart = text.lastIndexOf('\n', from - 1) + 1;
  return RECORD_CUE.test(text.slice(Math.max(lineStart, from - 200), from));
}

/** A sentence that ties its dates to a patient: a cue word, or a proxy between people. */
function aboutPatient(sentence: string): boolean {
  return PHI_CUE.test(sentence) || PROXY_PAIR.test(sentence);
}

function sentenceAround(text: string, start: number, end: number): string {
  const from = sentenceStart(text, start);
  const window = text.slice(end, end + 300);
  let to = window.length;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(window); m; m = SENTENCE_END.exec(window)) {
    const at = end + m.index;
    if (m[0] === '\n' || !ABBREV.test(text.slice(Math.max(0, at - 6), at))) {
      to = m.index;
      break;
    }
  }
  return text.slice(from, end + to);
}

// a space-aligned table (cells split by 2+ spaces or tabs) whose header names a patient or a care date:
// "PATIENT NAME   MRN   EXAM   DOS" -> the dates in its rows are the patients'
const CELL_GAP = /(?: {2,}|\t)\S/g;
const CELL_BEFORE = /(?:^|\S)(?: {2,}|\t) *$/;
const HEADER_CUE = /(?<![\w-])(?:dos|dob|date of service|service date|patient|pt|mrn|admit(?: date)?|adm date|appt|visit(?: date)?|collected|exam date)(?![\w-])/i;

function cellCount(line: string): number {
  CELL_GAP.lastIndex = 0;
  let n = 0;
  while (CELL_GAP.exec(line.trimStart())) n++;
  return n + 1;
}

/** True when the date is a cell of a space-aligned table whose header line (the block's first) names a patient column. */
function patientTableCell(doc: Doc, start: number, headers: Map<number, boolean>): boolean {
  const line = doc.lineOf(start);
  if (!CELL_BEFORE.test(doc.text.slice(Math.max(doc.lineStart(line), start - 8), start)) || cellCount(doc.line(line)) < 3) return false;
  let first = line;
  // the block's first line, at most 40 lines up
  while (first > 0 && line - first < 40 && doc.line(first - 1).trim() !== '') first--;
  let hit = headers.get(first);
  if (hit === undefined) {
    const header = doc.line(first);
    hit = first !== line && !/\d/.test(header) && cellCount(header) >= 3 && HEADER_CUE.test(header);
    headers.set(first, hit);
  }
  return hit;
}

// the last word before a date
const WORD_BEFORE = /([\p{L}][\p{L}+-]*)\s{1,3}$/u;

// a line naming an application or its version: "  app                Amwell Carepoint 19.2.31"
const SOFTWARE_LINE = /^\s*(?:app|application|client|software|version|build|agent|plugin)(?:\s{2,}|\s*[:=])/i;

/** "Caregility 11.4.14": dotted numbers right after a product's name, or on a line naming software, are a version. */
function productVersion(value: string, before: string, lineHead: string): boolean {
  if (!value.includes('.')) return false;
  if (SOFTWARE_LINE.test(lineHead)) return true;
  const word = WORD_BEFORE.exec(before)?.[1];
  return word !== undefined && TECH.has(word.toLowerCase());
}

function oldYear(year: string | undefined, thisYear: number): boolean {
  if (!year) return false;
  const y = year.length === 2 ? (Number(year) > 30 ? 1900 + Number(year) : 2000 + Number(year)) : Number(year);
  // incidents are recent; a date a decade back is a birth date or an old care event
  return y < thisYear - 10;
}

const COMPACT_DOB = /\b(?:dob|d\.o\.b\.?|birth ?date|date of birth)\s{0,2}[:=#.]{0,3}\s{0,2}(\d{6}|\d{2}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\d{2})(?![\w/.-])/gi;

// birth years and ages over 89 (HIPAA Safe Harbor): "b. 1962", "born in 1954", "age 91", "92 y/o"
const BIRTH_YEAR = /\b(?:dob|d\.o\.b\.?|born(?: in)?|b\.|birth ?year|yob|year of birth)\s{0,2}:?\s{0,2}((?:19|20)\d{2})\b/gi;
const OLD_AGE = /\b(?:age[sd]?\s{0,2}:?\s{0,2}(9\d|1[0-2]\d)\b|(9\d|1[0-2]\d)\s?(?:yo|y\/o|yrs? old|years? old|-year-old)\b)/gi;

// YYYYMMDD as one part of a document's file name ("AVS_GeorgiouD_20240218.pdf"): parts are split by
// underscores or dashes, the name ends in a document extension
const FILE_DATE = /(?<=[_-])(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?=[_.-])/g;
const FILE_DATE_GATE = /[_-](?:19|20)\d{6}[_.-]/;
const DOC_EXT = /\.(?:pdf|docx?|rtf|tiff?|jpe?g|png|xps|ccd)$/i;
const FILE_CHAR = /[\p{L}\p{N}_.-]/u;

/**
 * A date in a document's file name belongs to that document's patient when another part of the name
 * is not an ordinary or technical word (a surname, initials): "Report_20240218.pdf" stays. The name
 * is looked at no further than 80 characters each side of the date.
 */
function detectFileNameDates(doc: Doc): void {
  const text = doc.text;
  // (YYYYMMDD is 8 digits in a row)
  if (doc.longestDigitRun < 8 || !FILE_DATE_GATE.test(text)) return;
  FILE_DATE.lastIndex = 0;
  for (let m = FILE_DATE.exec(text); m; m = FILE_DATE.exec(text)) {
    let from = m.index;
    while (from > 0 && m.index - from < 80 && FILE_CHAR.test(text[from - 1] ?? '')) from--;
    let to = m.index + 8;
    while (to < text.length && to - m.index < 88 && FILE_CHAR.test(text[to] ?? '')) to++;
    const name = text.slice(from, to).replace(/[.]+$/, '');
    if (!DOC_EXT.test(name)) continue;
    const parts = (text.slice(from, m.index) + '_' + name.slice(m.index + 8 - from).replace(DOC_EXT, '')).split(/[_.-]/);
    const named = parts.some((p) => /\p{L}{2}/u.test(p) && !/^v?\d/i.test(p) && !isCommonWord(p.toLowerCase()) && !TECH.has(p.toLowerCase()));
    if (named) doc.add(m.index, m.index + 8, 'DATE_PHI', 45);
  }
}

/**
 * Dates tied to a patient: after a birth-date cue (DOB), or in a sentence about a patient or a care
 * event (DATE_PHI), or long past. Dates of the incident or job stay: timestamps with a time of day,
 * e-mail header dates, and dates in sentences about systems.
 */
export function detectDates(doc: Doc): void {
  const text = doc.text;
  // (cheap gates on the digit runs before the regex ones)
  const digits = doc.longestDigitRun;
  // (dates said in words hold no digit)
  if (digits === 0 && !SPOKEN_GATE.test(doc.lower)) return;
  // (one test for the birth years and every pattern that needs a year in digits)
  const digitYears = digits >= 4 && /(?:19|20)\d\d/.test(text);
  BIRTH_YEAR.lastIndex = digitYears ? 0 : text.length;
  for (let m = BIRTH_YEAR.exec(text); m; m = BIRTH_YEAR.exec(text)) {
    const year = m[1] ?? '';
    const at = m.index + m[0].length - year.length;
    doc.add(at, at + year.length, 'DOB', 45);
  }
  OLD_AGE.lastIndex = digits >= 2 && (doc.wordBits & AGE_WORDS) !== 0 && /9\d|1[0-2]\d/.test(text) ? 0 : text.length;
  for (let m = OLD_AGE.exec(text); m; m = OLD_AGE.exec(text)) {
    const age = m[1] ?? m[2] ?? '';
    const at = m.index + m[0].indexOf(age);
    doc.add(at, at + age.length, 'AGE', 45);
  }
  detectFileNameDates(doc);
  // "DOB: 080405", "DOB: 03FEB21": screen dates without separators, read as dates only after the cue
  COMPACT_DOB.lastIndex = digits >= 2 && (doc.lower.includes('dob') || doc.lower.includes('d.o.b') || doc.lower.includes('birth')) ? 0 : text.length;
  for (let m = COMPACT_DOB.exec(text); m; m = COMPACT_DOB.exec(text)) {
    const value = m[1] ?? '';
    const at = m.index + m[0].length - value.length;
    doc.add(at, at + value.length, 'DOB', 45);
  }
  const words = doc.wordBits;
  const headers = new Map<number, boolean>();
  // one Date per ticket at most, read when first needed: most tickets never ask (a Date is not free)
  let thisYear = 0;
  const caredEnds: number[] = [];
  const untyped: [number, number][] = [];
  const sentenceTied: [number, number][] = [];
  const stamped = new Set<string>();
  for (const p of PATTERNS) {
    if ((p.words && (words & p.words) === 0) || (p.digitYear && !digitYears) || (p.needs && !text.includes(p.needs)) || (p.gate && !p.gate.test(doc.lower))) continue;
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      let start = m.index;
      const end = start + m[0].length;
      const lineStart = doc.lineStart(doc.lineOf(start));
      const after = text.slice(end, end + 12);
      let before = text.slice(Math.max(lineStart, start - 40), start);
      // a date first on its line reads on from the line above (hard-wrapped PDF text, stacked forms:
      // "SERVICE DATE\n02.12.2026"); only a line ending in words (a label), and never for a timestamp
      if (lineStart > 0 && (before.trim() === '' || SPEAKER_ONLY.test(before)) && !TIME_AFTER.test(after)) {
        const above = text.slice(Math.max(0, lineStart - 40), lineStart - 1);
        if (LABEL_END.test(above)) before = above.replace(/\n/g, ' ') + ' ' + before;
      }
      if ((p.valid && !p.valid(m)) || VERSION_BEFORE.test(before) || LOG_KEY_BEFORE.test(before) || productVersion(m[0], before, text.slice(lineStart, start))) continue;
      const weekday = WEEKDAY_BEFORE.exec(before) ?? FOREIGN_WEEKDAY_BEFORE.exec(before);
      // the weekday goes with the date it names
      // (or the sentence is about an appointment: "Your appointment with Dr. Marsh is at 10:40 on Fri 9/26")
      const careWeekday = weekday !== null && (CARE_BEFORE.test(before.slice(0, weekday.index)) || (!TIME_AFTER.test(after) && APPOINTMENT.test(sentenceAround(text, start, end))));
      if (careWeekday) start -= before.length - weekday.index;
      let type: PiiType | undefined;
      if (DOB_CUE.test(before)) type = 'DOB';
      else if (careWeekday) type = 'DATE_PHI';
      // a care event right before the date, with its time or not ("Appointment 8/31/2024 10:15", "obr.exam_date=")
      else if (CARE_BEFORE.test(before)) type = 'DATE_PHI';
      else if (TIME_AFTER.test(after) || weekday) type = undefined;
      else if (oldYear(p.year(m), (thisYear ||= new Date().getUTCFullYear()))) type = 'DOB';
      else if (aboutPatient(sentenceAround(text, start, end)) || followsRecord(text, start)) {
        // (only the sentence ties it to a patient: decided once every time stamp is known)
        sentenceTied.push([start, end]);
        continue;
      } else if (patientTableCell(doc, start, headers)) type = 'DATE_PHI';
      if (p.yearless && type === 'DOB' && !DOB_CUE.test(before)) type = undefined;
      if (!type && TIME_AFTER.test(after)) stamped.add(m[0]);
      if (type) doc.add(start, end, type, 45);
      if (type === 'DATE_PHI') caredEnds.push(end);
      else if (!type) untyped.push([start, end]);
    }
    doc.budget.check();
  }
  // a date the ticket's own time stamps show ("On 2026-07-21 the robot ... the patient" above a log of
  // "2026-07-21 03:07:38") is the incident's: those stamps stay, so taking it here would hide nothing
  for (const [start, end] of sentenceTied) {
    if (stamped.has(text.slice(start, end))) untyped.push([start, end]);
    else {
      doc.add(start, end, 'DATE_PHI', 45);
      caredEnds.push(end);
    }
  }
  // the end of a range whose start is a date of care ("Dates of service from: 2026-11-11 t0 2026-09-13")
  for (const [start, end] of untyped) if (caredEnds.some((e) => e < start && RANGE_GAP.test(text.slice(e, start)))) doc.add(start, end, 'DATE_PHI', 45);
}

/** The word gates of this file, each with a scan it stands for (test/redaction/wordGates.test.ts) and each scan it lets be skipped (test/redaction/detectorWordGates.test.ts). */
export const DATE_WORD_GATES: WordGateOf[] = [
  { bit: MONTH_WORDS, scan: MONTH_SCAN },
  { bit: FOREIGN_MONTH_WORDS, scan: FOREIGN_MONTH_SCAN },
  { bit: AGE_WORDS, scan: OLD_AGE },
];
export const DATE_SCAN_GATES: WordGateOf[] = PATTERNS.flatMap((p) => (p.words ? [{ bit: p.words, scan: p.re }] : []));
