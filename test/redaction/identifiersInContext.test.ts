import { describe, expect, it } from 'vitest';
import { textRedactor } from './redactText.js';

// Identifiers the held-out families f and g still showed: an account number with a letter prefix,
// a device id after "device:", a birth date after the Spanish "nació" and one said in words on the
// line after the question. Every example is invented; each removal has a look-alike that must stay.
const text = textRedactor();

describe('redactor: identifiers by their context', () => {
  it.each([
    ['an account number with a three-letter prefix', "payment posted on the guarantor's account HAR27003322 instead", 'HAR27003322'],
    ['a serial after "device:"', "Patient's device: HFS149886, connecting from home", 'HFS149886'],
    ['a birth date after "nació"', 'Mi mamá nació el 29/06/2019 por si lo necesitan.', '29/06/2019'],
    ['a birth date said in words, answering the question', 'AGENT: and date of birth for verification\nCALLER: five one, sixty-seven\nAGENT: perfect', 'sixty-seven'],
    ['a plate after a scanned label that misread its letters', 'State : WI\nVe hic1e p1ate; BWP 0200\nSponsor (employee): Yutong Wu', 'BWP 0200'],
    ['a street with a title-like street type', 'She lives at 1625 Oak Dr. in town', '1625 Oak'],
    ['a date in a sentence about a family member', "Mom can't make it December 25, please call me back", 'December 25'],
    ['a date a guardian signed', 'Authorization signed by Lyric Story (legal guardian) on 5/31/2025', '5/31/2025'],
    ['a spoken birth date with a month', 'AGENT: date of birth?\nCALLER: march fourth, forty-five\nAGENT: thanks', 'forty-five'],
    ['a password right after its key word, holding a key=value shape', 'logged in with the username angel35 and password RDH=8vY2HdxAe (he read it to me)', 'RDH=8vY2HdxAe'],
    ['a password of letters and digits right after its key word', 'the password Xk9mPq2Lz did not work', 'Xk9mPq2Lz'],
  ])('removes %s', (_label, input, value) => {
    expect(text(input)).not.toContain(value);
  });

  it.each([
    ['a time before a doctor in a timeline (no street)', 'Timeline\n1625  Dr. Papageorgiou reported a delayed order', '1625  Dr.'],
    ['a date of a shipment of things', 'The printers shipped on 5/3/2025 to the warehouse', '5/3/2025'],
    ['a device that is a product', 'device: iPhone 15 Pro keeps dropping', 'iPhone 15 Pro'],
    ['a year after "account"', 'account for 2024 budget is closed', '2024'],
    ['an answer that is no date', 'AGENT: and your date of birth?\nCALLER: one moment please\nAGENT: sure', 'one moment please'],
    ['ordinals without a said number after the question', 'Which field is the date of birth?\nthe first and the second', 'the first and the second'],
    ['words after "password"', 'the password expires in 90 days', 'password expires'],
    ['a version after "password"', 'the new login page shipped with password v2.1.3 last night', 'password v2.1.3'],
  ])('keeps %s', (_label, input, kept) => {
    expect(text(input)).toContain(kept);
  });
});

describe('redactor: ASTM E1394 records from analyzers', () => {
  const trace = [
    '<STX>1H|\\^&|||cobas8000^version 2.1|||||LIS|TSREQ^REAL|P|1|20261119213726<CR><ETX>',
    '<STX>2P|1||436-0686||OKONKWO^ADAEZE||19541227|F|||||CASTANEDA^ANGEL<CR><ETX>',
    '<STX>3O|1|26^1||^^^K|R||||||N||||WB<CR><ETX>',
  ].join('\n');

  it('removes the patient id, name, birth date and attending physician of a patient record', () => {
    const out = text(trace);
    for (const value of ['436-0686', 'OKONKWO', 'ADAEZE', '19541227', 'CASTANEDA', 'ANGEL']) expect(out).not.toContain(value);
  });

  it('keeps the codes of header and order records and the record ends (no name runs on past a field break)', () => {
    const out = text(trace);
    for (const kept of ['TSREQ^REAL', 'cobas8000^version 2.1', '26^1']) expect(out).toContain(kept);
    expect(out.split('<CR><ETX>')).toHaveLength(4);
  });
});

describe('redactor: logins made from a name the ticket gives', () => {
  it.each([
    ['a login in capitals in a transaction log', 'Sanne de Groot (Unit Secretary) cannot pull an override\n09/17/24 10:36  SDEGROOT  OVERRIDE  dextrose', 'SDEGROOT'],
    ['a login after "lockouts"', 'Account lockouts hgolubeva - event 4740\nHalyna Golubeva (RN) gets locked out', 'hgolubeva'],
    ['a login after "by"', 'Proxy was created 6/4/25 by ohrytsenk. Patient Oksana Hrytsenko called', 'ohrytsenk'],
    ['a login led by an initial the ticket does not give', 'Reviewed in the channel log by tswift. Caller was Dr. Leona Swift from 4 West', 'tswift'],
    ['a numbered login that is a name and a word', 'Patient Royal Lamb passed away: lock portal royal50', 'royal50'],
  ])('removes %s', (_label, input, value) => {
    expect(text(input)).not.toContain(value);
  });

  it.each([
    ['a word that holds a known name but more letters than its parts explain', 'Patient Story Mills. The millstone and millsite builds failed', 'millstone and millsite'],
    ['an ordinary word in capitals', 'Patient Story Mills. HISTORY tab is blank', 'HISTORY'],
  ])('keeps %s', (_label, input, kept) => {
    expect(text(input)).toContain(kept);
  });
});

describe('redactor: a ticket typed or pasted in lower case', () => {
  it('reads HL7 segments in lower case', () => {
    const out = text('pid|1||7903389^^^cvhs^mr||hoang^hai^m||19630302|f|||6552 north magnolia ave^^knoxville^tn^37911||(774) 985-9662');
    for (const value of ['7903389', 'hoang', '19630302', 'magnolia', 'knoxville', '37911']) expect(out).not.toContain(value);
  });

  it('reads a lower-case street line that ends in "way" or "trl"', () => {
    const out = text('address 73 44th way, ocala, fl 34488\nalso 3210 22nd trl, naperville, il 60585');
    for (const value of ['44th way', '22nd trl']) expect(out).not.toContain(value);
  });

  it('reads HL7 field references in a lower-case log', () => {
    const out = text('info  msh-10=etw5exmr pid-3=00128764 pid-5=vu^matteo^j obx=23 -> filed');
    for (const value of ['00128764', 'matteo']) expect(out).not.toContain(value);
  });

  it('takes the listed surname after a lower-case title and given name', () => {
    const out = text('radiologist dr. deshawn strong needs them for the read; dr. lee said no');
    expect(out).not.toContain('strong');
    expect(out).toContain('needs them');
    expect(out).toContain('said no');
  });

  it('keeps a lower-case line with bars that is no HL7 segment', () => {
    expect(text('see col|row|val for the grid')).toContain('col|row|val');
  });
});
