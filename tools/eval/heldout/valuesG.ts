// Values for template family G: a hand-written name pool of its own (Vietnamese, Filipino, Indonesian,
// Malay, Nepali, Sinhala and Sri Lankan Tamil, Pashto/Dari, Uzbek, Kazakh, Ukrainian/Russian with
// patronymics, Polish, Hungarian, Dutch with tussenvoegsels, Portuguese multi-part, Cape Verdean,
// Hawaiian, Hausa, Akan day names, Hebrew, Gujarati, Telugu, US names that are English or brand words)
// with a gender for each given name and the forms each tradition is written in; names in their own
// script; a per-ticket reservation so that a name never collides with a common word or product used
// as a word in the same ticket; dates, spoken dates and system stamps tied to one "now" per ticket;
// addresses in towns and streets of their own; identifiers (member ids, claim numbers, RPM device
// serials, badges); and the keep lists (products, departments, error codes, common words).
// Written without looking at the other families' value files or at the redactor.

import type { Rng } from './random.js';
import type { KeepType, Ticket } from './ticket.js';
import { luhnDigit, randomDate, type Ymd } from './values.js';

// ---- names ----------------------------------------------------------------------------------------

export type Gender = 'f' | 'm';

export interface PersonG {
  trad: string;
  g: Gender;
  /** the given name(s) as the person writes them: "Maria da Conceição", "Venkata Lakshmi Narasimha Rao" */
  given: string;
  /** the family name(s): "Sousa Lopes", "van der Meulen"; '' for a person with a single name */
  surname: string;
  /** Vietnamese middle, Filipino mother's surname, East Slavic patronymic, Gujarati father's name */
  middle?: string;
  /** initials written before the name (Sinhala "W. M.") */
  pre?: string;
  /** Malay bin/binti */
  conn?: string;
  /** family name first in the native order (Vietnamese, Hungarian, Chinese, Japanese) */
  famFirst: boolean;
  /** the name in its own script, written as the person writes it */
  native?: string;
}

interface Trad {
  key: string;
  w: number;
  f: string[];
  m: string[];
  /** surnames; "Masc/Fem" pairs give the form by gender */
  s: string[];
  famFirst?: boolean;
  /** single names (Indonesian, Afghan), with a gender, used with probability monoP */
  mono?: [string, Gender][];
  monoP?: number;
  mid?: (r: Rng, g: Gender, t: Trad) => string | undefined;
  pre?: (r: Rng) => string | undefined;
  conn?: boolean;
}

const w = (s: string): string[] =>
  s
    .split('|')
    .map((x) => x.trim())
    .filter(Boolean);

const PATRONYMICS: [string, string][] = [
  ['Petrivna', 'Petrovych'],
  ['Ivanivna', 'Ivanovych'],
  ['Mykolaivna', 'Mykolaiovych'],
  ['Serhiivna', 'Serhiiovych'],
  ['Andriivna', 'Andriiovych'],
  ['Vladimirovna', 'Vladimirovich'],
  ['Nikolaevna', 'Nikolaevich'],
  ['Sergeevna', 'Sergeevich'],
  ['Viktorovna', 'Viktorovich'],
  ['Hryhorivna', 'Hryhorovych'],
];

