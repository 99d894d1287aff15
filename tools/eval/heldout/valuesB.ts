// Extra value and name makers for template family B (templatesB.ts): a second, hand-written
// pool of names (Hawaiian, Nigerian, Korean, Vietnamese with diacritics, Indian, French, Spanish
// double surnames, old-fashioned Anglo), nicknames and suffixes, dates written the way other
// languages write them, private server IPs outside 10.x, badge numbers and one-time codes.
// Nothing here comes from a name package or from the redactor.

import { makePerson, type Person } from './names.js';
import type { Rng } from './random.js';
import { randomDate, type Ymd } from './values.js';

const words = (s: string): string[] => s.split('|').map((w) => w.trim()).filter(Boolean);

interface PoolB {
  key: string;
  given: string[];
  surnames: string[];
  familyFirst?: boolean;
  middles?: string[];
}

const POOLS_B: PoolB[] = [
  {
    key: 'hawaiian',
    given: words('Keoni|Pualani|Kamakana|Noelani|Kawika|Mahina|Ikaika|Kanoelani|Nohea|Kekoa|Haunani|Kaimana'),
    surnames: words('Kahale|Kanahele|Kaʻuhane|Nāone|Keawe|Kamaka|Kalua|Hoʻomana|Kapaona|Makanani|Kealamakia|Puaʻala'),
  },
  {
    key: 'nigerian',
    given: words('Adewale|Chinonso|Aminu|Oluwadamilola|Ngozika|Chukwudi|Folake|Emeka|Hadiza|Babatunde|Ifeanyi|Yetunde'),
    surnames: words('Ogunleye|Balogun|Abubakar|Nwachukwu|Adeyemi-Bakare|Okoro|Olawale|Ezeani|Danjuma|Onyekachi|Akinola|Ibekwe'),
  },
  {
    key: 'korean',
    familyFirst: true,
    given: words('Jae-won|Hye-jin|Dong-hyun|Mi-kyung|Young-soo|Ji-eun|Sang-woo|Eun-young|Tae-yang|Bo-ra'),
    surnames: words('Lee|Shin|Kwon|Hwang|Seo|Bae|Baek|Yoo|Ahn|Ryu'),
  },
  {
    key: 'vietnamese-b',
    familyFirst: true,
    given: words('Mai|Linh|Thu|Duy|Hoa|Tâm|Kiên|Nhung|Phúc|Nguyệt'),
    middles: words('Thị|Văn|Đức|Minh|Ngọc|Xuân'),
    surnames: words('Nguyễn|Lê|Phan|Đặng|Võ|Ngô|Dương|Lý|Hồ|Trịnh'),
  },
  {
    key: 'indian-b',
    given: words('Venkata|Subramaniam|Lakshmipriya|Harpreet|Anjali|Rakesh|Divya|Srinivas|Mohan|Preethi|Navneet|Bhavana'),
    surnames: words('Ramanathan|Agarwal|Srinivasan|Bhatt|Kapoor|Menon|Rao|Joshi|Ganguly|Saxena|Thakkar|Ahluwalia'),
  },
  {
    key: 'french',
    given: words('Gaëlle|Thibault|Aurélie|Benoît|Clémence|Jean-Luc|Margaux|Loïc|Séverine|François'),
    surnames: words('Lemaître|Fontaine-Roussel|Dubois|Rousseau|Girard|Beaulieu|Chevalier|Marchand|Thibodeaux|Leclerc'),
  },
  {
    key: 'spanish-b',
    given: words('María Fernanda|José Luis|Ana Lucía|Carlos Eduardo|Rosalba|Martín|Paola|Ezequiel|Lourdes|Teodoro'),
    surnames: words('Guzmán Olivares|Rincón|Castañeda Ruiz|Villarreal|Baeza|Sotomayor|Paredes Luna|Echávarri|Montalvo|Quiñones'),
  },
  {
    key: 'anglo-b',
    given: words('Bartholomew|Eugenia|Thaddeus|Rosalind|Montgomery|Philippa|Cornelius|Henrietta|Ambrose|Lucinda'),
    surnames: words('Abernathy|Worthington|Pennington|Fairweather|Ridgeway|Hollingsworth|Ashby|Merriweather|Calloway|Thistlewood'),
  },
];

