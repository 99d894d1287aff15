import type { Doc } from '../doc.js';
import { isCommonWord } from '../text/englishLexicon.js';
import { addPerson } from './addPerson.js';
import { type GatedScan, gatedMatches } from './gatedMatches.js';
import { nameLexicon } from './nameLexicon.js';
import { NAME_LABEL_BEFORE } from './namePart.js';
import { ACRONYMS } from './vocabulary.js';

// HL7's LAST^FIRST^M outside a segment: "label says STROUD^TUCKER^B", orc.ordering="NAIR^KAVITHA^G"
const CARET_NAME = /(?<![\p{L}\p{M}^])(\p{L}[\p{L}\p{M}'’-]{1,40})\^(\p{L}[\p{L}\p{M}'’-]{1,40})(?:\^\p{L}[\p{L}\p{M}'’-]{0,40})?(?![\p{L}\p{M}])/uy;
// what every CARET_NAME match holds after its first word (of at most 41 code points): tried only there (see gatedMatches)
const CARET_GATE = /\^(?=\p{L})/gu;
export const CARET_SCAN: GatedScan = { sticky: CARET_NAME, gate: CARET_GATE, reach: 82 };
// segments whose name fields are people (patient, next of kin, merge, insured, guarantor)
const HL7_PERSON_SEGMENT = /(?:PID|NK1|MRG|IN1|GT1)\|/;
// an ASTM header, order, result or terminator record holds codes joined by ^ ("TSREQ^REAL", "^^^GLU"), no names
const ASTM_CODE_RECORD = /^\s*(?:<STX>)?[0-7]?[HOLRQCM]\|/;
/** A part of a caret name that may be a name: no segment or test code ("ORM", "CBC"), not a common word unless listed. */
function caretPart(part: string): 'clear' | 'possible' | 'no' {
  if (ACRONYMS.has(part.toLowerCase())) return 'no';
  const lex = nameLexicon();
  if (lex.isName(part) && !isCommonWord(part)) return 'clear';
  return isCommonWord(part) ? 'no' : 'possible';
}

/** HL7-style LAST^FIRST names outside the HL7 detector's segments: in fields, table cells, after labels. */
export function caretNames(doc: Doc): void {
  const text = doc.text;
  for (const m of gatedMatches(text, CARET_SCAN)) {
    const a = caretPart(m[1] ?? '');
    const b = caretPart(m[2] ?? '');
    // between field bars ("||MOORE^BROOK||") it is an HL7 name field, ordinary words or not
    const field = text[m.index - 1] === '|' && text[m.index + m[0].length] === '|' && HL7_PERSON_SEGMENT.test(text.slice(Math.max(0, text.lastIndexOf('\n', m.index) + 1), m.index));
    // a cell of its own in a pipe table ("SAPOLU^LOSALINE | APT 1C ...")
    const lineHead = text.slice(text.lastIndexOf('\n', m.index - 1) + 1, m.index);
    if (ASTM_CODE_RECORD.test(lineHead)) continue;
    const cell = /^\s*$|\|\s*$/.test(lineHead) && /^\s*\|/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3));
    // in a name field or a cell of its own, ordinary words are names too ("KING^CHIP | RR 5 BOX 998");
    // a code and its meaning ("GLU^Glucose") are typed in different cases
    const p1 = m[1] ?? '';
    const p2 = m[2] ?? '';
    const listedOr = (part: string, kind: string) => kind !== 'no' || (nameLexicon().isName(part) && !ACRONYMS.has(part.toLowerCase()));
    const cellName = cell && (p1 === p1.toUpperCase()) === (p2 === p2.toUpperCase()) && listedOr(p1, a) && listedOr(p2, b);
    if ((a === 'no' || b === 'no') && !(field && !ACRONYMS.has(p1.toLowerCase())) && !cellName) continue;
    const labelled = field || cell || NAME_LABEL_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) || /^\s{0,2}(?:dob|mrn|\()/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6));
    // two words of letters that are neither ordinary words nor codes: HL7 joins little else with ^ ("KWON^JI-EUN")
    const unlisted = a === 'possible' && b === 'possible';
    if (a === 'clear' || b === 'clear' || labelled || unlisted) addPerson(doc, m.index, m.index + m[0].length, 35);
  }
}
