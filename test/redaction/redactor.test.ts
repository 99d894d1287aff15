import { afterEach, describe, expect, it, vi } from 'vitest';
import { RedactionError } from '../../shared/redaction/RedactionError.js';
import { createRedactor } from '../../shared/redaction/redactor.js';

const redactor = createRedactor({ internalDomains: ['hospital.org'] });
const text = (t: string) => redactor.redact({ text: t }, { budgetMs: 10_000 }).fields.text ?? '';

describe('redactor: structured identifiers', () => {
  it.each([
    ['SSN', 'Patient SSN 123-45-6789 on file', '123-45-6789'],
    ['SSN without dashes after a cue', 'ssn: 123456789 please fix', '123456789'],
    ['PHONE', 'call me at (555) 867-5309 ext. 12 today', '(555) 867-5309 ext. 12'],
    ['PHONE with spaces after the area code', 'her number is (252)  633-7327 today', '(252)  633-7327'],
    ['PHONE international', 'her cell is +44 20 7946 0958 in London', '+44 20 7946 0958'],
    ['FAX', 'Fax: 312-555-0199', '312-555-0199'],
    ['EMAIL', 'sent to jane.doe77@gmail.com yesterday', 'jane.doe77@gmail.com'],
    ['CREDIT_CARD', 'card 4111 1111 1111 1111 was declined', '4111 1111 1111 1111'],
    ['MRN', 'chart for MRN: E1234567 is locked', 'E1234567'],
    ['ACCOUNT_NUMBER', 'guarantor account # 88812345 shows a balance', '88812345'],
    ['DOB', 'DOB 04/05/1962 does not match', '04/05/1962'],
    ['IP_ADDRESS public', 'my home IP is 73.14.22.9', '73.14.22.9'],
    ['DEVICE_ID MAC', 'laptop MAC 00:1A:2b:3C:4d:5E cannot join', '00:1A:2b:3C:4d:5E'],
    ['USERNAME', 'locked out: CORP\\jsmith2 again', 'CORP\\jsmith2'],
    ['LICENSE_NUMBER', 'prescriber DEA AB1234563 rejected', 'AB1234563'],
    ['VEHICLE_ID', 'my plate is ABC-1234 at gate 2', 'ABC-1234'],
    ['ADDRESS', 'mail it to 1420 N Maple Ave, Springfield, IL 62704 please', '1420 N Maple Ave'],
    ['ZIP', 'mail it to 1420 N Maple Ave, Springfield, IL 62704 please', '62704'],
  ])('%s is removed', (_label, input, value) => {
    const out = text(input);
    expect(out).not.toContain(value);
    expect(out).toMatch(/\[[A-Z_]+-\d+\]/);
  });

  it('keeps the keyword and removes the secret ("password: hunter2")', () => {
    expect(text('password: hunter2')).toBe('password: [CREDENTIAL-1]');
    expect(text('my PIN is 4821 but it fails')).toBe('my PIN is [CREDENTIAL-1] but it fails');
  });

  it('removes bearer tokens and connection-string passwords', () => {
    const out = text('curl -H "Authorization: Bearer abc.DEF-123_xyz789" and Server=db01;User Id=svc;Password=S3cr3t!;');
    expect(out).not.toContain('abc.DEF-123_xyz789');
    expect(out).not.toContain('S3cr3t!');
    expect(out).toContain('Authorization: Bearer [CREDENTIAL-');
  });

  it('respects word boundaries ("contest" stays whole)', () => {
    expect(text('the contest winner was announced')).toBe('the contest winner was announced');
  });
});

describe('redactor: local 7-digit phone numbers', () => {
  it.each([
    ['call me at 555-0142', '555-0142'],
    ['ext. line 555 0142', '555 0142'],
    ['my cell is 555.0142.', '555.0142'],
    ['Call me back at 5550142 after lunch', '5550142'],
    ['you can text me on 867-5309 tonight', '867-5309'],
    ['reach her on her mobile: 404 1234', '404 1234'],
    ['the number is 555-0142 (cell)', '555-0142'],
  ])('removes the number in "%s"', (input, value) => {
    const out = text(input);
    expect(out).not.toContain(value);
    expect(out).toMatch(/\[PHONE-1\]/);
  });

  it('calls it a fax after a fax word', () => {
    expect(text('please fax it to 555-0199')).toBe('please fax it to [FAX-1]');
  });

  it.each([
    'error 555-0142 when I call the app',
    'call support: error code 555-0142',
    'they upgraded to version 555.0142 of the client',
    'Call me about ticket 555-0142',
    'Call the vendor, build 123-4567 fixes it',
    'the listener on port 555 0142 is down',
    'call at 10:42 today',
    'call me, job 2024-0142 failed',
    'phone app v5.5.0142 crashes',
    'call about PR-5550142',
  ])('keeps system numbers: "%s"', (input) => {
    expect(text(input)).toBe(input);
  });
});