/** a person from the B pools half of the time, from the shared pools otherwise */
export function personB(r: Rng): Person {
  if (r.chance(0.5)) return makePerson(r);
  const pool = r.pick(POOLS_B);
  const p: Person = { given: r.pick(pool.given), surname: r.pick(pool.surnames), familyFirst: !!pool.familyFirst, tradition: pool.key };
  if (pool.middles && r.chance(0.7)) p.middle = r.pick(pool.middles);
  else if (!pool.familyFirst && r.chance(0.25)) p.middle = r.chars('ABCDEFGHJKLMNPRSTW', 1);
  return p;
}

const NICKNAMES: Record<string, string> = {
  Bartholomew: 'Bart', Eugenia: 'Genie', Thaddeus: 'Tad', Rosalind: 'Roz', Montgomery: 'Monty', Philippa: 'Pippa',
  Cornelius: 'Neil', Henrietta: 'Etta', Lucinda: 'Cindy', Oluwadamilola: 'Dami', Babatunde: 'Tunde', Chukwudi: 'Chudi',
  Ifeanyi: 'Ify', Venkata: 'Venky', Subramaniam: 'Subbu', Lakshmipriya: 'Priya', Srinivas: 'Srini', Gwendolyn: 'Gwen',
  Reginald: 'Reggie', Percival: 'Percy', Clifford: 'Cliff', Guadalupe: 'Lupe', Concepción: 'Conchi', Oluwaseun: 'Seun',
  Temitope: 'Tope', Folasade: 'Sade', Venkatesh: 'Venky', Siddharth: 'Sid', Thibault: 'Tibo', Marjorie: 'Margie',
  Bradley: 'Brad', Kamakana: 'Kana', Kanoelani: 'Noe', Haunani: 'Nani', Wilfredo: 'Freddy', Rogelio: 'Roy',
  Zbigniew: 'Zbyszek', Małgorzata: 'Gosia', Oleksandr: 'Sasha', 'Jean-Baptiste': 'JB', Gianluca: 'Luca', Yevgeniya: 'Zhenya',
};

/** a nickname people use for this given name, if there is a usual one */
export function nickname(p: Person): string | undefined {
  return NICKNAMES[p.given];
}

export function suffix(r: Rng): string {
  return r.pick(['Jr.', 'Sr.', 'III', 'II', 'IV', 'Jr']);
}

// ---- dates in other languages' conventions --------------------------------------------------

const MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const JOURS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const MESES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const DIAS = ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'];
const MONATE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const TAGE = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];
const MESES_PT = ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'];
const DIAS_PT = ['domingo', 'segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado'];
const MAAND = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const DAGEN = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];

export type Lang = 'fr' | 'es' | 'de' | 'pt' | 'nl';

const p2 = (n: number): string => String(n).padStart(2, '0');
const dow = (t: Ymd): number => new Date(Date.UTC(t.y, t.m - 1, t.d)).getUTCDay();

/** a calendar date as someone writing in `lang` would write it (for a patient's dates) */
export function dateInLang(r: Rng, t: Ymd, lang: Lang): string {
  const numeric = r.pick([`${p2(t.d)}/${p2(t.m)}/${t.y}`, `${t.d}.${t.m}.${t.y}`, `${p2(t.d)}-${p2(t.m)}-${t.y}`]);
  if (r.chance(0.35)) return numeric;
  switch (lang) {
    case 'fr':
      return `${t.d === 1 ? '1er' : t.d} ${MOIS[t.m - 1]} ${t.y}`;
    case 'es':
      return `${t.d} de ${MESES[t.m - 1]} de ${t.y}`;
    case 'de':
      return `${t.d}. ${MONATE[t.m - 1]} ${t.y}`;
    case 'pt':
      return `${t.d} de ${MESES_PT[t.m - 1]} de ${t.y}`;
    case 'nl':
      return `${t.d} ${MAAND[t.m - 1]} ${t.y}`;
  }
}

