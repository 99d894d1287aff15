import { describe, expect, it } from 'vitest';
import { textRedactor } from './redactText.js';

// Shapes and cues the held-out corpus showed missing; every example is invented.
const text = textRedactor({ internalDomains: ['hospital.org'] });

describe('held-out shapes: removed', () => {
  it.each([
    ['MRN in digit groups after a cue', 'wristband for ROE, JANE (MRN 412-73-18) will not print', '412-73-18', 'MRN'],
    ['MRN in digit groups, upper case note', 'PATIENT ON HOLD, MRN 903-11-47. ERROR 0x80070005', '903-11-47', 'MRN'],
    ['MR + 8 digits without a cue', 'query returned -> MR55120348 twice', 'MR55120348', 'MRN'],
    ['M + 7 digits in brackets after a name', 'Kit issued to Ana Ruiz (M4410273): tablet will not pair', 'M4410273', 'MRN'],
    ['M + 7 digits in a ticket about a patient chart', 'crash when i open a pateint chart (for example Li Wen M7730145)', 'M7730145', 'MRN'],
    ['3-2-2 digit groups in a patient query result', "SELECT pat_mrn FROM patient WHERE birth_date = '1950-02-03';\n-> 771-20-38", '771-20-38', 'MRN'],
    ['dd-MON-yyyy after DOB', 'Member ID on file, DOB 14-MAR-1961. Please fix', '14-MAR-1961', 'DOB'],
    ['dd Mon yyyy after a Spanish birth-date cue', 'no puede entrar, fecha de nacimiento 3 Feb 2019.', '3 Feb 2019', 'DOB'],
    ['dd-MON-yyyy discharge date', 'Admitted Oct 2, discharged 11-JUN-2025 - summary pages print fine', '11-JUN-2025', 'DATE_PHI'],
    ['ordinal date "the 9th of March"', 'Admitted Oct 2, discharged the 9th of March - summary pages print', '9th of March', 'DATE_PHI'],
    ['weekday and short date after a care word', 'Appt: Tue 3/18 | Printer err: HTTP 503', 'Tue 3/18', 'DATE_PHI'],
    ['weekday and month name after "visit date"', 'discharge summary, visit date Wednesday, March 12. Version 4.2', 'Wednesday, March 12', 'DATE_PHI'],
    ['LinkedIn profile', 'her son sent https://www.linkedin.com/in/maria-lopez-77a1b2 about it', 'linkedin.com/in/maria-lopez', 'URL'],
    ['Instagram profile', 'see https://www.instagram.com/tom_baker71/ for the photo', 'instagram.com/tom_baker71', 'URL'],
    ['CaringBridge page', 'family page https://caringbridge.org/visit/rosagarcia is down', 'caringbridge.org/visit/rosagarcia', 'URL'],
    ['dashed internal extension', 'label printer down. call dana x4-7712', 'x4-7712', 'PHONE'],
    ['extension alone on a sign-off line', 'thanks\nDana\nx3-1204', 'x3-1204', 'PHONE'],
    ['number opening an SMS line', 'SMS to on-call phone\n>> 4155550182: hi its me, epic is down', '4155550182', 'PHONE'],
    ['MAC as 12 hex digits after "MAC"', 'guest wifi refuses laptop MAC a4c3f0e19b27 again', 'a4c3f0e19b27', 'DEVICE_ID'],
    ['Rx number with # and = fillers', 'Patient = Doe, Jane\nRx # = 4821-55930\nSigning app = EPCS', '4821-55930', 'RX_NUMBER'],
    ['user folder of a Windows path', 'C:\\Users\\tkowal\\AppData\\Local\\Temp is 40 GB', 'tkowal', 'USERNAME'],
    ['user folder of a Unix home path', 'disk full under /home/rpatel/.cache/pip', 'rpatel', 'USERNAME'],
    ['profile owner', 'Profile for kwame on WKS-0412 will not load', 'kwame', 'USERNAME'],
    ['JSON-escaped DOMAIN\\\\user', '{"msg":"logon failed for CORP\\\\jdoe7 at 10:02"}', 'jdoe7', 'USERNAME'],
    ['login answered on the next chat line', 'Sam: ok whats your user id\nLee: kpraxt9\nSam: thanks', 'kpraxt9', 'USERNAME'],
    ['account number in digit groups', 'called to pay her statement (acct 604-118273).', '604-118273', 'ACCOUNT_NUMBER'],
    ['account number with a letter prefix', 'called to pay the statement (acct G40718823).', 'G40718823', 'ACCOUNT_NUMBER'],
    ['grid house number', 'On file: N4107 Hackberry Dr, Missoula, MT 59801', 'N4107 Hackberry Dr', 'ADDRESS'],
    ['half house number', 'the new address is 412 1/2 Elm Street', '412 1/2 Elm Street', 'ADDRESS'],
    ['lettered county road', 'On file: 88 County Road JJ Apt 2, Dubuque, IA 52001', 'JJ', 'ADDRESS'],
    ['street type "Run"', 'billing address 20417 Bluebonnet Run, Tulsa, OK 74101', 'Bluebonnet Run', 'ADDRESS'],
    ['street type word inside the street name', 'mail it to 1875 Park Place Dr, Macon, GA 31201', ' Dr,', 'ADDRESS'],
  ])('%s', (_label, input, value, type) => {
    const out = text(input);
    expect(out).not.toContain(value);
    expect(out).toContain(`[${type}-1]`);
  });

  it('takes the same login out of the whole ticket once its home folder names it', () => {
    const out = text('Profile for tkowal on WKS-0412 will not load.\nC:\\Users\\tkowal\\AppData is full');
    expect(out).toBe('Profile for [USERNAME-1] on WKS-0412 will not load.\nC:\\Users\\[USERNAME-1]\\AppData is full');
  });
});

