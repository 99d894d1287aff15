import type { Doc } from '../doc.js';
import { ramqHolder } from '../names/cardHolder.js';
import { textBefore } from '../text/context.js';
import { isCommonWord } from '../text/englishLexicon.js';
import { NOT_NAMES, TECH } from '../names/vocabulary.js';
import { deaValid } from '../validators/dea.js';
import { isHostShaped } from '../validators/hostShape.js';
import { npiValid } from '../validators/luhn.js';
import { vinValid } from '../validators/vin.js';
import { applyCueRules, cueRuleList, digitsAtLeast } from './cueRules.js';
import { wordGate, type WordGateOf } from '../text/wordGates.js';

// MRN values, also with a check digit or letter: 23-16-81-7, 41-25352, 7591614/2, F293474V, 55038241N
// (and an outside facility's: a letter among digits "660M90905", a site prefix "SJMC-3204836")
const MRN_VALUE = /\d{2,4}(?:-\d{2,6}){1,3}(?:-\d)?(?![\w-])|\d{5,10}\/\d(?![\w/])|\d{1,4}[A-Za-z]\d{4,10}(?![\w-])|[A-Za-z]{4,5}-\d{5,10}(?![\w-])|[A-Za-z]{0,3}-?\d{4,12}[A-Za-z]?/y;
// account numbers: digits, grouped digits (279-056098), or a letter prefix (G35271853, HAR27003322)
// claim numbers: a sequence suffix (E114097759-01) or prefix and year (CLM-2025-0460416)
const ACCOUNT = /\d{2,6}-\d{3,10}(?![\w-])|[A-Za-z]{2,4}-(?:19|20)\d{2}-\d{4,12}(?![\w-])|[A-Za-z]{0,3}\d{4,14}(?:-\d{1,3}(?![\w-]))?/y;
// a machine named by site, role and number ("Asset on GPH-WEB4098", "gph-citrix-p760") is a host, not a serial
const HOST_NAME = /^[A-Za-z]{2,6}-(?:[A-Za-z]{3,}\d{1,5}[A-Za-z]?|[A-Za-z]{3,}-[A-Za-z]{0,2}\d{1,5})$/;
// "Vocera Badge v3.2.27": a version after a cue word is not a login
const VERSION = /^v(?:er)?\d+(?:\.\d+)+$/i;