/** an Outlook "Sent" value in `lang` (when the mail was sent: a system date, kept) */
export function sentInLang(r: Rng, lang: Lang): string {
  const t = randomDate(r, 2024, 2026);
  const hh = r.int(6, 19);
  const mi = p2(r.int(0, 59));
  const w = dow(t);
  switch (lang) {
    case 'fr':
      return `${JOURS[w]} ${t.d} ${MOIS[t.m - 1]} ${t.y} ${p2(hh)}:${mi}`;
    case 'es':
      return `${DIAS[w]}, ${t.d} de ${MESES[t.m - 1]} de ${t.y} ${hh}:${mi}`;
    case 'de':
      return `${TAGE[w]}, ${t.d}. ${MONATE[t.m - 1]} ${t.y} ${p2(hh)}:${mi}`;
    case 'pt':
      return `${DIAS_PT[w]}, ${t.d} de ${MESES_PT[t.m - 1]} de ${t.y} ${p2(hh)}:${mi}`;
    case 'nl':
      return `${DAGEN[w]} ${t.d} ${MAAND[t.m - 1]} ${t.y} ${p2(hh)}:${mi}`;
  }
}

/** a ServiceNow journal timestamp "2025-03-04 09:14:22" */
export function snowStamp(r: Rng): string {
  const t = randomDate(r, 2024, 2026);
  return `${t.y}-${p2(t.m)}-${p2(t.d)} ${p2(r.int(0, 23))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}`;
}

/** a Jira comment timestamp "04/Mar/25 9:14 AM" */
export function jiraStamp(r: Rng): string {
  const t = randomDate(r, 2024, 2026);
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][t.m - 1]!;
  const h = r.int(1, 12);
  return `${p2(t.d)}/${mon}/${p2(t.y % 100)} ${h}:${p2(r.int(0, 59))} ${r.pick(['AM', 'PM'])}`;
}

// ---- identifiers ------------------------------------------------------------------------------

/** a server's address in a private range (kept): 10.x, 192.168.x, 172.16-31.x */
export function privateServerIp(r: Rng): string {
  return r.pick([
    () => `10.${r.int(0, 254)}.${r.int(0, 254)}.${r.int(1, 254)}`,
    () => `192.168.${r.int(0, 254)}.${r.int(1, 254)}`,
    () => `172.${r.int(16, 31)}.${r.int(0, 254)}.${r.int(1, 254)}`,
  ])();
}

/** an employee badge number (a login-like identifier of a person) */
export function badgeNumber(r: Rng): string {
  return r.pick([r.digits(6), `B${r.digits(5)}`, `${r.int(1, 9)}${r.digits(5)}`, `E${r.digits(6)}`]);
}

/** a one-time or temporary code handed to a user */
export function oneTimeCode(r: Rng): string {
  return r.pick([r.digits(6), `${r.digits(3)} ${r.digits(3)}`, `Temp${r.int(1000, 9999)}!`, `${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 4)}-${r.digits(4)}`]);
}

/** a hospital-owned asset tag or service tag (no person behind it; not labelled) */
export function assetTag(r: Rng): string {
  return r.pick([`AT-${r.digits(6)}`, r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 7), `CE${r.digits(5)}`]);
}

/** capitalised common words used as ordinary words: sentence and the phrase to keep */
export const COMMON_WORD_B: [string, string][] = [
  ['Will do, closing once the unit confirms.', 'Will do'],
  ['Bill to cost center 4410 for the new scanner.', 'Bill to cost center'],
  ['Mark the ticket as pending vendor.', 'Mark the ticket'],
  ['Chase the vendor again tomorrow if no reply.', 'Chase the vendor'],
  ['Hope this helps.', 'Hope this helps'],
  ['Summit Health Plan claims bounce with the same error.', 'Summit Health Plan'],
  ['The Sterling Tower badge readers were fine.', 'Sterling Tower'],
  ['Grant Pavilion elevator lobby has the same problem.', 'Grant Pavilion'],
  ['Drew blood at 0600 but the label never printed.', 'Drew blood'],
  ['Amber alert banner stays on the Pyxis screen.', 'Amber alert'],
  ['Jack panel B-12 in the conference room is dead.', 'Jack panel'],
  ['Per Diem staff cannot log in either.', 'Per Diem'],
  ['Max Session Time is set to 480 on the profile.', 'Max Session Time'],
  ['Autumn Ridge clinic reports the same thing.', 'Autumn Ridge'],
  ['Faith Community Clinic fax line is also down.', 'Faith Community Clinic'],
  ['Sage Intacct export failed again overnight.', 'Sage Intacct'],
  ['Chase lockbox file did not post this morning.', 'Chase lockbox'],
  ['Will the new build be pushed tonight?', 'Will the new build'],
];