const TRADS: Trad[] = [
  {
    key: 'vietnamese',
    w: 2,
    famFirst: true,
    f: w('Hằng|Huyền|Nhung|Yến|Hạnh|Ngân|Diễm|Thủy'),
    m: w('Quang|Khánh|Lộc|Phúc|Cường|Thịnh|Nghĩa|Toàn'),
    s: w('Dương|Lương|Vương|Lâm|Đinh|Phan|Cao|Châu|Quách|Kiều'),
    mid: (r, g) => r.pick(g === 'f' ? ['Thị', 'Thị Thu', 'Ngọc', 'Thị Bích', 'Kim'] : ['Văn', 'Đức', 'Minh', 'Quốc', 'Hữu']),
  },
  {
    key: 'filipino',
    w: 2,
    f: w('Rowena|Maricel|Jocelyn|Marites|Analyn|Lorelei|Jhoanna'),
    m: w('Arnel|Rodelio|Ronaldo|Jerico|Reynaldo|Dindo'),
    s: w('Dimaculangan|Macapagal|Pangilinan|Magbanua|Tolentino|Manalo|Panganiban|Dizon|Sison|Dela Rosa|Bacani|Lacson'),
    mid: (r, _g, t) => (r.chance(0.6) ? r.pick(t.s) : undefined),
  },
  {
    key: 'indonesian',
    w: 1,
    f: w('Dewi|Sri Wahyuni|Kadek Ayu|Ratna|Indah'),
    m: w('Budi|Agus|Hendra|Bambang|Wayan'),
    s: w('Setiawan|Wibowo|Kusumawati|Hartono|Nugroho|Siregar|Simanjuntak|Nasution'),
    mono: [
      ['Sukarni', 'f'],
      ['Suparman', 'm'],
      ['Sumiati', 'f'],
      ['Wagiman', 'm'],
      ['Tukiyem', 'f'],
    ],
    monoP: 0.35,
  },
  {
    key: 'malay',
    w: 1,
    f: w('Nurul Aisyah|Siti Nurhaliza|Nur Farhana|Noor Azizah'),
    m: w('Muhammad Hafiz|Ahmad Faizal|Mohd Azlan|Khairul Anuar'),
    s: w('Rahman|Ismail|Osman|Yusof|Zainal|Hamzah'),
    conn: true,
  },
  {
    key: 'nepali',
    w: 1.5,
    f: w('Sabitra|Laxmi|Sarita|Kamala|Bimala'),
    m: w('Bishnu|Pemba|Dawa|Gyanendra|Ngima|Rudra'),
    s: w('Shrestha|Gurung|Tamang|Sherpa|Adhikari|Bhandari|Maharjan|Khadka|Poudel|Thapa Magar'),
  },
  {
    key: 'sinhala',
    w: 1,
    f: w('Nirosha|Dilrukshi|Sanduni|Chathurika|Nadeesha|Kumudini'),
    m: w('Chaminda|Tharindu|Kasun|Lasantha|Ruwan|Upul'),
    s: w(
      'Wickramasinghe|Jayawardena|Senanayake|Gunawardena|Dissanayake|Weerasooriya|Wijeratne|Ekanayake|Abeysekera|' +
        'Hettiarachchi|Karunaratne|Wanniarachchi'
    ),
    pre: (r) => (r.chance(0.35) ? r.pick(['W. M.', 'H. M.', 'K. A.', 'R. M.', 'M. G.']) : undefined),
  },
  {
    key: 'sltamil',
    w: 1,
    f: w('Tharshika|Vithusha|Mathivathani|Kalaivani'),
    m: w('Kajendran|Sivakumar|Nirojan|Thushyanthan|Jeyakumar'),
    s: w('Thirunavukkarasu|Sivapalan|Kanagasabai|Ponnuthurai|Selvanayagam|Balachandran|Arulanantham'),
  },
  {
    key: 'afghan',
    w: 1.5,
    f: w('Gulalai|Zarmina|Mursal|Shabnam|Palwasha|Fereshta'),
    m: w('Naqibullah|Wahidullah|Habibullah|Ahmad Zia|Sayed Jalal|Rahmatullah'),
    s: w('Popalzai|Ahmadzai|Stanikzai|Wardak|Hotak|Sultani|Noorzai|Mohmand|Karimi|Sadat'),
    mono: [
      ['Gulalai', 'f'],
      ['Naqibullah', 'm'],
      ['Shabnam', 'f'],
      ['Wahidullah', 'm'],
    ],
    monoP: 0.25,
  },
  {
    key: 'uzbek',
    w: 1,
    f: w('Dilnoza|Gulnora|Nodira|Mavluda|Shahnoza'),
    m: w('Sherzod|Jasur|Bekzod|Otabek|Ulugbek'),
    s: w('Rakhimov/Rakhimova|Tursunov/Tursunova|Ergashev/Ergasheva|Mirzaev/Mirzaeva|Yusupov/Yusupova|Khodjaev/Khodjaeva'),
  },
  {
    key: 'kazakh',
    w: 1,
    f: w('Aigerim|Zhanar|Saule|Gulmira|Dinara'),
    m: w('Nursultan|Yerlan|Askar|Daulet|Yerbol'),
    s: w('Zhaksylykov/Zhaksylykova|Abenov/Abenova|Seitkali|Bekmukhambetov/Bekmukhambetova|Nurlanuly/Nurlankyzy|Iskakov/Iskakova'),
  },
  {
    key: 'eastslavic',
    w: 2.5,
    f: w('Oksana|Halyna|Svitlana|Nadiya|Lyudmila|Tatyana|Iryna|Larysa'),
    m: w('Taras|Yaroslav|Dmytro|Anatoliy|Vyacheslav|Yevhen|Mykhailo|Serhiy'),
    s: w(
      'Hrytsenko|Melnychuk|Tkachenko|Lysenko|Savchuk|Shevchuk|Marchenko|Kostenko|Ostapchuk|Pavlenko|' +
        'Vorobyov/Vorobyova|Zaitsev/Zaitseva|Belousov/Belousova|Golubev/Golubeva|Trofimov/Trofimova'
    ),
    mid: (r, g) => {
      const p = r.pick(PATRONYMICS);
      return r.chance(0.9) ? (g === 'f' ? p[0] : p[1]) : undefined;
    },
  },
  {
    key: 'polish',
    w: 1,
    f: w('Agnieszka|Jadwiga|Grażyna|Halina|Dorota'),
    m: w('Przemysław|Krzysztof|Mirosław|Tadeusz|Ryszard'),
    s: w('Szczepański/Szczepańska|Wróblewski/Wróblewska|Dąbrowski/Dąbrowska|Chmielewski/Chmielewska|Krawczyk|Pietrzak|Grzelak|Kaczmarek'),
  },
  {
    key: 'hungarian',
    w: 1,
    famFirst: true,
    f: w('Ágnes|Réka|Enikő|Tünde|Piroska'),
    m: w('Bence|Levente|Csaba|Gyula|Imre'),
    s: w('Varga|Balogh|Papp|Takács|Juhász|Mészáros|Oláh|Fekete|Lakatos'),
  },
  {
    key: 'dutch',
    w: 1.5,
    f: w('Sanne|Maartje|Anouk|Lieke|Geertje'),
    m: w('Joost|Bram|Thijs|Wouter|Gerrit'),
    s: w('van der Meulen|ter Steege|de Groot|van Dijk|van der Veen|de Haan|Verhoeven|van Beek|Bosma|de Jong|van Leeuwen'),
  },
  {
    key: 'portuguese',
    w: 1.5,
    f: w('Maria da Conceição|Ana Rita|Maria de Fátima|Inês Sofia|Maria João'),
    m: w('João Pedro|Luís Filipe|Rui Miguel|Nuno Tiago|José Carlos'),
    s: w('Sousa Lopes|Gonçalves Antunes|Pires Marques|Carvalho Nunes|Figueiredo Matos|Rebelo Pinto|Vasconcelos Teixeira|Coelho da Silva'),
  },
  {
    key: 'capeverdean',
    w: 1,
    f: w('Djénaba|Ivone|Elisângela|Zenaida|Arlinda'),
    m: w('Nilton|Edmilson|Adilson|Ailton|Jailson'),
    s: w('Tavares|Semedo|Furtado|Varela|Monteiro|Fortes|Barbosa|Delgado'),
  },
  {
    key: 'hawaiian',
    w: 1,
    f: w('Keʻalohilani|Noelani|Pualani|Haunani|Leimomi'),
    m: w('Kainoa|Makana|Kaleo|Kekoa|Kapono'),
    s: w('Kamakau|Nāone|Kanahele|Kahalewai|Kekumu|Keawe|Kaʻaihue|Nakoa'),
  },
  {
    key: 'hausa',
    w: 1,
    f: w('Hauwa|Hadiza|Maryam|Jamila|Binta'),
    m: w('Abubakar|Usman|Suleiman|Garba|Aminu'),
    s: w('Danjuma|Abdullahi|Yakubu|Lawal|Shehu|Dikko|Maikano|Bala'),
  },
  {
    key: 'akan',
    w: 1.5,
    f: w('Akosua|Yaa|Adwoa|Afua|Akua|Efua'),
    m: w('Kwesi|Ekow|Kojo|Kwaku|Kwadwo|Kobina'),
    s: w('Appiah|Ofori-Atta|Darko|Amoako|Quaye|Tetteh|Nkansah|Gyamfi|Acheampong|Bonsu'),
  },
  {
    key: 'hebrew',
    w: 1,
    f: w('Shira|Tzipora|Rivka|Chaya|Devorah'),
    m: w('Yehuda|Avraham|Moshe|Eliezer|Menachem'),
    s: w('Rabinowitz|Halberstam|Goldfarb|Teitelbaum|Mizrahi|Ben-Ami|Horowitz|Perlmutter|Schachter'),
  },
  {
    key: 'gujarati',
    w: 1,
    f: w('Hetalben|Parulben|Nirali|Krupa|Daxaben'),
    m: w('Bhavikkumar|Jigneshkumar|Dhrumil|Mitesh|Alpesh'),
    s: w('Vaghela|Solanki|Prajapati|Makwana|Thakkar|Chaudhari'),
    mid: (r) => (r.chance(0.7) ? r.pick(['Rameshbhai', 'Kantilal', 'Dineshbhai', 'Jayantilal', 'Natvarlal', 'Hasmukhbhai']) : undefined),
  },
  {
    key: 'telugu',
    w: 1,
    f: w('Sai Lalitha|Sai Sravani|Durga Bhavani|Naga Sirisha'),
    m: w('Venkata Lakshmi Narasimha Rao|Srinivasa Rao|Naga Sai Kiran|Chandrasekhar|Subbarayudu'),
    s: w('Yerramsetti|Kommineni|Gollapudi|Tummala|Bhimavarapu|Chilukuri|Peddireddy|Nandamuri'),
  },
  {
    key: 'uswords',
    w: 6,
    f: w('Penny|Lyric|Story|Justice|Angel'),
    m: w('Sterling|Forrest|Chance|Marshal|Rebel|Dell|Cash|Ford|Royal'),
    s: w('Ford|Banks|Marsh|Battle|Cash|Gates|Mills|Fields|Moody|Rush|Swift|Lamb|Dell|Sterling|Penny|Story'),
  },
  {
    key: 'usplain',
    w: 1.5,
    f: w('Tonya|Kimberly|LaToya|Shaniqua|Brandi'),
    m: w('Jarrod|Dakota|Tyrone|Brandon|Wyatt'),
    s: w('Pruitt|Dunbar|Stallings|McCutcheon|Whitehead|Boudreaux|Yoder'),
  },
];

