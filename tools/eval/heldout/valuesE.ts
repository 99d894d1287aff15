// Value and name makers for template family E (templatesE.ts): a fifth hand-written name pool
// (US names that are ordinary English words, plain US names, Chinese, Japanese and Korean in
// both orders, Arabic with al-/el-/Abu- and "bin" chains, Ethiopian given + father's name, Akan,
// Punjabi/Gujarati/Malayalam, Polish, Turkish, Greek, Hebrew, Ukrainian, Nepali; a share of
// double-barrelled surnames), OCR noise for form labels, legacy-screen dates, pagers, badges,
// employee ids, addresses in towns the other families do not use, and capitalised common words
// from the same pool used as words ("Summer hours", "Chase Bank", "Will call window"). Nothing
// here comes from a name package, from the other families' pools or from the redactor.

import type { Person } from './names.js';
import type { Rng } from './random.js';
import { randomDate, type Ymd } from './values.js';

const words = (s: string): string[] => s.split('|').map((w) => w.trim()).filter(Boolean);

interface PoolE {
  key: string;
  weight: number;
  given: string[];
  surnames: string[];
  /** family name first in the native order */
  familyFirst?: boolean;
  /** a surname may be joined to another with a hyphen */
  hyphen?: boolean;
  /** a middle initial is common */
  initials?: boolean;
}

/** US names that are also ordinary English words (the shape a redactor is least sure of) */
const WORD_GIVEN = words(
  'Hunter|Summer|Grace|Forest|Chase|Faith|Mason|Crystal|Wade|Dawn|Autumn|Heather|Holly|Ivy|Pearl|Sage|Skye|Sunny|Honor|Mercy|' +
    'Patience|Rusty|Sandy|Rocky|Cliff|Dale|Glen|Reed|Tanner|Cooper|Carter|Parker|Porter|Archer|Piper|Harper|Sterling|Royal|Duke|' +
    'Earl|Destiny|Trinity|Harmony|Melody|Precious|Journey|Brandy|Ginger|Rowan|Hazel|Willow|Jasper|Colt|Ranger|Gunner|Ridge'
);
const WORD_SURNAMES = words(
  'Rose|Woods|Bell|Banks|Marsh|Fisher|Stone|Fox|Lamb|Crane|Meadows|Rivers|Waters|Frost|Snow|Knight|Steele|Gold|Noble|Hart|' +
    'Glass|Mills|Potter|Weaver|Shepherd|Sparks|Bird|Swan|Wolfe|Castle|Holiday|Winters|Chambers|Barber|Butler|Gardner|Mercer|' +
    'Sawyer|Parsons|Cash|Moon|Bond|Beach|Young|Price|Cook|Hill|Pride'
);

