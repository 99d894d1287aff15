// Value and name makers for template family D (templatesD.ts): a fourth hand-written name pool
// (Igbo, Yoruba, Amharic, Tagalog, Samoan, Navajo, Cherokee, Hmong, Khmer, Thai, Bengali, Tamil,
// Persian, Kurdish, Armenian, Georgian, Romanian, Czech, Finnish, Icelandic, Brazilian, Mexican,
// Puerto Rican, Jamaican, and plain US names, many of them English words: Dawn, Summer, River,
// Storm; King, Bishop, Baker, Hunt, Rich, Love, Best ...), numbers and dates said aloud, names
// spelled letter by letter, Canadian and UK addresses and phones, rural routes, MRNs with a check
// letter, claim numbers and capitalised common words used as words. Nothing here comes from a name
// package or from the redactor.

import type { Person } from './names.js';
import type { Rng } from './random.js';
import { randomDate, type Ymd } from './values.js';

const words = (s: string): string[] => s.split('|').map((w) => w.trim()).filter(Boolean);

interface PoolD {
  key: string;
  weight: number;
  given: string[];
  surnames: string[];
}

const POOLS_D: PoolD[] = [
  { key: 'igbo', weight: 1, given: words('Chidinma|Obinna|Nkechi|Chukwuemeka|Adaeze|Ikenna|Uchenna'), surnames: words('Anyanwu|Okeke|Nwosu|Ezeani|Nwachukwu|Obiora') },
  { key: 'yoruba', weight: 1, given: words('Adebayo|Funmilayo|Oluwaseyi|Yetunde|Kehinde|Ayodele'), surnames: words('Adeyemi|Ogunleye|Bankole|Olawale|Adesina|Oyelaran') },
  { key: 'amharic', weight: 1, given: words('Abebe|Tigist|Yonas|Meseret|Dawit|Hiwot'), surnames: words('Tesfaye|Bekele|Gebremariam|Assefa|Woldemichael|Alemu') },
  { key: 'tagalog', weight: 1, given: words('Maricel|Jerome|Rowena|Arnel|Luzviminda|Rodel'), surnames: words('Dimaculangan|Macaraeg|Pangilinan|Dizon|Manalastas|Sumaoang') },
  { key: 'samoan', weight: 1, given: words('Sione|Malia|Tavita|Losaline|Iosefa|Fetu'), surnames: words("Tuiasosopo|Fa'amausili|Leota|Faleolo|Sapolu|Aumua|Fa'alogo") },
  { key: 'navajo', weight: 1, given: words('Shandiin|Nizhoni|Ahiga|Hosteen|Doli'), surnames: words('Begay|Yazzie|Tsosie|Benally|Etsitty|Nez') },
  { key: 'cherokee', weight: 1, given: words('Ayita|Waya|Adsila|Tayanita'), surnames: words('Sixkiller|Swimmer|Tehee|Ketcher|Chuculate') },
  { key: 'hmong', weight: 1, given: words('Pheng|Yer|Nou|Kou|Chue|Tou|Mai'), surnames: words('Vang|Xiong|Thao|Moua|Vue|Lor') },
  { key: 'khmer', weight: 1, given: words('Sophea|Vuthy|Chanthou|Sokha|Bopha|Dara'), surnames: words('Chhim|Prak|Keo|Meas|Heng|Sok') },
  { key: 'thai', weight: 1, given: words('Somchai|Kanya|Nattapong|Siriporn|Pimchanok'), surnames: words('Srisai|Wongsuwan|Charoenkul|Thongchai|Rattanakorn') },
  { key: 'bengali', weight: 1, given: words('Sabbir|Tahmina|Arnab|Moushumi|Rafiqul'), surnames: words('Chowdhury|Hossain|Bhattacharya|Mukherjee|Sarkar') },
  { key: 'tamil', weight: 1, given: words('Karthikeyan|Meenakshi|Selvam|Thenmozhi|Arulmozhi'), surnames: words('Ramasamy|Palaniappan|Annamalai|Murugesan|Velusamy') },
  { key: 'persian', weight: 1, given: words('Dariush|Shirin|Kourosh|Parisa|Behrouz|Laleh'), surnames: words('Tehrani|Farahani|Moradi|Rostami|Ghorbani') },
  { key: 'kurdish', weight: 1, given: words('Rojda|Dilan|Serhat|Berivan|Azad'), surnames: words('Barzani|Zebari|Amedi|Botani') },
  { key: 'armenian', weight: 1, given: words('Anahit|Hovhannes|Narine|Tigran|Armine'), surnames: words('Hakobyan|Petrosyan|Grigoryan|Vardanyan|Sargsyan') },
  { key: 'georgian', weight: 1, given: words('Nino|Giorgi|Tamar|Levan|Ketevan'), surnames: words('Beridze|Kapanadze|Gelashvili|Tsiklauri|Japaridze') },
  { key: 'romanian', weight: 1, given: words('Ioana|Mihai|Andreea|Bogdan|Florin'), surnames: words('Popescu|Ionescu|Dumitrescu|Stoica|Țurcanu') },
  { key: 'czech', weight: 1, given: words('Jiří|Zdeňka|Tomáš|Lenka|Radek'), surnames: words('Dvořák|Novotná|Procházka|Kučera|Šťastný') },
  { key: 'finnish', weight: 1, given: words('Aino|Juhani|Tuula|Eero|Päivi'), surnames: words('Virtanen|Mäkinen|Korhonen|Heikkinen|Järvinen') },
  { key: 'icelandic', weight: 1, given: words('Sigrún|Guðmundur|Ragnheiður|Þórður|Ásdís'), surnames: words('Jónsdóttir|Sigurðsson|Gunnarsdóttir|Magnússon') },
  { key: 'brazilian', weight: 1, given: words('Thiago|Luana|Rodrigo|Fernanda|Caio'), surnames: words('Nascimento|Carvalho|Figueiredo|Albuquerque|Brandão') },
  { key: 'mexican', weight: 1, given: words('Xóchitl|Itzel|Cuauhtémoc|Yesenia|Jesús|Maribel'), surnames: words('Zepeda|Ibarra|Alcántara|Villaseñor|Ochoa') },
  { key: 'puerto-rican', weight: 1, given: words('Yadiel|Xiomara|Marisol|Yamilet|Edgardo'), surnames: words('Quiñones|Feliciano|Maldonado|Pagán|Cintrón') },
  { key: 'jamaican', weight: 1, given: words('Delroy|Sheree|Everton|Tashana|Garfield|Kimoy'), surnames: words('McKenzie|Ebanks|Thorpe|Bogle|Wint') },
  {
    key: 'us-words',
    weight: 6,
    given: words('Dawn|Summer|Autumn|Storm|River|Sky|Forest|Major|Hope|Crystal|Brandy|Misty|Rusty|Buck|Chip|Sunny|Star|Ivy|Wade|Cliff'),
    surnames: words('King|Bishop|Baker|Carpenter|Fisher|Gardner|Cook|Hunt|Rich|Strong|Love|Best|Major|Marsh|Frost|Little|Street|Church|Hall|Moody'),
  },
  {
    key: 'us-plain',
    weight: 3,
    given: words('Brittany|Tyler|Kayla|Dustin|Heather|Travis|Amber|Cody|Tammy|Darnell|Latoya|Shawn'),
    surnames: words('Smith|Johnson|Walker|Parker|Harris|Robinson|Coleman|Jenkins|Perry|Russell'),
  },
];

