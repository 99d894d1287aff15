import { describe, expect, it } from 'vitest';
import { Budget } from '../../shared/redaction/budget.js';
import { detectTables } from '../../shared/redaction/detectors/tables.js';
import { Doc } from '../../shared/redaction/doc.js';
import { textRedactor } from './redactText.js';
import { DEFAULT_INTERNAL_CIDRS, NetworkAllowList } from '../../shared/redaction/validators/networkAllowList.js';

const text = textRedactor({ internalDomains: ['hospital.org'] });

function expectGone(out: string, values: string[]): void {
  for (const v of values) expect(out).not.toContain(v);
}

describe('tables: the column heading is the cue', () => {
  it('reads a pipe export whose header starts like an HL7 segment name (MRN|LAST|FIRST)', () => {
    const out = text('Rejected rows:\nMRN|LAST|FIRST|DOB|REASON\nQ7654321|BRELLOWAY|ZINTARA|03/04/1950|ERR-7731\n229-81-40|QUVENDAR|OSSIAN|1-JAN-1961|ERR-7732\nJob done.');
    expectGone(out, ['Q7654321', 'BRELLOWAY', 'ZINTARA', '03/04/1950', '229-81-40', 'QUVENDAR', 'OSSIAN', '1-JAN-1961']);
    expect(out).toContain('ERR-7731');
    expect(out).toContain('MRN|LAST|FIRST|DOB|REASON');
  });

  it('still leaves HL7 segments to the HL7 reader (no table spans)', () => {
    // even right under a header of the same width: a segment line is no table row
    const t = 'MRN|NAME|RESULT\nOBX|GLU^Glucose|105';
    const doc = new Doc(t, [{ start: 0, end: t.length }], new Budget(10_000), new NetworkAllowList([], DEFAULT_INTERNAL_CIDRS));
    detectTables(doc);
    expect(doc.spans).toEqual([]);
  });

  it('reads ASCII-box tables across their +----+ rules and keeps the event times', () => {
    const out = text(
      [
        'Door controller log:',
        '+---------------------+---------------------+---------+--------+',
        '| Time                | Cardholder          | Badge # | Result |',
        '+---------------------+---------------------+---------+--------+',
        '| 2026-01-02 03:04:05 | Brelloway, Zintara  | K552211 | DENIED |',
        '| Feb 3 04:05:06      | Quvendar-Lis, Ossia | K778812 | DENIED |',
        '+---------------------+---------------------+---------+--------+',
      ].join('\n'),
    );
    expectGone(out, ['Brelloway', 'Zintara', 'K552211', 'Quvendar', 'Ossia', 'K778812']);
    expect(out).toContain('2026-01-02 03:04:05');
    expect(out).toContain('Feb 3 04:05:06');
    expect(out).toContain('DENIED');
  });

  it('reads quoted CSV cells that hold the separator ("Last, First")', () => {
    const out = text('Export:\nacct,guarantor,amount,status\nG7712345,"Brelloway, Zintara",12.50,GW-501\n88123456,"Quvendar, ""Oss"" Ian",3.10,GW-502');
    expectGone(out, ['G7712345', 'Brelloway', 'Zintara', '88123456', 'Quvendar']);
    expect(out).toContain('GW-501');
    expect(out).toContain('12.50');
  });

  it('reads semicolon-separated rows and CSV headers with one known column among short labels', () => {
    const out = text('mrn;last;first;status\nQ7712345;BRELLOWAY;ZINTARA;ERR-1\n\nTime,User,Workstation,Result\n2026-01-02 03:04,zbrelloway,GPH-WS-01,FAIL');
    expectGone(out, ['Q7712345', 'BRELLOWAY', 'ZINTARA', 'zbrelloway']);
    expect(out).toContain('ERR-1');
    expect(out).toContain('2026-01-02 03:04,');
    expect(out).toContain('GPH-WS-01');
  });

  it('keeps reading a pipe table after a blank line, and types headings with units or a prefix', () => {
    const out = text('| Pt Name | Patient DOB (mm/dd/yyyy) | Guarantor Acct |\n|---|---|---|\n\n| zintara brelloway | 01/02/1950 | 77123456 |');
    expectGone(out, ['zintara', 'brelloway', '01/02/1950', '77123456']);
  });

  it('reads Jira/Confluence tables (||MRN||Patient|| heading) and tab-separated rows with commas in cells', () => {
    const jira = text('||MRN||Patient||DOB||Error||\n|Q7712345|Brelloway, Zintara|27-JAN-2014|NAK|');
    expectGone(jira, ['Q7712345', 'Brelloway', 'Zintara', '27-JAN-2014']);
    expect(jira).toContain('|NAK|');
    const tsv = text('Time\tPatient\tMember ID\tType\n10:00\tBrelloway, Zintara\tZX55500870-88\tPOST-OP');
    expectGone(tsv, ['Brelloway', 'Zintara', 'ZX55500870-88']);
    expect(tsv).toContain('10:00\t');
  });

  it('does not take a form line of Key: value pairs for a table heading', () => {
    const out = text('Home phone: 555-867-5309   Personal email: zb@example.com\nDepartment: NICU    Templates: none');
    expect(out).toContain('Department: NICU');
  });

  it('reads HTML tables: <th> headings type the <td> cells', () => {
    const out = text('<table><tr><th>Patient</th><th>MRN</th><th>Status</th></tr>\n<tr><td>Brelloway, Zintara</td><td>QX77120</td><td>ERR-5</td></tr></table>');
    expectGone(out, ['Brelloway', 'Zintara', 'QX77120']);
    expect(out).toContain('<td>ERR-5</td>');
  });

  it('does not take PowerShell Key : value lists for columns', () => {
    const out = text('DisplayName       : Zintara Brelloway\nSamAccountName    : zbrellow\nEnabled           : True');
    expectGone(out, ['Brelloway', 'zbrellow']);
    expect(out).toContain('Enabled           : True');
  });

  it('reads space-aligned tables indented by a couple of spaces (a screen pasted as text)', () => {
    const out = text('Worklist:\n\n  PATIENT NAME   MRN   EXAM   DOS\n  BRELLOWAY, ZINTARA   QX7712345   XR CHEST 2V   11/19\n\nDone.');
    expectGone(out, ['BRELLOWAY', 'ZINTARA', 'QX7712345', '11/19']);
    expect(out).toContain('XR CHEST 2V');
  });

  it('keeps times in a column whose heading is only a name part ("Last" seen)', () => {
    const out = text('| Host | Last | Status |\n|---|---|---|\n| gph-app-01 | 2026-01-02 03:04 | OK |');
    expect(out).toContain('| gph-app-01 | 2026-01-02 03:04 | OK |');
  });
});