const POOLS_E: PoolE[] = [
  { key: 'word', weight: 30, given: WORD_GIVEN, surnames: WORD_SURNAMES, hyphen: true, initials: true },
  {
    key: 'plainUS',
    weight: 13,
    hyphen: true,
    initials: true,
    given: words(
      'Kayla|Brandon|Tyrone|Lakisha|DeShawn|Jamal|Kristen|Megan|Cheyenne|Dakota|Bobbie|Jerome|Latoya|Marcus|Shanice|Tamika|' +
        'Darius|Kelsey|Lindsey|Clayton|Jeremiah|Vanessa|Denise|Rhonda|Terrence|Monique|Bethany|Raylene'
    ),
    surnames: words(
      'Hutchinson|McCreary|Dempsey|Pruitt|Whitlock|Ridley|Coleman|Jefferson|Washington|Jenkins|Tillman|Maddox|Easley|Rankin|' +
        'Sizemore|Yoder|Stoltzfus|Hostetler|Blevins|Hatfield|McCoy|Goins|Ratliff|Beauchamp|Thibodeaux'
    ),
  },
  {
    key: 'chinese',
    weight: 6,
    familyFirst: true,
    given: words('Haoran|Yuxuan|Zihan|Jiahui|Xinyi|Wenjie|Guoqiang|Meilin|Shufen|Zhiwei|Yiming|Ruolan|Jianguo|Xiaoling|Tianyu|Yutong'),
    surnames: words('Zhang|Wang|Liu|Chen|Huang|Zhao|Zhou|Xu|Guo|Lin|Luo|Gao|Zheng|Liang|Xie|Tang|Feng|Deng|Cao|Peng|Zeng|Xiao|Qian|Jiang|Yuan|Wu'),
  },
  {
    key: 'japanese',
    weight: 5,
    familyFirst: true,
    given: words('Haruki|Yui|Sota|Aoi|Ren|Hinata|Kenji|Akiko|Takeshi|Ryota|Emiko|Daichi|Sakura|Mitsuko'),
    surnames: words('Takahashi|Watanabe|Yamamoto|Kobayashi|Nakamura|Inoue|Kimura|Hayashi|Shimizu|Yamaguchi|Matsumoto|Fujita|Okada|Ishikawa'),
  },
  {
    key: 'korean',
    weight: 5,
    familyFirst: true,
    given: words('Ji-hoon|Seo-yeon|Ha-eun|Ye-jin|Sung-min|Hye-won|Jae-sung|Eun-ji|Kyung-soo|Yeon-woo|Dong-hyun|Min-seo'),
    surnames: words('Kim|Park|Choi|Jung|Kang|Cho|Yoon|Jang|Lim|Shin|Seo|Kwon|Hwang|Ahn'),
  },
  {
    key: 'arabic',
    weight: 6,
    given: words('Abdullah|Khalid|Faisal|Yousef|Omar|Tariq|Hamza|Bilal|Layla|Noor|Mariam|Huda|Rania|Samira|Zainab'),
    surnames: words('al-Harbi|al-Qahtani|Al-Rashid|el-Masri|Haddad|Khoury|Abu-Zaid|Mansour|Saleh|al-Amin|Barakat|Nassar|Darwish|al-Shammari'),
  },
  {
    key: 'ethiopian',
    weight: 4,
    given: words('Hirut|Alemayehu|Yohannes|Selamawit|Getachew|Mekdes|Birtukan|Fikru|Lemlem|Tsegaye|Ayantu|Chaltu|Gemechu|Lensa'),
    surnames: words('Haile|Tadesse|Wolde|Girma|Negash|Kebede|Desta|Gebremedhin|Tolossa|Gudina|Biru|Fufa|Hailu'),
  },
  {
    key: 'akan',
    weight: 4,
    hyphen: true,
    initials: true,
    given: words('Kwame|Ama|Kofi|Akosua|Yaw|Efua|Kwabena|Abena|Kojo|Adwoa|Kwesi|Afua'),
    surnames: words('Owusu|Mensah|Asante|Boateng|Ofori|Appiah|Agyeman|Darko|Acheampong|Osei|Amoako'),
  },
  {
    key: 'indian',
    weight: 6,
    initials: true,
    given: words('Priya|Harpreet|Gurpreet|Nikhil|Aishwarya|Manpreet|Jaswinder|Anjali|Vikram|Deepika|Sreejith|Lakshmi|Rohan|Sunita'),
    surnames: words('Patel|Shah|Desai|Sandhu|Gill|Dhillon|Grewal|Menon|Nair|Pillai|Kurian|Iyer|Chatterjee|Banerjee'),
  },
  {
    key: 'polish',
    weight: 5,
    given: words('Łukasz|Małgorzata|Wojciech|Agnieszka|Grzegorz|Katarzyna|Bartłomiej|Zofia|Przemysław|Jadwiga|Ryszard|Bożena'),
    surnames: words('Mazur|Krawczyk|Piątek|Wróbel|Wójcik|Nowak|Kaczmarek|Zając|Król|Sikora|Michalak|Pawlak|Grabowski-Kuś'),
  },
  {
    key: 'turkish',
    weight: 4,
    given: words('Çağlar|Şükrü|Ayşe|Gökhan|Elif|Mustafa|Zeynep|Oğuz|Büşra|İlker|Emre|Derya'),
    surnames: words('Öztürk|Yılmaz|Şahin|Çelik|Aydın|Doğan|Kılıç|Arslan|Koç|Güneş|Özdemir'),
  },
  {
    key: 'greek',
    weight: 4,
    given: words('Konstantinos|Eleni|Dimitrios|Panagiotis|Vasiliki|Spyros|Anastasia|Christos|Despina|Evangelos|Stavroula'),
    surnames: words('Papadopoulos|Georgiou|Nikolaidis|Karagiannis|Oikonomou|Vlachos|Christodoulou|Papageorgiou|Alexiou|Makris|Triantafyllou'),
  },
  { key: 'hebrew', weight: 2, given: words('Yael|Noam|Avraham|Tamar|Eliezer|Shira'), surnames: words('Ben-David|Katz|Friedman|Mizrahi|Peretz|Levinson') },
  { key: 'ukrainian', weight: 3, given: words('Oksana|Dmytro|Svitlana|Yevhen|Nataliya|Oleksandr'), surnames: words('Kovalenko|Shevchenko|Bondarenko|Tkachenko|Moroz|Hrytsenko') },
  { key: 'nepali', weight: 2, given: words('Bishnu|Sita|Ramesh|Sabina|Pasang'), surnames: words('Gurung|Tamang|Shrestha|Thapa|Adhikari|Sherpa') },
];