/** a person from the family D pools only; a fifth of them mix two traditions (married names, mixed families) */
export function personD(r: Rng): Person {
  const pick = (): PoolD => {
    const total = POOLS_D.reduce((n, p) => n + p.weight, 0);
    let x = r.next() * total;
    for (const p of POOLS_D) {
      x -= p.weight;
      if (x < 0) return p;
    }
    return POOLS_D[0]!;
  };
  const a = pick();
  const b = r.chance(0.2) ? pick() : a;
  const p: Person = { given: r.pick(a.given), surname: r.pick(b.surnames), familyFirst: false, tradition: a.key };
  if (r.chance(0.12)) p.middle = r.chars('ABCDEFGHJKLMNPRSTW', 1);
  return p;
}

/** ASCII lower-case letters of a name part (for logins, mail addresses, URLs) */
export function asciiD(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ð/g, 'd')
    .replace(/Þ|þ/g, 'th')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

/** a name spelled out letter by letter, as a caller does: "S-M-I-T-H", "S M I T H", "S as in Sam..." is not used */
export function spelled(r: Rng, s: string): string {
  const letters = asciiD(s).toUpperCase().split('');
  return letters.join(r.pick(['-', ' ', '-', '. ']));
}

const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** digits said aloud: "five five two, four one nine" (0 sometimes "oh") */
export function spokenDigits(r: Rng, digits: string): string {
  const oh = r.chance(0.5);
  return digits
    .split('')
    .map((d) => (d === '0' && oh ? 'oh' : DIGIT_WORDS[Number(d)]!))
    .join(' ');
}

