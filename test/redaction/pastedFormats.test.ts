import { describe, expect, it } from 'vitest';
import { textRedactor } from './redactText.js';

// Pasted formats and the words around them, from the held-out family f: calendar invites, dcmdump
// comments, DICOM commands, a Spanish form's abbreviation, Becton Dickinson, a unit after a signed name, a
// caller's greeting, and dates the sentence ties to a patient. Every example is invented; each
// removal has a look-alike that must stay.
const text = textRedactor();

const invite = (summary: string) =>
  [
    'BEGIN:VCALENDAR',
    'BEGIN:VEVENT',
    'ORGANIZER;CN="Olvera Barrientos, Yesenia":mailto:yolvera@example.org',
    'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Rajkumar Ramnarine:mailto:rramnarine@example.org',
    'DTSTART;TZID=Eastern Standard Time:20251213T151500',
    `SUMMARY:${summary}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\n');

const dcmdump = [
  '(0010,0010) PN [BAEZ ACEVEDO^ROSARIO]                     # PatientName',
  '(0010,0030) DA [19560410]                              # PatientBirthDate',
  '(0010,0040) CS [F]                                     # PatientSex',
  '(0018,1020) LO [20H1]                        # SoftwareVersions',
].join('\n');

describe('redactor: pasted formats', () => {
  it('takes the time and the bracketed id of an invite about a patient, and keeps its properties', () => {
    const out = text(invite('Family meeting - OUEDRAOGO, SOULEYMANE (926-1159)'));
    expect(out).not.toContain('20251213T151500');
    expect(out).not.toContain('926-1159');
    expect(out).not.toContain('Rajkumar');
    expect(out).toContain('ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=');
    expect(out).toContain('DTSTART;TZID=Eastern Standard Time:');
    expect(out).toContain(':mailto:');
  });

  it("keeps a staff meeting's time", () => {
    expect(text(invite('Epic upgrade go/no-go (CHG0041234)'))).toContain('20251213T151500');
  });

  it("keeps the time of a meeting of a department named after patients", () => {
    expect(text(invite('Outlook for Mac go-live huddle - Patient Access'))).toContain('20251213T151500');
  });

  it("keeps a dcmdump's comments while taking its values", () => {
    const out = text(dcmdump);
    expect(out).not.toContain('19560410');
    expect(out).not.toContain('ROSARIO');
    expect(out).toContain('# PatientSex');
    expect(out).toContain('# SoftwareVersions');
  });

  it.each([
    ['a DICOM command beside a patient in capitals', 'The VNA rejects it with C-STORE 0xA900 for BAEZ ACEVEDO^ROSARIO', 'C-STORE 0xA900'],
    ['an insurer before a form abbreviation', 'Plan médico: Triple-S  Núm. de contrato YAC81229779', 'Triple-S  Núm.'],
    ['a form abbreviation after a name', 'Nombre: Dariel Báez  Núm. de contrato YAC81229779', 'Núm.'],
    ['Becton Dickinson after a model number', 'Accès demandés : cobas 8000, BD Pyxis', 'cobas 8000, BD Pyxis'],
    ['a unit after a signed name', 'Thanks for looking.\n-- Vinícius Siqueira, Med-Surg 3', 'Med-Surg 3'],
    ['a department before a contraction', "this is uh étienne, étienne bélanger from Release of Information, I'm locked out", "Release of Information, I'm"],
    ["a caller's greeting", 'CALLER: hi this is maria from pharmacy', 'CALLER: hi this is'],
    ['an ordinary word after "this is"', 'this is bill on the invoice', 'bill'],
    ['a date things were shipped to sites', 'Toner shipped to 12 sites on 5/3/2025', '5/3/2025'],
    ['a date a server job was done', 'The server was patched. It was done 05/10/2026 by the team.', '05/10/2026'],
    ['a date of another event after a record', 'Label printed for MRN Z663697. The printer jammed 05/10/2026 again.', '05/10/2026'],
    ["a web proxy's change date", 'Zscaler proxy -> Direct mode was switched on 2024-05-04 by the team.', '2024-05-04'],
    ["a proxy server's rebuild date", 'Proxy Server PX01 was rebuilt 2024-05-04.', '2024-05-04'],
    ["a proxy's failover date", 'Proxy Primary -> standby failover done 2024-05-04.', '2024-05-04'],
    ["a product named …Proxy's failover date", 'CCProxy Primary -> Backup failover done 2024-05-04.', '2024-05-04'],
  ])('keeps %s', (_label, input, kept) => {
    expect(text(input)).toContain(kept);
  });

  it.each([
    ['a boulevard in capitals', 'Adresse : 4500 BD HENRI-BOURASSA, Montréal', '4500 BD HENRI-BOURASSA'],
    ['a frequent given name after "this is" and the errand', 'CALLER: hi this is maria from pharmacy', 'maria'],
    ['the day patients\' orders are for', 'MWL only shows the first 3 orders for 03/29/2024, then C-FIND 0xA700.', '03/29/2024'],
    ['a date a device kit was shipped to a home', 'Shipped to 403 W Buttonwood Street, Valdosta, GA 31647 on 06/23/2026', '06/23/2026'],
    ['a date a health care proxy signed', 'Authorization signed by Kapono Kanahele (health care proxy) on 6/3/2024', '6/3/2024'],
    ["the date a patient portal's proxy between two people was made", '51. Proxy Tünde Mészáros -> Tyrone was created 06/02/2024 by hsolanki.', '06/02/2024'],
    ["a date in a sentence following up a patient's record", 'Office cannot open the results for Maricel Magbanua (DOB 6/9/58, MRN Z663697). It was done 05/10/2026 and the viewer fails.', '05/10/2026'],
  ])('removes %s', (_label, input, value) => {
    expect(text(input)).not.toContain(value);
  });
});
