import type { Doc } from '../doc.js';
import { letterRuns } from '../text/letterRuns.js';
import type { PiiType } from '../types.js';

type FieldKind = 'id' | 'name' | 'dob' | 'address' | 'phone' | 'account' | 'ssn' | 'license' | 'provider' | 'planId';
// Segment field numbers (1-based after the segment name) that carry a person's data.
const FIELDS: Record<string, Record<number, FieldKind>> = {
  PID: { 2: 'id', 3: 'id', 4: 'id', 5: 'name', 6: 'name', 7: 'dob', 9: 'name', 11: 'address', 13: 'phone', 14: 'phone', 18: 'account', 19: 'ssn', 20: 'license', 21: 'id' },
  NK1: { 2: 'name', 4: 'address', 5: 'phone', 6: 'phone', 30: 'name', 31: 'phone', 32: 'address' },
  GT1: { 2: 'id', 3: 'name', 4: 'name', 5: 'address', 6: 'phone', 7: 'phone', 8: 'dob', 12: 'ssn' },
  IN1: { 2: 'planId', 16: 'name', 18: 'dob', 19: 'address', 36: 'planId', 49: 'planId' },
  IN2: { 1: 'id', 2: 'ssn' },
  PV1: { 7: 'provider', 8: 'provider', 9: 'provider', 17: 'provider', 19: 'account', 50: 'account' },
  ORC: { 10: 'provider', 11: 'provider', 12: 'provider', 14: 'phone' },
  OBR: { 10: 'provider', 16: 'provider', 17: 'phone', 28: 'provider', 32: 'provider', 33: 'provider', 34: 'provider', 35: 'provider' },
  MRG: { 1: 'id', 3: 'account', 4: 'id', 7: 'name' },
  DG1: { 16: 'provider' },
  PD1: { 4: 'provider' },
  ROL: { 4: 'provider' },
  TXA: { 5: 'provider', 9: 'provider', 10: 'provider', 11: 'provider', 22: 'provider' },
  // ASTM E1394 patient record, as analyzers send it to a LIS: "<STX>2P|1||436-0686||NAVA^CONSUELO||19541227|F|||||DR^NAME"
  // (practice, laboratory and third patient ids, name, mother's maiden name, birth date, address, phone, attending physician)
  P: { 2: 'id', 3: 'id', 4: 'id', 5: 'name', 6: 'name', 7: 'dob', 10: 'address', 12: 'phone', 13: 'name' },
};
// (a ticket typed or pasted in lower case keeps its segments: "pid|1||...")
const SEGMENT = /^([A-Za-z][A-Za-z0-9]{2})\|/;
// an ASTM record opens with its frame number, after the <STX> a trace prints; it ends at <CR>
const ASTM_PATIENT = /^(?:<STX>)?[0-7]?P\|\d/;
const ASTM_END = /<CR>|\r/;
// a field reference of a known segment, in any case (what every FIELD_REF match that counts holds)
const FIELD_REF_GATE = new RegExp(`\\b(?:${Object.keys(FIELDS).filter((k) => k.length === 3).join('|')})-\\d`, 'i');
const FIELD_REF = /\b([A-Za-z][A-Za-z0-9]{2})-(\d{1,2})(?:\.\d{1,2})?\s{0,2}[=:]\s{0,2}([^\s|]{1,200})/g;