describe('structured fields: the key, tag or column is the cue', () => {
  it('removes name parts in XML tags', () => {
    const out = text('<Patient><Name><Family>Brelloway</Family><Given>Zintara</Given></Name></Patient>\n<faultcode>soap:Server</faultcode>');
    expectGone(out, ['Brelloway', 'Zintara']);
    expect(out).toContain('<faultcode>soap:Server</faultcode>');
  });

  it('removes FHIR family/given names (given is a list) and identifier values', () => {
    const out = text(
      '{\n  "identifier": [{ "system": "urn:oid:2.16.840.1.9", "value": "ZX40917" }],\n  "name": [{ "family": "Brelloway", "given": ["Zintara", "Ossia"] }]\n}',
    );
    expectGone(out, ['ZX40917', 'Brelloway', 'Zintara', 'Ossia']);
    expect(out).toContain('urn:oid:2.16.840.1.9');
  });

  it('types a "value" by its sibling, whose "name" is a label, not a person', () => {
    const out = text('[{"name": "Member ID", "value": "HX7781"}, {"name": "Printer", "value": "ZEB-04"}]');
    expect(out).not.toContain('HX7781');
    expect(out).toContain('{"name": "Printer", "value": "ZEB-04"}');
  });

  it('reads JSON values with an escaped backslash or an apostrophe, and short user keys', () => {
    const out = text('{"ts":"2025-01-01T10:00:00Z","user":"CLIN\\\\t550123","usr":"zqbrell9"}\n{"lastName": "O\'Brelloway-Quvendar"}');
    expectGone(out, ['t550123', 'zqbrell9', 'Brelloway', 'Quvendar']);
    expect(out).toContain('2025-01-01T10:00:00Z');
  });

  it('keeps a timestamp under a name-part key', () => {
    expect(text('{"first": "2024-05-01T10:00:00Z"}')).toContain('2024-05-01T10:00:00Z');
  });

  it('removes SQL literals compared with personal columns, keeps the rest', () => {
    const out = text("SELECT id FROM patient p WHERE p.last_name = 'O''Brelloway' AND p.first_name = 'ZINTARA' AND status = 'ACTIVE';");
    expectGone(out, ['Brelloway', 'ZINTARA']);
    expect(out).toContain("status = 'ACTIVE'");
  });

  it('reads printed forms with dot leaders and names with lower-case particles', () => {
    const out = text('Patient name........ BRELLOWAY, ZINTARA\nDevice.............. Omron cuff\nPatient = van den Quvendar, Ossia');
    expectGone(out, ['BRELLOWAY', 'ZINTARA', 'Quvendar', 'Ossia']);
    expect(out).toContain('Omron cuff');
  });

  it('reads FHIR XML value attributes and camelCase keys with a patient prefix', () => {
    const out = text('<name><family value="Brelloway"/><given value="Zintara"/></name>\n{"patientFirstName": "Ossia", "ptMrn": "Q7712345"}');
    expectGone(out, ['Brelloway', 'Zintara', 'Ossia', 'Q7712345']);
  });

  it('gives INSERT values the names of their columns', () => {
    const out = text("INSERT INTO patient (pat_mrn, last_name, first_name, status) VALUES ('Q7712345', 'BRELLOWAY', 'ZINTARA', 'ACTIVE'), ('Q7712346', 'QUVENDAR', 'OSSIA', 'ACTIVE');");
    expectGone(out, ['Q7712345', 'BRELLOWAY', 'ZINTARA', 'Q7712346', 'QUVENDAR', 'OSSIA']);
    expect(out).toContain("'ACTIVE'");
  });

  it('gives result rows pasted under a SELECT the names of its columns', () => {
    const arrow = text('SELECT pat_id, pat_mrn\nFROM patient WHERE id = 4;\n-> 448-10-59, QX991234\nMerge job fails with ORA-00001.');
    expectGone(arrow, ['448-10-59', 'QX991234']);
    expect(arrow).toContain('ORA-00001');
    const psql = text('select pat_mrn, last_name from patient;\n pat_mrn  | last_name\n----------+----------\n QX991234 | BRELLOWAY\n(1 row)');
    expectGone(psql, ['QX991234', 'BRELLOWAY']);
    expect(psql).toContain('pat_mrn  | last_name');
  });

  it('reads key="value" and KEY=value pairs inside log lines', () => {
    const out = text('reject: code="AR" pid.name="QUVENDAR^OSSIA" pid.mrn="QX550123"\nerror 53: not found MRN=QX550124 NAME=BRELLOWAY,ZINTARA ACCT=99120044');
    expectGone(out, ['QUVENDAR', 'OSSIA', 'QX550123', 'QX550124', 'BRELLOWAY', 'ZINTARA', '99120044']);
    expect(out).toContain('code="AR"');
  });

  it('keeps a name attribute that labels a setting inside a tag', () => {
    expect(text('<add name="EpicProd" connectionString="Server=db01"/>')).toContain('name="EpicProd"');
  });

  it('reads real_name in chat exports', () => {
    expect(text('{"user_name":"zbrell","real_name":"Zintara Brelloway","text":"yes"}')).not.toContain('Brelloway');
  });

  it('reads quoted values and pairs inside the value of a key that names nothing', () => {
    const out = text('user: {firstName: "Zintara", lastName: "Brelloway", status: "ACTIVE"}\nError: timeout, Patient: Ossia Quvendar');
    expectGone(out, ['Zintara', 'Brelloway', 'Ossia', 'Quvendar']);
    expect(out).toContain('status: "ACTIVE"');
    expect(out).toContain('Error: timeout');
  });

  it('reads OCR-damaged labels of scanned forms (Narne, D0B)', () => {
    const out = text('REFERRAL FORM\nPatient Narne: QUVENDAR OSSIA\nReturn: none');
    expectGone(out, ['QUVENDAR', 'OSSIA']);
    expect(out).toContain('Return: none');
  });
});
