import type { Doc } from '../doc.js';
import { addPerson } from '../names/addPerson.js';
import { nameWord } from '../names/namePart.js';
import type { PiiType } from '../types.js';

// X12 EDI (270/271 eligibility, 276/277 status, 835 remittance, 837 claims) pasted into a ticket:
// segments "ID*element*element~", a person's data in known elements. NM1 names an entity (1 a person,
// 2 an organisation) and carries its id after a qualifier; N3/N4 hold the address of the entity
// named last; DMG the birth date; DTP a date of the visit or the plan; REF, PER, CLM/CLP ids,
// contacts and the patient's account. Control numbers, codes and organisations stay.

// an X12 paste: a segment id and its first element at a line start or after a ~
const GATE = /(?:^|~)[ \t]*(?:ISA|GS|ST|NM1|CLM|CLP|EB|DMG|REF)\*/m;
const SEGMENT = /(?<=^|~)[ \t]*([A-Z][A-Z0-9]{1,2})\*([^~\n]*)/gm;
const PRIORITY = 70;

// REF qualifiers: SSN, member and subscriber ids, medical record, patient account
// (and the payer's claim numbers: 1K, F8)
const REF_TYPES: Record<string, PiiType> = { SY: 'SSN', '1W': 'HEALTH_PLAN_ID', IG: 'HEALTH_PLAN_ID', '0F': 'HEALTH_PLAN_ID', EA: 'MRN', EJ: 'ACCOUNT_NUMBER', '1K': 'ACCOUNT_NUMBER', F8: 'ACCOUNT_NUMBER' };
// DTM qualifiers of a claim's care dates: statement from/to, service, admission, discharge
const DTM_CARE = new Set(['232', '233', '472', '150', '151', '434', '435', '096', '036']);
// NM1 id qualifiers of a person: member id, SSN, NPI, medical record
const NM1_IDS: Record<string, PiiType> = { MI: 'HEALTH_PLAN_ID', II: 'HEALTH_PLAN_ID', '34': 'SSN', XX: 'LICENSE_NUMBER', MR: 'MRN', HN: 'HEALTH_PLAN_ID' };
// PER communication qualifiers
const PER_TYPES: Record<string, PiiType> = { TE: 'PHONE', CP: 'PHONE', HP: 'PHONE', WP: 'PHONE', EX: 'PHONE', FX: 'FAX', EM: 'EMAIL' };

/** The elements of one segment with their offsets in the text. */
function elements(body: string, start: number): { value: string; at: number }[] {
  const out: { value: string; at: number }[] = [];
  let at = start;
  for (const value of body.split('*')) {
    out.push({ value, at });
    at += value.length + 1;
  }
  return out;
}

export function detectX12(doc: Doc): void {
  const text = doc.text;
  if (!text.includes('*') || !GATE.test(text)) return;
  // the entity named last is an organisation: its address is no one's home
  let organisation = true;
  SEGMENT.lastIndex = 0;
  for (let m = SEGMENT.exec(text); m; m = SEGMENT.exec(text)) {
    const id = m[1] ?? '';
    const body = m[2] ?? '';
    const els = elements(body, m.index + m[0].length - body.length);
    const el = (i: number) => els[i];
    const mark = (i: number, type: PiiType) => {
      const e = el(i);
      if (e && /[\p{L}\p{N}]/u.test(e.value)) doc.add(e.at, e.at + e.value.trimEnd().length, type, PRIORITY);
    };
    switch (id) {
      case 'NM1': {
        organisation = el(1)?.value !== '1';
        if (!organisation) {
          for (const i of [2, 3, 4]) {
            const e = el(i);
            if (e && /\p{L}/u.test(e.value)) addPerson(doc, e.at, e.at + e.value.trimEnd().length, PRIORITY);
          }
        }
        const type = NM1_IDS[el(7)?.value ?? ''];
        if (type && !(organisation && (type === 'LICENSE_NUMBER' || type === 'MRN'))) mark(8, type);
        break;
      }
      case 'N3':
        if (!organisation) [0, 1].forEach((i) => mark(i, 'ADDRESS'));
        break;
      case 'N4':
        if (!organisation) {
          mark(0, 'ADDRESS');
          mark(2, 'ZIP');
        }
        break;
      case 'DMG':
        mark(1, 'DOB');
        break;
      case 'DTP':
        if (/^R?D8$/.test(el(1)?.value ?? '')) mark(2, 'DATE_PHI');
        break;
      case 'REF': {
        const type = REF_TYPES[el(0)?.value ?? ''];
        if (type) mark(1, type);
        break;
      }
      case 'PER': {
        // the contact is someone, unless a desk or a department ("BILLING DEPT")
        const name = el(1);
        if (name && /\p{L}/u.test(name.value) && name.value.split(/\s+/).every((w) => nameWord(w))) addPerson(doc, name.at, name.at + name.value.length, PRIORITY);
        for (const i of [2, 4, 6]) {
          const type = PER_TYPES[el(i)?.value ?? ''];
          if (type) mark(i + 1, type);
        }
        break;
      }
      case 'DTM':
        if (DTM_CARE.has(el(0)?.value ?? '')) mark(1, 'DATE_PHI');
        break;
      case 'CLM':
        mark(0, 'ACCOUNT_NUMBER');
        break;
      case 'CLP':
        // the patient's account, and the payer's own number for the claim
        mark(0, 'ACCOUNT_NUMBER');
        mark(6, 'ACCOUNT_NUMBER');
        break;
    }
  }
}

/** A word of an X12 paste ("NM1*IL*1*DOE*JOHN****MI*W123~", "AAA*Y**75*C", an ISA's "*ZZ*RCMC270"): its data is read by element, not as a password. */
export function isX12Segment(word: string): boolean {
  return X12_WORD.test(word);
}
const X12_WORD = /^(?:[A-Z][A-Z0-9]{1,2})?\*[^\s]*$|^[^\s]*\*[^\s]*~$/;

/** An X12 status or rejection code quoted alone ("AAA*N**73*C", "STC*A6:35"): a code, not a password. */
export function isX12Code(word: string): boolean {
  return X12_CODE.test(word);
}
const X12_CODE = /^(?:AAA|STC|CAS|EB|IK3|IK4|AK9|TA1)\*[A-Z0-9*:]{1,30}$/;

/** The text holds an X12 paste. */
export function hasX12(text: string): boolean {
  return text.includes('*') && GATE.test(text);
}
