import { describe, expect, it } from 'vitest';
import { textRedactor } from './redactText.js';

// Shapes and cues the held-out family c showed missing; every example is invented.
const text = textRedactor({ internalDomains: ['hospital.org'] });

describe('held-out shapes c: removed', () => {
  it.each([
    ['Mon-DD-YYYY after DOB', 'Child: Pat Roe, DOB Mar-14-2012, portal proxy fails', 'Mar-14-2012', 'DOB'],
    ['Mon-DD-YYYY visit date', "charged twice for the visit on Oct-03-2025. Card ends 4242", 'Oct-03-2025', 'DATE_PHI'],
    ['DDMONYYYY admission (German)', 'Patientin Roe, Aufnahme am 07MAR2026. Befund fehlt', '07MAR2026', 'DATE_PHI'],
    ['DDMONYYYY after an OCR-garbled DOB label', 'Patient Narne: JANE ROE\nD0B: 09APR2021\nReason: f/u', '09APR2021', 'DOB'],
    ['DDMONYYYY encounter in a repro step', '3. Go to the 02JUN2025 encounter\n4. Click Sign', '02JUN2025', 'DATE_PHI'],
    ['YYYYMMDD in a patient document file name', 'Jobs:\n  DC_RoeJ_20250311.pdf  Paused\n  Test page  Printing', '20250311', 'DATE_PHI'],
    ['date column of a space-aligned worklist', 'Worklist:\n\n  PATIENT   MRN   EXAM   DOS\n  ROE, JANE   77120931   US ABD   11/04\n\nreading from home', '11/04', 'DATE_PHI'],
    ['insurance id after "Ins ID"', 'REFERRAL\nIns ID: QX7730144\nReason: f/u', 'QX7730144', 'HEALTH_PLAN_ID'],
    ['insurance id after "Ins #"', 'patient card shows Ins # 55120-83341 today', '55120-83341', 'HEALTH_PLAN_ID'],
    ['last four of SSN', 'verified caller with last 4 of SSN 2291; reset done', '2291', 'SSN'],
    ['last four of social', 'she gave the last four of her social: 8830 and DOB', '8830', 'SSN'],
    ['specimen accession number', 'label sample: accession Q40193377, Roe, Jane', 'Q40193377', 'MRN'],
    ['accession number in groups', 'reprint acc # 25-XY-440192 for the lab', '25-XY-440192', 'MRN'],
    ['upper-case employee id', 'verified; employee ID K704412. Called back', 'K704412', 'USERNAME'],
    ['login after "Reset AD pwd for"', 'Reset AD pwd for roejx4, must change at next logon', 'roejx4', 'USERNAME'],
    ['login in brackets after a name', 'HR notice: Jane Quorrin (quorrinja) leaves Friday', 'quorrinja', 'USERNAME'],
    ['login in brackets after "Caller" and a name', 'Caller Tomas Vexley (vexleyt2) cannot open Epic', 'vexleyt2', 'USERNAME'],
    ['city and state alone after "from"', 'transport will not pick up from Boise, ID; vendor says NAK', 'Boise', 'ADDRESS'],
    ['ten bare digits after "sent to"', 'Sample SMS sent to 6175550199:\n"Hi Jane"', '6175550199', 'PHONE'],
    ['+1 and ten digits after "sent to"', 'Sample SMS sent to +16175550123: reminder', '+16175550123', 'PHONE'],
    ['random temp password after "temp set to"', 'Reset done, temp set to qWxRtzPLmnB, must change at next logon', 'qWxRtzPLmnB', 'CREDENTIAL'],
  ])('%s', (_label, input, value, type) => {
    const out = text(input);
    expect(out).not.toContain(value);
    expect(out).toContain(`[${type}-1]`);
  });

  it('takes an employee number after a dotted leader', () => {
    // (a form-field reader may take the line first, under its own type)
    expect(text('Start date ........ Monday\nEmployee # ........ E551902\nDept ........ Lab')).not.toContain('551902');
  });
});

describe('held-out shapes c: kept', () => {
  it.each([
    ['a Mon-DD-YYYY build date', 'Build Mar-14-2025 deployed to the print server', 'Mar-14-2025'],
    ['a DDMONYYYY log date with a time', 'Job ran 07MAR2026 02:14 on the interface engine', '07MAR2026'],
    ['a dated log file name', 'see interface_20250311.log on the engine', 'interface_20250311.log'],
    ['a dated report with only ordinary words', 'Monthly_Report_20250311.pdf will not print', 'Monthly_Report_20250311.pdf'],
    ['a date in a system table', 'Backups:\n\n  SERVER   JOB   STATUS   DATE\n  fs01   nightly   OK   11/04', '11/04'],
    ['an internal server ip after a public one', 'Tablet on guest wifi, public IP 203.0.113.9. Captive portal on web-p01 (10.40.2.17).', '10.40.2.17'],
    ['a vendor case number', 'Escalated to vendor, CS7712309. Waiting', 'CS7712309'],
    ['a word in brackets after a name', 'HR notice: Jane Quorrin (contractor) leaves Friday', 'contractor'],
    ['a lower-case word unrelated to the name', 'Update from Jane Quorrin (nightshift) attached', 'nightshift'],
    ['a department after "in" with an operating room', 'case moved in Surgery, OR 12 tomorrow', 'Surgery, OR 12'],
    ['a temperature setting', 'fridge temp set to 38F overnight', '38F'],
    ['an ordinary word after "temp set to"', 'the temp set to expire after one day', 'expire'],
    ['an employee count', 'employee count 4000 in the new tenant', '4000'],
  ])('%s', (_label, input, value) => {
    expect(text(input)).toContain(value);
  });
});