/** Arabic given names that take "bin <father>" in a full name */
const ARABIC_MALE = new Set(words('Abdullah|Khalid|Faisal|Yousef|Omar|Tariq|Hamza|Bilal'));

const FEMALE = new Set(
  words(
    'Summer|Grace|Faith|Crystal|Dawn|Autumn|Heather|Holly|Ivy|Pearl|Skye|Mercy|Patience|Piper|Harper|Destiny|Trinity|Harmony|' +
      'Melody|Precious|Brandy|Ginger|Hazel|Willow|Kayla|Lakisha|Kristen|Megan|Cheyenne|Latoya|Shanice|Tamika|Kelsey|Lindsey|' +
      'Vanessa|Denise|Rhonda|Monique|Bethany|Raylene|Jiahui|Xinyi|Meilin|Shufen|Ruolan|Xiaoling|Yutong|Yui|Akiko|Emiko|Sakura|' +
      'Mitsuko|Seo-yeon|Ha-eun|Ye-jin|Hye-won|Eun-ji|Min-seo|Layla|Noor|Mariam|Huda|Rania|Samira|Zainab|Hirut|Selamawit|Mekdes|' +
      'Birtukan|Lemlem|Ayantu|Chaltu|Lensa|Ama|Akosua|Efua|Abena|Adwoa|Afua|Priya|Aishwarya|Anjali|Deepika|Lakshmi|Sunita|' +
      'Małgorzata|Agnieszka|Katarzyna|Zofia|Jadwiga|Bożena|Ayşe|Elif|Zeynep|Büşra|Derya|Eleni|Vasiliki|Anastasia|Despina|' +
      'Stavroula|Yael|Tamar|Shira|Oksana|Svitlana|Nataliya|Sita|Sabina'
  )
);
const MALE = new Set(
  words(
    'Hunter|Forest|Chase|Mason|Wade|Rusty|Rocky|Cliff|Dale|Glen|Reed|Tanner|Cooper|Carter|Porter|Archer|Sterling|Duke|Earl|' +
      'Jasper|Colt|Ranger|Gunner|Ridge|Brandon|Tyrone|DeShawn|Jamal|Jerome|Marcus|Darius|Clayton|Jeremiah|Terrence|Haoran|' +
      'Guoqiang|Zhiwei|Jianguo|Wenjie|Haruki|Sota|Kenji|Takeshi|Ryota|Daichi|Ji-hoon|Sung-min|Jae-sung|Kyung-soo|Dong-hyun|' +
      'Abdullah|Khalid|Faisal|Yousef|Omar|Tariq|Hamza|Bilal|Alemayehu|Yohannes|Getachew|Fikru|Tsegaye|Gemechu|Kwame|Kofi|Yaw|' +
      'Kwabena|Kojo|Kwesi|Nikhil|Vikram|Sreejith|Rohan|Łukasz|Wojciech|Grzegorz|Bartłomiej|Przemysław|Ryszard|Şükrü|Gökhan|' +
      'Mustafa|Oğuz|İlker|Emre|Konstantinos|Dimitrios|Panagiotis|Spyros|Christos|Evangelos|Noam|Avraham|Eliezer|Dmytro|Yevhen|' +
      'Oleksandr|Bishnu|Ramesh'
  )
);

/** "f", "m" or "x" (not known from the given name): for pronouns and relations in the text */
export function genderE(p: Person): 'f' | 'm' | 'x' {
  return FEMALE.has(p.given) ? 'f' : MALE.has(p.given) ? 'm' : 'x';
}

/** numbers of names in the pool (for the README) */
export function poolSizes(): { given: number; surnames: number } {
  const g = new Set<string>();
  const s = new Set<string>();
  for (const p of POOLS_E) {
    p.given.forEach((x) => g.add(x));
    p.surnames.forEach((x) => s.add(x));
  }
  return { given: g.size, surnames: s.size };
}

export interface PersonE extends Person {
  /** the pool the person came from */
  tradition: string;
}

function pickPool(r: Rng, pools: PoolE[]): PoolE {
  const total = pools.reduce((n, p) => n + p.weight, 0);
  let x = r.next() * total;
  for (const p of pools) {
    x -= p.weight;
    if (x < 0) return p;
  }
  return pools[0]!;
}