/** a US phone number as a voicemail transcription writes it out */
export function spokenPhone(r: Rng): string {
  const a = `${r.int(2, 9)}${r.int(0, 8)}${r.int(0, 9)}`;
  const b = `${r.int(2, 9)}${r.digits(2)}`;
  const c = r.digits(4);
  const sep = r.pick([', ', ' ', ' - ', '... ']);
  return [spokenDigits(r, a), spokenDigits(r, b), spokenDigits(r, c)].join(sep);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ORD_WORDS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth',
  'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty-first', 'twenty-second',
  'twenty-third', 'twenty-fourth', 'twenty-fifth', 'twenty-sixth', 'twenty-seventh', 'twenty-eighth', 'twenty-ninth', 'thirtieth',
  'thirty-first',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];

function twoDigitWords(n: number, ohForSingle: boolean): string {
  if (n < 10) return ohForSingle ? `oh ${DIGIT_WORDS[n]}` : DIGIT_WORDS[n]!;
  if (n < 20) return TEENS[n - 10]!;
  return TENS[Math.floor(n / 10)]! + (n % 10 ? `-${DIGIT_WORDS[n % 10]}` : '');
}

/** a year said aloud: "nineteen fifty-two", "nineteen oh seven", "two thousand three", "twenty nineteen" */
export function yearWords(y: number): string {
  if (y >= 2000 && y < 2010) return y === 2000 ? 'two thousand' : `two thousand ${DIGIT_WORDS[y - 2000]}`;
  const hi = Math.floor(y / 100);
  const lo = y % 100;
  return `${twoDigitWords(hi, false)} ${lo === 0 ? 'hundred' : twoDigitWords(lo, true)}`;
}