describe('redactor: names', () => {
  it('removes full names, titles, LAST, FIRST, HL7 names and signatures, and every later mention', () => {
    const out = redactor.redact(
      {
        title: 'Chart issue for Laura McClain',
        text: 'Dr. Okonkwo saw the patient. McCLAIN, LAURA appears twice.\nPID|1||123456^^^H^MR||GARCIA^ELENA^M||19700101|F\nLaura called back.\nThanks,\nPriyanka Raghunathan',
      },
      { budgetMs: 10_000 },
    );
    const all = JSON.stringify(out.fields).toLowerCase();
    for (const part of ['laura', 'mcclain', 'okonkwo', 'garcia', 'elena', 'priyanka', 'raghunathan']) expect(all).not.toContain(part);
    expect(out.fields.title).toBe('Chart issue for [PERSON-1]');
    expect(out.fields.text).toContain('[PERSON-1] called back.');
  });

  it('gives two people who share a surname their own placeholders, and a shorter form of a name its person', () => {
    const out = text('Subscriber: XIMENA AGUIRRE\nDependents: 01 ERNESTO AGUIRRE\nAGUIRRE, XIMENA called; Ernesto is fine. Laura McClain and Laura Anne McClain are one person.');
    expect(out).toBe('Subscriber: [PERSON-1]\nDependents: 01 [PERSON-2]\n[PERSON-1] called; [PERSON-2] is fine. [PERSON-3] and [PERSON-3] are one person.');
  });

  it('removes lower-case names in greetings and sign-offs', () => {
    const out = text('hi ana,\nthe board is frozen again.\nthx ngozi');
    expect(out).not.toMatch(/\bana\b|ngozi/);
  });

  it('keeps capitalised common words, products, departments and technical content', () => {
    const input =
      'Will the printer in Cath Lab work? Grant access to the Bill Pay module and Mark Complete.\n' +
      'Error 0x80070005 and ORA-12541 on srv-epic-01.hospital.org (10.2.3.4), HTTP 503 since 2024-05-01 10:22.\n' +
      'See INC0012345, Citrix Workspace 2409.1 and C:\\Program Files\\Epic\\app.exe in Radiology.';
    expect(text(input)).toBe(input);
  });

  it('maps the same value to the same placeholder across fields', () => {
    const out = redactor.redact({ title: 'Call 555-201-3344', text: 'number (555) 201-3344, also 555-999-0000' }, { budgetMs: 10_000 });
    expect(out.fields.title).toBe('Call [PHONE-1]');
    expect(out.fields.text).toBe('number [PHONE-1], also [PHONE-2]');
    expect(out.counts.PHONE).toBe(3);
  });
});

describe('redactor: network allow-list', () => {
  it('keeps internal server IPs, removes a user machine IP and public IPs', () => {
    expect(text('Server IP 10.20.37.86 is down')).toBe('Server IP 10.20.37.86 is down');
    expect(text('My PC is WS-01, IP 10.72.5.80.')).not.toContain('10.72.5.80');
    expect(text('login from 8.8.4.4 blocked')).not.toContain('8.8.4.4');
  });

  it('treats addresses outside the configured ranges as personal', () => {
    const strict = createRedactor({ internalCidrs: ['172.16.0.0/12'] });
    expect(strict.redact({ t: 'server 10.20.37.86' }).fields.t).not.toContain('10.20.37.86');
    expect(strict.redact({ t: 'server 172.16.4.2' }).fields.t).toContain('172.16.4.2');
  });
});

