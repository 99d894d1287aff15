// Value and name makers for template family C (templatesC.ts): a third hand-written name pool
// (Filipino, Polish, Greek, Turkish, Ethiopian, Somali, Haitian, Pakistani, Chinese pinyin,
// Japanese, Native American, Irish, Scottish, Portuguese, Italian, and very common US names, many
// of them also English words: Rose, Grace, Hunter, Price, Bell, Young, Sharp ...), titles and
// credentials, patient dates in more shapes, log stamps, vendor case numbers and capitalised
// common words used as ordinary words. Nothing here comes from a name package or from the redactor.

import type { Person } from './names.js';
import type { Rng } from './random.js';
import { formatDate, randomDate, type Ymd } from './values.js';

const words = (s: string): string[] => s.split('|').map((w) => w.trim()).filter(Boolean);

interface PoolC {
  key: string;
  given: string[];
  surnames: string[];
  familyFirst?: boolean;
  weight: number;
}

const POOLS_C: PoolC[] = [
  {
    key: 'filipino',
    weight: 1,
    given: words('Maricel|Jericho|Rowena|Jomar|Marites|Analyn|Rodelio|Jhun|Cherry Mae|Aldrin'),
    surnames: words('Dimaculangan|Macaraeg|Bautista|Villanueva|Pangilinan|Dela Cruz|Manalo|Soriano|Tolentino|Magbanua'),
  },
  {
    key: 'polish',
    weight: 1,
    given: words('Grzegorz|Agnieszka|Wojciech|Katarzyna|Przemysław|Dorota|Krzysztof|Bożena|Jarosław|Ewa'),
    surnames: words('Wiśniewski|Kowalczyk|Szczepańska|Wróblewski|Zieliński|Grabowska|Jabłoński|Dąbrowski|Pawlak|Michalska'),
  },
  {
    key: 'greek',
    weight: 1,
    given: words('Konstantinos|Eleni|Dimitrios|Panagiota|Spyridon|Athanasia|Evangelos|Chrysoula|Stavros|Despina'),
    surnames: words('Papadopoulos|Karamanlis|Georgiou|Nikolaidis|Vlachou|Antonopoulos|Theodorakis|Christodoulou|Makris|Stathopoulou'),
  },
  {
    key: 'turkish',
    weight: 1,
    given: words('Mehmet|Ayşe|Emre|Zeynep|Burak|Elif|Oğuz|Gülşen|Serkan|Derya'),
    surnames: words('Yılmaz|Öztürk|Kaya|Demir|Şahin|Çelik|Aydın|Arslan|Doğan|Kılıç'),
  },
  {
    key: 'ethiopian',
    weight: 1,
    given: words('Abebe|Tigist|Dawit|Meseret|Yonas|Hiwot|Bereket|Selamawit|Tesfaye|Mekdes'),
    surnames: words('Gebremedhin|Haile|Alemu|Bekele|Woldemariam|Getachew|Kebede|Mengistu|Tadesse|Ayele'),
  },
  {
    key: 'somali',
    weight: 1,
    given: words('Abdirahman|Hodan|Mohamed|Fadumo|Abdullahi|Hawo|Ismail|Sahra|Guled|Ifrah'),
    surnames: words('Warsame|Farah|Abdi|Hersi|Jama|Osman|Egal|Nur|Dirie|Omar'),
  },
  {
    key: 'haitian',
    weight: 1,
    given: words('Jean-Robert|Marie-Claude|Wesner|Guerline|Fritznel|Nadège|Jocelyn|Rose-Marie|Wilner|Mirlande'),
    surnames: words('Pierre-Louis|Joseph|Desrosiers|Jean-Baptiste|Charles|Dorvil|Célestin|Augustin|Toussaint|Saint-Fleur'),
  },
  {
    key: 'pakistani',
    weight: 1,
    given: words('Imran|Ayesha|Faisal|Sana|Usman|Mehwish|Bilal|Rabia|Zeeshan|Hina'),
    surnames: words('Chaudhry|Qureshi|Malik|Siddiqui|Butt|Raza|Hussain|Awan|Shaikh|Mirza'),
  },
  {
    key: 'chinese',
    weight: 1,
    familyFirst: true,
    given: words('Jianguo|Xiuying|Wei|Lihua|Zhiqiang|Yanling|Haoran|Meilin|Jun|Xiaoming'),
    surnames: words('Zhang|Liu|Chen|Huang|Zhao|Wu|Zhou|Xu|Sun|Ma'),
  },
  {
    key: 'japanese',
    weight: 1,
    given: words('Haruto|Yui|Takeshi|Aiko|Kenji|Sakura|Hiroshi|Naomi|Daisuke|Emiko'),
    surnames: words('Tanaka|Watanabe|Yamamoto|Nakamura|Kobayashi|Saito|Matsumoto|Inoue|Hayashi|Fujimoto'),
  },
  {
    key: 'native-american',
    weight: 1,
    given: words('Winona|Chayton|Aiyana|Takoda|Nizhoni|Ahanu|Kateri|Hototo|Sequoia|Dakota'),
    surnames: words('Begay|Yazzie|Tsosie|Benally|Redcloud|Runningwater|Whitehorse|Lonewolf|Sixkiller|Attakai'),
  },
  {
    key: 'irish',
    weight: 1,
    given: words('Siobhán|Ciarán|Aoife|Pádraig|Niamh|Oisín|Saoirse|Cormac|Róisín|Declan'),
    surnames: words("Ó Súilleabháin|O'Donoghue|Mac Giolla Phádraig|Ní Bhriain|Fitzgerald|Gallagher|McGuinness|Kavanagh|Doherty|Ó Briain"),
  },
  {
    key: 'scottish',
    weight: 1,
    given: words('Alasdair|Mhairi|Callum|Eilidh|Hamish|Ishbel|Ruaridh|Morag|Angus|Kirsty'),
    surnames: words('MacLeod|Mackenzie|Urquhart|Drummond|Farquharson|MacAulay|Sinclair|Buchanan|Menzies|Lamont'),
  },
  {
    key: 'portuguese',
    weight: 1,
    given: words('João Pedro|Conceição|Gonçalo|Inês|Rui|Leonor|Tiago|Graça|Vasco|Filipa'),
    surnames: words('Gonçalves|Ferreira da Silva|Magalhães|Carvalho|Pereira|Rodrigues|Sousa|Fonseca|Albuquerque|Teixeira'),
  },
  {
    key: 'italian',
    weight: 1,
    given: words('Giuseppe|Francesca|Salvatore|Giulia|Vincenzo|Chiara|Alessandro|Rosaria|Matteo|Benedetta'),
    surnames: words('Esposito|Russo|Romano|De Luca|Colombo|Ricci|Marino|Greco|Lombardi|Bruno'),
  },
  {
    key: 'us-common',
    weight: 3,
    given: words(
      'Rose|Ruby|Faith|Joy|Grace|Hunter|Mason|Summer|Brook|Lane|Jessica|Ashley|Tyler|Brandon|Amanda|Kevin|Melissa|Travis|Crystal|Dustin'
    ),
    surnames: words(
      'Price|Bell|Hill|Young|Wise|Sharp|Bright|Brooks|Lane|Carter|Johnson|Miller|Davis|Wilson|Moore|Taylor|Anderson|Thomas|Jackson|White'
    ),
  },
];