const ordNum = (d: number): string => `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;

/** a date written in words, as dictated: "the third of March", "March 3rd", "March third, nineteen fifty-two" */
export function wordsDate(r: Rng, t: Ymd, withYear: boolean): string {
  const mon = MONTHS[t.m - 1]!;
  const ow = ORD_WORDS[t.d - 1]!;
  if (!withYear) return r.pick([`the ${ow} of ${mon}`, `${mon} ${ow}`, `${mon} the ${ordNum(t.d)}`, `the ${ordNum(t.d)} of ${mon}`]);
  return r.pick([
    `${mon} ${ow}, ${yearWords(t.y)}`,
    `the ${ow} of ${mon} ${yearWords(t.y)}`,
    `${mon} ${ordNum(t.d)} ${t.y}`,
    `${ow} of ${mon}, ${t.y}`,
    `${mon.toLowerCase()} ${ow} ${yearWords(t.y)}`,
  ]);
}

export function dobD(r: Rng): Ymd {
  return randomDate(r, 1934, 2020);
}

/** a UK number in the usual written shapes */
export function ukPhone(r: Rng): string {
  return r.pick([
    () => `+44 (0)20 7946 ${r.digits(4)}`,
    () => `07700 900${r.digits(3)}`,
    () => `0161 496 ${r.digits(4)}`,
    () => `+44 7911 ${r.digits(6)}`,
    () => `+44 (0) 113 496 ${r.digits(4)}`,
    () => `0117 ${r.digits(3)} ${r.digits(4)}`,
  ])();
}

/** numbers of relatives abroad and visiting staff, in the local written habits */
export function intlPhoneD(r: Rng): string {
  return r.pick([
    () => `+63 (2) 8${r.digits(3)} ${r.digits(4)}`,
    () => `+234 (0)803 ${r.digits(3)} ${r.digits(4)}`,
    () => `+52 1 55 ${r.digits(4)} ${r.digits(4)}`,
    () => `+354 ${r.int(5, 8)}${r.digits(2)} ${r.digits(4)}`,
    () => `+995 32 2 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
    () => `+358 40 ${r.digits(3)} ${r.digits(4)}`,
    () => `+1 (876) ${r.int(2, 9)}${r.digits(2)}-${r.digits(4)}`,
    () => `+855 12 ${r.digits(3)} ${r.digits(3)}`,
    () => `+251 91 ${r.digits(3)} ${r.digits(4)}`,
    () => `+374 10 ${r.digits(6)}`,
    () => `+40 7${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
    () => `+420 ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`,
    () => `0011 63 917 ${r.digits(3)} ${r.digits(4)}`,
    () => `+880 17${r.digits(2)}-${r.digits(6)}`,
  ])();
}

const STREETS_D = [
  'Main', 'Cottonwood', 'Arroyo Seco', 'Tsegi', 'Chinle', 'Sequoyah', 'Tahlequah', 'Pleasant Valley', 'Hmong Market', 'Mekong',
  'Kilauea', 'Magnolia', 'Pecan Grove', 'Borinquen', 'Calle Luna', 'Ponce de Leon', 'Harbour', 'Bloor', 'Dundas', 'Portage',
  'Saint-Denis', 'Wellington', 'Birchwood', 'Copper Canyon', 'Quarry Hill', 'Ridgeback', 'Thunderbird', 'Sagebrush',
];
const TYPES_D = ['St', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Dr', 'Ln', 'Blvd', 'Ct', 'Way', 'Hwy', 'Trl', 'Cres'];
const US_CITIES_D: [string, string, string][] = [
  ['Window Rock', 'AZ', '865'], ['Tahlequah', 'OK', '744'], ['St. Paul', 'MN', '551'], ['Fresno', 'CA', '937'], ['Lowell', 'MA', '018'],
  ['Garden Grove', 'CA', '928'], ['Kissimmee', 'FL', '347'], ['Bayamón', 'PR', '009'], ['Pago Pago', 'AS', '967'], ['Glendale', 'CA', '912'],
  ['Hickory', 'NC', '286'], ['Shiprock', 'NM', '874'], ['Wausau', 'WI', '544'], ['Laredo', 'TX', '780'], ['Cicero', 'IL', '608'],
];
const CA_CITIES: [string, string, string][] = [
  ['Toronto', 'ON', 'M'], ['Winnipeg', 'MB', 'R'], ['Thunder Bay', 'ON', 'P'], ['Montréal', 'QC', 'H'], ['Vancouver', 'BC', 'V'],
  ['Saskatoon', 'SK', 'S'], ['Halifax', 'NS', 'B'], ['Regina', 'SK', 'S'], ['Windsor', 'ON', 'N'],
];
const PROVINCE_NAMES: Record<string, string> = { ON: 'Ontario', MB: 'Manitoba', QC: 'Quebec', BC: 'British Columbia', SK: 'Saskatchewan', NS: 'Nova Scotia' };

export interface AddressD {
  /** street line, with the unit first or last, or a PO box / rural route */
  street: string;
  cityState: string;
  zip: string;
}

function streetName(r: Rng): string {
  return `${r.pick(STREETS_D)} ${r.pick(TYPES_D)}`;
}

/** a US address with the unit first ("Apt 4 123 Main St", "#12-4410 Cottonwood Dr"), a PO box or a rural route */
export function addressD(r: Rng): AddressD {
  const [city, st, z3] = r.pick(US_CITIES_D);
  const num = String(r.pick([r.int(10, 999), r.int(1000, 29999)]));
  const street = r.pick([
    () => `Apt ${r.int(1, 40)}${r.pick(['', 'B', 'C'])} ${num} ${streetName(r)}`,
    () => `Unit ${r.int(1, 300)}, ${num} ${streetName(r)}`,
    () => `#${r.int(2, 40)}-${num} ${streetName(r)}`,
    () => `${num} ${streetName(r)} Apt ${r.int(1, 40)}`,
    () => `${r.pick(['P.O. Box', 'PO Box', 'Box', 'POB'])} ${r.int(10, 9999)}`,
    () => `${r.pick(['RR', 'Rural Route', 'RR#'])} ${r.int(1, 9)} Box ${r.int(10, 999)}`,
    () => `HC ${r.int(10, 80)} Box ${r.int(10, 9999)}`,
    () => `${num} ${r.pick(['County Road', 'Navajo Route', 'State Hwy', 'Hwy'])} ${r.int(2, 999)}`,
    () => `${num} ${streetName(r)}`,
  ])();
  const zip = `${z3}${r.digits(2)}${r.chance(0.15) ? '-' + r.digits(4) : ''}`;
  return { street, cityState: `${city}, ${st}`, zip };
}

