import type { Doc } from '../doc.js';
import { textBefore } from '../text/context.js';
import { luhnValid } from '../validators/luhn.js';

const CANDIDATE = /(?<![\d-])\d(?:[ -]?\d){12,18}(?!\d)/g;
const CARD_CUE = /\b(?:card|cc|credit|debit|visa|mastercard|mc|amex|discover|pan)\b/;
const DEVICE_CUE = /\b(?:imei|meid|esn|serial|s\/n|sn|iccid|sim)\b/;
const IIN = /^(?:4|5[1-5]|2[2-7]|3[47]|3[068]|35|6(?:011|5|4[4-9]|2))/;

/** Card numbers: 13-19 digits passing Luhn with a known issuer prefix, or any such run after a card word. */
export function detectCreditCards(doc: Doc): void {
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(doc.text); m; m = CANDIDATE.exec(doc.text)) {
    const digits = m[0].replace(/\D/g, '');
    const before = textBefore(doc, m.index, 40);
    const cue = CARD_CUE.test(before);
    if (!(cue || (luhnValid(digits) && IIN.test(digits)))) continue;
    const type = DEVICE_CUE.test(before) && !cue ? 'DEVICE_ID' : 'CREDIT_CARD';
    doc.add(m.index, m.index + m[0].length, type, 60, digits);
  }
}