/** a person from the family C pools only */
export function personC(r: Rng): Person {
  const total = POOLS_C.reduce((n, p) => n + p.weight, 0);
  let x = r.next() * total;
  let pool = POOLS_C[0]!;
  for (const p of POOLS_C) {
    x -= p.weight;
    if (x < 0) {
      pool = p;
      break;
    }
  }
  const p: Person = { given: r.pick(pool.given), surname: r.pick(pool.surnames), familyFirst: !!pool.familyFirst, tradition: pool.key };
  if (!pool.familyFirst && r.chance(0.15)) p.middle = r.chars('ABCDEFGHJKLMNPRSTW', 1);
  return p;
}

/** ASCII letters of a name part for logins and mail addresses (Turkish dotless i becomes i) */
export function asciiC(s: string): string {
  return s
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łŁ]/g, 'l')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

export function workEmailC(r: Rng, p: Person, domain: string): string {
  const g = asciiC(p.given) || 'x';
  const s = asciiC(p.surname) || 'y';
  return `${r.pick([`${g}.${s}`, `${g[0]}${s}`, `${s}${g[0]}`, `${g}_${s}`, `${g}.${s}${r.int(1, 9)}`])}@${domain}`;
}

export function personalEmailC(r: Rng, p: Person): string {
  const g = asciiC(p.given) || 'x';
  const s = asciiC(p.surname) || 'y';
  const local = r.pick([`${g}${s}${r.int(1, 99)}`, `${s}.${g[0]}`, `mom.of.${g}`, `${g}_${r.int(1980, 2010)}`, `${s}family`]);
  return `${local}@${r.pick(['gmail.com', 'yahoo.com', 'hotmail.com', 'icloud.com', 'outlook.com', 'verizon.net'])}`;
}