/** a Canadian address: "1204-88 Harbour St", "Toronto ON", "M5J 2S9" */
export function addressCa(r: Rng): AddressD & { provinceName: string } {
  const [city, prov, fsa] = r.pick(CA_CITIES);
  const L = 'ABCEGHJKLMNPRSTVWXYZ';
  const zip = `${fsa}${r.int(1, 9)}${r.chars(L, 1)}${r.pick([' ', ' ', ''])}${r.digits(1)}${r.chars(L, 1)}${r.digits(1)}`;
  const num = r.int(10, 9999);
  const street = r.chance(0.5) ? `${r.int(101, 2409)}-${num} ${streetName(r)}` : `${num} ${streetName(r)}${r.chance(0.3) ? `, Suite ${r.int(100, 900)}` : ''}`;
  return { street, cityState: r.chance(0.5) ? `${city} ${prov}` : `${city}, ${prov}`, zip, provinceName: PROVINCE_NAMES[prov] ?? prov };
}

/** a UK address: "Flat 3, 27 Wellington Road", "Leeds", "LS6 2AB" */
export function addressUk(r: Rng): AddressD {
  const [city, pc] = r.pick([['Leeds', 'LS'], ['Manchester', 'M'], ['Bristol', 'BS'], ['Cardiff', 'CF'], ['Glasgow', 'G']] as const);
  const L = 'ABDEFGHJLNPQRSTUWXYZ';
  const street = `${r.chance(0.5) ? `Flat ${r.int(1, 20)}, ` : ''}${r.int(1, 240)} ${r.pick(['Wellington', 'Harehills', 'Cowley', 'Victoria', 'Chapel'])} ${r.pick(['Road', 'Lane', 'Crescent', 'Grove'])}`;
  return { street, cityState: city, zip: `${pc}${r.int(1, 28)} ${r.digits(1)}${r.chars(L, 2)}` };
}

