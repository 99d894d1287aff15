import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainView } from '../../shared/redaction/text/plainView.js';
import { textRedactor } from './redactText.js';

// Text that reaches the redactor encoded: SysAid descriptions in HTML, form posts and webhook
// bodies, quoted-printable mail, JSON with escapes, and X12 EDI. Every example is invented.
const text = textRedactor();

describe('plain view of encoded text', () => {
  it('reads HTML as text: tags dropped, block tags as line breaks, entities decoded', () => {
    const view = plainView('<p>Hi&nbsp;team,</p><div>Patient: <b>Ana Ruiz</b> &amp; son</div>');
    expect(view?.text).toBe('\nHi team,\n\nPatient: Ana Ruiz & son\n');
  });

  it('maps a detection in the view back onto the original text', () => {
    const original = '<p>Call&nbsp;Ana&nbsp;Ruiz</p>';
    const view = plainView(original);
    if (!view) throw new Error('no view');
    const at = view.text.indexOf('Ana Ruiz');
    const [span] = view.toOriginal([{ start: at, end: at + 'Ana Ruiz'.length, type: 'PERSON', priority: 30 }]);
    expect(original.slice(span?.start, span?.end)).toBe('Ana&nbsp;Ruiz');
    expect(span?.key).toBe('Ana Ruiz');
  });

  it('decodes a form post one field per line, UTF-8 bytes included', () => {
    expect(plainView('first_name=Di%E1%BB%85m&last_name=Tr%E1%BA%A7n+Th%E1%BB%8B&zip=96755')?.text).toBe('first_name=Diễm\nlast_name=Trần Thị\nzip=96755');
  });

  it('leaves plain text, links, log fields and angle-bracket addresses alone', () => {
    for (const plain of ['Printer on 4W is down again.', 'See https://portal.example.org/a?pid=1&code=2', 'date=2024-06-15 time=23:36:33 PID-3=7036395', 'Author: Luana Li <luana.li@example.org>']) {
      expect(plainView(plain)?.text ?? plain).toBe(plain);
    }
  });

  it('maps every view span inside the original, in order, whatever the markup', () => {
    const piece = fc.constantFrom('<p>', '</p>', '<br>', '<b>', '</b>', '&nbsp;', '&amp;', '&#39;', '%20', '%C3%A9', '+', '&', 'a=', 'Ana', ' ', '\\u00e9', '=20', '=\n', 'x');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const original = `q=1&${parts.join('')}`;
        const view = plainView(original);
        if (!view || view.text.length === 0) return;
        const s = a % view.text.length;
        const e = s + 1 + (b % (view.text.length - s));
        const [span] = view.toOriginal([{ start: s, end: e, type: 'PERSON', priority: 30 }]);
        expect(span).toBeDefined();
        expect(span?.start).toBeGreaterThanOrEqual(0);
        expect(span?.end).toBeLessThanOrEqual(original.length);
        expect(span?.start).toBeLessThan(span?.end ?? 0);
      }),
    );
  });
});