function fromPool(r: Rng, pool: PoolE): PersonE {
  let surname = r.pick(pool.surnames);
  if (pool.hyphen && r.chance(0.1)) {
    const other = pickPool(r, POOLS_E.filter((p) => p.hyphen));
    const s2 = r.pick(other.surnames);
    if (s2 !== surname) surname = r.chance(0.5) ? `${surname}-${s2}` : `${s2}-${surname}`;
  }
  const p: PersonE = { given: r.pick(pool.given), surname, familyFirst: !!pool.familyFirst, tradition: pool.key };
  if (pool.key === 'arabic' && ARABIC_MALE.has(p.given) && r.chance(0.35)) {
    let father = r.pick([...ARABIC_MALE]);
    if (father === p.given) father = 'Saleh';
    p.middle = `bin ${father}`;
  } else if (pool.key === 'ethiopian' && r.chance(0.4)) {
    // given name, father's name, grandfather's name
    let father = r.pick(pool.surnames);
    if (father === p.surname) father = 'Mulugeta';
    p.middle = father;
  } else if (pool.initials && r.chance(0.25)) p.middle = r.chars('ABCDEFGHJKLMNPRSTVW', 1);
  return p;
}

/** anyone from the pool */
export function personE(r: Rng): PersonE {
  return fromPool(r, pickPool(r, POOLS_E));
}

/** a person whose given name and surname are both ordinary English words (Summer Woods) */
export function wordPerson(r: Rng): PersonE {
  return fromPool(r, POOLS_E[0]!);
}

/** a person from a tradition written family name first (Chinese, Japanese, Korean) */
export function eastAsianPerson(r: Rng): PersonE {
  return fromPool(r, pickPool(r, POOLS_E.filter((p) => p.familyFirst)));
}

/** a person from one of the named traditions */
export function personFrom(r: Rng, ...keys: string[]): PersonE {
  return fromPool(r, pickPool(r, POOLS_E.filter((p) => keys.includes(p.key))));
}

const isInitial = (m: string | undefined): boolean => !!m && m.length === 1;

/** given [middle] surname: "Hunter J. Rose", "Abdullah bin Omar al-Harbi", "Hirut Girma Tadesse" */
export function fullE(p: Person): string {
  return [p.given, isInitial(p.middle) ? `${p.middle}.` : p.middle, p.surname].filter(Boolean).join(' ');
}

/** given and surname only */
export function shortE(p: Person): string {
  return `${p.given} ${p.surname}`;
}

/** the native order: family name first for Chinese, Japanese and Korean ("Zhang Haoran") */
export function nativeE(p: Person): string {
  return p.familyFirst ? `${p.surname} ${p.given}` : fullE(p);
}

/** passport style: family name in capitals first ("ZHANG Haoran") */
export function passportE(p: Person): string {
  return `${p.surname.toUpperCase()} ${p.given}`;
}

/** legacy screens: "ROSE HUNTER J" (surname, given, middle initial; no comma) */
export function capsE(p: Person): string {
  const mid = p.middle ? ` ${p.middle[0]}` : '';
  return `${p.surname} ${p.given}${mid}`.toUpperCase();
}

/** "J. R. Okafor" or "J. Okafor" */
export function initialsE(p: Person): string {
  const g = p.given[0] === 'İ' ? 'I' : p.given[0]!;
  const m = isInitial(p.middle) ? ` ${p.middle}.` : '';
  return `${g}.${m} ${p.surname}`;
}

/** "Rose, Hunter" or "Rose, Hunter J." */
export function lastFirstE(p: Person, withMiddle = false): string {
  return `${p.surname}, ${p.given}${withMiddle && isInitial(p.middle) ? ` ${p.middle}.` : ''}`;
}