/** a login: first initial + surname, surname + initials, or a numeric employee id style */
export function loginC(r: Rng, p: Person): string {
  const g = asciiC(p.given) || 'x';
  const s = asciiC(p.surname) || 'y';
  return r.pick([`${g[0]}${s}`.slice(0, 10), `${s.slice(0, 6)}${g[0]}${r.int(1, 9)}`, `${g}.${s}`, `${g[0]}${s[0]}${r.digits(5)}`, `${s}${g.slice(0, 2)}`]);
}

export function title(r: Rng): string {
  return r.pick(['Dr.', 'Dr', 'Nurse', 'Mr.', 'Ms.', 'Mrs.']);
}

/** a credential or degree written after a name (not part of the label) */
export function credential(r: Rng): string {
  return r.pick(['RN', 'MD', 'PhD', 'NP', 'PA-C', 'LPN', 'DO', 'PharmD', 'RN, BSN', 'MD, PhD', 'CRNA', 'RT(R)']);
}

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n: number): string => String(n).padStart(2, '0');

/** a patient date in the usual shapes plus EHR and hand-written ones ("03JUL1988", "7/3/88", "Jul 3rd") */
export function dateC(r: Rng, t: Ymd): string {
  const mon = MON[t.m - 1]!;
  return r.pick([
    () => formatDate(r, t),
    () => `${p2(t.d)}${mon.toUpperCase()}${t.y}`,
    () => `${t.m}/${t.d}/${p2(t.y % 100)}`,
    () => `${t.m}.${t.d}.${t.y}`,
    () => `${mon}-${p2(t.d)}-${t.y}`,
    () => `${t.y}/${p2(t.m)}/${p2(t.d)}`,
    () => `${mon} ${t.d}, ${t.y}`,
  ])();
}

export function dobC(r: Rng): string {
  return dateC(r, randomDate(r, 1930, 2021));
}

/** an admission/visit/surgery date, sometimes without a year */
export function visitC(r: Rng): string {
  const t = randomDate(r, 2024, 2026);
  if (r.chance(0.7)) return dateC(r, t);
  return r.pick([`${t.m}/${t.d}`, `${MON[t.m - 1]} ${t.d}`, `${p2(t.m)}/${p2(t.d)}`]);
}