/** people whose names are also written in their own script (interpreter requests, outside records) */
export const NATIVE_G: PersonG[] = [
  { trad: 'chinese', g: 'f', given: 'Lijuan', surname: 'Sun', famFirst: true, native: '孙丽娟' },
  { trad: 'chinese', g: 'f', given: 'Shufen', surname: 'Guo', famFirst: true, native: '郭淑芬' },
  { trad: 'chinese', g: 'm', given: 'Jianguo', surname: 'Lin', famFirst: true, native: '林建国' },
  { trad: 'chinese', g: 'f', given: 'Yating', surname: 'Deng', famFirst: true, native: '邓雅婷' },
  { trad: 'chinese', g: 'm', given: 'Wenjie', surname: 'Liang', famFirst: true, native: '梁文杰' },
  { trad: 'chinese', g: 'f', given: 'Xiulan', surname: 'Cao', famFirst: true, native: '曹秀兰' },
  { trad: 'japanese', g: 'f', given: 'Keiko', surname: 'Nakamura', famFirst: true, native: '中村 恵子' },
  { trad: 'japanese', g: 'm', given: 'Koji', surname: 'Ishikawa', famFirst: true, native: '石川 浩二' },
  { trad: 'japanese', g: 'f', given: 'Chihiro', surname: 'Morita', famFirst: true, native: '森田 千尋' },
  { trad: 'russian', g: 'f', given: 'Lyudmila', surname: 'Golubeva', famFirst: false, native: 'Людмила Голубева' },
  { trad: 'ukrainian', g: 'm', given: 'Taras', surname: 'Ostapchuk', famFirst: false, native: 'Тарас Остапчук' },
  { trad: 'nepali', g: 'f', given: 'Sarita', surname: 'Gurung', famFirst: false, native: 'सरिता गुरुङ' },
  { trad: 'nepali', g: 'm', given: 'Bishnu', surname: 'Shrestha', famFirst: false, native: 'बिष्णु श्रेष्ठ' },
  { trad: 'pashto', g: 'f', given: 'Gulalai', surname: 'Ahmadzai', famFirst: false, native: 'ګلالۍ احمدزۍ' },
  { trad: 'dari', g: 'm', given: 'Habibullah', surname: 'Karimi', famFirst: false, native: 'حبیب الله کریمی' },
  { trad: 'tamil', g: 'f', given: 'Tharshika', surname: 'Sivapalan', famFirst: false, native: 'தர்ஷிகா சிவபாலன்' },
  { trad: 'hebrew', g: 'm', given: 'Moshe', surname: 'Halberstam', famFirst: false, native: 'משה הלברשטם' },
  { trad: 'uzbek', g: 'f', given: 'Dilnoza', surname: 'Yusupova', famFirst: false, native: 'Дилноза Юсупова' },
  { trad: 'kazakh', g: 'f', given: 'Aigerim', surname: 'Abenova', famFirst: false, native: 'Айгерім Әбенова' },
];

export const POOL_SIZES = (() => {
  const given = new Set<string>();
  const sur = new Set<string>();
  for (const t of TRADS) {
    for (const g of [...t.f, ...t.m, ...(t.mono ?? []).map((x) => x[0])]) given.add(g);
    for (const s of t.s) for (const x of s.split('/')) sur.add(x);
  }
  for (const p of NATIVE_G) {
    given.add(p.given);
    sur.add(p.surname);
  }
  return { given: given.size, surnames: sur.size };
})();

/** diacritics, ʻokina and macrons stripped, as registration systems and EDI store names */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/[ʻ’']/g, '')
    .normalize('NFC');
}
const up = (s: string): string => fold(s).toUpperCase();
export const asciiLower = (s: string): string => fold(s).toLowerCase().replace(/[^a-z]/g, '');
const firstWord = (s: string): string => s.split(' ')[0] ?? s;
const lastWord = (s: string): string => s.split(' ').at(-1) ?? s;

const SKIP_CALL = new Set(['Muhammad', 'Mohd', 'Nur', 'Nurul', 'Siti', 'Noor', 'Ahmad', 'Sayed', 'Venkata', 'Naga', 'Sai', 'Sri', 'Kadek']);

/** the name colleagues use: "Nhung", "Faizal", "Lakshmi", "Conceição" */
export function callName(p: PersonG): string {
  const parts = p.given.split(' ');
  if (p.trad === 'portuguese' && parts[0] === 'Maria' && parts.length > 1) return lastWord(p.given);
  for (const x of parts) if (!SKIP_CALL.has(x)) return x;
  return parts.at(-1) ?? p.given;
}

/** the full name in the person's own order */
export function fullName(p: PersonG): string {
  if (!p.surname) return p.given;
  if (p.famFirst) return [p.surname, p.middle, p.given].filter(Boolean).join(' ');
  if (p.conn) return `${p.given} ${p.conn} ${p.surname}`;
  return [p.pre, p.given, p.middle, p.surname].filter(Boolean).join(' ');
}

/** given name(s) then surname, no middle: "Nhung Dương", "Oksana Hrytsenko" */
export function westName(p: PersonG): string {
  return p.surname ? `${p.given} ${p.surname}` : p.given;
}

/** the everyday short form: call name and last surname word (Dutch surnames stay whole) */
export function shortName(p: PersonG): string {
  if (!p.surname) return p.given;
  const s = p.trad === 'portuguese' || p.trad === 'capeverdean' ? lastWord(p.surname) : p.surname;
  const g = p.trad === 'portuguese' ? firstWord(p.given) : p.trad === 'vietnamese' || p.trad === 'hungarian' ? p.given : callName(p);
  return `${g} ${s}`;
}

const initials = (s: string): string =>
  s
    .split(' ')
    .map((x) => `${x[0]}.`)
    .join(' ');

/** a second way the tradition writes the name (passport order, initials, folded, particle last) */
export function altName(p: PersonG): string {
  if (!p.surname) return up(p.given);
  switch (p.trad) {
    case 'vietnamese':
      return `${fold(p.given)} ${fold(p.surname)}`;
    case 'eastslavic':
      return [p.surname, p.given, p.middle].filter(Boolean).join(' ');
    case 'hungarian':
      return `${p.given} ${p.surname}`;
    case 'portuguese':
    case 'capeverdean':
      return shortName(p);
    case 'telugu': {
      const gw = p.given.split(' ');
      if (gw.length === 2) return `${p.surname[0]}. ${initials(gw[0]!)} ${gw[1]!}`;
      return `${p.given} ${p.surname[0]}`;
    }
    case 'sinhala':
      return `${p.pre ? p.pre + ' ' : ''}${initials(p.given)} ${p.surname}`;
    case 'sltamil':
      return `${p.surname[0]}. ${p.given}`;
    case 'malay':
      return `${p.given} ${p.surname}`;
    case 'filipino':
      return p.middle ? `${p.given} ${p.middle[0]}. ${p.surname}` : `${p.given} ${p.surname}`;
    case 'gujarati':
      return [p.surname, p.given, p.middle].filter(Boolean).join(' ');
    case 'dutch': {
      const m = /^((?:[a-z]+ )+)(.+)$/.exec(p.surname);
      return m ? `${m[2]}, ${p.given} ${m[1]!.trim()}` : `${p.surname}, ${p.given}`;
    }
    case 'hawaiian':
      return `${fold(p.given)} ${fold(p.surname)}`;
    default:
      return `${p.surname}, ${p.given}`;
  }
}

export type Form = 'full' | 'west' | 'WEST' | 'short' | 'call' | 'sur' | 'lf' | 'LF' | 'epic' | 'hl7' | 'edi' | 'alt' | 'initial' | 'native';

const midInitial = (p: PersonG): string => (p.middle && !p.famFirst ? ` ${up(p.middle)[0]}` : '');