/** ASCII lower-case letters, for logins and mail addresses (Turkish dotless i, Polish ł, ...) */
export function asciiE(s: string): string {
  return s
    .replace(/ı/g, 'i')
    .replace(/İ/g, 'I')
    .replace(/[łŁ]/g, 'l')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

/** how a system without diacritics stores a name ("Lukasz Wrobel", "Sukru Yilmaz") */
export function stripDiacritics(s: string): string {
  return s
    .replace(/ı/g, 'i')
    .replace(/İ/g, 'I')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** how a badge printer with a Latin-1 font mangles it ("?ukasz Wr?bel") */
export function mangleDiacritics(s: string): string {
  return [...s.normalize('NFC')].map((c) => (/[A-Za-z\s'-]/.test(c) ? c : '?')).join('');
}

/** true when a name carries letters outside ASCII */
export const hasDiacritic = (s: string): boolean => /[^\x20-\x7e]/.test(s);

// ---- OCR of scanned and faxed forms -------------------------------------------------------------

/**
 * OCR noise for a form's printed label (never for the hand-written value): l/1, I/l, O/0, S/5,
 * B/8, rn/m swaps and the odd stray space.
 */
export function ocrLabel(r: Rng, s: string, rate = 0.3): string {
  let out = s.replace(/[lIoOSB]/g, (c) => {
    if (!r.chance(rate)) return c;
    switch (c) {
      case 'l':
        return r.pick(['1', 'I']);
      case 'I':
        return r.pick(['l', '1']);
      case 'o':
        return '0';
      case 'O':
        return '0';
      case 'S':
        return '5';
      default:
        return '8';
    }
  });
  if (r.chance(rate / 2)) out = out.replace(/m/, 'rn');
  if (r.chance(rate / 3)) out = out.replace(/([a-z])([a-z])/, '$1 $2');
  return out;
}

/** debris the OCR leaves at line ends */
export function ocrDebris(r: Rng): string {
  return r.chance(0.2) ? r.pick([' |', ' _', ' ~', ' .', " '", ' ;']) : '';
}

// ---- dates --------------------------------------------------------------------------------------

const MON = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const p2 = (n: number): string => String(n).padStart(2, '0');

/** a legacy screen's date: 03/14/52, 031452, 19520314, 14MAR52, 03-14-1952 */
export function screenDate(r: Rng, t: Ymd): string {
  const yy = p2(t.y % 100);
  return r.pick([
    () => `${p2(t.m)}/${p2(t.d)}/${yy}`,
    () => `${p2(t.m)}${p2(t.d)}${yy}`,
    () => `${t.y}${p2(t.m)}${p2(t.d)}`,
    () => `${p2(t.d)}${MON[t.m - 1]}${yy}`,
    () => `${p2(t.m)}-${p2(t.d)}-${t.y}`,
  ])();
}

export function birthYmd(r: Rng): Ymd {
  return randomDate(r, 1937, 2021);
}

export function visitYmd(r: Rng): Ymd {
  return randomDate(r, 2024, 2026);
}

/** "Tuesday, March 04, 2025 9:14 AM" (Outlook's Sent line) */
export function outlookStamp(r: Rng): string {
  const t = randomDate(r, 2024, 2026);
  const wd = DAY_NAMES[new Date(Date.UTC(t.y, t.m - 1, t.d)).getUTCDay()]!;
  const h = r.int(1, 12);
  return `${wd}, ${MONTH_NAMES[t.m - 1]} ${p2(t.d)}, ${t.y} ${h}:${p2(r.int(0, 59))} ${r.pick(['AM', 'PM'])}`;
}

/** "Mar 4, 2025, at 09:14" (Apple Mail) */
export function appleStamp(r: Rng): string {
  const t = randomDate(r, 2024, 2026);
  return `${MONTH_NAMES[t.m - 1]!.slice(0, 3)} ${t.d}, ${t.y}, at ${p2(r.int(6, 22))}:${p2(r.int(0, 59))}`;
}

/** "03/04/2025 09:14 AM" (Lotus Notes) */
export function notesStamp(r: Rng): string {
  const t = randomDate(r, 2024, 2026);
  return `${p2(t.m)}/${p2(t.d)}/${t.y} ${p2(r.int(1, 12))}:${p2(r.int(0, 59))} ${r.pick(['AM', 'PM'])}`;
}

/** "[14/03/2025, 19:02:11]" (a WhatsApp export line stamp, without brackets) */
export function chatStamp(r: Rng, t: Ymd, minute: number): string {
  return `${p2(t.d)}/${p2(t.m)}/${t.y}, ${p2(Math.floor(minute / 60) % 24)}:${p2(minute % 60)}:${p2(r.int(0, 59))}`;
}

/** a clock time for a timeline, "09:14" or "0914" (one style per ticket) */
export function clock(minute: number, colon: boolean): string {
  const h = Math.floor(minute / 60) % 24;
  const m = minute % 60;
  return colon ? `${p2(h)}:${p2(m)}` : `${p2(h)}${p2(m)}`;
}

/** an employee's first day, written loosely; not PHI, left unlabelled */
export function startDay(r: Rng): string {
  const t = randomDate(r, 2025, 2026);
  const wd = DAY_NAMES[new Date(Date.UTC(t.y, t.m - 1, t.d)).getUTCDay()]!;
  return r.pick([`${t.m}/${t.d}`, `${wd.slice(0, 3)} ${t.m}/${t.d}`, `${MONTH_NAMES[t.m - 1]} ${t.d}`, `${p2(t.m)}/${p2(t.d)}`]);
}

// ---- numbers ------------------------------------------------------------------------------------

/** a staff pager as written on a roster ("4417", "27705", "612-304-9981"): PHONE */
export function pagerE(r: Rng): string {
  return r.pick([
    () => `${r.int(2, 8)}${r.digits(3)}`,
    () => `${r.int(2, 8)}${r.digits(4)}`,
    () => `${r.int(2, 9)}${r.int(0, 8)}${r.int(0, 9)}-${r.int(2, 9)}${r.digits(2)}-${r.digits(4)}`,
  ])();
}

/** an internal extension ("4-5521", "x73104"): PHONE */
export function extE(r: Rng): string {
  return r.pick([`${r.int(2, 8)}-${r.digits(4)}`, `x${r.int(2, 8)}${r.digits(4)}`, `ext ${r.int(2, 8)}${r.digits(3)}`]);
}

/** a badge number: USERNAME */
export function badgeE(r: Rng): string {
  return r.pick([`${r.int(1, 9)}${r.digits(5)}`, `0${r.digits(7)}`, `B${r.digits(6)}`, `${r.digits(3)}-${r.digits(4)}`]);
}

/** an employee id: USERNAME */
export function employeeIdE(r: Rng): string {
  return r.pick([`E${r.digits(6)}`, `${r.int(1, 9)}${r.digits(6)}`, `W${r.digits(7)}`, `EMP-${r.digits(5)}`]);
}

/** an MRN as the legacy and current systems write it */
export function mrnE(r: Rng): string {
  return r.pick([`${r.int(1, 9)}${r.digits(6)}`, `000${r.int(1, 9)}${r.digits(6)}`, `K${r.digits(7)}`, `${r.int(10, 99)}-${r.digits(5)}`, `${r.int(1, 9)}${r.digits(7)}`]);
}

/** a visit / guarantor account ("V00123456", "A0004471203"): ACCOUNT_NUMBER */
export function accountE(r: Rng): string {
  return r.pick([`V${r.digits(8)}`, `A${r.digits(10)}`, `${r.int(1, 9)}${r.digits(8)}`, `G${r.digits(7)}`]);
}

/** a hospital asset tag: not PII, left unlabelled */
export function assetTag(r: Rng): string {
  return r.pick([`IT-${r.digits(5)}`, `A${r.digits(5)}`, `BME ${r.digits(5)}`, `TAG ${r.digits(5)}`]);
}

/** a staff laptop serial: hospital property, not PII, left unlabelled */
export function laptopSerial(r: Rng): string {
  return r.pick([`${r.chars('BCDFGHJKLMNPQRSTVWXYZ0123456789', 7)}`, `PF${r.chars('0123456789ABCDEFGHJK', 6)}`, `5CG${r.digits(4)}${r.chars('ABCDEFGHJK', 3)}`]);
}

/** a post-incident review reference: TICKET_REF */
export function pirRef(r: Rng): string {
  return r.pick([`PIR-${r.int(2024, 2026)}-${p2(r.int(1, 60))}`, `RCA-${r.digits(4)}`, `PIR${r.digits(5)}`]);
}

/** drivers licence numbers as the OCR reads them off a form */
export function stateLicenseE(r: Rng): string {
  return r.pick([`${r.chars('ABCDEFGHJKLMNPRSTW', 1)}${r.digits(3)}-${r.digits(4)}-${r.digits(4)}`, `${r.digits(9)}`, `${r.chars('ABCDEFGHJKLMNPRSTW', 2)}${r.digits(6)}`, `${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`]);
}

// ---- addresses ----------------------------------------------------------------------------------

const STREETS_E = words(
  'Tamarind|Osprey Point|Wapsipinicon|Cahokia|Kettle Moraine|Sorghum Mill|Ironwood|Persimmon|Lighthouse|Bobwhite|Ozark View|' +
    'Copperhead|Galena|Sandhill Crane|Foxtail Hollow|Chokecherry|Whippoorwill|Mockingbird Hill|Pecan Grove|Dogwood Hollow|' +
    'Anvil|Tanglewood|Bramblewood|Foxglove|Cattail|Switchback'
);
const STREET_TYPES_E = words('St|Street|Ave|Avenue|Dr|Drive|Rd|Road|Ln|Ct|Cir|Way|Pl|Trl|Pike|Hwy');
export const CITIES_E: [string, string, string][] = [
  ['Terre Haute', 'IN', '478'], ['Joplin', 'MO', '648'], ['Kearney', 'NE', '688'], ['Ames', 'IA', '500'], ['Grand Forks', 'ND', '582'],
  ['Bozeman', 'MT', '597'], ['Bend', 'OR', '977'], ['Hattiesburg', 'MS', '394'], ['Valdosta', 'GA', '316'], ['Florence', 'AL', '356'],
  ['Lawton', 'OK', '735'], ['Las Cruces', 'NM', '880'], ['Yuma', 'AZ', '853'], ['Elko', 'NV', '898'], ['Casper', 'WY', '826'],
  ['Pocatello', 'ID', '832'], ['Altoona', 'PA', '166'], ['Utica', 'NY', '135'], ['Lewiston', 'ME', '042'], ['Mankato', 'MN', '560'],
  ['Oshkosh', 'WI', '549'], ['Laredo', 'TX', '780'], ['Abilene', 'TX', '796'], ['Champaign', 'IL', '618'], ['Muncie', 'IN', '473'],
  ['Sandusky', 'OH', '448'], ['Morgantown', 'WV', '265'], ['Dothan', 'AL', '363'], ['Texarkana', 'AR', '718'], ['Salina', 'KS', '674'],
];

export interface AddressE {
  street: string;
  city: string;
  state: string;
  zip: string;
}

export function addressE(r: Rng): AddressE {
  const [city, state, z3] = r.pick(CITIES_E);
  const num = r.pick([String(r.int(100, 9999)), String(r.int(10, 99)), String(r.int(10000, 49999))]);
  const dir = r.chance(0.2) ? r.pick(['N ', 'S ', 'E ', 'W ']) : '';
  let street = `${num} ${dir}${r.pick(STREETS_E)} ${r.pick(STREET_TYPES_E)}`;
  if (r.chance(0.25)) street += r.pick([` Apt ${r.int(1, 40)}${r.pick(['', 'A', 'B'])}`, ` #${r.int(100, 420)}`, `, Unit ${r.int(1, 30)}`, ` Lot ${r.int(1, 90)}`]);
  const zip = `${z3}${r.digits(2)}${r.chance(0.15) ? '-' + r.digits(4) : ''}`;
  return { street, city, state, zip };
}

// ---- what the templates say around the PII ------------------------------------------------------

export const ROLES_E = words(
  'RN|Unit Secretary|CNA|Pharmacy Tech|Patient Access Rep|Medical Assistant|Respiratory Therapist|Phlebotomist|Scheduler|Coder II|' +
    'LPN|Sterile Processing Tech|Case Manager|Social Worker|Dietitian|Physical Therapist|Monitor Tech|EVS Aide|Transporter|Float RN'
);

/** applications (things one logs in to, gets access to, sees go down) */
export const APPS_E = words(
  'Meditech Magic|Epic MyChart|Epic Prelude|MRO ROI Online|Verisma|QGenda|Amion|PerfectServe|SailPoint IdentityNow|Workday|' +
    'UKG Pro|Active Directory|Attachmate Reflection|Rumba+|Lenel OnGuard|RightFax|Kofax Capture|Caregility|Amwell Carepoint'
);

/** inpatient units (unit clerks, charge nurses, wristbands, call lights) */
export const UNITS_E = words(
  '6 West|4 East Med-Surg|5 North|Telemetry|Mother Baby|Oncology|NICU|PACU|Labor and Delivery|Emergency Department|Cath Lab|' +
    'Behavioral Health|Dialysis|Surgical ICU'
);

/** outpatient clinics (kiosks, front desks, a patient's doctor) */
export const CLINICS_E = words('Cardiology|Transplant Clinic|Infusion Center|Sleep Lab|Wound Care|Endoscopy|Occupational Health|Dermatology|Pain Management');

/** offices and support departments */
export const OFFICES_E = words(
  'Patient Access|Release of Information|Health Information Management|Parking and Transportation|Security|Facilities|' +
    'Talent Acquisition|Onboarding|Biomedical Engineering|Inpatient Pharmacy|Virtual Care|Patient Experience|Environmental Services|' +
    'Identity and Access Management|Hospitalist Service|Patient Financial Services|Materials Management'
);

/** errors any application can show */
export const ERR_GENERIC_E = words(
  'AADSTS50126|SAML_RESPONSE_EXPIRED|ORA-00060|Event ID 4740|SYNC_CONFLICT_409|Error 0x800704cf|HTTP 502 Bad Gateway|ERR_CONNECTION_RESET|' +
    'java.net.SocketTimeoutException|TLS handshake failed'
);
export const ERR_MAINFRAME = words('ABEND S0C7|ABEND S322|DFHAC2206|SQLCODE -911|IEC141I 013-18');
export const ERR_ROBOT = words('ROBOT-E114|VIAL NOT FOUND (E-302)|BARCODE MISMATCH (E-117)');
export const ERR_VIDEO = words('ERR_TURN_CONNECTION_FAILED|ICE failed|WebRTC 1006|getUserMedia NotReadableError');
export const ERR_FAX = words('RF-ERR 31|KOFAX-2210|Invalid fax number (E-4102)|Barcode not found (KFX-118)');
export const ERR_ACCESS = words('Card not in database|Gate arm fault 42|LPR read failure|Door forced open');
export const ERR_NURSECALL = words('NC-LINK-LOST|Dome light fault 17|Pillow speaker open circuit');
export const ERR_BOOT = words('BSOD 0x0000007E|INACCESSIBLE_BOOT_DEVICE|0xc0000098|No bootable device');

/** a system date with the day in it ("2025-03-04 09:14", "04-Mar-2025 09:14", "Mar 4, 2025 9:14 AM") */
export function datedStamp(r: Rng): string {
  const t = randomDate(r, 2024, 2026);
  const h = r.int(0, 23);
  const mi = p2(r.int(0, 59));
  const mon = MONTH_NAMES[t.m - 1]!.slice(0, 3);
  return r.pick([
    () => `${t.y}-${p2(t.m)}-${p2(t.d)} ${p2(h)}:${mi}`,
    () => `${p2(t.d)}-${mon}-${t.y} ${p2(h)}:${mi}`,
    () => `${mon} ${t.d}, ${t.y} ${((h + 11) % 12) + 1}:${mi} ${h < 12 ? 'AM' : 'PM'}`,
    () => `${t.m}/${t.d}/${t.y} ${p2(h)}${mi}`,
  ])();
}

/** a change window on one day: "2025-03-04 22:00 to 23:30" */
export function changeWindow(r: Rng): [string, string] {
  const t = randomDate(r, 2024, 2026);
  const h = r.int(18, 22);
  const day = r.chance(0.5) ? `${t.y}-${p2(t.m)}-${p2(t.d)}` : `${p2(t.d)}-${MONTH_NAMES[t.m - 1]!.slice(0, 3)}-${t.y}`;
  return [`${day} ${p2(h)}:00`, `${p2(h + r.int(1, 2))}:${r.pick(['00', '30'])}`];
}

/** a schedule week, "3/10 - 3/16" (schedule dates, not PHI: unlabelled) */
export function weekRange(r: Rng): string {
  const t = randomDate(r, 2025, 2026);
  const end = new Date(Date.UTC(t.y, t.m - 1, t.d + 6));
  return `${t.m}/${t.d} - ${end.getUTCMonth() + 1}/${end.getUTCDate()}`;
}

/**
 * Capitalised common words from the same pool, used as words. Each entry is a sentence and the
 * phrase to keep (the phrase carries the next word, so only the ordinary use is counted).
 */
export type CommonKind = 'issue' | 'request';
export const COMMON_E: [string, string, CommonKind][] = [
  ['Will call window label printer is jammed again too.', 'Will call window', 'issue'],
  ['Grant access to the shared mailbox as well.', 'Grant access', 'request'],
  ['Bill pay in the portal shows a blank page as well.', 'Bill pay', 'issue'],
  ['Summer hours start Monday, so the desk closes at 4.', 'Summer hours', 'request'],
  ['The Forest Hill clinic has the same problem.', 'Forest Hill clinic', 'issue'],
  ['Chase Bank remote deposit scanner is not affected.', 'Chase Bank', 'issue'],
  ['Price Transparency file did not publish last night either.', 'Price Transparency', 'issue'],
  ['Young Adult Clinic front desk is asking too.', 'Young Adult Clinic', 'issue'],
  ['Fisher Scientific punch-out in procurement also fails.', 'Fisher Scientific', 'issue'],
  ['Mercy Flight dispatch uses the same line.', 'Mercy Flight', 'issue'],
  ['Porter dispatch cannot see the queue either.', 'Porter dispatch', 'issue'],
  ['Golden Hour order set is unaffected.', 'Golden Hour', 'issue'],
  ['Glass break sensor at the east door chirps too.', 'Glass break', 'issue'],
  ['Snow day staffing plan is on the same share.', 'Snow day', 'request'],
  ['Royal blue lanyards are for the new contractors.', 'Royal blue', 'request'],
  ['Duke Energy did a switchover overnight, might be related.', 'Duke Energy', 'issue'],
  ['Miles reimbursement form is also missing from the intranet.', 'Miles reimbursement', 'request'],
  ['Crystal Lake campus is not affected.', 'Crystal Lake campus', 'issue'],
  ['Holly Pavilion lobby kiosk works fine.', 'Holly Pavilion', 'issue'],
  ['Sage 300 export runs fine.', 'Sage 300', 'issue'],
  ['Faith Community Nursing team shares that printer.', 'Faith Community Nursing', 'issue'],
  ['Stone Ridge urgent care reports the same.', 'Stone Ridge urgent care', 'issue'],
  ['Frost advisory closed the outreach van today, so no rush there.', 'Frost advisory', 'request'],
  ['Honor Flight visitors use the guest Wi-Fi too.', 'Honor Flight', 'issue'],
  ['Rocky Mount clinic has the same printer model.', 'Rocky Mount clinic', 'issue'],
  ['Patience is wearing thin on the unit, this is the third time.', 'Patience is wearing', 'issue'],
  ['Bill the cost center on the form, not the department.', 'Bill the cost center', 'request'],
  ['Will they need VPN too, or only Citrix?', 'Will they need', 'request'],
];
