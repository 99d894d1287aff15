import type { Doc } from '../doc.js';
import { isAsciiDigit } from '../text/asciiLetter.js';
import { textWordGate, type WordGateOf } from '../text/wordGates.js';

// Title-case or upper-case forms only: "2 pt" (two patients) is not a street
const either = (words: string) => `(?:${words.split('|').flatMap((w) => [w, w.toUpperCase()]).join('|')})`;
const SUFFIX = either(
  'Street|St|Avenue|Ave|Av|Road|Rd|Route|Rte|Drive|Dr|Lane|Ln|Boulevard|Blvd|Court|Ct|Circle|Cir|Way|Place|Pl|Terrace|Ter|Parkway|Pkwy|Highway|Hwy|Trail|Trl|Square|Sq|Loop|Pike|Row|Alley|Aly|Plaza|Plz|Crossing|Xing|Path|Cove|Cv|Expressway|Expy|Freeway|Fwy|Turnpike|Tpke|Crescent|Cres|Grove|Mews|Run|Bend|Trace|Hollow',
);
const DIRECTION = either('N|S|E|W|NE|NW|SE|SW|North|South|East|West');
const UNIT_WORD = either('Flat|Apt|Apartment|Suite|Ste|Unit|Lot|Bldg|Building|Fl|Floor|Rm|Room|Space|Spc|Trlr|Dept');
const UNIT = String.raw`(?:,?\s{0,2}(?:#\s?[A-Za-z0-9-]{1,6}|${UNIT_WORD}(?![a-z])\.?\s{0,2}#?\s?[A-Za-z0-9-]{1,6}))?`;
// a unit before the house number: "Flat 16, 186 Chapel Crescent", "#14-27044 CHINLE BLVD", "1967-7868 Cottonwood Avenue"
// (read backwards from a street match: as an optional start of STREET it made the scan try every letter)
const LEAD_UNIT = /(?:(?:Flat|FLAT|Unit|UNIT|Apt|APT|Suite|SUITE|Ste|STE)\.?[ ]{1,2}#?\d{1,5}[A-Za-z]?,?[ ]{1,2}|(?<![\w-])#?\d{1,5}[A-Za-z]?-|(?:Apt|APT|Unit|UNIT|Suite|SUITE|Ste|STE)\.?[ ]{1,2})$/;
// house number (grid "N8038", half "955 1/2"), optional direction, up to four words, a street type
// (a second one when the first is part of the name: "Quail Hollow Cove"; a numbered or lettered
// route: "Hwy 12", "County Road K"), an optional unit
const STREET = new RegExp(
  String.raw`(?<![\w./:]|(?<!(?:^|[^\w-])#?\d{1,5})-)[NSEW]?\d{1,6}[A-Za-z]?(?: 1\/2)?(?:[ ]{1,2}|(?<=\d{3})\n(?=[A-Z0-9]))(?!AM\b|PM\b|am\b|pm\b)(?:${DIRECTION}\.?[ ]{1,2})?(?:(?:[A-Z0-9][A-Za-z0-9'.-]{0,30}|de|del|la|las|los|van|von)[ ]{1,2}){0,4}?${SUFFIX}\b\.?(?:[ ]${SUFFIX}\b\.?)?(?:(?<=(?:Highway|Hwy|Route|Rte|HIGHWAY|HWY|ROUTE|RTE)\.?)[ ]\d{1,5}\b|(?<=(?:County Road|COUNTY ROAD))[ ][A-Z]{1,2}\b)?(?:[ ]{1,2}${DIRECTION}\b\.?)?${UNIT}`,
  'g',
);
/** Street types in lower case, as a pattern's alternation (the lower-case street line; a date shipped to a street). */
export const STREET_WORDS = 'street|avenue|road|drive|lane|boulevard|court|circle|terrace|place|parkway|highway|trail|way|st|ave|rd|dr|ln|blvd|ct|cir|ter|pl|pkwy|hwy|trl';
// the street word of a lower-case street line with what must follow it (one source for the line and its gate)
const LOWER_STREET_END = String.raw`(?:${STREET_WORDS})\b\.?(?=\s*(?:,|\n|$|apt|suite|ste|unit|lot|#))`;
// lower-case street lines ("16585 church avenue, columbia"): full street words only, a name word between
const STREET_LOWER = new RegExp(String.raw`(?<![\w./:-])\d{1,6}[a-z]?[ ]{1,2}(?:(?:n|s|e|w|north|south|east|west)\.?[ ]{1,2})?(?:[a-z0-9][a-z0-9'.-]{0,30}[ ]{1,2}){1,3}?${LOWER_STREET_END}(?:,?\s{0,2}(?:#\s?[a-z0-9-]{1,6}|(?:apt|suite|ste|unit|lot)\.?\s{0,2}#?\s?[a-z0-9-]{1,6}))?`, 'g');
// "columbia, mo 65295": a lower-case city line needs its ZIP
const STATES_LOWER = 'al|ak|az|ar|ca|co|ct|de|dc|fl|ga|hi|id|il|in|ia|ks|ky|la|me|md|ma|mi|mn|ms|mo|mt|ne|nv|nh|nj|nm|ny|nc|nd|oh|ok|or|pa|ri|sc|sd|tn|tx|ut|vt|va|wa|wv|wi|wy';
const CITY_STATE_LOWER = new RegExp(String.raw`\b((?:[a-z][a-z'.-]{1,30} ){0,2}[a-z][a-z'.-]{1,30}),?\s{1,2}(?:${STATES_LOWER})\s{1,2}(\d{5}(?:-\d{4})?)\b`, 'g');
const PO_BOX = /\b(?:(?:P\.?\s?O\.?\s{0,2}Box|Post Office Box|POB)\s{0,2}#?\s?\d{1,7}|(?:RR|R\.R\.|Rural Route|HC|Star Route)\s{0,2}#?\s{0,2}\d{1,4},?\s{0,2}Box\s{0,2}\d{1,6})\b/gi;
const STATES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|VI|GU|AS|MP|ON|BC|AB|QC|MB|SK|NS|NB|NL|PE|YT|NT|NU';
const STATE_NAMES =
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Ontario|British Columbia|Alberta|Quebec|Québec|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|Newfoundland and Labrador|Prince Edward Island|Yukon';
// Canadian postal codes: "P4L3C2", "V9J 9G6"
const CA_POSTAL = String.raw`[A-Z]\d[A-Z] ?\d[A-Z]\d`;
// "Naperville, IL 60549", "St. Louis, MO", "KNOXVILLE TN 37911": city words, state, ZIP
const CITY_STATE = new RegExp(
  String.raw`\b((?:[A-Z][A-Za-zÀ-ÿ'.-]{1,30} ){0,2}[A-Z][A-Za-zÀ-ÿ'.-]{1,30}),?\s{1,2}(?:${STATES}|${STATE_NAMES})\b\.?(?:(,?\s{1,2}|\s{0,2}\|\s{0,2})(\d{5}(?:-\d{4})?|${CA_POSTAL})\b)?`,
  'g',
);
// where the state of a CITY_STATE match can stand (after the white space before it): a match starts
// at most 3 * 31 + 2 (city) + 1 (comma) + 1 (a second space) characters before that white space
const STATE_AT = new RegExp(String.raw`\s(?:${STATES}|${STATE_NAMES})\b`, 'g');
// a word gate: after \s, a state's code or (first) name starts a word and ends it or meets a joiner
const STATE_WORDS = textWordGate(new RegExp(String.raw`^(?:${STATES}|${STATE_NAMES.replace(/ [^|]*/g, '')})\b`));
const CITY_BEFORE_STATE = 100;
// what every CITY_STATE_LOWER match holds (a state code before a ZIP): the scan is skipped without it
// (tested from the words, see `digitWordCues`)
export const ZIP_GATE = new RegExp(String.raw`(?:${STATES_LOWER})\s{1,2}\d{5}`);
const STATE_CODES_LOWER = new Set(STATES_LOWER.split('|'));
// the street word of STREET_LOWER with what must follow it (after a space, as there)
const STREET_LOWER_GATE = new RegExp(`[ ]${LOWER_STREET_END}`);
// a word gate for it: after a space and before what must follow, the street word is a whole word
const STREET_LOWER_WORDS = textWordGate(new RegExp(`^(?:${STREET_WORDS})$`));
// a word gate for STREET: its street type follows a space or a line break, so starts a word
const STREET_TYPE_WORDS = textWordGate(new RegExp(String.raw`^${SUFFIX}\b`));
// street types that are also common words ("3 Dry Run"): only after a house number of 3+ digits
// (unless a full street type follows: "92 E Dogwood Hollow Way")
const WEAK_STREET = new RegExp(String.raw`^\d{1,2}\b.*\b(?:Run|Bend|Trace|Hollow|RUN|BEND|TRACE|HOLLOW)\b(?![ ]${SUFFIX}\b)`);
// a number right before a street type, with no street name between, is a time or a count before a
// title ("1625  Dr. Papageorgiou reported", "3 St. Luke's beds"), not a house
const NAMELESS_STREET = new RegExp(String.raw`^[NSEW]?\d{1,6}[A-Za-z]?\s{1,2}${SUFFIX}\b\.?$`);
const ZIP_CUE = /\b(?:zip|zip code|zipcode|postal code|postcode)\b\W{0,4}(\d{5}(?:-\d{4})?)\b/gi;

const PLACE_BEFORE = /\b(?:from|in|to|near|lives in|living in|resides in|moved to|based in)[ ]{1,2}$/i;
// (or a dash that starts an aside: "geolocates to Spectrum in Salina, KS - probably ...")
const CLAUSE_END = /^(?:[;,.!?)\n]|\s*$|\s[-–—]\s)/;

function placeAlone(text: string, start: number, end: number): boolean {
  return PLACE_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && CLAUSE_END.test(text.slice(end, end + 3));
}

const BOX_BEFORE = /\b((?:Box|BOX)\s{1,2}\d{1,6})[\s,|]{1,4}$/;
// a stacked web form: the value line under a "City, State" label ("City, State *\nWausau, WI")
const CITY_LABEL = /^\s*city\b[^\n]{0,30}$/i;

function underCityLabel(doc: Doc, line: number, start: number, end: number): boolean {
  return line > 0 && doc.text.slice(doc.lineStart(line), start).trim() === '' && end >= doc.lineEnd(line) - 1 && CITY_LABEL.test(doc.line(line - 1));
}

const ID_CELL = /^[A-Za-z]{0,3}\d{6,14}$/;

function idCells(doc: Doc, from: number, to: number): void {
  let at = from;
  for (const cell of doc.text.slice(from, to).split('|')) {
    const value = cell.trim();
    if (ID_CELL.test(value)) {
      const start = at + cell.indexOf(value);
      doc.add(start, start + value.length, 'ACCOUNT_NUMBER', 40);
    }
    at += cell.length + 1;
  }
}

// UK postcodes after the town: "Leeds LS8 2DN", "Milton Keynes MK9 3AB" (the code is found first, the town read backwards)
export const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?[ ]\d[A-Z]{2}\b/g;
// a word gate for UK_POSTCODE and Canadian postal codes (localAddresses.ts): the second half of either
// code ("2DN", "0B1") starts a word after the space, and ends it or meets no ASCII word character
export const POSTCODE_WORDS = textWordGate(/^\d[A-Z][A-Z\d](?![A-Za-z0-9_])/);
const UK_TOWN_BEFORE = /(?<![\w-])((?:[A-Z][a-z]{2,20} )?[A-Z][a-z]{2,20}),?[ ]{1,2}$/;

/**
 * ZIP_GATE.test(text), read from the words that hold a digit (cheaper than a scan of the text): the
 * ZIP's five digits start a word, with one or two white spaces and a lower-case state code before it.
 */
export function zipAfterState(doc: Doc): boolean {
  const text = doc.text;
  for (const tok of doc.tokens()) {
    if (!tok.digits) continue;
    const t = tok.text;
    const at = tok.start;
    if (t.length < 5 || !isAsciiDigit(t.charCodeAt(0)) || !isAsciiDigit(t.charCodeAt(1)) || !isAsciiDigit(t.charCodeAt(2)) || !isAsciiDigit(t.charCodeAt(3)) || !isAsciiDigit(t.charCodeAt(4))) continue;
    if (isSpace(text[at - 1]) && (STATE_CODES_LOWER.has(text.slice(at - 3, at - 1)) || (isSpace(text[at - 2]) && STATE_CODES_LOWER.has(text.slice(at - 4, at - 2))))) return true;
  }
  return false;
}

const SPACE = /^\s$/;
const isSpace = (ch: string | undefined): boolean => ch !== undefined && SPACE.test(ch);

/** Street lines (with units), PO boxes, "City, ST" lines and ZIP codes. */
export function detectAddresses(doc: Doc): void {
  const text = doc.text;
  const streetLines = new Set<number>();
  for (const re of [STREET, PO_BOX, STREET_LOWER]) {
    // every PO_BOX match says "box"
    const absent =
      re === PO_BOX
        ? !doc.lower.includes('box') && !doc.lower.includes('pob')
        : re === STREET_LOWER
          ? (doc.wordBits & STREET_LOWER_WORDS) === 0 || !STREET_LOWER_GATE.test(text)
          : (doc.wordBits & STREET_TYPE_WORDS) === 0;
    re.lastIndex = absent ? text.length : 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const value = m[0].replace(/[\s,]+$/, '');
      if (re === STREET && (WEAK_STREET.test(value) || NAMELESS_STREET.test(value))) continue;
      let start = m.index;
      const prev = text.charCodeAt(start - 1);
      if (re === STREET && (prev === 32 || prev === 45)) {
        const lead = LEAD_UNIT.exec(text.slice(Math.max(0, start - 20), start));
        if (lead) start -= lead[0].length;
      }
      doc.add(start, m.index + value.length, 'ADDRESS', 40);
      streetLines.add(doc.lineOf(m.index));
    }
    doc.budget.check();
  }
  // each search starts a little before the next place a state can stand: the text before it holds
  // no match, and the text after the last such place is not searched at all
  for (let from = 0; (doc.wordBits & STATE_WORDS) !== 0; ) {
    STATE_AT.lastIndex = from;
    const state = STATE_AT.exec(text);
    if (!state) break;
    CITY_STATE.lastIndex = Math.max(from, state.index - CITY_BEFORE_STATE);
    const m = CITY_STATE.exec(text);
    if (!m) break;
    from = m.index + m[0].length;
    const zip = m[3];
    const line = doc.lineOf(m.index);
    const nearStreet = streetLines.has(line) || streetLines.has(line - 1);
    // without a ZIP, only "City, ST" right after a street line ("Member ID" is not Idaho), or a
    // place named alone after "from"/"in" that ends the clause ("pickup from Flagstaff, AZ;")
    if (!zip && (!m[0].includes(',') || (!nearStreet && !placeAlone(text, m.index, from) && !underCityLabel(doc, line, m.index, from)))) continue;
    const cityState = zip ? m[0].slice(0, m[0].lastIndexOf(zip)).replace(/[\s,|]+$/, '') : m[0];
    // drop leading words of the sentence that are not part of the city ("Address Bakersfield, CA")
    doc.add(m.index, m.index + cityState.length, 'ADDRESS', 40);
    // a bare box number right before the city ("New: Box 4884 Fresno, CA", "| BOX 941 | LAREDO, TX")
    const boxFrom = Math.max(0, m.index - 20);
    const box = BOX_BEFORE.exec(text.slice(boxFrom, m.index));
    if (box) doc.add(boxFrom + box.index, boxFrom + box.index + (box[1] ?? '').length, 'ADDRESS', 40);
    if (zip) {
      const zipStart = m.index + m[0].lastIndexOf(zip);
      doc.add(zipStart, zipStart + zip.length, 'ZIP', 40, zip.slice(0, 5));
      // a table row (LAST^FIRST | street | CITY, ST | ZIP | G35649853): its id-shaped cells are the person's account
      if (m[2]?.includes('|')) idCells(doc, zipStart + zip.length, doc.lineEnd(line));
    }
  }
  CITY_STATE_LOWER.lastIndex = zipAfterState(doc) ? 0 : text.length;
  for (let m = CITY_STATE_LOWER.exec(text); m; m = CITY_STATE_LOWER.exec(text)) {
    const zip = m[2] ?? '';
    const city = m[1] ?? '';
    const zipStart = m.index + m[0].lastIndexOf(zip);
    // only the word(s) right before the state: "at 5 elm st, dover, de 19901" -> "dover"
    const line = doc.lineOf(m.index);
    const near = streetLines.has(line) || streetLines.has(line - 1);
    const cityWords = city.split(' ');
    const keep = near ? cityWords.slice(-2) : cityWords.slice(-1);
    const cityText = keep.join(' ');
    const cityStart = m.index + m[0].indexOf(city) + city.length - cityText.length;
    doc.add(cityStart, zipStart - 1, 'ADDRESS', 40);
    doc.add(zipStart, zipStart + zip.length, 'ZIP', 40, zip.slice(0, 5));
  }
  UK_POSTCODE.lastIndex = (doc.wordBits & POSTCODE_WORDS) !== 0 ? 0 : text.length;
  for (let m = UK_POSTCODE.exec(text); m; m = UK_POSTCODE.exec(text)) {
    const from = Math.max(0, m.index - 45);
    const town = UK_TOWN_BEFORE.exec(text.slice(from, m.index));
    if (!town) continue;
    doc.add(from + town.index, from + town.index + (town[1] ?? '').length, 'ADDRESS', 40);
    doc.add(m.index, m.index + m[0].length, 'ZIP', 40);
  }
  ZIP_CUE.lastIndex = doc.lower.includes('zip') || doc.lower.includes('post') ? 0 : text.length;
  for (let m = ZIP_CUE.exec(text); m; m = ZIP_CUE.exec(text)) {
    const zip = m[1] ?? '';
    const at = m.index + m[0].length - zip.length;
    doc.add(at, at + zip.length, 'ZIP', 40, zip.slice(0, 5));
  }
}

/** The word gates of this file, each with a scan it stands for (test/redaction/wordGates.test.ts). */
export const ADDRESS_WORD_GATES: WordGateOf[] = [
  { bit: STATE_WORDS, scan: STATE_AT },
  { bit: STREET_LOWER_WORDS, scan: STREET_LOWER_GATE },
  { bit: STREET_TYPE_WORDS, scan: STREET },
];