/** an MRN with a check letter or check digit written after it */
export function mrnCheck(r: Rng): string {
  const L = 'ABCDEFGHJKLMNPRSTVWXYZ';
  return r.pick([
    () => `${r.int(1, 9)}${r.digits(6)}-${r.chars(L, 1)}`,
    () => `${r.int(1, 9)}${r.digits(7)}${r.chars(L, 1)}`,
    () => `${r.chars(L, 1)}${r.digits(6)}${r.chars(L, 1)}`,
    () => `${r.digits(2)}-${r.digits(2)}-${r.digits(2)}-${r.digits(1)}`,
    () => `${r.int(1, 9)}${r.digits(6)}/${r.digits(1)}`,
  ])();
}

/** an insurance claim number (a patient's billing record: ACCOUNT_NUMBER) */
export function claimNumber(r: Rng): string {
  return r.pick([
    () => `CLM-${r.int(2024, 2026)}-${r.digits(7)}`,
    () => `${r.int(2024, 2026)}${r.digits(2)}${r.digits(7)}`,
    () => `${r.int(1, 9)}${r.digits(12)}`,
    () => `${r.digits(2)}${r.int(24, 26)}${r.digits(3)}${r.digits(6)}`,
    () => `E${r.digits(9)}-01`,
  ])();
}

/** a licence plate, US or Canadian, with or without the state */
export function plateD(r: Rng): string {
  const L = 'ABCDEFGHJKLMNPRSTVWXYZ';
  return r.pick([
    () => `${r.chars(L, 4)} ${r.digits(3)}`,
    () => `${r.int(1, 9)}${r.chars(L, 3)}${r.digits(3)}`,
    () => `${r.chars(L, 3)}${r.digits(4)}`,
    () => `${r.digits(3)}-${r.chars(L, 3)}`,
    () => `${r.chars(L, 2)} ${r.digits(5)}`,
    () => `${r.digits(2)}${r.chars(L, 1)}-${r.digits(3)}`,
  ])();
}

/** capitalised common words (also names in this pool) used as ordinary words: sentence and phrase to keep */
export const COMMON_WORD_D: [string, string][] = [
  ['Dawn shift reports the same scanner error.', 'Dawn shift'],
  ['Summer interns need the same Epic access as last year.', 'Summer interns'],
  ['Autumn flu clinic rosters print blank.', 'Autumn flu clinic'],
  ['Storm shutters on the ED doors block the Wi-Fi AP.', 'Storm shutters'],
  ['River Campus clinics are on the same VLAN.', 'River Campus'],
  ['Sky Lobby kiosks show the same banner.', 'Sky Lobby'],
  ['Forest Park clinic fax line is fine.', 'Forest Park clinic'],
  ['Major incident bridge was opened at the time.', 'Major incident'],
  ['King bed sensors in 4 West report offline.', 'King bed sensors'],
  ['Bishop Pavilion badge readers are affected too.', 'Bishop Pavilion'],
  ['Baker Act holds print on the wrong tray.', 'Baker Act'],
  ['Carpenter shop needs a new door closer after the install.', 'Carpenter shop'],
  ['Fisher Scientific order form will not submit.', 'Fisher Scientific'],
  ['Cook County Medicaid eligibility checks time out.', 'Cook County'],
  ['Hunt group 4400 does not roll over to the backup line.', 'Hunt group'],
  ['Rich Text paste breaks the progress note template.', 'Rich Text'],
  ['Strong password rules apply to the service account too.', 'Strong password'],
  ['Best Practice Advisory fires twice on sign.', 'Best Practice Advisory'],
  ['Hope Cancer Center front desk sees the same.', 'Hope Cancer Center'],
  ['Little Rock clinic is on a different build.', 'Little Rock'],
  ['Church Street entrance camera is offline.', 'Church Street entrance'],
  ['Frost warning banner is stuck on the digital signage.', 'Frost warning banner'],
  ['Marsh Wing nurses station printer works.', 'Marsh Wing'],
  ['Hall B conference room projector is unrelated.', 'Hall B'],
  ['Crystal Reports export of the census fails.', 'Crystal Reports'],
];

export const SURVEY_SCORES = ['1 - Very dissatisfied', '2 - Dissatisfied', '3 - Neutral', '4 - Satisfied', '5 - Very satisfied'];