// guards for the rules above: what they must not take
describe('held-out shapes: kept', () => {
  it.each([
    ['a path led by an environment variable', 'cleared %APPDATA%\\Microsoft\\Teams\\settings.json and retried', '%APPDATA%\\Microsoft\\Teams\\settings.json'],
    ['a firmware version after "fw"', 'print03 has fw 6.90.85 now', 'fw 6.90.85'],
    ['a firmware version that reads like a date', 'the printer has fw 8.11.24 since her visit', 'fw 8.11.24'],
    ['a version after a cue word of logins', 'Platform: Vocera Badge v3.2.27', 'v3.2.27'],
    ['a log date with a time', 'job failed 28-Dec-2024 14:48 on the interface', '28-Dec-2024 14:48'],
    ['a recent job date in dd-Mon-yyyy', 'Job ran 08-Apr-2026 without errors', '08-Apr-2026'],
    ['a dotted part number', 'ordered part 123-45-67 for the cart', '123-45-67'],
    ['an HL7 control id', 'ERROR MSH-10=M9338103 PID-3=0', 'MSH-10=M9338103'],
    ['x64 and x86 builds', 'installed the x64 build, not x86', 'x64 build, not x86'],
    ['a shared home folder', 'copied to C:\\Users\\Public\\Desktop', 'C:\\Users\\Public\\Desktop'],
    ['a small count before "Test Run"', 'the nightly job: 2 Test Run passed', '2 Test Run'],
    ['a chat answer that is a word', 'Sam: whats your user id\nLee: sorry\nSam: ok', ': sorry'],
    ['an account word before a date', 'account locked on 2024-01-05 after 5 tries', '2024-01-05'],
    ['a company page', 'see https://www.linkedin.com/company/epic-systems for news', 'https://www.linkedin.com/company/epic-systems'],
  ])('%s', (_label, input, value) => {
    expect(text(input)).toContain(value);
  });
});

describe('redactor: DOMAIN\\user typed in lower case', () => {
  const redact = textRedactor();
  it('removes the account and keeps relative paths', () => {
    const out = redact('reset not working for cvhs\\jmcgee; see logs\\app.log and temp\\setup');
    expect(out).not.toContain('jmcgee');
    expect(out).toContain('logs\\app.log');
    expect(out).toContain('temp\\setup');
  });
});