/** a person's name written in a form, labelled PERSON as written; single names get their placeholder (FNU) outside the label */
export function nm(t: Ticket, p: PersonG, form: Form, cs: 'as' | 'upper' | 'lower' = 'as'): string {
  const c = (s: string): string => (cs === 'upper' ? s.toUpperCase() : cs === 'lower' ? s.toLowerCase() : s);
  if (!p.surname) {
    const v = form === 'lf' || form === 'full' || form === 'west' || form === 'short' || form === 'call' || form === 'sur' ? p.given : up(p.given);
    const sep = { lf: ', ', LF: ', ', epic: ',', hl7: '^', edi: '*' } as Record<string, string>;
    const s = sep[form];
    const name = t.p('PERSON', c(v));
    return s ? `${name}${s}${form === 'lf' ? 'Fnu' : 'FNU'}` : name;
  }
  let s: string;
  switch (form) {
    case 'full':
      s = fullName(p);
      break;
    case 'west':
      s = westName(p);
      break;
    case 'WEST':
      s = up(westName(p));
      break;
    case 'short':
      s = shortName(p);
      break;
    case 'call':
      s = callName(p);
      break;
    case 'sur':
      s = p.surname;
      break;
    case 'lf':
      s = `${p.surname}, ${p.given}`;
      break;
    case 'LF':
      s = `${up(p.surname)}, ${up(p.given)}${midInitial(p)}`;
      break;
    case 'epic':
      s = `${up(p.surname)},${up(p.given)}${midInitial(p)}`;
      break;
    case 'hl7':
      s = `${up(p.surname)}^${up(p.given)}`;
      break;
    case 'edi':
      s = `${up(p.surname)}*${up(p.given)}`;
      break;
    case 'alt':
      s = altName(p);
      break;
    case 'initial':
      s = `${p.given[0]}. ${p.surname}`;
      break;
    case 'native':
      s = p.native ?? fullName(p);
      break;
  }
  return t.p('PERSON', c(s));
}

// ---- per-ticket reservation -----------------------------------------------------------------------

const PARTICLES = new Set(['de', 'la', 'del', 'della', 'van', 'der', 'von', 'da', 'di', 'du', 'le', 'den', 'dos', 'das', 'y', 'ten', 'ter']);
const wordsOf = (s: string): string[] =>
  s
    .toLowerCase()
    .split(/[^\p{L}\p{M}]+/u)
    .filter((x) => x.length >= 2 && !PARTICLES.has(x));

function personWords(p: PersonG): string[] {
  const out = new Set<string>();
  for (const s of [fullName(p), altName(p), shortName(p), westName(p), p.native ?? '']) {
    for (const x of wordsOf(s)) {
      out.add(x);
      for (const y of wordsOf(fold(x))) out.add(y);
    }
  }
  return [...out];
}

/** every word that is a name part somewhere in the pool (for the keep pickers) */
const POOL_WORDS: Set<string> = (() => {
  const s = new Set<string>();
  for (const t of TRADS) for (const x of [...t.f, ...t.m, ...t.s, ...(t.mono ?? []).map((m) => m[0])]) for (const y of wordsOf(x.replace('/', ' '))) s.add(y);
  return s;
})();

interface State {
  parts: Set<string>;
  reserved: Set<string>;
  now?: number;
}
const STATES = new WeakMap<Ticket, State>();
function st(t: Ticket): State {
  let s = STATES.get(t);
  if (!s) STATES.set(t, (s = { parts: new Set(), reserved: new Set() }));
  return s;
}

/** words the ticket uses as ordinary words: no person drawn afterwards has them as a name part */
export function reserve(t: Ticket, ...words: string[]): void {
  for (const x of words) for (const y of wordsOf(x)) st(t).reserved.add(y);
}

/** true when a keep value would collide with a name part already drawn */
function clashes(t: Ticket, value: string): boolean {
  return wordsOf(value).some((x) => st(t).parts.has(x));
}

/** pick a keep value that shares no word with the ticket's names, reserve its name-like words and record it */
export function keepPick(t: Ticket, type: KeepType, list: readonly string[]): string {
  const ok = list.filter((v) => !clashes(t, v));
  const v = t.r.pick(ok.length ? ok : list);
  reserve(t, ...wordsOf(v).filter((x) => POOL_WORDS.has(x)));
  return t.k(type, v);
}

function drawPerson(r: Rng, o: PersonOpts): PersonG {
  let tr: Trad;
  if (o.trad) {
    const list = TRADS.filter((x) => o.trad!.includes(x.key));
    tr = r.pick(list.length ? list : TRADS);
  } else {
    const total = TRADS.reduce((n, x) => n + x.w, 0);
    let x = r.next() * total;
    tr = TRADS[TRADS.length - 1]!;
    for (const c of TRADS) {
      x -= c.w;
      if (x < 0) {
        tr = c;
        break;
      }
    }
  }
  if (tr.mono && r.chance(tr.monoP ?? 0) && !o.noMono) {
    const [given, g] = r.pick(tr.mono);
    return { trad: tr.key, g, given, surname: '', famFirst: false };
  }
  const g: Gender = o.g ?? (r.chance(0.5) ? 'f' : 'm');
  const given = r.pick(g === 'f' ? tr.f : tr.m);
  const sRaw = r.pick(tr.s);
  const [masc, fem] = sRaw.split('/') as [string, string | undefined];
  let surname = g === 'f' && fem ? fem : masc;
  if (surname === given) surname = tr.s.find((x) => x !== given && !x.includes('/')) ?? surname;
  const p: PersonG = { trad: tr.key, g, given, surname, famFirst: !!tr.famFirst };
  const mid = tr.mid?.(r, g, tr);
  if (mid && mid !== surname) p.middle = mid;
  const pre = tr.pre?.(r);
  if (pre) p.pre = pre;
  if (tr.conn) p.conn = g === 'f' ? 'binti' : 'bin';
  return p;
}

export interface PersonOpts {
  trad?: string[];
  g?: Gender;
  noMono?: boolean;
}

/** a person whose name parts collide with no reserved word and no other person of the ticket */
export function person(t: Ticket, o: PersonOpts = {}): PersonG {
  const s = st(t);
  let p = drawPerson(t.r, o);
  for (let i = 0; i < 60; i++) {
    const ws = personWords(p);
    if (!ws.some((x) => s.reserved.has(x) || s.parts.has(x))) break;
    p = drawPerson(t.r, o);
  }
  for (const x of personWords(p)) s.parts.add(x);
  return p;
}

type Tuple<T, N extends number, R extends T[] = []> = number extends N ? T[] : R['length'] extends N ? R : Tuple<T, N, [T, ...R]>;

/** n people (a tuple when n is a literal) */
export function people<N extends number>(t: Ticket, n: N, o: PersonOpts = {}): Tuple<PersonG, N> {
  return Array.from({ length: n }, () => person(t, o)) as Tuple<PersonG, N>;
}

/** someone whose name is also written in its own script */
export function nativePerson(t: Ticket): PersonG {
  const s = st(t);
  const ok = NATIVE_G.filter((p) => !personWords(p).some((x) => s.reserved.has(x) || s.parts.has(x)));
  const p = { ...t.r.pick(ok.length ? ok : NATIVE_G) };
  for (const x of personWords(p)) s.parts.add(x);
  return p;
}

/** pronoun set */
export const pron = (p: PersonG): { sub: string; obj: string; pos: string } =>
  p.g === 'f' ? { sub: 'she', obj: 'her', pos: 'her' } : { sub: 'he', obj: 'him', pos: 'his' };

// ---- e-mail, logins, badges ------------------------------------------------------------------------

const FREEMAIL_G = ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'hotmail.com', 'aol.com', 'protonmail.com', 'live.com', 'msn.com', 'mail.com', 'ymail.com', 'comcast.net'];

const gPart = (p: PersonG): string => asciiLower(callName(p)) || 'x';
const sPart = (p: PersonG): string => asciiLower(p.surname ? lastWord(p.surname) : p.given) || 'y';
const sAll = (p: PersonG): string => asciiLower(p.surname || p.given) || 'y';

export function homeEmailValue(r: Rng, p: PersonG): string {
  const local = r.pick([
    () => `${gPart(p)}.${sPart(p)}${r.int(1, 99)}`,
    () => `${gPart(p)}${sAll(p)}`,
    () => `${sPart(p)}.${gPart(p)}`,
    () => `${gPart(p)[0]}${sAll(p)}${r.int(60, 99)}`,
    () => `${gPart(p)}_${r.int(1960, 2006)}`,
    () => `${gPart(p)}.${sPart(p)[0]}.${r.int(10, 99)}`,
  ])();
  return `${local}@${r.pick(FREEMAIL_G)}`;
}
export const homeEmail = (t: Ticket, p: PersonG): string => t.p('EMAIL', homeEmailValue(t.r, p));