function componentType(kind: FieldKind, index: number, value: string): PiiType | undefined {
  if (!/[\p{L}\p{N}]/u.test(value)) return undefined;
  switch (kind) {
    case 'id':
      return index === 0 && /\d/.test(value) ? 'MRN' : undefined;
    case 'name':
      return index <= 2 && /\p{L}/u.test(value) ? 'PERSON' : undefined;
    case 'dob':
      return index === 0 ? 'DOB' : undefined;
    case 'address':
      if (index === 4) return 'ZIP';
      return index <= 2 ? 'ADDRESS' : undefined;
    case 'phone':
      return /\d{3}/.test(value) ? 'PHONE' : undefined;
    case 'account':
      return index === 0 ? 'ACCOUNT_NUMBER' : undefined;
    case 'ssn':
      return index === 0 ? 'SSN' : undefined;
    case 'license':
      return index === 0 ? 'LICENSE_NUMBER' : undefined;
    case 'planId':
      return index === 0 ? 'HEALTH_PLAN_ID' : undefined;
    case 'provider':
      if (index === 0) return /\d{4,}/.test(value) ? 'LICENSE_NUMBER' : undefined;
      return index <= 3 && /\p{L}/u.test(value) ? 'PERSON' : undefined;
  }
}

/** Marks the personal components of one field value starting at `offset`. */
function markField(doc: Doc, kind: FieldKind, value: string, offset: number): void {
  let pos = 0;
  for (const repetition of value.split('~')) {
    const comps = repetition.split('^');
    // a name's components form one person: mark FAMILY^GIVEN^MIDDLE as one span
    if (kind === 'name' || kind === 'provider') {
      const first = kind === 'provider' ? 1 : 0;
      let nameStart = -1;
      let nameEnd = -1;
      let cpos = pos;
      comps.forEach((c, i) => {
        if (i === 0 && kind === 'provider' && componentType(kind, 0, c)) doc.add(offset + cpos, offset + cpos + c.length, 'LICENSE_NUMBER', 70);
        if (i >= first && i <= first + 2 && /\p{L}/u.test(c)) {
          if (nameStart === -1) nameStart = cpos;
          nameEnd = cpos + c.length;
          for (const part of letterRuns(c, true)) if (part.length >= 2) doc.nameParts.add(part.toLowerCase());
        }
        cpos += c.length + 1;
      });
      if (nameStart !== -1) doc.add(offset + nameStart, offset + nameEnd, 'PERSON', 70);
    } else {
      let cpos = pos;
      comps.forEach((c, i) => {
        const type = componentType(kind, i, c);
        if (type) doc.add(offset + cpos, offset + cpos + c.length, type, 70);
        cpos += c.length + 1;
      });
    }
    pos += repetition.length + 1;
  }
}

/** HL7 v2: PHI fields of segments (PID-5 names, PID-7 birth dates, ...), also as `PID-5=...` in logs; and ASTM patient records. */
export function detectHl7(doc: Doc): void {
  const text = doc.text;
  if (!text.includes('|') && !text.includes('^') && !FIELD_REF_GATE.test(text)) return;
  // (segments hold bars: only the lines that do are read)
  for (const start of doc.lineStartsWith('|')) {
    const content = doc.line(doc.lineOf(start));
    const trimmed = content.trimStart();
    const astm = ASTM_PATIENT.test(trimmed);
    const name = astm ? 'P' : SEGMENT.exec(trimmed)?.[1]?.toUpperCase();
    const fields = name ? FIELDS[name] : undefined;
    if (!fields) continue;
    const indent = content.length - trimmed.length;
    const end = astm ? ASTM_END.exec(trimmed)?.index ?? trimmed.length : trimmed.length;
    const parts = trimmed.slice(0, end).split('|');
    let offset = start + indent + (parts[0]?.length ?? 0) + 1;
    for (let i = 1; i < parts.length; i++) {
      const value = parts[i] ?? '';
      const kind = fields[i];
      if (kind && value) markField(doc, kind, value, offset);
      offset += value.length + 1;
    }
  }
  doc.budget.check();
  FIELD_REF.lastIndex = 0;
  for (let m = FIELD_REF.exec(text); m; m = FIELD_REF.exec(text)) {
    const kind = FIELDS[(m[1] ?? '').toUpperCase()]?.[Number(m[2])];
    const value = m[3] ?? '';
    if (kind) markField(doc, kind, value, m.index + m[0].length - value.length);
  }
}
