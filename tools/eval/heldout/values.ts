// Value makers for each PII type, in realistic formats, with valid check digits where the
// real identifier has one (Luhn cards/IMEI/NPI, DEA, VIN, SSN ranges, Medicare MBI).

import { ascii, type Person } from './names.js';
import type { Rng } from './random.js';

const pad = (n: number, w: number): string => String(n).padStart(w, '0');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

// ---- check digits -------------------------------------------------------------------------

/** Luhn check digit for a string of digits (the digit to append) */
export function luhnDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

export function luhnValid(num: string): boolean {
  const d = num.replace(/\D/g, '');
  return luhnDigit(d.slice(0, -1)) === Number(d.slice(-1));
}

// ---- dates --------------------------------------------------------------------------------

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function randomDate(r: Rng, fromYear: number, toYear: number): Ymd {
  const y = r.int(fromYear, toYear);
  const m = r.int(1, 12);
  const d = r.int(1, new Date(Date.UTC(y, m, 0)).getUTCDate());
  return { y, m, d };
}

const ord = (d: number): string => `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;
const weekday = (t: Ymd): string => DAYS[new Date(Date.UTC(t.y, t.m - 1, t.d)).getUTCDay()]!;

/** a calendar date in one of many written formats */
export function formatDate(r: Rng, t: Ymd): string {
  const mon = MONTHS[t.m - 1]!;
  const yy = pad(t.y % 100, 2);
  return r.pick([
    () => `${pad(t.m, 2)}/${pad(t.d, 2)}/${t.y}`,
    () => `${t.m}/${t.d}/${yy}`,
    () => `${t.m}-${t.d}-${t.y}`,
    () => `${t.y}-${pad(t.m, 2)}-${pad(t.d, 2)}`,
    () => `${pad(t.d, 2)} ${mon.slice(0, 3)} ${t.y}`,
    () => `${t.d}-${mon.slice(0, 3).toUpperCase()}-${t.y}`,
    () => `${mon} ${ord(t.d)}, ${t.y}`,
    () => `${mon.slice(0, 3)}. ${t.d} ${t.y}`,
    () => `${pad(t.d, 2)}.${pad(t.m, 2)}.${t.y}`,
    () => `${t.y}${pad(t.m, 2)}${pad(t.d, 2)}`,
    () => `${t.d} ${mon} ${t.y}`,
    () => `${pad(t.m, 2)}${pad(t.d, 2)}${t.y}`,
  ])();
}

/** an upcoming appointment-style date, sometimes without the year ("Thu 3/6", "the 14th of May") */
export function formatShortDate(r: Rng, t: Ymd): string {
  const mon = MONTHS[t.m - 1]!;
  return r.pick([
    () => `${t.m}/${t.d}`,
    () => `${weekday(t).slice(0, 3)} ${t.m}/${t.d}`,
    () => `${mon.slice(0, 3)} ${t.d}`,
    () => `the ${ord(t.d)} of ${mon}`,
    () => `${weekday(t)}, ${mon} ${t.d}`,
    () => formatDate(r, t),
  ])();
}

export function dob(r: Rng): string {
  return formatDate(r, randomDate(r, 1931, 2022));
}

export function datePhi(r: Rng): string {
  return r.chance(0.6) ? formatDate(r, randomDate(r, 2023, 2026)) : formatShortDate(r, randomDate(r, 2024, 2026));
}

// ---- government and financial numbers ------------------------------------------------------

/** SSN with a valid area (not 000, 666, 9xx), group (not 00) and serial (not 0000) */
export function ssn(r: Rng): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  const a = pad(area, 3);
  const g = pad(r.int(1, 99), 2);
  const s = pad(r.int(1, 9999), 4);
  return r.pick([`${a}-${g}-${s}`, `${a} ${g} ${s}`, `${a}${g}${s}`, `${a}.${g}.${s}`]);
}

export function creditCard(r: Rng): string {
  const brand = r.pick(['visa', 'mc', 'mc2', 'amex', 'disc']);
  const prefix = { visa: '4', mc: `5${r.int(1, 5)}`, mc2: String(r.int(2221, 2720)), amex: r.pick(['34', '37']), disc: '6011' }[brand]!;
  const len = brand === 'amex' ? 15 : 16;
  const body = prefix + r.digits(len - 1 - prefix.length);
  const num = body + luhnDigit(body);
  if (brand === 'amex') {
    const sep = r.pick([' ', '-', '']);
    return [num.slice(0, 4), num.slice(4, 10), num.slice(10)].join(sep);
  }
  const sep = r.pick([' ', '-', '', ' ']);
  return num.match(/.{4}/g)!.join(sep);
}

/** Medicare Beneficiary Identifier: C A AN N A AN N A A N N, letters without S L O I B Z */
export function mbi(r: Rng): string {
  const A = 'ACDEFGHJKMNPQRTUVWXY';
  const AN = A + '0123456789';
  const v = `${r.int(1, 9)}${r.chars(A, 1)}${r.chars(AN, 1)}${r.digits(1)}${r.chars(A, 1)}${r.chars(AN, 1)}${r.digits(1)}${r.chars(A, 2)}${r.digits(2)}`;
  return r.chance(0.5) ? `${v.slice(0, 4)}-${v.slice(4, 7)}-${v.slice(7)}` : v;
}

export function healthPlanId(r: Rng): string {
  return r.pick([
    () => mbi(r),
    () => `${r.chars('ABCDEFGHJKLMNPRSTUVWXYZ', 3)}${r.digits(9)}`,
    () => `${r.chars('ABCDEFGHJKLMNPRSTUVWXYZ', 1)}${r.digits(8)}${r.chance(0.5) ? ' 0' + r.int(1, 4) : ''}`,
    () => `${r.digits(9)}-${r.digits(2)}`,
    () => `U${r.digits(7)}${r.int(10, 99)}`,
  ])();
}

export function accountNumber(r: Rng): string {
  return r.pick([r.digits(10), `${r.int(1, 9)}${r.digits(9)}`, `${r.digits(3)}-${r.digits(6)}`, `G${r.digits(8)}`, r.digits(8)]);
}

export function mrn(r: Rng): string {
  return r.pick([
    `${r.int(1, 9)}${r.digits(7)}`,
    `00${r.digits(6)}`,
    `M${r.digits(7)}`,
    `${r.digits(3)}-${r.digits(2)}-${r.digits(2)}`,
    `MR${r.digits(8)}`,
    `${r.int(1, 9)}${r.digits(8)}`,
  ]);
}

export function rxNumber(r: Rng): string {
  return r.pick([`${r.int(1, 9)}${r.digits(6)}`, `${r.int(1, 9)}${r.digits(6)}-${r.digits(2)}`, `RX${r.digits(8)}`, `${r.digits(4)}-${r.digits(5)}`]);
}

// ---- licences -----------------------------------------------------------------------------

/** NPI: 9 digits starting 1 or 2 plus a Luhn digit computed over "80840" + the 9 digits */
export function npi(r: Rng): string {
  const body = `${r.int(1, 2)}${r.digits(8)}`;
  const full = '80840' + body;
  return body + luhnDigit(full);
}

/** DEA: registrant letter, initial of the surname, 6 digits and a check digit */
export function dea(r: Rng, surname: string): string {
  const first = r.pick(['A', 'B', 'F', 'G', 'M']);
  const initial = (ascii(surname)[0] ?? 'x').toUpperCase();
  const d = r.digits(6).split('').map(Number);
  const check = (d[0]! + d[2]! + d[4]! + 2 * (d[1]! + d[3]! + d[5]!)) % 10;
  return `${first}${initial}${d.join('')}${check}`;
}

export function stateLicense(r: Rng): string {
  return r.pick([
    `${r.chars('ACG', 1)}${r.digits(5)}`,
    `MD${r.digits(6)}`,
    `RN${r.digits(7)}`,
    `${r.digits(2)}.${r.digits(6)}`,
    `DO-${r.digits(5)}`,
    `PA${r.digits(6)}`,
    `036.${r.digits(6)}`,
  ]);
}

export function driversLicense(r: Rng): string {
  const L = 'ABCDEFGHJKLMNPRSTWY';
  return r.pick([
    () => `${r.chars(L, 1)}${r.digits(7)}`,
    () => `${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`,
    () => `${r.chars(L, 1)}${r.digits(3)}-${r.digits(3)}-${r.digits(2)}-${r.digits(3)}-${r.digits(1)}`,
    () => r.digits(8),
    () => `${r.chars(L, 1)}${r.digits(3)}-${r.digits(4)}-${r.digits(4)}`,
    () => `${r.chars(L, 2)}${r.digits(6)}${r.chars(L, 1)}`,
  ])();
}

// ---- vehicles and devices ----------------------------------------------------------------

const VIN_CHARS = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
function vinValue(c: string): number {
  if (/\d/.test(c)) return Number(c);
  return { A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9, S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9 }[c] ?? 0;
}

/** 17-character VIN with a valid position-9 check digit */
export function vin(r: Rng): string {
  const wmi = r.pick(['1HG', '1FT', '2T1', '3VW', '5YJ', 'JTD', 'KMH', 'WBA', '1C4', '4T1', 'YV1']);
  const chars = (wmi + r.chars(VIN_CHARS, 5) + '0' + r.chars('ABCDEFGHJKLMNPRSTVWXY123456789', 1) + r.chars(VIN_CHARS, 1) + r.digits(6)).split('');
  const sum = chars.reduce((s, c, i) => s + vinValue(c) * VIN_WEIGHTS[i]!, 0);
  chars[8] = sum % 11 === 10 ? 'X' : String(sum % 11);
  return chars.join('');
}

export function plate(r: Rng): string {
  const L = 'ABCDEFGHJKLMNPRSTUVWXYZ';
  return r.pick([
    () => `${r.int(1, 9)}${r.chars(L, 3)}${r.digits(3)}`,
    () => `${r.chars(L, 3)} ${r.digits(4)}`,
    () => `${r.chars(L, 2)}${r.digits(1)}-${r.chars(L, 1)}${r.digits(3)}`,
    () => `${r.digits(3)} ${r.chars(L, 3)}`,
    () => `${r.chars(L, 3)}-${r.digits(3)}`,
  ])();
}

export function mac(r: Rng): string {
  const bytes = Array.from({ length: 6 }, () => r.int(0, 255).toString(16).padStart(2, '0'));
  const up = r.chance(0.5);
  const b = up ? bytes.map((x) => x.toUpperCase()) : bytes;
  return r.pick([
    () => b.join(':'),
    () => b.join('-'),
    () => `${b[0]}${b[1]}.${b[2]}${b[3]}.${b[4]}${b[5]}`,
    () => b.join(''),
  ])();
}

export function imei(r: Rng): string {
  const body = r.pick(['35', '86', '01', '49']) + r.digits(12);
  const full = body + luhnDigit(body);
  return r.chance(0.5) ? full : `${full.slice(0, 2)}-${full.slice(2, 8)}-${full.slice(8, 14)}-${full.slice(14)}`;
}

/** serial of a device that belongs to a patient or person (insulin pump, CGM, hearing aid, phone) */
export function deviceSerial(r: Rng): string {
  const L = 'ABCDEFGHJKLMNPRSTUVWXYZ';
  return r.pick([
    () => `${r.chars(L, 2)}${r.digits(7)}${r.chars(L, 1)}`,
    () => `${r.chars(L, 3)}${r.digits(6)}`,
    () => `${r.digits(4)}-${r.chars(L + '0123456789', 4)}-${r.digits(4)}`,
    () => `SN${r.digits(10)}`,
    () => `${r.chars('0123456789ABCDEF', 12)}`,
  ])();
}

// ---- network and online -------------------------------------------------------------------

/** a public IPv4 address (a home or mobile connection), outside private and reserved ranges */
export function publicIpv4(r: Rng): string {
  const first = r.pick([24, 47, 50, 67, 68, 71, 73, 76, 98, 99, 104, 107, 108, 136, 142, 162, 172, 174, 184, 199, 206, 208]);
  const second = first === 172 ? r.int(32, 254) : r.int(0, 254);
  return `${first}.${second}.${r.int(0, 254)}.${r.int(1, 254)}`;
}

export function ipv6(r: Rng): string {
  const h = (): string => r.int(0, 0xffff).toString(16);
  const head = r.pick(['2600', '2601', '2603', '2605', '2607', '2a02', '2001:4860'].map(String));
  if (r.chance(0.5)) return `${head}:${h()}:${h()}:${h()}::${h()}`;
  const n = 8 - head.split(':').length;
  return [head, ...Array.from({ length: n }, h)].join(':');
}

export function ipAddress(r: Rng): string {
  return r.chance(0.75) ? publicIpv4(r) : ipv6(r);
}

const FREEMAIL = ['gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.com', 'icloud.com', 'aol.com', 'att.net', 'comcast.net', 'proton.me', 'ymail.com', 'sbcglobal.net', 'me.com'];

/** a personal e-mail address, derived from the name in one of several habits */
export function personalEmail(r: Rng, p: Person): string {
  const g = ascii(p.given) || 'x';
  const s = ascii(p.surname) || 'y';
  const local = r.pick([
    `${g}.${s}${r.int(1, 99)}`,
    `${g[0]}${s}${r.int(60, 99)}`,
    `${s}_${g}`,
    `${g}${s[0]}.${r.int(1970, 2005)}`,
    `${g}+portal`,
    `the.${s}.family`,
    `${g}-${s}`,
  ]);
  return `${local}@${r.pick(FREEMAIL)}`;
}

/** a staff e-mail at the organisation's domain */
export function workEmail(r: Rng, p: Person, domain: string): string {
  const g = ascii(p.given) || 'x';
  const s = ascii(p.surname) || 'y';
  return `${r.pick([`${g}.${s}`, `${g[0]}${s}`, `${s}.${g}`, `${g}.${s}${r.int(2, 9)}`, `${g[0]}.${s}`])}@${domain}`;
}

export function username(r: Rng, p: Person, domainPrefix: string): string {
  const g = ascii(p.given) || 'x';
  const s = ascii(p.surname) || 'y';
  const bare = r.pick([`${g[0]}${s}`.slice(0, 8), `${s}${g[0]}`, `${g}.${s}`, `${s.slice(0, 5)}${g.slice(0, 2)}${r.int(1, 9)}`, `${r.chars('abcdefghkmnprstw', 1)}${r.digits(6)}`]);
  return r.chance(0.35) ? `${domainPrefix.toUpperCase()}\\${bare}` : bare;
}

export function password(r: Rng): string {
  const words = ['Sunflower', 'Tiger', 'Ravens', 'Blue', 'Maple', 'Coffee', 'Winter', 'Rocket', 'Harbor', 'Falcon', 'Kiwi', 'Lobster'];
  return r.pick([
    () => `${r.pick(words)}${r.pick(words)}${r.int(1, 99)}${r.pick(['!', '#', '$', '@', '?'])}`,
    () => r.chars('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@#%&*', r.int(10, 16)),
    () => `${r.pick(words)}@${r.int(2020, 2026)}`,
    () => `Welcome${r.int(10, 99)}!${r.chars('abcdefghjk', 2)}`,
  ])();
}

export function apiKey(r: Rng): string {
  const b62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  return r.pick([
    () => `${r.chars(b62, 8)}-${r.chars(b62, 4)}-${r.chars(b62, 4)}-${r.chars(b62, 12)}`.toLowerCase(),
    () => r.chars(b62, 40),
    () => `key_${r.chars(b62, 32)}`,
  ])();
}

export function pin(r: Rng): string {
  return r.digits(r.pick([4, 4, 5, 6]));
}

// ---- phones -------------------------------------------------------------------------------

function npa(r: Rng): string {
  return `${r.int(2, 9)}${r.int(0, 8)}${r.int(0, 9)}`.replace(/^(\d)11$/, '$112');
}
function nxx(r: Rng): string {
  let v = `${r.int(2, 9)}${r.digits(2)}`;
  if (v.endsWith('11') || v === '555') v = v.slice(0, 2) + '2';
  return v;
}

/** a US/Canada number in one of many written shapes, sometimes with an extension */
export function usPhone(r: Rng, ext = 0.2): string {
  const a = npa(r);
  const b = nxx(r);
  const c = r.digits(4);
  let s = r.pick([
    `(${a}) ${b}-${c}`,
    `${a}-${b}-${c}`,
    `${a}.${b}.${c}`,
    `${a} ${b} ${c}`,
    `+1 ${a}-${b}-${c}`,
    `1-${a}-${b}-${c}`,
    `${a}${b}${c}`,
    `+1 (${a}) ${b}-${c}`,
    `(${a})${b}-${c}`,
    `+1${a}${b}${c}`,
  ]);
  if (r.chance(ext)) s += r.pick([` x${r.digits(4)}`, ` ext ${r.digits(3)}`, ` ext. ${r.digits(4)}`, ` Ext ${r.digits(2)}`, ` #${r.digits(3)}`, `,,${r.digits(4)}`, ` (ext ${r.digits(4)})`]);
  return s;
}