describe('redactor: failure is closed and silent', () => {
  afterEach(() => vi.restoreAllMocks());

  it('throws a typed error with a code and no content on bad input', () => {
    const bad = { text: 42 } as unknown as Record<string, string>;
    expect(() => redactor.redact(bad)).toThrow(RedactionError);
    try {
      redactor.redact(bad);
    } catch (e) {
      expect((e as RedactionError).code).toBe('INVALID_INPUT');
    }
  });

  it('throws BUDGET_EXCEEDED when the budget is spent, never returning the text', () => {
    let caught: unknown;
    try {
      redactor.redact({ text: 'SSN 123-45-6789 for Jane Doe' }, { budgetMs: -1 });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(RedactionError);
    expect((caught as RedactionError).code).toBe('BUDGET_EXCEEDED');
    expect((caught as Error).message).not.toContain('123-45-6789');
  });

  it('logs nothing and returns counts without values', () => {
    const spies = ['log', 'info', 'warn', 'error', 'debug'].map((m) => vi.spyOn(console, m as 'log'));
    const out = vi.spyOn(process.stdout, 'write');
    const err = vi.spyOn(process.stderr, 'write');
    const res = redactor.redact({ text: 'Patient Jane Doe, SSN 123-45-6789, jane@x.com' });
    for (const s of [...spies, out, err]) expect(s).not.toHaveBeenCalled();
    expect(JSON.stringify(res.counts)).not.toMatch(/jane|123-45/i);
    expect(res.counts).toMatchObject({ SSN: 1, EMAIL: 1 });
  });

  it('produces HTML-safe placeholders', () => {
    const res = redactor.redact({ text: 'Jane Doe <jane@x.com> & "John Smith" 555-201-3344' });
    const added = (s: string, ch: string) => s.split(ch).length - 1;
    for (const ch of ['<', '>', '&', '"', "'"]) expect(added(res.fields.text ?? '', ch)).toBeLessThanOrEqual(added('Jane Doe <jane@x.com> & "John Smith" 555-201-3344', ch));
  });
});

describe('redactor: structured text', () => {
  it('redacts personal fields of JSON, XML, forms and CSV by their field names', () => {
    const input =
      '{"patientName": "Rosa Delgado", "dob": "1961-07-14", "status": "ERR_SCHEMA"}\n' +
      '<PatientName>DELGADO^ROSA</PatientName><Facility>North Campus</Facility>\n' +
      'Name: Hiroshi Tanaka  DOB: 5/9/1948\n' +
      'first_name,last_name,phone,error\nTomasz,Wojcik,773-555-0101,E102';
    const out = text(input);
    for (const v of ['Rosa', 'Delgado', 'DELGADO', '1961-07-14', 'Hiroshi', 'Tanaka', '5/9/1948', 'Tomasz', 'Wojcik', '773-555-0101']) expect(out).not.toContain(v);
    for (const v of ['ERR_SCHEMA', 'North Campus', 'E102', 'first_name,last_name,phone,error']) expect(out).toContain(v);
  });

  it('redacts chat handles and lower-case names', () => {
    const out = text('[10:02] jlee: can you reset the pw for bwilliams\nspoke with john smith, according to maria it failed');
    for (const v of ['jlee', 'bwilliams', 'john', 'smith', 'maria']) expect(out).not.toContain(v);
  });

  it('keeps patient-unrelated dates and removes dates tied to a patient', () => {
    expect(text('The vendor patch from 9/30/2024 is suspected.')).toBe('The vendor patch from 9/30/2024 is suspected.');
    expect(text('Patient was admitted on 3/4/2024 to 5 West.')).not.toContain('3/4/2024');
  });
});

describe('redactor: internal domains', () => {
  it('keeps host names under an internal domain even when they contain a name', () => {
    const r = createRedactor({ internalDomains: ['hospital.org'] });
    const out = r.redact({ text: 'Dr. Okafor cannot reach okafor.hospital.org from jsmith2-pc.hospital.org' }).fields.text ?? '';
    expect(out).toContain('okafor.hospital.org');
    expect(createRedactor().redact({ text: 'Dr. Okafor cannot reach okafor.hospital.org' }).fields.text).not.toContain('okafor.hospital.org');
    expect(out).toContain('jsmith2-pc.hospital.org');
    expect(out).toMatch(/^Dr\. \[PERSON-1\]/);
  });
});
