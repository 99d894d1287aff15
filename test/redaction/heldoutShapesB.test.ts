import { describe, expect, it } from 'vitest';
import { textRedactor } from './redactText.js';

// Shapes and cues held-out family b showed missing (foreign-language dates and record labels,
// key=value dates, badges, mentions, one-time codes); every example is invented.
const text = textRedactor({ internalDomains: ['hospital.org'] });

describe('held-out shapes b: removed', () => {
  it.each([
    ['French birth date after "née le"', 'La patiente (née le 4 avril 1957) ne peut pas se connecter.', '4 avril 1957', 'DOB'],
    ['German birth date after "geb."', 'die Patientin (geb. 9. Oktober 1988) kann nicht drucken', '9. Oktober 1988', 'DOB'],
    ['Portuguese birth date after "nascida em"', 'a paciente (nascida em 3 de março de 2001) não entra', '3 de março de 2001', 'DOB'],
    ['Dutch birth date after "geboren"', 'patiënt (geboren 17 mei 2003) kan niet inloggen', '17 mei 2003', 'DOB'],
    ['Spanish birth date after "fecha de nacimiento"', 'el paciente (fecha de nacimiento 2 de enero de 1999) llama', '2 de enero de 1999', 'DOB'],
    ['Spanish appointment date', 'el paciente tiene cita el 5 de noviembre de 2025 y el portal falla', '5 de noviembre de 2025', 'DATE_PHI'],
    ['German discharge date', 'die Patientin wurde am 3. Juli 2025 entlassen, der Brief fehlt', '3. Juli 2025', 'DATE_PHI'],
    ['Dutch appointment date', 'patiënt had op 14 oktober 2025 een afspraak maar de app faalt', '14 oktober 2025', 'DATE_PHI'],
    ['French "1er" date after "rendez-vous du"', 'depuis son rendez-vous du 1er mars 2025. Message : NAK.', '1er mars 2025', 'DATE_PHI'],
    ['day-first numeric date after "rendez-vous du"', 'depuis son rendez-vous du 23/09/2025. Message : NAK.', '23/09/2025', 'DATE_PHI'],
    ['exam date in a key="value" dump', 'orc.npi="x" obr.exam_date="2025-02-14"', '2025-02-14', 'DATE_PHI'],
    ['ordinal exam date in a key="value" dump', 'obr.exam_date="the 9th of May"', '9th of May', 'DATE_PHI'],
    ['weekday date after "Appointment was"', 'Patient left the car. Appointment was Thu 4/17.', 'Thu 4/17', 'DATE_PHI'],
    ['weekday date after "appointment list for"', 'Clinic appointment list for Friday, May 9 prints blank on the kiosk', 'Friday, May 9', 'DATE_PHI'],
    ['MRN after "expediente"', 'el paciente (expediente M3310472) no aparece', 'M3310472', 'MRN'],
    ['MRN after "prontuário"', 'o sistema mostra erro ao abrir o prontuário 517-20-84.', '517-20-84', 'MRN'],
    ['MRN after "Patientennummer"', 'Patientennummer 88104523 fehlt im Befund', '88104523', 'MRN'],
    ['case number after "Fallnr."', 'die Patientin (Fallnr. G40917733) wurde verlegt', 'G40917733', 'ACCOUNT_NUMBER'],
    ['driver licence in digit groups after "DL"', 'Patient showed DL 418 207 963 at the booth.', '418 207 963', 'LICENSE_NUMBER'],
    ['badge number after "badge #"', 'Verified identity with badge # E204418 and DOB on file.', 'E204418', 'USERNAME'],
    ['bare badge digits in a list', "doors won't open:\n- Ana Ruiz, badge 308815\n- done", '308815', 'USERNAME'],
    ['Jira [~handle]', '[~tkowalsk] can you check the launch URL?', 'tkowalsk', 'USERNAME'],
    ['Jira @handle', '@rmendoz4 can you take a look?', 'rmendoz4', 'USERNAME'],
    ['login after "re-enrolled"', 'Tech note: re-enrolled dana.whitfield, new phone paired.', 'dana.whitfield', 'USERNAME'],
    ['one-time code in two groups', 'read one-time code 417 902 to the user', '417 902', 'CREDENTIAL'],
    ['letters-and-digits verification code', 'verification code QWRT-5521 expired twice', 'QWRT-5521', 'CREDENTIAL'],
    ['API key named with its file', 'api key in /etc/app/conf.yaml is zx81Kq0PpLm2Vb7Tc4Nd', 'zx81Kq0PpLm2Vb7Tc4Nd', 'CREDENTIAL'],
    ['FHIR link to one patient', 'link gives PS-4001:\nhttps://portal.example.org/fhir/R4/Patient/512-70-33\nworks for others', 'Patient/512-70-33', 'URL'],
    ['temp password "given:"', 'Temp password given: Qm7rTz2Lpw', 'Qm7rTz2Lpw', 'CREDENTIAL'],
  ])('%s', (_label, input, value, type) => {
    const out = text(input);
    expect(out).not.toContain(value);
    expect(out).toContain(`[${type}-1]`);
  });

  it('takes a mentioned login out wherever else it is written', () => {
    const out = text('[~zorblat] please check.\nlog shows zorblat locked out');
    expect(out).not.toContain('zorblat');
  });
});

// guards for the rules above: what they must not take
describe('held-out shapes b: kept', () => {
  it.each([
    ['a French Outlook "Sent" line', 'Envoyé : samedi 8 février 2025 10:14\nÀ : Pharmacie', 'samedi 8 février 2025 10:14'],
    ['a Spanish Outlook "Sent" line', 'Enviado el: miércoles, 9 de abril de 2025 8:05\nPara: Farmacia', 'miércoles, 9 de abril de 2025 8:05'],
    ['a Dutch Outlook "Sent" line', 'Verzonden: zaterdag 15 maart 2025 09:30\nAan: Apotheek', 'zaterdag 15 maart 2025 09:30'],
    ['a German Outlook "Sent" line', 'Gesendet: Dienstag, 4. März 2025 09:05\nAn: Apotheke', 'Dienstag, 4. März 2025 09:05'],
    ['a host name after "account on"', 'Service account on epic07.corp.hospital.org keeps locking.', 'epic07.corp.hospital.org'],
    ['a .local host after "account on"', 'Interface account on rcmcweb05.rcmc.local keeps locking.', 'rcmcweb05.rcmc.local'],
    ['a private server IP after an asset tag', 'label printer in Patient Access (asset AT-204411, 10.40.12.9, queue PA-01)', '10.40.12.9'],
    ['a badge reader version', 'Vocera Badge v3.2.27 after the update', 'v3.2.27'],
    ['a batch-file @echo', '@echo off\nset X=1', '@echo off'],
    ['a broadcast mention', '@here the VPN is back', '@here'],
    ['a word after "enrolled in"', 'she enrolled in the pilot last week', 'enrolled in the pilot'],
    ['a code word without digits', 'the verification code expired before she typed it', 'verification code expired'],
    ['a FHIR metadata link', 'see https://portal.example.org/fhir/R4/metadata for the version', 'https://portal.example.org/fhir/R4/metadata'],
    ['a job date in a French system sentence', 'La sauvegarde du 12 mars 2025 a échoué sur le serveur', '12 mars 2025'],
  ])('%s', (_label, input, value) => {
    expect(text(input)).toContain(value);
  });
});
