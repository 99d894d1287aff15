import type { Doc } from '../doc.js';
import { addPerson } from '../names/addPerson.js';
import { nameLexicon } from '../names/nameLexicon.js';
import { isCommonWord, isFunctionWord } from '../text/englishLexicon.js';
import { isGroupOrProduct } from '../names/vocabulary.js';
import { leadingSpaces } from '../text/whiteSpace.js';
import type { PiiType } from '../types.js';

// Field names (lower-case, letters only) that say what their value is: forms, JSON, XML, logs.
export const KEYS: Record<string, PiiType> = {};
const put = (type: PiiType, names: string) => names.split(/\s+/).filter(Boolean).forEach((n) => (KEYS[n] = type));
put('PERSON', `name fullname realname legalname preferredname patientname patient member ptname firstname lastname givenname familyname surname middlename maidenname
  mothersmaidenname guarantor guarantorname subscribername insuredname contactname emergencycontact nextofkin kin
  providername physician attending attendingphysician pcp referringprovider orderingprovider requester requestor requestedby
  reportedby submittedby enteredby callername caller employee employeename displayname cn spouse parent guardian provider
  attending att attg manager supervisor technician tech nurse doctor mother father contact approver approvedby assignee
  owner implementer assignedto openedby closedby resolvedby createdby updatedby modifiedby followupowner familycontact
  requestedfor onbehalfof primarycontact secondarycontact releasedby receivedby issuedto issuedby sponsor subscriber
  nom prenom nomdefamille nombre nombres apellido apellidos registrar scheduler ma author creator lastmodifiedby lastsavedby
  facilitator apologies reviewer reviewedby coordinator`);
put('DOB', 'dob dateofbirth birthdate birthday bdate');
put('DATE_PHI', `admitdate admissiondate dischargedate dos dateofservice servicedate appointmentdate apptdate visitdate encounterdate
  readingtime readingdate measuredat measurementtime collectedat collectiontime recordsfrom recordsto servicefrom serviceto`);
put('SSN', 'ssn socialsecurity socialsecuritynumber ssnumber');
put('PHONE', 'phone phonenumber mobile mobilephone cell cellphone homephone workphone telephone tel contactphone callback callbacknumber');
put('FAX', 'fax faxnumber');
put('EMAIL', 'email emailaddress mail useremail courriel correo');
put('ADDRESS', 'address street streetaddress address1 address2 addressline addressline1 addressline2 city homeaddress mailingaddress fromcity callercity tocity');
put('ZIP', 'zip zipcode postalcode postcode fromzip callerzip tozip');
put('MRN', 'mrn medicalrecordnumber medicalrecord patientid chartnumber empi patientextid extpatientid externalpatientid');
put('ACCOUNT_NUMBER', 'accountnumber acct acctnumber accountno har fin csn encounterid visitnumber guarantoraccount');
put('HEALTH_PLAN_ID', 'cardholderid memberid membernumber subscriberid policynumber policyid insuranceid groupnumber planid medicaidid medicareid mbi');
put('USERNAME', 'username userid login loginid samaccountname accountname targetusername subjectusername upn userprincipalname networkid operator operatorid binduser dbuser matricule usuario');
put('CREDENTIAL', 'password passwd pwd secret clientsecret token apikey accesstoken pin passcode bindpass bindpassword dbpass dbpassword');
put('LICENSE_NUMBER', 'license licensenumber dl driverslicense npi dea');
put('IP_ADDRESS', 'ipaddress clientip sourceip remoteaddr remoteip userip');
put('DEVICE_ID', 'serial serialnumber imei macaddress mac deviceid hostid deviceserial devicesn hubimei hubserial');