/** an international number (visiting staff, relatives abroad, travelling patients) */
export function intlPhone(r: Rng): string {
  return r.pick([
    () => `+44 20 7946 0${r.digits(3)}`,
    () => `+44 7700 900${r.digits(3)}`,
    () => `+91 ${r.int(70, 99)}${r.digits(3)} ${r.digits(5)}`,
    () => `+49 30 ${r.digits(7)}`,
    () => `+52 55 ${r.digits(4)} ${r.digits(4)}`,
    () => `+63 917 ${r.digits(3)} ${r.digits(4)}`,
    () => `+234 803 ${r.digits(3)} ${r.digits(4)}`,
    () => `+33 6 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
    () => `0044 161 ${r.digits(3)} ${r.digits(4)}`,
    () => `+61 4${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
    () => `+1 416-${nxx(r)}-${r.digits(4)}`,
    () => `+971 50 ${r.digits(3)} ${r.digits(4)}`,
  ])();
}

export function phone(r: Rng): string {
  return r.chance(0.85) ? usPhone(r) : intlPhone(r);
}

/** a bare internal extension, as staff write it ("x4-5567", "ext 31190") */
export function extension(r: Rng): string {
  return r.pick([`x${r.int(2, 7)}-${r.digits(4)}`, `ext ${r.int(2, 7)}${r.digits(4)}`, `x${r.int(2, 7)}${r.digits(4)}`]);
}

// ---- addresses ----------------------------------------------------------------------------

const STREETS = [
  'Bluebonnet', 'Quail Hollow', 'Alcott', 'Rio Grande', 'Kamehameha', 'Sycamore Bend', 'Tecumseh', 'Larkspur', 'Chisholm Trail',
  'Wabash', 'Okemos', 'Harvest Moon', 'Saguaro', 'Magnolia Bluff', 'Pawnee', 'Juniper Ridge', 'Calle Esperanza', 'Old Mill',
  'Buckeye', 'Fenwick', 'Crabapple', 'Shenandoah', 'Tamarack', 'Muirfield', 'Spring Creek', 'Hackberry', 'Dunmore', 'Loblolly',
];
const STREET_TYPES = ['St', 'Street', 'Ave', 'Dr', 'Ln', 'Ct', 'Blvd', 'Way', 'Pl', 'Rd', 'Trail', 'Pkwy', 'Loop', 'Cove', 'Run'];
const UNITS = ['Apt 4B', 'Unit 12', '#305', 'Apt. 2', 'Lot 17', 'Trlr 9', 'Ste 110', 'Apt C'];
export const CITIES: [string, string, string][] = [
  ['Tulsa', 'OK', '741'], ['Pueblo', 'CO', '810'], ['Chattanooga', 'TN', '374'], ['Fort Wayne', 'IN', '468'], ['Lubbock', 'TX', '794'],
  ['Spokane', 'WA', '992'], ['Dubuque', 'IA', '520'], ['Albuquerque', 'NM', '871'], ['Savannah', 'GA', '314'], ['Duluth', 'MN', '558'],
  ['Bangor', 'ME', '044'], ['Kalamazoo', 'MI', '490'], ['Hilo', 'HI', '967'], ['Flagstaff', 'AZ', '860'], ['Muskogee', 'OK', '744'],
  ['Eau Claire', 'WI', '547'], ['Rapid City', 'SD', '577'], ['Wichita Falls', 'TX', '763'], ['Paducah', 'KY', '420'], ['Biloxi', 'MS', '395'],
  ['Missoula', 'MT', '598'], ['Yakima', 'WA', '989'], ['Lafayette', 'LA', '705'], ['Scranton', 'PA', '185'], ['Gallup', 'NM', '873'],
];

export interface Address {
  street: string;
  cityState: string;
  zip: string;
}

export function address(r: Rng): Address {
  const [city, st, z3] = r.pick(CITIES);
  const num = r.pick([String(r.int(10, 9999)), String(r.int(100, 29999)), `${r.int(100, 999)} 1/2`, `N${r.int(1000, 9999)}`]);
  const dir = r.chance(0.25) ? r.pick(['N ', 'S ', 'E ', 'W ', 'NE ', 'SW ']) : '';
  let street = r.chance(0.1)
    ? `${num} County Road ${r.pick(['K', 'JJ', String(r.int(100, 999))])}`
    : `${num} ${dir}${r.pick(STREETS)} ${r.pick(STREET_TYPES)}`;
  if (r.chance(0.3)) street += `${r.pick([', ', ' '])}${r.pick(UNITS)}`;
  if (r.chance(0.08)) street = `PO Box ${r.int(100, 9999)}`;
  const zip = `${z3}${r.digits(2)}${r.chance(0.2) ? '-' + r.digits(4) : ''}`;
  return { street, cityState: `${city}, ${st}`, zip };
}

// ---- URLs ---------------------------------------------------------------------------------

/** a personal page whose address names the person (a bare file-share link would not identify anyone) */
export function personalUrl(r: Rng, p: Person): string {
  const g = ascii(p.given) || 'x';
  const s = ascii(p.surname) || 'y';
  return r.pick([
    `https://www.facebook.com/${g}.${s}.${r.digits(3)}`,
    `https://www.linkedin.com/in/${g}-${s}-${r.chars('0123456789abcdef', 6)}`,
    `https://www.gofundme.com/f/help-${g}-${s}-recover`,
    `https://www.instagram.com/${g}_${s}${r.int(1, 99)}/`,
    `https://caringbridge.org/visit/${g}${s}`,
  ]);
}

/** a link that carries a patient identifier in its query string */
export function patientUrl(r: Rng, host: string, id: string): string {
  return r.pick([
    `https://${host}/portal/visit?mrn=${id}&t=${r.chars('abcdef0123456789', 10)}`,
    `https://${host}/reports/view.aspx?PatientID=${id}`,
    `https://${host}/fhir/R4/Patient/${id}`,
    `https://${host}/pay/${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 8)}?acct=${id}`,
  ]);
}