export function workEmailValue(r: Rng, p: PersonG, domain: string): string {
  const local = r.pick([`${gPart(p)}.${sAll(p)}`, `${gPart(p)[0]}${sAll(p)}`, `${gPart(p)}.${sPart(p)}${r.int(2, 9)}`, `${sAll(p)}.${gPart(p)}`]);
  return `${local}@${domain}`;
}
export const workEmail = (t: Ticket, p: PersonG): string => t.p('EMAIL', workEmailValue(t.r, p, t.org.domain));

export function loginValue(r: Rng, p: PersonG): string {
  return r.pick([
    () => `${gPart(p)[0]}${sAll(p)}`.slice(0, 10),
    () => `${sAll(p).slice(0, 7)}${gPart(p)[0]}`,
    () => `${gPart(p)}.${sPart(p)}`,
    () => `${r.pick(['e', 'u', 'n', 'c'])}${r.digits(6)}`,
    () => `${sPart(p).slice(0, 5)}${gPart(p).slice(0, 2)}${r.int(1, 9)}`,
  ])();
}
/** a login, bare or with the AD domain */
export function login(t: Ticket, p: PersonG, domain: 'maybe' | 'never' | 'always' = 'maybe'): string {
  const bare = loginValue(t.r, p);
  const d = domain === 'always' || (domain === 'maybe' && t.r.chance(0.3));
  return t.p('USERNAME', d ? `${t.org.prefix.toUpperCase()}\\${bare}` : bare);
}
export const badge = (t: Ticket): string => t.p('USERNAME', t.r.pick([t.r.digits(6), `${t.r.int(1, 9)}${t.r.digits(4)}`, `B${t.r.digits(6)}`]));
export const empId = (t: Ticket): string => t.p('USERNAME', t.r.pick([`E${t.r.digits(6)}`, `${t.r.int(1, 9)}${t.r.digits(5)}`, `EMP-${t.r.digits(5)}`]));

// ---- dates ---------------------------------------------------------------------------------------

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const HU_MONTHS = ['január', 'február', 'március', 'április', 'május', 'június', 'július', 'augusztus', 'szeptember', 'október', 'november', 'december'];
const p2 = (n: number): string => String(n).padStart(2, '0');

export function birth(r: Rng, from = 1932, to = 2021): Ymd {
  return randomDate(r, from, to);
}

export type DateShape = 'us' | 'us1' | 'usy' | 'iso' | 'd8' | 'mon' | 'month' | 'dmy' | 'DMY' | 'hu' | 'words' | 'dot';

const ONES = w('zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen');
const TENS = w('x|x|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety');
const ORD = w(
  'x|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|' +
    'seventeenth|eighteenth|nineteenth|twentieth'
);
export function numWords(n: number): string {
  if (n < 20) return ONES[n]!;
  const t = TENS[Math.floor(n / 10)]!;
  return n % 10 ? `${t} ${ONES[n % 10]!}` : t;
}
export function ordWords(n: number): string {
  if (n <= 20) return ORD[n]!;
  if (n === 30) return 'thirtieth';
  return `${TENS[Math.floor(n / 10)]!} ${ORD[n % 10]!}`;
}
export function yearWords(y: number): string {
  const yy = y % 100;
  if (y >= 2000 && y < 2010) return yy ? `two thousand ${ONES[yy]!}` : 'two thousand';
  const head = numWords(Math.floor(y / 100));
  return yy === 0 ? `${head} hundred` : yy < 10 ? `${head} oh ${ONES[yy]!}` : `${head} ${numWords(yy)}`;
}
/** digits read one by one ("five oh three") */
export function digitWords(r: Rng, s: string): string {
  const oh = r.chance(0.5);
  return s
    .replace(/\D/g, '')
    .split('')
    .map((d) => (d === '0' && oh ? 'oh' : ONES[Number(d)]!))
    .join(' ');
}

export function fd(d: Ymd, shape: DateShape): string {
  const mon = MONTHS[d.m - 1]!;
  switch (shape) {
    case 'us':
      return `${p2(d.m)}/${p2(d.d)}/${d.y}`;
    case 'us1':
      return `${d.m}/${d.d}/${d.y}`;
    case 'usy':
      return `${d.m}/${d.d}/${p2(d.y % 100)}`;
    case 'iso':
      return `${d.y}-${p2(d.m)}-${p2(d.d)}`;
    case 'd8':
      return `${d.y}${p2(d.m)}${p2(d.d)}`;
    case 'mon':
      return `${mon.slice(0, 3)} ${d.d}, ${d.y}`;
    case 'month':
      return `${mon} ${d.d}, ${d.y}`;
    case 'dmy':
      return `${p2(d.d)}-${mon.slice(0, 3)}-${d.y}`;
    case 'DMY':
      return `${p2(d.d)}${mon.slice(0, 3).toUpperCase()}${d.y}`;
    case 'hu':
      return `${d.y}. ${HU_MONTHS[d.m - 1]!} ${d.d}.`;
    case 'words':
      return `${mon.toLowerCase()} ${ordWords(d.d)} ${yearWords(d.y)}`;
    case 'dot':
      return `${p2(d.d)}.${p2(d.m)}.${d.y}`;
  }
}
export const anyDate = (r: Rng, d: Ymd): string => fd(d, r.pick(['us', 'us', 'us1', 'usy', 'iso', 'mon', 'month', 'dmy'] as DateShape[]));

// ---- system stamps, one "now" per ticket ------------------------------------------------------------

const DAY = 86_400_000;
export function nowMs(t: Ticket): number {
  const s = st(t);
  if (s.now === undefined) s.now = Date.UTC(t.r.int(2024, 2026), t.r.int(0, 11), t.r.int(1, 28), t.r.int(0, 23), t.r.int(0, 59), t.r.int(0, 59), t.r.int(0, 999));
  return s.now;
}
/** a moment `min` minutes after (or before, negative) the ticket's now */
export const at = (t: Ticket, min = 0): number => (min === 0 ? nowMs(t) : nowMs(t) + Math.round(min * 60_000) + t.r.int(0, 59_999));
const ymdOf = (ms: number): Ymd => {
  const d = new Date(ms);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
};
/** a patient date lo..hi days before the ticket's now */
export const daysAgo = (t: Ticket, lo: number, hi: number): Ymd => ymdOf(nowMs(t) - t.r.int(lo, hi) * DAY);
/** a patient date lo..hi days after the ticket's now */
export const daysAhead = (t: Ticket, lo: number, hi: number): Ymd => ymdOf(nowMs(t) + t.r.int(lo, hi) * DAY);
export const today = (t: Ticket): Ymd => ymdOf(nowMs(t));

export type StampShape =
  | 'isoZ'
  | 'isoZ7'
  | 'isoOff'
  | 'sql'
  | 'splunk'
  | 'syslog'
  | 'cef'
  | 'sysaid'
  | 'chat'
  | 'chat24'
  | 'isa'
  | 'gs'
  | 'epoch'
  | 'win'
  | 'pyxis'
  | 'cda'
  | 'hhmm'
  | 'iis';

