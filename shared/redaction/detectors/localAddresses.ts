import type { Doc } from '../doc.js';
import { textWordGate, type WordGateOf } from '../text/wordGates.js';
import { POSTCODE_WORDS } from './address.js';

// Addresses written the Québec, Puerto Rico and Latin American way, which the US patterns miss:
// "7180, chemin de la Côte-des-Neiges, app 3B", "Sherbrooke (Québec)  J1H 6B9",
// "Calle Guayacán 961, Apt. 12A", "Urb. Valle Arriba Heights, Calle 2 #55".

const FR_TYPES = ['rue', 'chemin', 'ch.', 'boulevard', 'boul.', 'bd', 'avenue', 'av.', 'route', 'rang', 'montée', 'place', 'côte', 'allée', 'impasse', 'promenade', 'croissant', 'terrasse'];
const ES_TYPES = ['Calle', 'Avenida', 'Ave.', 'Carretera', 'Carr.', 'Camino', 'Paseo', 'Urb.', 'Urbanización', 'Barrio', 'Bo.', 'Cond.', 'Condominio'];
const escapeDot = (t: string) => t.replace('.', '\\.');

// number (a comma after it, Québec style), a French street type, the name up to a comma or line end
const FR_STREET = new RegExp(String.raw`(?<![\w.,-])\d{1,6}(?:-\d{1,4})?,? (?:${FR_TYPES.map(escapeDot).join('|')}) [^\n,;()]{2,60}(?:, (?:app\.?|appartement|bureau|suite|unité) ?[\w-]{1,6})?`, 'gi');
// a word gate: the street type stands between a space and a space or a full stop, a whole word
const FR_STREET_WORDS = textWordGate(new RegExp(`^(?:${FR_TYPES.map((t) => t.replace('.', '')).join('|')})$`, 'i'));
const CAPS_BD = /^[\d-]+,? BD \p{Lu}\p{Ll}/u;
// a Spanish street type first, then the name and number ("Calle 2 #55", "Ave. Ponce de León 1010")
const ES_STREET = new RegExp(String.raw`\b(?:${ES_TYPES.map(escapeDot).join('|')})\s[^\n,;()]{2,60}(?:,\s(?:Apt\.?|Apto\.?|Calle|#)\s?[\w #-]{1,12})?`, 'g');
// "Sherbrooke (Québec)", "Gatineau (QC)": a town before its province in brackets
const TOWN_PROVINCE = /(\p{Lu}[\p{L}'’.-]+(?:[ -]\p{Lu}[\p{L}'’.-]+){0,2}) \((?:Québec|Quebec|QC|Qc|Ontario|ON|Nouveau-Brunswick|NB)\)/gu;
// Canadian postal codes with their space: the first letter is one Canada Post uses, no D F I O Q U
// (scanned only when a word passes POSTCODE_WORDS)
export const CA_POSTAL = /(?<![\w-])[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] \d[ABCEGHJ-NPRSTV-Z]\d(?![\w-])/g;
// what every ES_STREET match starts with, as a word gate (a full stop ends a word)
const ES_WORDS = textWordGate(new RegExp(String.raw`\b(?:${ES_TYPES.map((t) => (t.endsWith('.') ? `${t.slice(0, -1)}$` : t)).join('|')})`));

export function detectLocalAddresses(doc: Doc): void {
  const text = doc.text;
  const lower = doc.lower;
  if (doc.longestDigitRun > 0 && (doc.wordBits & FR_STREET_WORDS) !== 0) {
    FR_STREET.lastIndex = 0;
    // "BD" before a capitalised word is Becton Dickinson ("cobas 8000, BD Pyxis"), not a boulevard
    for (let m = FR_STREET.exec(text); m; m = FR_STREET.exec(text)) if (!CAPS_BD.test(m[0])) doc.add(m.index, m.index + m[0].trimEnd().length, 'ADDRESS', 40);
  }
  if ((doc.wordBits & ES_WORDS) !== 0) {
    ES_STREET.lastIndex = 0;
    // a street line holds a number
    for (let m = ES_STREET.exec(text); m; m = ES_STREET.exec(text)) if (/\d/.test(m[0])) doc.add(m.index, m.index + m[0].trimEnd().length, 'ADDRESS', 40);
  }
  if (lower.includes('(qu') || lower.includes('(qc') || lower.includes('(on') || lower.includes('(nouveau') || lower.includes('(nb')) {
    TOWN_PROVINCE.lastIndex = 0;
    for (let m = TOWN_PROVINCE.exec(text); m; m = TOWN_PROVINCE.exec(text)) doc.add(m.index, m.index + (m[1] ?? '').length, 'ADDRESS', 40);
  }
  CA_POSTAL.lastIndex = (doc.wordBits & POSTCODE_WORDS) !== 0 ? 0 : text.length;
  for (let m = CA_POSTAL.exec(text); m; m = CA_POSTAL.exec(text)) doc.add(m.index, m.index + m[0].length, 'ZIP', 40);
}

/** The word gates of this file, each with a scan it stands for (test/redaction/wordGates.test.ts). */
export const LOCAL_ADDRESS_WORD_GATES: WordGateOf[] = [
  { bit: FR_STREET_WORDS, scan: FR_STREET },
  { bit: ES_WORDS, scan: ES_STREET },
];