// Key: value / Key=value / Key - value (one line; a hyphen inside a word is no separator: "Mother-Baby Unit"); JSON, XML and SQL pairs are read in structuredFields.ts
// (a short note in brackets after the key is no part of it: "Employee (Last First): ..."; a diff's
// + or - before the key is no part of it either: "+  bind_user: lngata")
const LINE_PAIR = /(?:^|[|;{,]\s{0,3}|\t)[ \t>+-]{0,8}([A-Za-z][A-Za-z0-9À-ÿ _./#-]{0,40}?)(?:\s{0,2}\([A-Za-z ,/]{1,30}\))?\s{0,3}(?::|=|-{1,2}>|--|-(?=[ \t])|\.{3,}:?)[ \t]{0,3}([^\n|;]{1,200})/my;
// A LINE_PAIR match starts at a line start or at one of | ; { , or a tab, and holds one of : = - ...
// at most 4 + 8 + 41 + 34 + 3 characters in (separator, padding, key, note, spaces): it is tried (sticky) only
// at such starts with one of those characters that close after them. (As one global scan, the ^
// alternative leaves the regex engine no first character to skip ahead by: it tries every position.)
const PAIR_START = /[\n\r\u2028\u2029|;{,\t]/g;
const MAX_TO_SEPARATOR = 90;
// ... is the dot leader of a printed form ("Patient name....... DOE, JANE", "NAME.......: KWON EUN-JI")
const SEPARATORS = [':', '=', '-', '...'];

// (a key in French or Spanish loses its accents: "Prénom" is prenom)
export const keyOf = (raw: string) => (NON_ASCII.test(raw) ? raw.normalize('NFD') : raw).toLowerCase().replace(/[^a-z]/g, '');
const NON_ASCII = /[^ -~]/;
// a scanned form's labels come back from OCR with rn for m and digits for letters (Patient Narne, D0B)
const OCR_SUSPECT = /rn|[015]/i;
const ocrKeyOf = (raw: string) => keyOf(raw.toLowerCase().replace(/rn/g, 'm').replace(/0/g, 'o').replace(/1/g, 'l').replace(/5/g, 's'));

const ID_TYPES = new Set<PiiType>(['MRN', 'ACCOUNT_NUMBER', 'HEALTH_PLAN_ID', 'USERNAME', 'CREDENTIAL', 'LICENSE_NUMBER', 'IP_ADDRESS', 'DEVICE_ID', 'ZIP', 'SSN', 'EMAIL']);

/** How much of a free-form line value belongs to the field: an id is one word, a name a few capitalised ones. */
export function extent(type: PiiType, value: string, spaced = false): string {
  if (ID_TYPES.has(type)) {
    const words = value.trimStart().split(/\s+/);
    // "UHC 987654321": a short letter prefix before the number belongs to it
    const first = words[0] ?? '';
    const take = /^[A-Za-z]{2,4}$/.test(first) && /\d/.test(words[1] ?? '') ? `${first} ${words[1]}` : first;
    return value.slice(0, value.indexOf(take) + take.length).replace(/[.,;:)]+$/, '');
  }
  if (type === 'PERSON') {
    const m = /^\s*(?:[\p{Lu}][\p{L}\p{M}'’.-]*(?:,\s?|\s)?|(?:de|la|del|della|den|der|van|von|ter|ten|da|das|dos|di|du|le|y|bin|ibn|al|zu)\s){1,6}/u.exec(value);
    const capitalised = (m?.[0] ?? '').replace(/[\s,]+$/, '');
    // (a lower-case name only after a colon or = and a space: "name: björn a. lindqvist", not "Mother-baby link")
    return capitalised || (spaced ? lowerCaseName(value) : '');
  }
  if (type === 'ADDRESS') return value;
  const cut = /\s{2,}|;|,\s|\.\s|\s(?=[a-z]{3,})/.exec(value);
  return (cut ? value.slice(0, cut.index) : value).slice(0, 40);
}

const BUILT_IN_ACCOUNTS = /^(?:system|local|network|anonymous|administrator|guest|defaultaccount)$/i;

/** A name typed in lower case at the start of a value ("name: björn a. lindqvist"): up to four words that can be name parts. */
function lowerCaseName(value: string): string {
  const m = /^\s*((?:\p{Ll}[\p{L}\p{M}'’-]*\.?(?:,?\s|$)){1,4})/u.exec(value);
  if (!m?.[1]) return '';
  const lex = nameLexicon();
  const words: string[] = [];
  for (const raw of m[1].trim().split(/,?\s+/)) {
    const w = raw.replace(/[.,]$/, '');
    // (no ordinary word unless a given name: "Patient: stable" is a state; after the first word a
    // frequent surname may be one: "member: ena arroyo")
    const ok = (w.length === 1 && raw.endsWith('.')) || (w.length >= 2 && !isFunctionWord(w) && (!isCommonWord(w) || lex.isGivenName(w) || (words.length > 0 && lex.censusRank(w) <= 5000)));
    if (!ok) break;
    words.push(raw);
  }
  if (!words.length) return '';
  const last = words[words.length - 1] ?? '';
  return value.slice(0, value.indexOf(last) + last.length).trim().replace(/[,.]$/, '');
}

const SPOKEN_START = /^(?:hi|hello|hey|yes|yeah|um|uh)\b/i;
const NETWORK_ADDRESS = /^(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f:]*:[0-9A-Fa-f:]+)(?::\d{1,5})?$/;

export function mark(doc: Doc, type: PiiType, start: number, value: string): void {
  const trimmed = value.replace(/\s+$/, '').replace(/[.,]+$/, '');
  const lead = trimmed.length - trimmed.trimStart().length;
  const v = trimmed.trim();
  if (!v || /^\[[A-Z_]+-\d+\]$/.test(v) || /^(?:n\/?a|none|null|unknown|tbd|-+)$/i.test(v)) return;
  // Windows' own accounts ("Account Name: SYSTEM") and machine accounts ("WKS-0042$") are no one's login
  if (type === 'USERNAME' && (v.endsWith('$') || BUILT_IN_ACCOUNTS.test(v))) return;
  // "address: 10.0.191.54" in a config is a network address: the IP rules and the allow-list decide it
  if (type === 'ADDRESS' && NETWORK_ADDRESS.test(v)) return;
  if (type === 'PERSON') {
    const words = v.split(/\s+/);
    // "CALLER: hi this is ...": a speaker's words, not a name
    if (!/\p{L}/u.test(v) || words.length > 6 || SPOKEN_START.test(v)) return;
    // "Owner: Service Desk", "Assigned to: Epic Team": a group or a product is no person; "Reported by:
    // Willow Knight, Security": the person ends where the group begins
    const group = words.findIndex((w) => isGroupOrProduct(w.replace(/[,.;]+$/, '').toLowerCase()));
    let name = group === -1 ? v : words.slice(0, group).join(' ').replace(/[\s,;]+$/, '');
    // "First Last, Retail Pharmacy": after a name of two words or more, a comma ends it ("Last, First" has one before it)
    const comma = name.indexOf(', ');
    if (comma !== -1 && name.slice(0, comma).includes(' ')) name = name.slice(0, comma);
    if (!/\p{L}/u.test(name)) return;
    addPerson(doc, start + lead, start + lead + name.length, 50);
  } else doc.add(start + lead, start + lead + v.length, type, 50);
}

/** Values of personal fields in forms and key=value logs, whatever their shape. */
export function detectKeyValues(doc: Doc): void {
  const text = doc.text;
  doc.budget.check();
  let end = 0; // the end of the last match: the next starts no earlier
  const next = SEPARATORS.map((ch) => text.indexOf(ch));
  let separator = firstSeparator(text, 0, next);
  const breaks: LineBreak = { from: 0, at: -1 };
  PAIR_START.lastIndex = 0;
  for (let at = 0; separator !== -1; ) {
    if (at >= end) {
      if (separator < at) separator = firstSeparator(text, at, next);
      if (separator !== -1 && separator - at <= MAX_TO_SEPARATOR && mayPairAt(text, at, separator, breaks)) {
        LINE_PAIR.lastIndex = at;
        const pairMatch = LINE_PAIR.exec(text);
        if (pairMatch) {
          end = pair(doc, pairMatch);
        }
      }
    }
    // the next start: after a line terminator, or at | ; { , or a tab. A start found at p is tried at
    // p or p + 1, so those before end - 1 (inside the last match) or before separator - MAX - 1 (too
    // far from the separator) are never tried: the scan resumes past them.
    const skipTo = Math.max(end - 1, separator - MAX_TO_SEPARATOR - 1);
    if (skipTo > PAIR_START.lastIndex) PAIR_START.lastIndex = skipTo;
    // (test, not exec: a start is one character, so it is at lastIndex - 1; no result array)
    if (!PAIR_START.test(text)) break;
    const p = PAIR_START.lastIndex - 1;
    const c = text.charCodeAt(p);
    at = c === 10 || c === 13 || c === 0x2028 || c === 0x2029 ? p + 1 : p;
  }
}

/** The first '\n' at or after `from` (the text's length: none), kept while later starts need it. */
interface LineBreak {
  from: number;
  at: number;
}

/**
 * Whether LINE_PAIR may match at `at` given the next separator, as far as line breaks tell. Its
 * key, padding and note hold no line terminator, and its start holds one only in the \s{0,3} after
 * | ; { or a comma (at + 1 to at + 3). So when the next separator lies past the first '\n' after
 * those, the break stands between the key (or note) and the separator, where only \s and a note
 * may be: the first character after the break and its \s must open the note or a separator.
 * (Most lines of prose have their next separator on a later line, after a word.)
 */
function mayPairAt(text: string, at: number, separator: number, breaks: LineBreak): boolean {
  const from = isPairDelimiter(text.charCodeAt(at)) ? at + 4 : at;
  if (from < breaks.from || from > breaks.at) {
    const i = text.indexOf('\n', from);
    breaks.at = i === -1 ? text.length : i;
  }
  breaks.from = from;
  if (separator < breaks.at) return true;
  const c = text.charCodeAt(breaks.at + 1 + leadingSpaces(text, breaks.at + 1, text.length));
  return c === 40 || c === 58 || c === 61 || c === 45 || c === 46; // ( : = - .
}

/** LINE_PAIR and the test that skips its tries (checked in test/redaction/keyValueGates.test.ts). */
export const PAIR_TRIES = { pattern: LINE_PAIR, mayPairAt };

const isPairDelimiter = (c: number) => c === 124 || c === 59 || c === 123 || c === 44; // | ; { ,

/**
 * The first of : = - ... at or after `from`, or -1. `next` holds each separator's last place found
 * (-1: no more): only those behind `from` are searched again, so a rare one is not rescanned per line.
 */
function firstSeparator(text: string, from: number, next: number[]): number {
  let first = -1;
  for (let k = 0; k < SEPARATORS.length; k++) {
    let i = next[k] ?? -1;
    if (i !== -1 && i < from) next[k] = i = text.indexOf(SEPARATORS[k] ?? '', from);
    if (i !== -1 && (first === -1 || i < first)) first = i;
  }
  return first;
}

// a claim's field code before its name ("CN Patient City", "C2 Cardholder ID") and whose field it is
const FIELD_CODE = /^[A-Z0-9]{2,4}\s+/;
const WHOSE = /^(?:patient|pt|cardholder|subscriber|member|guarantor|insured)\s+/i;

// the last three letters of every field name (the whole name when shorter), each as a number: the
// letters a-z as digits 1-26 in base 27, last letter lowest (so "pin" and "in" differ)
const KEY_ENDINGS = new Uint8Array(27 * 27 * 27);
for (const name of Object.keys(KEYS)) KEY_ENDINGS[endingCode(name, name.length)] = 1;

function endingCode(s: string, end: number): number {
  let code = 0;
  for (let i = end - 1, scale = 1; i >= 0 && scale <= 27 * 27; i--) {
    const c = s.charCodeAt(i) | 32;
    if (c < 97 || c > 122) continue;
    code += (c - 96) * scale;
    scale *= 27;
  }
  return code;
}

/** True when some ending of `k` (a keyOf) can be a field name: else no fieldOfRecord reading of it names one. */
function mayEndInKey(k: string): boolean {
  return mayEndInKeyCode(endingCode(k, k.length));
}

/** The same for the number of a key's last three letters: is it, or its last two or last one, an ending? */
function mayEndInKeyCode(code: number): boolean {
  return KEY_ENDINGS[code] === 1 || KEY_ENDINGS[code % (27 * 27)] === 1 || KEY_ENDINGS[code % 27] === 1;
}

/**
 * The type of the field a pair's key names, if any. Every name looked up in KEYS is keyOf(key) or
 * an ending of it, so a key without a field name's ending is passed over without building its keyOf
 * (most keys of prose and logs); only the OCR reading of its letters is still tried.
 */
function typeOfKey(key: string): PiiType | undefined {
  // (for an ASCII key, endingCode reads the last letters of keyOf(key): A-Z as a-z, the rest skipped)
  const k = NON_ASCII.test(key) || mayEndInKeyCode(endingCode(key, key.length)) ? keyOf(key) : undefined;
  if (k === undefined) return OCR_SUSPECT.test(key) ? KEYS[ocrKeyOf(key)] : undefined;
  return KEYS[k] ?? (OCR_SUSPECT.test(key) ? KEYS[ocrKeyOf(key)] : undefined) ?? fieldOfRecord(key, k);
}

/**
 * "CN Patient City ....": the type of the field once its code and whose it is are set aside. Every
 * name it looks up is the keyOf of the key's last words, an ending of keyOf(key) (`k`): a key none of
 * whose endings can be a field name is passed over at once (most keys of prose and logs).
 */
function fieldOfRecord(key: string, k: string): PiiType | undefined {
  if (!mayEndInKey(k)) return undefined;
  const bare = key.replace(FIELD_CODE, '');
  const type = bare !== key ? KEYS[keyOf(bare)] : undefined;
  if (type) return type;
  const own = bare.replace(WHOSE, '');
  const whose = own !== bare ? KEYS[keyOf(own)] : undefined;
  if (whose) return whose;
  // "UKG Pro legal name", "AD displayName": the last words name a person's name field (their
  // keyOf, an ending of k, ends in "name")
  if (!k.endsWith('name')) return undefined;
  const words = bare.trim().split(/\s+/);
  if (words.length < 2 || !words.every((w) => /^[A-Za-z]+$/.test(w))) return undefined;
  const last = keyOf(words[words.length - 1] ?? '');
  const two = keyOf(words.slice(-2).join(''));
  if (two.endsWith('name') && KEYS[two] === 'PERSON') return 'PERSON';
  return last !== 'name' && last.endsWith('name') && KEYS[last] === 'PERSON' ? 'PERSON' : undefined;
}

const SPACED_SEPARATOR = /[:=][ \t]+$/;
const QUOTED_VALUE = /^(\s*)(["'])([^"'\n]{1,200})\2/;

/**
 * Marks the value of one `Key: value` pair when the key names a personal field. Returns where the
 * next pair may start: after a quoted value, or inside the value of a key that names nothing
 * ("user: {firstName: …}", "a: b, Name: …"), else after the line's match.
 */
function pair(doc: Doc, m: RegExpExecArray): number {
  const key = m[1] ?? '';
  const type = typeOfKey(key);
  let value = m[2] ?? '';
  const valueStart = m.index + m[0].length - value.length;
  if (!type || key.split(/\s+/).length > 4) return valueStart;
  // a quoted value is exactly what the quotes hold ({firstName: "Jo", lastName: "Li"})
  const quoted = QUOTED_VALUE.exec(value);
  if (quoted) {
    mark(doc, type, valueStart + (quoted[1] ?? '').length + 1, quoted[3] ?? '');
    return valueStart + quoted[0].length;
  }
  // a person's field ends at the next "Key:" on the same line ("Name: Jo Li  DOB: 1/2/90")
  const nextKey = /\s{2,}[A-Za-z][A-Za-z ]{0,20}:|,\s{0,2}[A-Za-z][A-Za-z ]{0,20}:/.exec(value);
  if (nextKey) value = value.slice(0, nextKey.index);
  mark(doc, type, valueStart, extent(type, value, SPACED_SEPARATOR.test(doc.text.slice(Math.max(0, valueStart - 4), valueStart))));
  return m.index + m[0].length;
}