export function fs(ms: number, shape: StampShape): string {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const mo = d.getUTCMonth() + 1;
  const da = d.getUTCDate();
  const hh = d.getUTCHours();
  const mi = d.getUTCMinutes();
  const ss = d.getUTCSeconds();
  const msec = d.getUTCMilliseconds();
  const mon = MONTHS[mo - 1]!.slice(0, 3);
  const h12 = ((hh + 11) % 12) + 1;
  const ap = hh < 12 ? 'AM' : 'PM';
  const ms3 = String(msec).padStart(3, '0');
  switch (shape) {
    case 'isoZ':
      return `${y}-${p2(mo)}-${p2(da)}T${p2(hh)}:${p2(mi)}:${p2(ss)}.${ms3}Z`;
    case 'isoZ7':
      return `${y}-${p2(mo)}-${p2(da)}T${p2(hh)}:${p2(mi)}:${p2(ss)}.${ms3}${String((msec * 7919) % 10000).padStart(4, '0')}Z`;
    case 'isoOff':
      return `${y}-${p2(mo)}-${p2(da)}T${p2(hh)}:${p2(mi)}:${p2(ss)}-05:00`;
    case 'sql':
      return `${y}-${p2(mo)}-${p2(da)} ${p2(hh)}:${p2(mi)}:${p2(ss)}.${ms3}`;
    case 'splunk':
      return `${p2(mo)}/${p2(da)}/${y} ${p2(hh)}:${p2(mi)}:${p2(ss)}.${ms3}`;
    case 'syslog':
      return `${mon} ${String(da).padStart(2, ' ')} ${p2(hh)}:${p2(mi)}:${p2(ss)}`;
    case 'cef':
      return `${mon} ${p2(da)} ${y} ${p2(hh)}:${p2(mi)}:${p2(ss)}`;
    case 'sysaid':
      return `${p2(mo)}/${p2(da)}/${y} ${p2(h12)}:${p2(mi)} ${ap}`;
    case 'chat':
      return `${h12}:${p2(mi)} ${ap}`;
    case 'chat24':
      return `${p2(hh)}:${p2(mi)}`;
    case 'isa':
      return `${p2(y % 100)}${p2(mo)}${p2(da)}*${p2(hh)}${p2(mi)}`;
    case 'gs':
      return `${y}${p2(mo)}${p2(da)}*${p2(hh)}${p2(mi)}`;
    case 'epoch':
      return String(ms);
    case 'win':
      return `${mo}/${da}/${y} ${h12}:${p2(mi)}:${p2(ss)} ${ap}`;
    case 'pyxis':
      return `${p2(mo)}/${p2(da)}/${p2(y % 100)} ${p2(hh)}:${p2(mi)}`;
    case 'cda':
      return `${y}${p2(mo)}${p2(da)}${p2(hh)}${p2(mi)}${p2(ss)}-0500`;
    case 'hhmm':
      return `${p2(hh)}${p2(mi)}`;
    case 'iis':
      return `${y}-${p2(mo)}-${p2(da)} ${p2(hh)}:${p2(mi)}:${p2(ss)}`;
  }
}

// ---- addresses -----------------------------------------------------------------------------------

const TOWNS_G: [string, string, string][] = [
  ['Kearney', 'NE', '688'], ['Bozeman', 'MT', '597'], ['Joplin', 'MO', '648'], ['Minot', 'ND', '587'], ['Hattiesburg', 'MS', '394'],
  ['Dothan', 'AL', '363'], ['Lewiston', 'ID', '835'], ['Casper', 'WY', '826'], ['Ithaca', 'NY', '148'], ['Bellingham', 'WA', '982'],
  ['Lodi', 'CA', '952'], ['Altoona', 'PA', '166'], ['Valdosta', 'GA', '316'], ['Texarkana', 'TX', '755'], ['Elko', 'NV', '898'],
  ['Keene', 'NH', '034'], ['Rutland', 'VT', '057'], ['Houma', 'LA', '703'], ['Salina', 'KS', '674'], ['Mankato', 'MN', '560'],
  ['Kahului', 'HI', '967'], ['Waipahu', 'HI', '967'], ['Brockton', 'MA', '023'], ['Pawtucket', 'RI', '028'], ['Lowell', 'MA', '018'],
  ['Hamtramck', 'MI', '482'], ['Utica', 'NY', '135'], ['Fargo', 'ND', '581'], ['Tukwila', 'WA', '981'], ['Worcester', 'MA', '016'],
];
const STREETS_G = w(
  'Tamarind|Kukui|Ironwood|Bayberry|Sassafras|Whippoorwill|Persimmon|Mockingbird|Buttonwood|Chokecherry|Ocotillo|Huckleberry|' +
    'Tupelo|Wacouta|Kittredge|Quinault|Sweetgum|Foxglove|Sandpiper|Bramblewood|Pinyon|Aldergrove|Winnemucca|Kalanianaole|Linwood'
);
const TYPES_G = w('St|Street|Ave|Avenue|Rd|Road|Dr|Drive|Ln|Lane|Ct|Court|Cir|Way|Pl|Place|Ter|Blvd|Pkwy|Trail');
const UNITS_G = ['Apt 3', 'Apt 12B', 'Unit 7', '#204', 'Apt. 5C', 'Ste 2', 'Lot 41', 'Trlr 6', 'Unit B'];

export interface AddrG {
  line: string;
  unit?: string;
  city: string;
  st: string;
  zip: string;
}
export function addrG(r: Rng): AddrG {
  const [city, stt, z3] = r.pick(TOWNS_G);
  const dir = r.chance(0.25) ? `${r.pick(['N', 'S', 'E', 'W', 'NW', 'SE'])} ` : '';
  const line = `${r.pick([String(r.int(10, 999)), String(r.int(1000, 9999)), String(r.int(10000, 48999))])} ${dir}${r.pick(STREETS_G)} ${r.pick(TYPES_G)}`;
  const a: AddrG = { line, city, st: stt, zip: `${z3}${r.digits(2)}` };
  if (r.chance(0.3)) a.unit = r.pick(UNITS_G);
  return a;
}
/** street line (with unit when there is one, as the sep says), city/state and ZIP, all labelled */
export function addrLabels(t: Ticket, a: AddrG, upper = false): { line: string; cityState: string; city: string; zip: string } {
  const c = (s: string): string => (upper ? s.toUpperCase() : s);
  const line = t.p('ADDRESS', c(a.unit ? `${a.line}${t.r.pick([', ', ' '])}${a.unit}` : a.line));
  return { line, cityState: t.p('ADDRESS', c(`${a.city}, ${a.st}`)), city: c(a.city), zip: t.p('ZIP', a.zip) };
}
export const zip9 = (r: Rng, a: AddrG): string => `${a.zip}${r.digits(4)}`;

// ---- phones ----------------------------------------------------------------------------------------

