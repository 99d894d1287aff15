import type { Doc } from '../doc.js';
import { addPerson } from '../names/addPerson.js';
import type { PiiType } from '../types.js';

// DICOM headers pasted from dcmdump or pydicom: the patient's attributes by their standard tags,
// "(0010,0010) PN [DOE^JANE]", "(0010, 0020) Patient ID   LO: '002-9445'".
const TAGS: Record<string, PiiType> = {
  '0010,0010': 'PERSON', // Patient's Name
  '0010,0020': 'MRN', // Patient ID
  '0010,0030': 'DOB', // Patient's Birth Date
  '0010,1000': 'MRN', // Other Patient IDs
  '0010,1001': 'PERSON', // Other Patient Names
  '0010,1040': 'ADDRESS', // Patient's Address
  '0010,2154': 'PHONE', // Patient's Telephone Numbers
  '0008,0050': 'MRN', // Accession Number
  '0008,0090': 'PERSON', // Referring Physician's Name
  '0008,1050': 'PERSON', // Performing Physician's Name
  '0032,1032': 'PERSON', // Requesting Physician
};
// the tag, then (on the same line) the value: dcmdump's [ ] or pydicom's quotes
// (pydicom: the value in quotes after the VR and a colon; the attribute's name may hold an apostrophe)
const ELEMENT = /\((00[0-9A-F]{2}),\s?([0-9A-F]{4})\)[^\n[\]]{0,60}?(?:\[|\b[A-Z]{2}: ?['"])([^\]'"\n]{1,64})[\]'"]/g;

export function detectDicom(doc: Doc): void {
  const text = doc.text;
  if (!text.includes('(0010,') && !text.includes('(0010, ') && !text.includes('(0008,') && !text.includes('(0032,')) return;
  ELEMENT.lastIndex = 0;
  for (let m = ELEMENT.exec(text); m; m = ELEMENT.exec(text)) {
    const type = TAGS[`${m[1] ?? ''},${(m[2] ?? '').toUpperCase()}`];
    const value = (m[3] ?? '').trim();
    if (!type || !value || /^\(?no value|^\s*$/i.test(value)) continue;
    const at = m.index + m[0].length - 1 - (m[3] ?? '').length + (m[3] ?? '').indexOf(value);
    if (type === 'PERSON') addPerson(doc, at, at + value.length, 50);
    else doc.add(at, at + value.length, type, 50);
  }
}