/** Identifiers recognised by the words in front of them (Presidio-style context, on whole words). */
export const CUE_RULES = cueRuleList([
  // values: letters + digits (E1234567) or digit groups (269-64-25)
  { type: 'MRN', cue: /\b(?:mrn|mr#|mr no|mr number|medical record(?: number| no| #)?|med rec(?: no| #)?|chart(?: number| no| #)|patient id|pt id|ehr id|empi|epi|expediente|prontu[aá]rio|dossier|patientennummer|patientennr|patiëntnummer|historia cl[ií]nica)(?![\p{L}\p{N}])/giu, value: MRN_VALUE, maxFillers: 2, hints: ['mr', 'med', 'chart', 'patient id', 'pt id', 'ehr id', 'empi', 'epi', 'expediente', 'prontu', 'dossier', 'patientennummer', 'patientennr', 'pati', 'historia'] },
  // specimen accession numbers name the patient's specimen: "accession W99721583657", "acc # 24-HC-967060"
  { type: 'MRN', cue: /\b(?:accession|accn|acc ?#|acc no\.?|specimen(?: id| ?#| no\.?))(?![\w#])/gi, value: /\d{2,4}(?:-[A-Za-z]{1,4})?-\d{4,10}(?![\w-])|[A-Za-z]{0,3}-?\d{5,14}(?![\w-])/y, priority: 46, maxFillers: 2, hints: ['acc', 'specimen'] },
  { type: 'MRN', cue: /\b(?:patient|pt)\b/gi, value: /[A-Za-z]?\d{6,10}/y, maxFillers: 1 , hints: ['patient', 'pt'] },
  { type: 'ACCOUNT_NUMBER', cue: /\b(?:account|acct|acc|har|fin|csn|encounter|billing|claim)(?: ?#| number| no\.?| num| id)?(?![\w#])/gi, value: ACCOUNT, accept: digitsAtLeast(5), maxFillers: 2, hints: ['acc', 'har', 'fin', 'csn', 'encounter', 'billing', 'claim'] },
  // German case (encounter) numbers: "Fallnr. G31519172", "Fallnummer 788-918304"
  { type: 'ACCOUNT_NUMBER', cue: /\b(?:fallnr|fall-nr|fallnummer)\b/gi, value: ACCOUNT, accept: digitsAtLeast(5), maxFillers: 1, hints: ['fall'] },
  { type: 'HEALTH_PLAN_ID', cue: /\b(?:(?:member|subscriber|policy|insurance|insured|plan|medicaid|medicare|mbi|group|beneficiary|bin|pcn|health ?card|ohip|phn|contrato|p[oó]liza|afiliado|ramq|nam)(?: ?id| ?#| number| no\.?)?|ins\.?(?: ?id| ?#| no\.?))(?![\w])/gi, value: /[A-Za-z0-9][A-Za-z0-9-]{5,24}/y, accept: digitsAtLeast(4), maxFillers: 4, hints: ['member', 'subscriber', 'policy', 'ins', 'plan', 'medica', 'mbi', 'group', 'beneficiary', 'bin', 'pcn', 'health', 'ohip', 'phn', 'contrato', 'poliza', 'p\u00f3liza', 'afiliado', 'ramq', 'nam'] },
  // a pharmacy order is a prescription: "ORDER 6840-36095", "order RX33552180" (in the Rx number's own
  // shapes), "ORDER 6428415 PT ..." (a plain number when a patient follows)
  { type: 'RX_NUMBER', cue: /\b(?:order|ord)(?: ?#| number| no\.?| id)?(?![\w#])/gi, value: /\d{4}-\d{5}(?![\w-])|\d{7}-\d{2}(?![\w-])|RX\d{6,10}(?![\w-])|\d{6,10}(?=\s{1,3}(?:PT|pt|patient|PATIENT)\b)/iy, maxFillers: 0, hints: ['ord'] },
  // a screen's insurance line: "PRIM INS...: BCBS PPO          ID: 856357231-04" (the id after the plan's name)
  { type: 'HEALTH_PLAN_ID', cue: /\b(?:prim(?:ary)?|sec(?:ondary)?|ter(?:tiary)?) ?ins(?:urance)?\b[^\n]{0,50}?\s(?<!(?:ticket|case|incident|order|event|request|job|session|error|transaction|message|trace|process) )id\b/gi, value: /[A-Za-z0-9][A-Za-z0-9-]{5,24}/y, accept: digitsAtLeast(4), maxFillers: 0, hints: ['prim', 'sec', 'ter'] },
  { type: 'RX_NUMBER', cue: /\b(?:rx|prescription|script|refill)(?: ?#| number| no\.?)?\b/gi, value: /\d{3,6}-\d{3,8}(?![\w-])|[A-Za-z]{0,2}\d{5,12}/y, maxFillers: 4 , hints: ['rx', 'prescription', 'script', 'refill'] },
  { type: 'LICENSE_NUMBER', cue: /\bdea(?: ?#| number| no\.?)?\b/gi, value: /[A-Za-z]{2}\d{7}/y, hints: ['dea'] },
  { type: 'LICENSE_NUMBER', cue: /\bnpi(?: ?#| number| no\.?)?\b/gi, value: /\d{10}/y, hints: ['npi'] },
  { type: 'LICENSE_NUMBER', cue: /\b(?:driver'?s?'? licen[cs]e|drivers licen[cs]e|licen[cs]e|lic|dl|cdl|state id|passport|npi|dea|upin|tax id|ein)(?: ?#| number| no\.?)?\b/gi, value: /\d{3} \d{3} \d{3}(?! ?\d)|[A-Za-z0-9][A-Za-z0-9.-]{3,20}/y, accept: digitsAtLeast(4), maxFillers: 2 , hints: ['driver', 'lic', 'dl', 'cdl', 'state id', 'passport', 'npi', 'dea', 'upin', 'tax id', 'ein'] },
  // (scanned forms misread l as 1 or I: "Vehic1e p1ate", "VehicIe pIate")
  { type: 'VEHICLE_ID', cue: /\b(?:p[l1I]ates?|tag|license plate|ve ?hic[l1I]e|car|truck|registration)(?: ?#| number| no\.?)?\b/gi, value: /[A-Za-z0-9]{1,4}[- ]?[A-Za-z0-9]{2,5}/y, accept: (v) => /\d/.test(v) && /[A-Za-z]/.test(v), maxFillers: 2 , hints: ['plate', 'p1ate', 'piate', 'tag', 'hic', 'car', 'truck', 'registration'] },
  { type: 'VEHICLE_ID', cue: /\bvin(?: ?#| number| no\.?)?\b/gi, value: /[A-HJ-NPR-Za-hj-npr-z0-9]{11,17}/y, hints: ['vin'] },
  // (a host's name with its domain, "opcwks5856.opc.local", is no serial)
  { type: 'DEVICE_ID', cue: /\b(?:sn|s\/n|serial|serial number|serial no|imei|meid|esn|iccid|udid|device id|device(?=:)|asset(?: tag)?|service tag)(?: ?#| number| no\.?)?\b/gi, value: /[A-Za-z0-9][A-Za-z0-9-]{3,30}(?![A-Za-z0-9-]|\.[A-Za-z])|\d{2}[ -]?\d{6}[ -]?\d{6}[ -]?\d/y, accept: (v) => digitsAtLeast(3)(v) && !HOST_NAME.test(v), maxFillers: 2 , hints: ['sn', 's/n', 'serial', 'imei', 'meid', 'esn', 'iccid', 'udid', 'device', 'asset', 'service tag'] },
  { type: 'DEVICE_ID', cue: /\b(?:transmitter|sensor|pump|monitor|meter|cuff|tablet|handset|scanner|device|unit|receiver|implant|pacemaker|hearing aid)\s(?:id|sn|s\/n|serial|serial number|#)/gi, value: /[A-Za-z0-9][A-Za-z0-9-]{3,30}/y, accept: digitsAtLeast(1), maxFillers: 2, hints: ['transmitter', 'sensor', 'pump', 'monitor', 'meter', 'cuff', 'tablet', 'handset', 'scanner', 'device', 'unit', 'receiver', 'implant', 'pacemaker', 'hearing aid'] },
  { type: 'PHONE', cue: /\b(?:pager|pgr|beeper|vocera|spectralink)(?: ?#| number| no\.?)?\b/gi, value: /\d{3,10}/y , hints: ['pager', 'pgr', 'beeper', 'vocera', 'spectralink'] },
  { type: 'CREDIT_CARD', cue: /\b(?:cvv|cvv2|cvc|csc|security code)\b/gi, value: /\d{3,4}/y, maxFillers: 2 , hints: ['cvv', 'cvc', 'csc', 'security code'] },
  { type: 'ZIP', cue: /\b(?:post ?code|postal code)\b/gi, value: /[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[A-Za-z]{2}/y, maxFillers: 1 , hints: ['post', 'postal'] },
  { type: 'CREDENTIAL', cue: /\b(?:pin|pin code|passcode|door code|lock code|access code|verification code|otp|mfa code)\b/gi, value: /\d{4,8}/y, maxFillers: 3 , hints: ['pin', 'passcode', 'door code', 'lock code', 'access code', 'verification code', 'otp', 'mfa code'] },
  {
    type: 'CREDENTIAL',
    // "Temp password given: x" too
    cue: /\b(?:password|passwd|pwd|pw|pass|passphrase|temp password|secret|client secret|api key|apikey|api token|access key|secret key|token|auth token|shared key)(?:\s(?:given|issued|provided))?\s*(?:is|was|:|=|of)/gi,
    value: /[^\s"'<>]{3,128}/y,
    accept: (v) => !v.startsWith('[') && (/[\d\W]/.test(v) || !isCommonWord(v)),
    maxFillers: 1,
    hints: ['pw', 'pass', 'temp password', 'secret', 'client secret', 'api key', 'apikey', 'api token', 'access key', 'token', 'auth token', 'shared key'],
  },
  // a secret named with where it lives: "api key in /opt/app/conf/app.properties is x", "password for svc_x is y",
  // "password in the last ticket: x" (up to four words, the last one may carry the colon)
  {
    type: 'CREDENTIAL',
    cue: /\b(?:password|passwd|pwd|secret|client secret|api key|apikey|api token|access key|secret key|token|shared key)\s(?:in|for|on|of|at)\s(?:\S{1,200}\s){0,3}(?:\S{1,200}\s(?:is|was|=|:)|[^\s:]{1,200}:)(?=\s)/gi,
    value: /[^\s"'<>]{3,128}/y,
    accept: (v) => !v.startsWith('[') && (/[\d\W]/.test(v) || !isCommonWord(v)),
    maxFillers: 0,
    hints: ['pass', 'pwd', 'secret', 'client secret', 'api key', 'apikey', 'api token', 'access key', 'token', 'shared key'],
  },
  // one-time and MFA codes: "one-time code 883 375", "verification code AJNG-7826", "OTP Temp9413!"
  {
    type: 'CREDENTIAL',
    cue: /\b(?:one[- ]time (?:pass)?code|one[- ]time password|one[- ]time pin|verification code|otp|mfa code|2fa code|sms code|auth(?:entication)? code)\b/gi,
    value: /\d{3} \d{3}(?! ?\d)|[A-Za-z0-9][A-Za-z0-9!@#$%&*_-]{3,30}/y,
    accept: (v) => /\d/.test(v),
    maxFillers: 2,
    hints: ['one', 'verification code', 'otp', 'mfa code', '2fa code', 'sms code', 'auth'],
  },
  // badge numbers: "badge # E016557", "(badge B36309)", "badge 121035", "badge 728-7926"
  { type: 'USERNAME', cue: /\bbadge(?: ?#| id| number| no\.?)?/gi, value: /[A-Za-z]{0,2}\d{4,8}(?![\w-])|\d{3}-\d{4}(?![\w-])/y, maxFillers: 1, hints: ['badge'] },
  // the login an MFA device was enrolled for: "re-enrolled redhoka1", "re-enrolled mahina.kahale"
  {
    type: 'USERNAME',
    cue: /\b(?:re-?enrolled|enrolled|unenrolled|re-?registered)\b/gi,
    value: /(?:[A-Za-z][A-Za-z0-9-]{0,14}\\)?[a-z][a-z0-9._-]{2,30}/y,
    accept: (v) => !isHostShaped(v) && (v.includes('\\') || /[\d.]/.test(v) || (!isCommonWord(v) && !TECH.has(v))),
    maxFillers: 0,
    hints: ['re-', 'reenrolled', 'reregistered', 'enrolled', 'unenrolled'],
  },
  { type: 'USERNAME', cue: /\b(?:user|username|user name|userid|user id|login|logon|login id|network id|ad account|account|sam account|samaccountname|upn|employee id|emp id|employee #|badge|badge id|badge number|usuario|usuário|utilisateur|cuenta|conta|compte|unlock(?!-)|get-aduser|set-aduser|unlock-adaccount)(?: ?#| number| no\.?)?\b/gi, value: /(?:[A-Za-z][A-Za-z0-9-]{0,14}\\)?[A-Za-z][A-Za-z0-9._-]{2,30}/y, accept: (v) => !VERSION.test(v) && !isHostShaped(v) && (v.includes('\\') || (/[a-z]/.test(v) && !v.includes('-') && (/\d/.test(v) || (v === v.toLowerCase() && !isCommonWord(v) && !NOT_NAMES.has(v))))), caseless: true, maxFillers: 2 , hints: ['user', 'login', 'logon', 'network id', 'ad account', 'account', 'sam', 'upn', 'emp', 'badge', 'usuario', 'usuário', 'utilisateur', 'cuenta', 'conta', 'compte', 'unlock', 'get-', 'set-'] },
  // employee numbers are upper-case letters + digits or digits alone ("employee ID E835759", "Employee # ........ E073533", "Emp# EMP-28442")
  { type: 'USERNAME', cue: /\b(?:employee|emp|staff|personnel)(?: ?id| ?#| number| no\.?)(?![\w#])/gi, value: /[A-Za-z]{0,3}-?\d{4,10}(?![\w-])/y, maxFillers: 1, hints: ['employee', 'emp', 'staff', 'personnel'] },
  // the account a reset or unlock was done for: "Reset AD pwd for georgie9", "unlocked account for jdoe2"
  {
    type: 'USERNAME',
    cue: /\b(?:reset|resets|unlock|unlocked|unlocks)(?: (?:the|her|his|their))?(?: ad| network| windows| domain| epic| citrix)?(?: pwd| password| pw| passwords| account| login)? for(?=\s)/gi,
    value: /[A-Za-z][A-Za-z0-9._-]{2,30}/y,
    // a login is typed in lower case ("for John" names a person, not an account)
    accept: (v) => v === v.toLowerCase() && !isHostShaped(v) && (/[\d.]/.test(v) || (!isCommonWord(v) && !TECH.has(v))),
    caseless: true,
    maxFillers: 0,
    hints: ['reset', 'unlock'],
  },
  // "last 4 of SSN 5179", "last four of her social: 0616", "SSN last 4 1234", "Last 4 SSN on authorization: 7374":
  // the four digits are the SSN's
  {
    type: 'SSN',
    cue: /\b(?:last (?:4|four)(?: digits)?(?: of)? (?:(?:his|her|my|their|the|pt'?s|patient'?s) )?(?:ssn|ss#|social(?: security)?(?: number| #| no)?|soc sec)|(?:ssn|social(?: security)?) last (?:4|four))(?![\w#])/gi,
    value: /\d{4}(?![\w-])/y,
    priority: 60,
    maxFillers: 2,
    hints: ['last', 'ssn', 'social'],
  },
  // a temporary password typed after what it was set to: "temp set to xrBB5kDjiV", "password reset to Q7tr9vLm"
  {
    type: 'CREDENTIAL',
    cue: /\b(?:temp(?:orary)?(?: password| pwd| pw| pass)?|password|passwd|pwd|pw)(?: (?:was|is|has been|got))? (?:set|reset|changed) to(?=\s)/gi,
    value: /[^\s"'<>]{5,127}[^\s"'<>,;:.!?]/y,
    accept: (v) => !v.startsWith('[') && /[A-Za-z]/.test(v) && !isCommonWord(v) && !/^\d+(?:\.\d+)?[a-z°]{0,3}$/i.test(v),
    priority: 88,
    maxFillers: 0,
    hints: ['temp', 'pass', 'pwd', 'pw'],
  },
  { type: 'SSN', cue: /\b(?:ssn|ss#|social security(?: number| no| #)?|soc sec)\b/gi, value: /\d{3}[- .]?\d{2}[- .]?\d{4}/y, hints: ['ssn', 'ss#', 'social security', 'soc sec'] },
]);

// MRN shapes without a cue next to them. "MR" + 8 digits is specific enough alone; "M" + 7 digits
// and 3-2-2 or 2-5 digit groups also occur as part or control numbers, so they need a patient in the
// ticket or a name right before them in brackets ("Kit issued to Ana Ruiz (M1234567)").
const MR8 = /(?<![\w-])MR\d{8}(?![\w-])/g;
const MRN_SHAPED = /(?<![\w=:/.#-])(?:M\d{7}|\d{3}-\d{2}-\d{2}|\d{2}-\d{5})(?![\w-]|[.:/]\w)/g;
const PATIENT_TOPIC = /\b(?:patient|pateint|pt\b|chart|mrn|medical record|birth|dob\b|admi|discharg)/;
const SYSTEM_BEFORE = /\b(?:part|model|p\/n|pn|sku|order|job|msg|message|control|error|err|code|version|ver|build|kb|ref|ticket|inc|case|invoice|po)\W{0,3}$/;
const CASE_BEFORE = /\b(?:vendor|case|ticket|sr|incident|inc|ref|reference|rma|po|order|escalat\w*)\W{0,3}$/;
const NAME_THEN_BRACKET = /\p{Lu}[\p{L}'-]+ \($/u;

// (the scans below loop on exec: matchAll would build a copy of the regex per ticket)
function detectBareMrns(doc: Doc): void {
  const text = doc.text;
  if ((doc.wordBits & SHAPED_WORDS) === 0) return;
  MR8.lastIndex = text.includes('MR') ? 0 : text.length;
  for (let m = MR8.exec(text); m; m = MR8.exec(text)) doc.add(m.index, m.index + m[0].length, 'MRN', 44);
  let patient: boolean | undefined;
  MRN_SHAPED.lastIndex = 0;
  for (let m = MRN_SHAPED.exec(text); m; m = MRN_SHAPED.exec(text)) {
    if (SYSTEM_BEFORE.test(textBefore(doc, m.index, 20))) continue;
    patient ??= PATIENT_TOPIC.test(doc.lower);
    if (patient || NAME_THEN_BRACKET.test(text.slice(Math.max(0, m.index - 40), m.index))) doc.add(m.index, m.index + m[0].length, 'MRN', 40);
  }
}

// Québec health insurance numbers (RAMQ): four letters of the name, then year, month (+50 for women)
// and day of birth and two digits, "FORA 9253 0397"
const RAMQ = /(?<![\w-])[A-Z]{4} ?\d{2}([0156]\d) ?(\d{2})\d{2}(?![\w-])/g;

function ramqValid(m: RegExpExecArray): boolean {
  const month = Number(m[1]) % 50;
  const day = Number(m[2]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

const OWN_PC = /(?<![\w-])(?:DESKTOP|LAPTOP)-[A-Z0-9]{7}(?![\w-])/g;
const DEA_SHAPED = /\b[A-Za-z][A-Za-z9]\d{7}\b/g;
// (not inside a longer token: "SN2810811465" is a serial number, not an NPI cut out of it)
const NPI_SHAPED = /(?<![\w-])[12]\d{9}(?![\w-])/g;
const VIN_SHAPED = /\b[A-HJ-NPR-Z0-9]{17}\b/g;

// Medicare Beneficiary Identifiers: 11 characters in CMS's fixed layout (letters without S, L, O, I,
// B, Z), also written 4-3-4 with dashes: "2KJ0-Q45-FT88". The layout alone is specific enough.
const MBI_LETTER = '[AC-HJKMNP-RT-Y]';
const MBI = new RegExp(String.raw`(?<![\w-])[1-9]${MBI_LETTER}[AC-HJKMNP-RT-Y\d]\d-?${MBI_LETTER}[AC-HJKMNP-RT-Y\d]\d-?${MBI_LETTER}{2}\d{2}(?![\w-])`, 'g');

// A word gate for the bare shapes (MR8, MRN_SHAPED, MBI, DEA_SHAPED): each match is ASCII letters and
// digits joined by single hyphens, so inside one word; each pattern run on the word alone finds it there
// (nothing beyond the word's ends is seen, so nothing there rules a match out). Most tickets have none.
const BARE_SHAPES = [MR8, MRN_SHAPED, MBI, DEA_SHAPED];
const SHAPES_ALONE = BARE_SHAPES.map((re) => new RegExp(re.source, re.flags.replace('g', '')));
const SHAPED_WORDS = wordGate((word) => SHAPES_ALONE.some((re) => re.test(word)));
/** The word gate of this file with the scans it stands for (test/redaction/detectorWordGates.test.ts). */
export const IDENTIFIER_WORD_GATES: WordGateOf[] = BARE_SHAPES.map((scan) => ({ bit: SHAPED_WORDS, scan }));

/** Cue-led identifiers, MRN shapes, plus unlabeled ones that carry their own checksum (DEA, NPI, VIN). */
export function detectIdentifiers(doc: Doc): void {
  applyCueRules(doc, CUE_RULES);
  detectBareMrns(doc);
  const text = doc.text;
  RAMQ.lastIndex = 0;
  if (doc.longestDigitRun >= 4) {
    for (let m = RAMQ.exec(text); m; m = RAMQ.exec(text)) {
      if (!ramqValid(m)) continue;
      doc.add(m.index, m.index + m[0].length, 'HEALTH_PLAN_ID', 46);
      ramqHolder(doc, m.index);
    }
  }
  // a PC that kept the name Windows gave it ("DESKTOP-MKZBGJD", "LAPTOP-3F9K2QX") is someone's own
  OWN_PC.lastIndex = text.includes('TOP-') ? 0 : text.length;
  for (let m = OWN_PC.exec(text); m; m = OWN_PC.exec(text)) doc.add(m.index, m.index + m[0].length, 'DEVICE_ID', 46);
  const shaped = (doc.wordBits & SHAPED_WORDS) !== 0;
  MBI.lastIndex = shaped ? 0 : text.length;
  for (let m = MBI.exec(text); m; m = MBI.exec(text)) doc.add(m.index, m.index + m[0].length, 'HEALTH_PLAN_ID', 46);
  // DEA numbers hold 7 digits in a row, NPIs 10
  const digits = doc.longestDigitRun;
  // (a vendor case or ticket number can pass the DEA check: "escalated to vendor, CS1284380")
  DEA_SHAPED.lastIndex = shaped && digits >= 7 ? 0 : text.length;
  for (let m = DEA_SHAPED.exec(text); m; m = DEA_SHAPED.exec(text)) if (deaValid(m[0].toUpperCase()) && !CASE_BEFORE.test(textBefore(doc, m.index, 20))) doc.add(m.index, m.index + m[0].length, 'LICENSE_NUMBER', 45);
  NPI_SHAPED.lastIndex = digits >= 10 ? 0 : text.length;
  for (let m = NPI_SHAPED.exec(text); m; m = NPI_SHAPED.exec(text)) if (npiValid(m[0])) doc.add(m.index, m.index + m[0].length, 'LICENSE_NUMBER', 44);
  VIN_SHAPED.lastIndex = doc.longestVinRun >= 17 ? 0 : text.length;
  for (let m = VIN_SHAPED.exec(text); m; m = VIN_SHAPED.exec(text)) if (/[A-Z]/.test(m[0]) && /\d/.test(m[0]) && vinValid(m[0])) doc.add(m.index, m.index + m[0].length, 'VEHICLE_ID', 45);
}