function npaG(r: Rng): string {
  return r.pick(['308', '406', '417', '701', '601', '334', '208', '307', '607', '360', '209', '814', '229', '903', '775', '603', '802', '985', '785', '507', '808', '508', '401', '978', '313', '315', '218', '206']);
}
/** ten digits as parts (area, exchange, line) */
export function phoneParts(r: Rng): [string, string, string] {
  let x = `${r.int(2, 9)}${r.digits(2)}`;
  if (x.endsWith('11')) x = `${x[0]}20`;
  return [npaG(r), x, r.digits(4)];
}
export function phoneG(r: Rng): string {
  const [a, b, c] = phoneParts(r);
  return r.pick([`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `${a}.${b}.${c}`, `+1 ${a} ${b} ${c}`, `${a}${b}${c}`, `1 (${a}) ${b}-${c}`]);
}
export const phoneDigits = (r: Rng): string => phoneParts(r).join('');
/** an internal extension ("x4-4417", "ext. 54417") */
export const extG = (r: Rng): string => r.pick([`x${r.int(3, 8)}-${r.digits(4)}`, `ext. ${r.int(3, 8)}${r.digits(4)}`, `x${r.digits(5)}`]);

// ---- identifiers ------------------------------------------------------------------------------------

const UL = 'ABCDEFGHJKLMNPRSTUVWXYZ';
export function mrnG(r: Rng): string {
  return r.pick([
    () => `${r.int(1, 9)}${r.digits(6)}`,
    () => `E${r.digits(7)}`,
    () => `${r.int(1, 9)}${r.digits(7)}`,
    () => `Z${r.digits(6)}`,
    () => `0${r.int(1, 9)}${r.digits(6)}`,
  ])();
}
/** an outside facility's record number ("SJMC-0412233", "H00457781") */
export function outsideMrn(r: Rng): string {
  return r.pick([() => `${r.pick(['SJMC', 'MMH', 'UHS', 'KRMC', 'STV'])}-${r.digits(7)}`, () => `H${r.digits(8)}`, () => `${r.digits(3)}${r.chars(UL, 1)}${r.digits(5)}`, () => `V${r.digits(9)}`])();
}
export function memberId(r: Rng): string {
  return r.pick([
    () => `${r.chars(UL, 3)}${r.digits(9)}`,
    () => `W${r.digits(9)}`,
    () => `${r.digits(9)}${r.pick(['A', 'B', 'C1', 'D'])}`,
    () => `${r.chars(UL, 1)}${r.digits(2)}${r.chars(UL, 1)}${r.digits(6)}`,
    () => `${r.int(1, 9)}${r.chars('ACDEFGHJKMNPQRTUVWXY', 1)}${r.chars('ACDEFGHJKMNPQRTUVWXY0123456789', 1)}${r.digits(1)}${r.chars('ACDEFGHJKMNPQRTUVWXY', 1)}${r.chars('ACDEFGHJKMNPQRTUVWXY0123456789', 1)}${r.digits(1)}${r.chars('ACDEFGHJKMNPQRTUVWXY', 2)}${r.digits(2)}`,
  ])();
}
/** patient control number on a claim / hospital account */
export const pcn = (r: Rng): string => r.pick([`${r.int(1, 9)}${r.digits(9)}`, `HAR${r.digits(8)}`, `${r.digits(8)}`, `${r.chars(UL, 1)}${r.digits(9)}`]);
/** payer claim control number */
export const payerClaim = (r: Rng): string => r.pick([r.digits(13), `${r.digits(2)}${r.chars(UL, 1)}${r.digits(9)}`, `${r.digits(4)}${r.digits(3)}${r.digits(6)}00`]);
export const rxG = (r: Rng): string => r.pick([`${r.int(1, 9)}${r.digits(6)}`, `${r.int(6, 7)}${r.digits(6)}`, `${r.int(1, 9)}${r.digits(7)}`]);
export function ssnG(r: Rng): [string, string] {
  let a = r.int(1, 899);
  if (a === 666) a = 665;
  const area = String(a).padStart(3, '0');
  const g = p2(r.int(1, 99));
  const s = String(r.int(1, 9999)).padStart(4, '0');
  return [`${area}${g}${s}`, `${area}-${g}-${s}`];
}
export function cardG(r: Rng): string {
  const body = r.pick(['4', '51', '53', '2221', '6011']) + '';
  const full0 = body + r.digits(15 - body.length);
  const full = full0 + luhnDigit(full0);
  return r.pick([full, full.match(/.{4}/g)!.join(' '), full.match(/.{4}/g)!.join('-')]);
}
/** glucose meter, BP cuff, scale and pulse-oximeter serials */
export function rpmSerial(r: Rng, kind: 'meter' | 'cuff' | 'scale' | 'oxi'): string {
  switch (kind) {
    case 'meter':
      return r.pick([`${r.digits(2)}${r.chars(UL, 2)}${r.digits(7)}`, `GM${r.digits(10)}`, `${r.chars(UL, 4)}${r.digits(6)}`]);
    case 'cuff':
      return r.pick([`${r.digits(8)}LG`, `BPM${r.digits(9)}`, `${r.digits(4)}${r.chars(UL, 2)}${r.digits(6)}`]);
    case 'scale':
      return r.pick([`SC${r.digits(9)}`, `${r.chars(UL, 2)}-${r.digits(8)}`]);
    case 'oxi':
      return r.pick([`OX${r.digits(8)}`, `${r.digits(10)}`]);
  }
}
export function macG(r: Rng): string {
  const b = Array.from({ length: 6 }, () => r.int(0, 255).toString(16).padStart(2, '0').toUpperCase());
  return r.chance(0.5) ? b.join('-') : b.join(':').toLowerCase();
}
export function imeiG(r: Rng): string {
  const body = r.pick(['35', '86', '35']) + r.digits(12);
  return body + luhnDigit(body);
}
export function publicIpG(r: Rng): string {
  const a = r.pick([23, 45, 63, 64, 66, 69, 70, 74, 75, 96, 97, 100, 166, 173, 174, 209, 216]);
  const b = a === 100 ? r.int(128, 254) : r.int(1, 254);
  return `${a}.${b}.${r.int(0, 254)}.${r.int(1, 254)}`;
}
export function plateG(r: Rng): string {
  return r.pick([`${r.int(1, 9)}${r.chars(UL, 2)}${r.digits(4)}`, `${r.chars(UL, 2)} ${r.digits(5)}`, `${r.digits(3)}-${r.chars(UL, 3)}`, `${r.chars(UL, 4)}${r.digits(2)}`]);
}
export function passwordG(r: Rng): string {
  return r.pick([
    () => `${r.pick(['Spring', 'Hibiscus', 'Pelican', 'Tundra', 'Mango', 'Glacier', 'Cobalt', 'Papaya'])}${r.int(2020, 2026)}${r.pick(['!', '#', '$', '*'])}`,
    () => r.chars('ABCDEFGHJKMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789!#%+=', r.int(11, 15)),
    () => `${r.pick(['Tkn', 'Qx', 'Zeb'])}_${r.chars('abcdefghjkmnpqrstuvwxyz0123456789', 10)}`,
  ])();
}

// ---- keep lists ------------------------------------------------------------------------------------

export const PRODUCTS_G = {
  edi: ['Sterling Integrator', 'Edifecs XEngine', 'Availity Essentials', 'Waystar', 'Change Healthcare Assurance', 'Epic Resolute', 'Smart Data Solutions', 'Experian Health'],
  pharmacy: ['Epic Willow Ambulatory', 'PioneerRx', 'QS/1', 'Liberty Software', 'RelayHealth', 'CoverMyMeds'],
  him: ['Ciox HealthSource', 'MRO ROI Online', 'Verisma Fusion', 'Epic Identity', 'NextGate EMPI', 'Verato', 'Protenus', 'Imprivata FairWarning', 'Epic Chart Correction'],
  fax: ['RightFax', 'XMedius', 'Biscom 75', 'eFax Corporate', 'Kno2'],
  video: ['Epic Video Client', 'Zoom for Healthcare', 'Caregility', 'Amwell', 'Doxy.me', 'Microsoft Teams'],
  rpm: ['Tenovi', 'Smart Meter iGlucose', 'BodyTrace', 'Withings BPM Connect', 'Omron Connect', 'Health Recovery Solutions'],
  dictation: ['Dragon Medical One', 'Nuance PowerMic III', 'Fluency Direct', 'PowerScribe One', 'Dragon Ambient eXperience'],
  imaging: ['lifeIMAGE', 'Nuance PowerShare', 'Ambra Gateway', 'Visage 7', 'Sectra IDS7', 'Merge PACS'],
  bloodbank: ['SafeTrace Tx', 'Wyndgate SafeTrace', 'Epic Beaker BB', 'Haemonetics BloodTrack', 'Zebra ZT411'],
  meds: ['Pyxis MedStation ES', 'Omnicell XT', 'Pyxis ES Link', 'BD HealthSight', 'Omnicell IV Compounding'],
  flow: ['TeleTracking Capacity Management', 'Epic Grand Central', 'TransportTracking', 'Epic Bed Planning', 'LanguageLine InSight', 'Stratus Audio', 'CyraCom Voice'],
  chat: ['Epic Secure Chat', 'Slack', 'Microsoft Teams', 'Vocera Edge', 'TigerConnect', 'Imprivata Cortext'],
  infra: ['SysAid', 'Exchange Online', 'Splunk Enterprise', 'Azure Data Explorer', 'SQL Server Management Studio', 'Microsoft Purview', 'Cisco ISE', 'Windows Event Forwarding'],
  portal: ['MyChart', 'Epic Welcome', 'Twilio Programmable SMS', 'Epic Hello World', 'Phreesia'],
  research: ['REDCap', 'OnCore', 'Epic Research', 'Advarra eReg'],
  interface: ['Cloverleaf', 'Rhapsody', 'Mirth Connect', 'Epic Care Everywhere', 'Health Gorilla', 'CommonWell'],
};

export const DEPTS_G = {
  him: ['HIM Release of Information', 'Health Information Management', 'Patient Identity Team', 'Privacy Office', 'Compliance', 'Decedent Affairs', 'Chart Correction'],
  revenue: ['Revenue Cycle EDI', 'Patient Access', 'Central Billing Office', 'Pharmacy Benefits', 'Outpatient Pharmacy', 'Retail Pharmacy'],
  clinical: ['Mother-Baby Unit', 'Level II Nursery', 'Transfusion Service', 'Pharmacy Informatics', 'Clinical Informatics', 'Telehealth Services', 'RPM Program', 'Film Library', 'Imaging Services', 'Interpreter Services', 'Patient Transport', 'Bed Management', 'Cardiac Step-Down', 'Medical ICU', 'Renal Clinic'],
  it: ['Service Desk', 'Identity and Access', 'Interface Team', 'EUC Desktop', 'Network Engineering', 'Security Operations', 'Epic Willow Team', 'Epic Radiant Team'],
};

export const ERRORS_G = {
  edi: ['AAA*Y**72*C', 'AAA*Y**75*C', 'AAA*N**73*C', 'AAA*Y**58*C', 'IK3*NM1*12*2100*8', 'STC*A7:21', 'STC*A6:35', 'STC*A3:116'],
  carc: ['CO-16', 'CO-45', 'PR-1', 'CO-97', 'OA-23', 'CO-109'],
  ncpdp: ['Reject 75', 'Reject 09', 'Reject 65', 'Reject 70', 'Reject 41', 'Reject 52'],
  video: ['ICE connection failed', 'getUserMedia NotAllowedError', 'TURN allocate 401', 'Error 5003', 'WebRTC 1006'],
  win: ['0xc000006a', '0xc0000234', '0xc000006d', '0xc0000072', '0xc0000064'],
  xml: ['cvc-complex-type.2.4.a', 'cvc-datatype-valid.1.2.1', 'CDA-0042 missing templateId', 'XDS RegistryError'],
  dicom: ['C-STORE 0xA700', 'C-STORE 0xA900', 'C-FIND 0xC000', 'DICOMDIR not found'],
  http: ['HTTP 500', 'HTTP 403', 'HTTP 413', 'HTTP 422', 'HTTP 401', 'HTTP 409'],
  dictation: ['DMO-1004', 'Error 0x80004005', 'SpeechEngine timeout', 'NMS-2210'],
  med: ['Override not permitted', 'BioID not recognized', 'Drawer failure D4', 'Discrepancy unresolved', 'Error 1201'],
  bb: ['Label format 0x12', 'ISBT 128 check char mismatch', 'E-BB-207', 'Print spooler 1796'],
  flow: ['Sync error 409', 'ADT A17 rejected', 'Bed status conflict', 'API 502'],
  signin: ['50126', '50053', '50074', '53003', '50158'],
};

/** capitalised words that are names in this pool, used as ordinary words; the whole phrase is kept */
export const COMMON_G: { sentence: string; phrase: string; type: KeepType }[] = [
  { sentence: 'The Lamb 4 West printer does the same.', phrase: 'Lamb 4 West', type: 'QUEUE_OR_DEPT' },
  { sentence: 'Same problem on the Marsh Pavilion units.', phrase: 'Marsh Pavilion', type: 'COMMON_WORD' },
  { sentence: 'Mills Tower nurses station reported it first.', phrase: 'Mills Tower', type: 'COMMON_WORD' },
  { sentence: 'The Ford Transit shuttle drivers use the same tablets.', phrase: 'Ford Transit', type: 'COMMON_WORD' },
  { sentence: 'Cash Posting sees the same batch.', phrase: 'Cash Posting', type: 'QUEUE_OR_DEPT' },
  { sentence: 'Royal blue wristbands are out of stock too.', phrase: 'Royal blue', type: 'COMMON_WORD' },
  { sentence: 'Justice Center transfers come through the same registration queue.', phrase: 'Justice Center', type: 'COMMON_WORD' },
  { sentence: 'Fire Marshal walkthrough is at 2, please have it fixed before then.', phrase: 'Fire Marshal', type: 'COMMON_WORD' },
  { sentence: 'Rush order placed for more label stock.', phrase: 'Rush order', type: 'COMMON_WORD' },
  { sentence: 'Fields marked with a red bar are required.', phrase: 'Fields marked', type: 'COMMON_WORD' },
  { sentence: 'The Moody Building clinics are on the same VLAN.', phrase: 'Moody Building', type: 'COMMON_WORD' },
  { sentence: 'Gates Pavilion lobby kiosk too.', phrase: 'Gates Pavilion', type: 'COMMON_WORD' },
  { sentence: 'Banks Hall conference room has the spare laptop.', phrase: 'Banks Hall', type: 'COMMON_WORD' },
  { sentence: 'Story points for the fix are on the board.', phrase: 'Story points', type: 'COMMON_WORD' },
  { sentence: 'Chance of recurrence is high until the patch.', phrase: 'Chance of recurrence', type: 'COMMON_WORD' },
  { sentence: 'Battle rhythm call moved to 1500.', phrase: 'Battle rhythm', type: 'COMMON_WORD' },
  { sentence: 'Penny Saver coupons were left in the printer tray, ignore those.', phrase: 'Penny Saver', type: 'COMMON_WORD' },
  { sentence: 'Angel Hall elevator lobby printer shows the same thing.', phrase: 'Angel Hall', type: 'COMMON_WORD' },
];
export const COMMON_PRODUCTS_G = ['Sterling Integrator', 'Dell Command Update', 'Swift Medical', 'Phonak Lyric', 'Dell Latitude 5440'];

/** a sentence with a capitalised common word, its phrase kept, its name words reserved */
export function commonSentence(t: Ticket): string {
  const ok = COMMON_G.filter((c) => !clashes(t, c.phrase));
  const c = t.r.pick(ok.length ? ok : COMMON_G);
  reserve(t, ...wordsOf(c.phrase).filter((x) => POOL_WORDS.has(x)));
  t.k(c.type, c.phrase);
  return c.sentence;
}

export const ISPS = ['Xfinity', 'Spectrum', 'T-Mobile Home Internet', 'Starlink', 'Verizon Fios', 'CenturyLink', 'Hawaiian Telcom', 'Viasat'];
export const LANGS: Record<string, string> = {
  chinese: 'Mandarin',
  japanese: 'Japanese',
  russian: 'Russian',
  ukrainian: 'Ukrainian',
  nepali: 'Nepali',
  pashto: 'Pashto',
  dari: 'Dari',
  tamil: 'Tamil',
  hebrew: 'Hebrew',
  uzbek: 'Uzbek',
  kazakh: 'Kazakh',
  vietnamese: 'Vietnamese',
  hungarian: 'Hungarian',
  portuguese: 'Portuguese',
  capeverdean: 'Cape Verdean Creole',
  hausa: 'Hausa',
  akan: 'Twi',
  polish: 'Polish',
  eastslavic: 'Ukrainian',
  afghan: 'Dari',
  filipino: 'Tagalog',
  malay: 'Malay',
  indonesian: 'Indonesian',
  sinhala: 'Sinhala',
  sltamil: 'Tamil',
  gujarati: 'Gujarati',
  telugu: 'Telugu',
};