/** a log or alert stamp (kept): "[2025-03-04 09:14:22,118]", "Mar 4, 2025 9:14:22 AM", "03/04/2025 21:14" */
export function logStamp(r: Rng): string {
  const t = randomDate(r, 2024, 2026);
  const hh = r.int(0, 23);
  const mi = p2(r.int(0, 59));
  const ss = p2(r.int(0, 59));
  return r.pick([
    () => `${t.y}-${p2(t.m)}-${p2(t.d)} ${p2(hh)}:${mi}:${ss},${r.digits(3)}`,
    () => `${MON[t.m - 1]} ${t.d}, ${t.y} ${((hh + 11) % 12) + 1}:${mi}:${ss} ${hh < 12 ? 'AM' : 'PM'}`,
    () => `${p2(t.m)}/${p2(t.d)}/${t.y} ${p2(hh)}:${mi}`,
    () => `${t.y}-${p2(t.m)}-${p2(t.d)}T${p2(hh)}:${mi}:${ss}.${r.digits(3)}-05:00`,
    () => `${p2(hh)}${mi}`,
  ])();
}

/** a clock time only (kept) */
export function clock(r: Rng): string {
  return r.pick([`${p2(r.int(0, 23))}:${p2(r.int(0, 59))}`, `${r.int(1, 12)}:${p2(r.int(0, 59))} ${r.pick(['AM', 'PM', 'am', 'pm'])}`]);
}

/** a vendor support case number (kept as a ticket reference) */
export function vendorCase(r: Rng): string {
  return r.pick([`Case #${r.digits(8)}`, `SR ${r.int(3, 4)}-${r.digits(10)}`, `CS${r.digits(7)}`, `TS0${r.digits(7)}`, `Case ${r.digits(5)}-${r.digits(3)}`]);
}

/** the last four digits of an SSN as said on a call */
export function last4(r: Rng): string {
  return r.digits(4);
}

/** an employee id (USERNAME-like: identifies a person) */
export function employeeId(r: Rng): string {
  return r.pick([`E${r.digits(6)}`, r.digits(7), `${r.chars('ABCDEFGHJKLMNPRSTUVWXYZ', 2)}${r.digits(5)}`]);
}

/** a lab accession or specimen number (identifies a patient's specimen: an MRN-like record id) */
export function accession(r: Rng): string {
  return r.pick([`${r.int(24, 26)}-${r.chars('CHMS', 1)}${r.chars('ACHMU', 1)}-${r.digits(6)}`, `W${r.digits(11)}`, `A${r.digits(9)}`]);
}

/** capitalised common words (also names in this family's pool) used as ordinary words */
export const COMMON_WORD_C: [string, string][] = [
  ['Price list for the replacement scanners is attached.', 'Price list'],
  ['Bell schedule on the overhead paging is off by an hour.', 'Bell schedule'],
  ['Young Adult Clinic staff see the same thing.', 'Young Adult Clinic'],
  ['Sharp increase in lockouts since the patch.', 'Sharp increase'],
  ['Bright yellow banner still shows on the login screen.', 'Bright yellow banner'],
  ['Summer hours for the clinic start Monday, please update the phone tree.', 'Summer hours'],
  ['Grace period on the old certificate ends Friday.', 'Grace period'],
  ['Joy Pavilion lobby kiosk is affected too.', 'Joy Pavilion'],
  ['Rose Wing nurses station printer is fine.', 'Rose Wing'],
  ['Hunter green cables go to the clinical VLAN, do not unplug.', 'Hunter green cables'],
  ['Mason jars of reagents were moved off the bench for the install.', 'Mason jars'],
  ['Ruby runtime on the lab middleware needs the update first.', 'Ruby runtime'],
  ['Faith Hospice referrals come in through the same fax queue.', 'Faith Hospice'],
  ['Lane 2 of the drive-up lab is where the scanner sits.', 'Lane 2'],
  ['Hill-Rom bed rails show offline in the nurse call view.', 'Hill-Rom'],
  ['Wise to check the cable before swapping the unit.', 'Wise to check'],
  ['Brook Pavilion entrance badge reader is offline too.', 'Brook Pavilion entrance'],
  ['Young patients in Peds use the same tablets.', 'Young patients'],
];