describe('redactor: encoded text', () => {
  it.each([
    ['a name split by &nbsp; in a sign-off', '<p>Thanks,<br>Ana&nbsp;Ruiz</p>', 'Ruiz'],
    ['a phone with &nbsp; after its area code', '<p>Please call her at (555)&nbsp;123-4567.</p>', '555'],
    ['a name in a form post', 'first_name=Serhiy&last_name=Melnychuk&dob=2018-06-16&phone=%28601%29+371-8919', 'Melnychuk'],
    ['a phone in a form post', 'first_name=Serhiy&last_name=Melnychuk&dob=2018-06-16&phone=%28601%29+371-8919', '371-8919'],
    ['a city in a webhook body', 'Body=call+me&FromCity=WAIPAHU&FromZip=96755&SmsStatus=received', 'WAIPAHU'],
    ['a name in a JSON string with escapes', '{"note": "Patient Ren\\u00e9e Dubois called\\nDOB 02/03/1981"}', 'Dubois'],
    ['a name in quoted-printable mail', 'Content-Transfer-Encoding: quoted-printable\n\nPatient: Ren=C3=A9e Dubois=2C MRN 4455667', 'Dubois'],
    ['an X12 subscriber', 'ST*270*7423*005010X279A1~\nNM1*IL*1*FEKETE*LEVENTE****MI*W597202558~\nDMG*D8*19650622*M~', 'LEVENTE'],
    ['an X12 member id', 'ST*270*7423*005010X279A1~\nNM1*IL*1*FEKETE*LEVENTE****MI*W597202558~', 'W597202558'],
    ['an X12 birth date', 'ST*270*7423*005010X279A1~\nNM1*IL*1*FEKETE*LEVENTE****MI*W597202558~\nDMG*D8*19650622*M~', '19650622'],
    ["an X12 subscriber's address", 'ST*837*0001*005010X222A1~\nNM1*IL*1*BALA*USMAN****MI*X79N414946~\nN3*1469 LINWOOD CT~\nN4*BELLINGHAM*WA*982420288~', 'LINWOOD'],
    ['a name in Japanese after its label', '患者様：森田 千尋 (Morita Chihiro)', '千尋'],
    ['a name in Chinese before its Latin spelling', 'Caller said 王秀英 (Wang Xiuying) is her mother', '王秀英'],
    ['a name in Cyrillic after its label, and its Latin spelling', 'Пациент: Людмила Голубева (Lyudmila Golubeva)\nMRN 06159', 'Golubeva'],
    ['a name in Hebrew before its Latin spelling', 'מטופל: משה הלברשטם (Moshe Halberstam)', 'הלברשטם'],
    ["a C-CDA patient's id", '<patientRole>\n  <id root="2.16.840.1.113883.3.6025.1" extension="MMH-0904436"/>\n</patientRole>', 'MMH-0904436'],
    ["a device reading's time in a CSV export", 'device_serial,hub_imei,patient_ext_id,reading_time,pulse\n3316JY891436,862208044025530,8559093,2026-02-07T13:07:00-05:00,90', '2026-02-07T13:07'],
    ["an outside facility's patient id in a wide column", 'Patient ID     660M90905           3204153', '660M90905'],
    ['the last four of an SSN after filler words', 'Last 4 SSN on authorization: 7374', '7374'],
    ["an X12 remittance's claim dates and the payer's claim number", 'ST*835*0001~\nCLP*HAR78576199*1*744*342.24*74.40*12*512531624960200*11*1~\nDTM*232*20251111~', '512531624960200'],
    ["an X12 claim's patient account", 'ST*837*0001*005010X222A1~\nCLM*41683275*151***11:B:1*Y*A*Y*Y~', '41683275'],
  ])('removes %s', (_label, input, value) => {
    expect(text(input)).not.toContain(value);
  });

  it.each([
    ['HTML tags and a department', '<p>Printer in <b>Cath Lab</b> is down</p>', '<b>Cath Lab</b>'],
    ['X12 control numbers, versions and codes', 'ISA*00*          *00*          *ZZ*RCMC270        *ZZ*AVAILITY       *260827*1515*^*00501*427973456*0*P*:~\nGS*HS*RCMC270*AVAILITY*20260827*1515*16866*X*005010X279A1~\nAAA*Y**75*C~', '005010X279A1'],
    ["an X12 payer's name", 'ST*270*7423*005010X279A1~\nNM1*PR*2*UNITEDHEALTHCARE*****PI*69336~', 'UNITEDHEALTHCARE'],
    ['an AAA rejection code in prose', 'ST*271*1*005010X279A1~\nkeeps coming back with AAA*Y**75*C from the payer', 'AAA*Y**75*C'],
    ['Russian text in brackets that names no one', 'Ошибка сервера (Error 500)', 'Ошибка сервера'],
    ['Chinese text in brackets that names no one', '打印机坏了 (printer) again', '打印机坏了'],
    ['a date after a key ending in "Version"', 'From=%2B14013136201&ApiVersion=2010-04-01', '2010-04-01'],
    ["Windows' event provider and its GUID", 'Security Operations pulled this:\n<Provider Name="Microsoft-Windows-Security-Auditing" Guid="{5484}"/>', 'Guid="{5484}"'],
    ['an X12 rejection code outside a paste', 'Eligibility rejected with AAA*N**73*C.', 'AAA*N**73*C'],
    ['a time stamp in milliseconds', '{"key": "insert_time", "value": 1751389941774}', '1751389941774'],
    ['an interchange control number in prose', 'Interchange 427973456. Cash Posting sees the same batch.', '427973456'],
    ['a link whose query string holds no one', 'See https://wiki.example.org/page?lang=en&view=full for steps', 'https://wiki.example.org/page?lang=en&view=full'],
  ])('keeps %s', (_label, input, kept) => {
    expect(text(input)).toContain(kept);
  });
});
