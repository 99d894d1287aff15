import { describe, expect, it } from 'vitest';
import { textRedactor } from './redactText.js';

// Identifier shapes the held-out family e showed missing: letter-prefixed record and employee numbers,
// dashed MRNs and badges, pharmacy order numbers, dot-leader screens and fixed-width census screens.
// Every example is invented; each removal has a look-alike that must stay.
const text = textRedactor();

describe('redactor: identifiers and screens of held-out family e', () => {
  it.each([
    ['a letter-prefixed number with no cue', 'Chart for the patient in 4B is still under W3965678 after the merge', 'W3965678'],
    ['an employee number with an EMP- prefix', 'New hire Ode Bamidele, ID EMP-40217, Pharmacy', 'EMP-40217'],
    ['a dashed MRN after its cue', 'critical potassium for the patient (MRN 31-20775) was late', '31-20775'],
    ['a dashed MRN in brackets after a name', 'last good scan was the wristband of Tomasz Wielgus (55-10392).', '55-10392'],
    ['a dashed badge number', 'the assigned nurse (badge 728-4410) got the escalations', '728-4410'],
    ['a login in a key=value log', '2026-01-02 03:09:07 OPERATOR=wielgto2 OVERRIDE', 'wielgto2'],
    ['a pharmacy order number', 'INFO ORDER 6215-80431 PT HALE ODETTE MRN K1002913', '6215-80431'],
    ['a name after a dot leader and a colon', ' NAME.......: OKONJO ADAEZE              SEX: F', 'OKONJO'],
    ['a pharmacy order number before its patient', 'INFO ORDER 6428415 PT HALE ODETTE', '6428415'],
    ['a birth date without separators after its cue', ' SEX: M   DOB: 080405', '080405'],
    ['a screen birth date with a month abbreviation', ' SEX: F   DOB: 03FEB21', '03FEB21'],
    ['a Medicare Beneficiary Identifier', ' PRIM INS...: MEDICARE A/B      ID: 3QT7-M28-VD61', '3QT7-M28-VD61'],
    ["a plan id after the plan's name on a screen's insurance line", ' PRIM INS...: BCBS PPO          ID: 856357231-04', '856357231-04'],
    ['a temporary password given right after its name', 'Use temp password QmD7rFz8AN for all of them', 'QmD7rFz8AN'],
    ["a login in brackets after its owner's profile", "same as Glen Potter's profile (pottergl8).", 'pottergl8'],
    ["a login between slashes after its owner's name", '- Heather Stone / stonehe7 / badge 00873421', 'stonehe7'],
    ['a dashed in-house number closing a line', 'Manager: Ines Carvalho, 5-6397', '5-6397'],
    ['a dashed in-house number closing a sentence', 'Please call me at 3-2298.', '3-2298'],
    ['a chat sender known by number', '[21/10/2025, 19:34:58] 3105550174: put it in the system', '3105550174'],
    ['a street whose name holds a weak street type', 'mail the CD to 92 E Dogwood Hollow Way, Altoona, PA 16687.', 'Dogwood'],
    ['a licence number under its label', "Driver's License #:\nP770-5833-8213   State: TX", 'P770-5833-8213'],
    ['a login listed before its owner', 'a) pengti8 (Peng, Tianyu) - last day 6/7', 'pengti8'],
    ['a dotted login before its owner', 'seoyeon.shin  Seo-yeon Shin  last day 6/13', 'seoyeon.shin'],
    ['a login before an owner whose surname has a particle', 'talqahta  Tariq al-Qahtani  last day 08/23', 'talqahta'],
    ['a pharmacy order number with a sequence', 'INFO ORDER 4723117-02 PT HALE ODETTE', '4723117-02'],
  ])('removes %s', (_label, input, value) => {
    expect(text(input)).not.toContain(value);
  });

  it('reads a fixed-width census by its headings, also where two columns run together', () => {
    const screen = [
      ' ADM.CENSUS.ICU        TCH  LIVE          08/09/25 1603     PAGE 1',
      ' RM-BD   PATIENT NAME              ACCT#        AGE SX  ADM DT     ATTENDING',
      ' 532-B   LINDQVIST AGNETA          G8789096     26 F    12-10-2025 OSEI',
      ' 318-B   ABARA CHIDI D             G4692996     40 M    11-02-2025 PELLETIER',
    ].join('\n');
    const out = text(screen);
    for (const v of ['LINDQVIST', 'G8789096', '12-10-2025', 'OSEI', 'ABARA', 'PELLETIER']) expect(out).not.toContain(v);
    expect(out).toContain('PATIENT NAME');
    expect(out).toContain('532-B');
  });

  it.each([
    ['a vendor case number', 'escalated to the vendor as CS0012345, waiting on them', 'CS0012345'],
    ['a knowledge-base article', 'applied KB5034441 and rebooted', 'KB5034441'],
    ['an order number in a purchase order', 'Order 12345 shipped to the loading dock', 'Order 12345'],
    ['a month and year', 'broken since 3-2024.', '3-2024'],
    ['a ticket id on a line about insurance', 'primary insurance is fine, ticket id 12345678', '12345678'],
    ['the words after a temporary password', 'the temp password expired overnight', 'temp password expired'],
    ['a join time in a CSV attendee row', 'Ana Araújo,l.araujo@example.org,8/7/2024 9:56:03 AM,53,No', '8/7/2024 9:56:03 AM'],
    ['a path in a settings file', 'OutDir=/opt/pacs/conf/server.xml', '/opt/pacs/conf/server.xml'],
    ['a machine account in a Windows event', 'Account Name:\t\tVM-RCMC-MIRTH-01$', 'VM-RCMC-MIRTH-01$'],
    ['an overhead emergency code', 'Overhead paged Code Amber during the drill.', 'Code Amber'],
    ['an imaging product', 'Two patients merged in Orthanc. pydicom of the series:', 'Orthanc'],
    ["a driver's licence as a term", "Scan the Driver's License on the kiosk", "Driver's License"],
    ['a short street word after a small house number', 'we got 3 Dry Run today', '3 Dry Run'],
    ['words in brackets after an ordinary word', 'see the notes (Release Notes) for details', 'notes (Release Notes)'],
    ['a server table with no patient column', 'HOST        STATUS   UPTIME\nAPP01       UP       12 days\nAPP02       DOWN     0 days', 'APP02       DOWN'],
  ])('keeps %s', (_label, input, kept) => {
    expect(text(input)).toContain(kept);
  });
});
