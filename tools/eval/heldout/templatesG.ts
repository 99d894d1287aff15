// Template family G: a seventh set of ticket templates, written without looking at templates.ts,
// templatesB-F.ts (beyond the shape of one template object), their value files or the redactor, in
// shapes the other families do not have: SysAid tickets as the API returns them (HTML descriptions
// with &nbsp;/&amp;/&#39;, <table> forms, Outlook MsoNormal remnants, escaped notes); quoted-printable
// e-mail sources with encoded-word headers and soft line breaks inside names, URL-encoded form posts
// and Twilio webhooks, JSON with \u escapes; X12 270/271, 837, 835 segments and NCPDP rejects; C-CDA
// fragments, Windows event XML, CEF lines; Kusto, Splunk and sqlcmd result tables; HIM work (release
// of information, duplicate-chart merges, break-the-glass audits, misdirected faxes, deceased-patient
// locks, research subjects next to MRNs); telehealth and remote-monitoring enrolment; Dragon and
// PowerScribe dictation with spoken punctuation; outside CD imports, blood-bank label reprints,
// Pyxis/Omnicell overrides; bed board, transport, interpreter requests with names in their own
// script, newborns and mother-baby links; Epic Secure Chat, Slack and Teams threads with display-name
// mentions, voice-to-text tickets; names that differ across systems (patronymics, particles,
// Portuguese and Telugu multi-part names, Hungarian order) and names that are English words next to
// buildings and products with the same words.

import { filePath, hostname, serverIp, ticketRef, version } from './keep.js';
import type { KeepType, PiiType, Ticket } from './ticket.js';
import { dea, npi, type Ymd } from './values.js';
import {
  COMMON_PRODUCTS_G,
  DEPTS_G,
  ERRORS_G,
  ISPS,
  LANGS,
  PRODUCTS_G,
  addrG,
  addrLabels,
  anyDate,
  asciiLower,
  at,
  badge,
  birth,
  callName,
  cardG,
  commonSentence,
  daysAgo,
  daysAhead,
  digitWords,
  empId,
  extG,
  fd,
  fold,
  fs,
  fullName,
  homeEmail,
  homeEmailValue,
  imeiG,
  keepPick,
  login,
  loginValue,
  macG,
  memberId,
  mrnG,
  nativePerson,
  nm,
  nowMs,
  numWords,
  outsideMrn,
  passwordG,
  payerClaim,
  pcn,
  people,
  person,
  phoneDigits,
  phoneG,
  phoneParts,
  plateG,
  pron,
  publicIpG,
  reserve,
  rpmSerial,
  rxG,
  ssnG,
  today,
  workEmail,
  workEmailValue,
  zip9,
  type DateShape,
  type PersonG,
  type StampShape,
} from './valuesG.js';

export interface TemplateG {
  name: string;
  group: string;
  make(t: Ticket): { title: string; text: string };
}

// ---- helpers ------------------------------------------------------------------------------------

type Line = string | false | null | undefined;
const L = (...xs: Line[]): string => xs.filter((x): x is string => typeof x === 'string').join('\n');
const host = (t: Ticket): string => t.k('HOSTNAME', hostname(t.r, t.org));
const sip = (t: Ticket): string => t.k('SERVER_IP', serverIp(t.r));
const ver = (t: Ticket, v?: string): string => t.k('VERSION', v ?? version(t.r));
const ref = (t: Ticket): string => t.k('TICKET_REF', ticketRef(t.r));
const fpath = (t: Ticket): string => t.k('FILE_PATH', filePath(t.r, t.org));
const prod = (t: Ticket, list: readonly string[]): string => keepPick(t, 'PRODUCT', list);
const dept = (t: Ticket, list: readonly string[]): string => keepPick(t, 'QUEUE_OR_DEPT', list);
const err = (t: Ticket, list: readonly string[]): string => t.k('ERROR_CODE', t.r.pick(list));
/** a system stamp `min` minutes from the ticket's now, kept */
const sys = (t: Ticket, shape: StampShape, min = 0): string => t.k('SYSTEM_DATE', fs(at(t, min), shape));
const maybe = (t: Ticket, p: number, f: () => string): string | false => t.r.chance(p) && f();
const pick = <T>(t: Ticket, xs: readonly T[]): T => t.r.pick(xs);

const phone = (t: Ticket): string => t.p('PHONE', phoneG(t.r));
const fax = (t: Ticket): string => t.p('FAX', phoneG(t.r));
const ext = (t: Ticket): string => t.p('PHONE', extG(t.r));
const mrn = (t: Ticket): string => t.p('MRN', mrnG(t.r));
const dob = (t: Ticket, d: Ymd, shape?: DateShape): string => t.p('DOB', shape ? fd(d, shape) : anyDate(t.r, d));
const dphi = (t: Ticket, d: Ymd, shape?: DateShape): string => t.p('DATE_PHI', shape ? fd(d, shape) : anyDate(t.r, d));
const ip = (t: Ticket): string => t.p('IP_ADDRESS', publicIpG(t.r));
const npiL = (t: Ticket): string => t.p('LICENSE_NUMBER', npi(t.r));
const member = (t: Ticket): string => t.p('HEALTH_PLAN_ID', memberId(t.r));

const NURSE_ROLES = ['RN', 'RN, BSN', 'LPN', 'Charge RN', 'Unit Secretary', 'CNA', 'RN Clinical Coordinator'];
const DOC_ROLES = ['MD', 'DO', 'NP', 'PA-C', 'MD, PhD'];
const role = (t: Ticket): string => pick(t, NURSE_ROLES);
const ORG_UP = (t: Ticket): string => t.org.name.toUpperCase();
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n: number): string => String(n).padStart(2, '0');
const MONTHS_FULL = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** an RFC 5322 Date header value for a moment */
function mailDate(ms: number): string {
  const d = new Date(ms);
  return `${WEEKDAYS[d.getUTCDay()]!}, ${d.getUTCDate()} ${MONS[d.getUTCMonth()]!} ${d.getUTCFullYear()} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} -0500`;
}

/** a fixed-width table with a dashed rule under the header, as sqlcmd and the Kusto/Splunk CLIs print it */
function table(head: string[], rows: string[][], gap = 2): string {
  const wd = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const fmt = (r: string[]): string =>
    r
      .map((c, i) => c.padEnd(wd[i]!))
      .join(' '.repeat(gap))
      .trimEnd();
  return [fmt(head), wd.map((n) => '-'.repeat(n)).join(' '.repeat(gap)), ...rows.map(fmt)].join('\n');
}

/** application/x-www-form-urlencoded, as browsers post it */
const formEnc = (s: string): string =>
  encodeURIComponent(s)
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+');
/** JSON string content with every non-ASCII character as \uXXXX */
const jsonEsc = (s: string): string => s.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
/** RFC 2047 Q encoding of a header word */
const qWord = (s: string): string =>
  [...s]
    .map((c) => {
      if (c === ' ') return '_';
      if (/[A-Za-z0-9.,-]/.test(c)) return c;
      return [...Buffer.from(c, 'utf8')].map((b) => `=${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
    })
    .join('');

type Seg = string | { v: string; pii?: PiiType; keep?: KeepType };
/**
 * Quoted-printable body: '=' and non-ASCII bytes escaped, lines soft-broken with "=\n" at 76; a
 * labelled segment is labelled as it ends up in the output, soft breaks included.
 */
function qpBody(t: Ticket, segs: Seg[]): string {
  let out = '';
  let len = 0;
  segs.forEach((sg) => {
    const v = typeof sg === 'string' ? sg : sg.v;
    const chars = [...v];
    let start = -1;
    chars.forEach((ch, j) => {
      let tok: string;
      if (ch === '\n') {
        out += '\n';
        len = 0;
        return;
      }
      if (ch === '=') tok = '=3D';
      else if (ch === ' ' && chars[j + 1] === '\n') tok = '=20';
      else if (/[\x21-\x7e ]/.test(ch)) tok = ch;
      else tok = [...Buffer.from(ch, 'utf8')].map((b) => `=${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
      // multi-byte characters may break between their octets, never inside one
      const pieces = tok.length > 3 && tok.startsWith('=') ? (tok.match(/=[0-9A-F]{2}/g) ?? [tok]) : [tok];
      for (const piece of pieces) {
        if (len + piece.length > 75) {
          out += '=\n';
          len = 0;
        }
        if (start < 0) start = out.length;
        out += piece;
        len += piece.length;
      }
    });
    if (typeof sg !== 'string' && start >= 0) {
      const val = out.slice(start);
      if (sg.pii) t.p(sg.pii, val);
      if (sg.keep) t.k(sg.keep, val);
    }
  });
  return out;
}

/** X12: segments joined with ~, one per line or run together as the file holds them */
const x12 = (t: Ticket, segs: string[]): string => (t.r.chance(0.6) ? segs.map((s) => `${s}~`).join('\n') : segs.map((s) => `${s}~`).join(''));

// ---- G-sysaid: SysAid tickets as the API and the mail connector deliver them ----------------------

const jsonStr = (s: string): string => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');

const sysaidApiHtml: TemplateG = {
  name: 'sysaidApiHtml',
  group: 'G-sysaid',
  make(t) {
    const [pt, req] = people(t, 2);
    const b = birth(t.r);
    const id = t.k('TICKET_REF', String(t.r.int(41000, 98999)));
    const ms = nowMs(t);
    const unit = dept(t, [...UNITS_G, ...CLINICS_G]);
    const app = prod(t, ['Epic Rover', 'Epic ASAP', 'Epic Beaker', 'Zebra ZD421', 'Zebra ZT411']);
    const printer = host(t);
    const n = t.r.int(2, 9);
    const desc =
      `<p>Hi&nbsp;team,</p><div>The wristband printer in <b>${unit}</b> keeps printing the band for <b>${nm(t, pt, pick(t, ['LF', 'lf', 'west'] as const))}</b> ` +
      `(MRN&nbsp;<span style="font-family:Consolas">${mrn(t)}</span>, DOB&nbsp;${dob(t, b, 'us')}) whenever anyone prints from ${app}. ` +
      `It&#39;s happened ${n} times since ${sys(t, 'chat', -t.r.int(60, 300))} &amp; we&#39;ve had to shred them.</div>` +
      `<div>Printer: <span style="color:#1F497D">${printer}</span></div><br><p>Thanks,<br>${nm(t, req, 'west')}<br>${role(t)}&nbsp;|&nbsp;${ext(t)}</p>`;
    const text = L(
      `Copied from the SysAid API (GET /api/v1/sr/${id}) because the integration drops the formatting. Raw response:`,
      '',
      '{',
      `  "id": "${id}",`,
      '  "canUpdate": true,',
      '  "info": [',
      `    {"key": "title", "keyCaption": "Title", "value": "Wristband printer printing wrong patient"},`,
      `    {"key": "description", "keyCaption": "Description", "value": "${jsonStr(desc)}"},`,
      `    {"key": "request_user", "keyCaption": "Request user", "value": ${t.r.int(1000, 9999)}, "valueCaption": "${nm(t, req, 'lf')}"},`,
      `    {"key": "cust_text2", "keyCaption": "Callback number", "value": "${phone(t)}"},`,
      `    {"key": "insert_time", "keyCaption": "Request time", "value": ${t.k('SYSTEM_DATE', fs(ms, 'epoch'))}, "valueCaption": "${t.k('SYSTEM_DATE', fs(ms, 'sysaid'))}"},`,
      `    {"key": "status", "keyCaption": "Status", "value": 1, "valueCaption": "New"}`,
      '  ]',
      '}',
      '',
      t.r.chance(0.5) ? commonSentence(t) : `Mapping for ${t.k('PRODUCT', 'SysAid')} -> ServiceNow is on ${host(t)}.`
    );
    const title = t.r.chance(0.4) ? `Wristbands printing for ${nm(t, pt, 'LF')} on every job` : `SR ${id} (SysAid) - wristband printer, wrong patient`;
    return { title, text };
  },
};

const sysaidTableForm: TemplateG = {
  name: 'sysaidTableForm',
  group: 'G-sysaid',
  make(t) {
    const pt = person(t, { trad: ['vietnamese', 'eastslavic', 'hawaiian', 'dutch', 'portuguese', 'telugu', 'sinhala', 'malay', 'hungarian', 'filipino'] });
    const req = person(t);
    const b = birth(t.r);
    const a = addrG(t.r);
    const td = (k: string, v: string): string => `<tr><td style="background:#D9E2F3;width:180px"><b>${k}</b></td><td>${v}</td></tr>`;
    const asReg = nm(t, pt, t.r.pick(['LF', 'epic'] as const));
    const legal = nm(t, pt, 'full');
    let reason: string;
    switch (pt.trad) {
      case 'vietnamese':
        reason = `Registered with the middle name as the first name. Card and passport read &quot;${legal}&quot;; family name is ${nm(t, pt, 'sur')}.`;
        break;
      case 'eastslavic':
        reason = pt.middle
          ? `Patronymic &#39;${t.p('PERSON', pt.middle)}&#39; was keyed as a middle name &amp; the passport order (${nm(t, pt, 'alt')}) got swapped on the insurance card.`
          : `Passport order (${nm(t, pt, 'alt')}) was keyed as last, first.`;
        break;
      case 'hawaiian':
        reason = `&#39;Okina and kahakō are missing; patient asks that the chart read ${legal}.`;
        break;
      case 'dutch':
        reason = `Surname sorts under the particle in one system and not the other (${nm(t, pt, 'alt')}), so the payer can&#39;t match it.`;
        break;
      default:
        reason = `Name on the insurance card is ${nm(t, pt, 'alt')}; payer rejects eligibility with ${err(t, ERRORS_G.edi)}.`;
    }
    const html = L(
      `<p style="font-family:Calibri,sans-serif">New <b>Demographic Correction</b> request submitted via the portal.</p>`,
      `<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-family:Calibri,sans-serif;font-size:11pt">`,
      td('Submitted by', `${nm(t, req, 'west')} (${login(t, req, 'never')})`),
      td('Department', dept(t, [...DEPTS_G.revenue, ...DEPTS_G.clinical])),
      td('Callback', phone(t)),
      td('Patient name as registered', asReg),
      td('Correct legal name', legal),
      td('MRN', mrn(t)),
      td('Date of birth', dob(t, b, pick(t, ['us', 'us1', 'iso'] as const))),
      td('Address on file', (() => {
        const x = addrLabels(t, a);
        return `${x.line}<br>${x.cityState}&nbsp;${x.zip}`;
      })()),
      td('Member ID', member(t)),
      td('Reason', reason),
      `</table>`,
      maybe(t, 0.4, () => `<p style="color:#C00000;font-size:9pt">${commonSentence(t)}</p>`)
    );
    const text = L(
      `${pick(t, ['Form came in as HTML again', 'Portal form (raw)', 'Pasting the form source, the preview is blank'])} - ${t.k('PRODUCT', 'SysAid')} ${ver(t)}:`,
      '',
      html
    );
    return { title: t.r.chance(0.5) ? `Name correction: ${nm(t, pt, 'west')}` : 'Demographic Correction form - HTML not rendering', text };
  },
};

const outlookMso: TemplateG = {
  name: 'outlookMso',
  group: 'G-sysaid',
  make(t) {
    const [pt, rel, sender, doc] = people(t, 4);
    const b = birth(t.r);
    const ordered = daysAgo(t, 2, 40);
    const em = homeEmail(t, rel);
    const relWord = rel.g === 'f' ? pick(t, ['daughter', 'wife', 'sister', 'niece']) : pick(t, ['son', 'husband', 'brother', 'nephew']);
    const study = pick(t, ['MRI', 'echo', 'CT', 'sleep study', 'Holter']);
    const m = t.p('MRN', mrnG(t.r));
    const sty = "style='font-size:10.0pt;color:#2F5496'";
    const text = L(
      `Mail connector turned this one into raw Word HTML again (${t.k('PRODUCT', 'Exchange Online')} -> ${t.k('PRODUCT', 'SysAid')}). Received ${sys(t, 'sysaid', -t.r.int(10, 200))}. Relevant part:`,
      '',
      `<div class=WordSection1><p class=MsoNormal>Good morning,<o:p></o:p></p>`,
      `<p class=MsoNormal><o:p>&nbsp;</o:p></p>`,
      `<p class=MsoNormal>Dr. <span style='color:#1F497D'>${nm(t, doc, 'sur')}</span>&#39;s office can&#39;t open the ${study} results for ${nm(t, pt, pick(t, ['west', 'full'] as const))} (DOB ${dob(t, b)}, MRN ${m}) in ${prod(t, [...PRODUCTS_G.imaging, 'MyChart'])}. ` +
        `It was done ${dphi(t, ordered)} and the viewer says &quot;${err(t, [...ERRORS_G.http, ...ERRORS_G.dicom])}&quot;.<o:p></o:p></p>`,
      maybe(t, 0.5, () => {
        const u = t.p('URL', `https://viewer.${t.org.domain}/zfp?pl=${m}&amp;acc=${t.r.digits(9)}`);
        return `<p class=MsoNormal>Link they were given: <a href="${u}">${u}</a><o:p></o:p></p>`;
      }),
      `<p class=MsoNormal>The patient&#39;s ${relWord} <b>${nm(t, rel, 'west')}</b> can be reached at ${phone(t)} or <a href="mailto:${em}"><span style='color:#0563C1'>${em}</span></a>.<o:p></o:p></p>`,
      `<p class=MsoNormal><o:p>&nbsp;</o:p></p>`,
      `<p class=MsoNormal><b><span ${sty}>${nm(t, sender, 'west')}, ${pick(t, ['Practice Manager', 'Referral Coordinator', 'LPN', 'Office Manager'])}<o:p></o:p></span></b></p>`,
      `<p class=MsoNormal><span style='font-size:9.0pt;color:#595959'>${t.r.pick(['Family Medicine', 'Renal Clinic', 'Cardiology Associates'])} | Office ${phone(t)} | Fax ${fax(t)}<o:p></o:p></span></p>`,
      `</div>`
    );
    return { title: t.r.chance(0.5) ? `Outside office can't view ${study} results` : `RE: results for ${nm(t, pt, 'west')}`, text };
  },
};

const sysaidNotesHtml: TemplateG = {
  name: 'sysaidNotesHtml',
  group: 'G-sysaid',
  make(t) {
    const [pt, other, tech1, tech2] = people(t, 4);
    const b = birth(t.r);
    const em = homeEmail(t, pt);
    const [, ssnD] = ssnG(t.r);
    const id = t.k('TICKET_REF', `SR #${t.r.int(41000, 98999)}`);
    const pp = pron(pt);
    const text = L(
      `${id} - Activities (export ${sys(t, 'sysaid', 30)})`,
      '-'.repeat(62),
      `${sys(t, 'sysaid', 0)} | ${nm(t, tech1, 'lf')} | Note`,
      `Caller ${nm(t, pt, 'west')} &lt;${em}&gt; says ${prod(t, PRODUCTS_G.portal)} shows someone else&#39;s name on ${pp.pos} proxy list: &quot;${nm(t, other, 'LF')}&quot;.`,
      '',
      `${sys(t, 'sysaid', 45)} | ${nm(t, tech2, 'lf')} | Phone call`,
      `Spoke w/ patient at ${phone(t)}. Verified DOB ${dob(t, b)} &amp; last 4 of SSN ${t.p('SSN', ssnD.slice(-4))}. Proxy ${nm(t, other, 'west')} -&gt; ${nm(t, pt, 'call')} was created ${dphi(t, daysAgo(t, 5, 200))} by ${login(t, tech1, 'never')}.`,
      '',
      maybe(t, 0.35, () => `Patient also read me ${pp.pos} card ${t.p('CREDIT_CARD', cardG(t.r))} to pay the copay - entered in billing, please purge it from this note.`),
      '',
      `${sys(t, 'sysaid', 52)} | ${nm(t, tech2, 'lf')} | Email sent`,
      `<p>Hi ${nm(t, pt, 'call')},</p><p>We&#39;ve removed the proxy access that wasn&#39;t yours. If you still see &lt;${nm(t, other, 'west')}&gt; please call ${dept(t, DEPTS_G.it)} at ${t.p('PHONE', phoneG(t.r))}.</p><p>${nm(t, tech2, 'call')}</p>`,
      '',
      `Assigned group: ${dept(t, DEPTS_G.him)}. Related: ${ref(t)}.`
    );
    return { title: t.r.chance(0.5) ? 'Wrong person on portal proxy list' : `Proxy access removed - ${nm(t, pt, 'LF')}`, text };
  },
};

// ---- G-encoded: quoted-printable mail, form posts, webhooks, escaped JSON ---------------------------

const qpEmail: TemplateG = {
  name: 'qpEmail',
  group: 'G-encoded',
  make(t) {
    reserve(t, ...WEEKDAYS);
    const [pt, sender] = people(t, 2);
    const b = birth(t.r);
    const seen = daysAgo(t, 3, 60);
    const a = addrG(t.r);
    const [clinic, cdom] = pick(t, [
      ['Lakeside Family Practice', 'lakesidefp.com'],
      ['Prairie View Internal Medicine', 'pvim.net'],
      ['Harborview Pediatrics', 'harborviewpeds.com'],
      ['North Valley OB/GYN', 'nvobgyn.org'],
    ] as const);
    const senderMail = workEmailValue(t.r, sender, cdom);
    const ms = at(t, -t.r.int(30, 600));
    const fromName = qWord(fullName(sender));
    const subjName = qWord(fullName(pt));
    const P = (v: string, type: PiiType): Seg => ({ v, pii: type });
    const cityLine = `${a.city}, ${a.st}`;
    const body = qpBody(t, [
      'Hello, \n\nPlease see the attached outside records for our mutual patient ',
      P(fullName(pt), 'PERSON'),
      ', DOB ',
      P(fd(b, pick(t, ['us', 'mon'] as const)), 'DOB'),
      `. ${pron(pt).sub === 'she' ? 'She' : 'He'} was last seen in our office on `,
      P(fd(seen, 'us1'), 'DATE_PHI'),
      ` and is being referred to ${t.org.name} for follow-up.\n\nPatient phone: `,
      P(phoneG(t.r), 'PHONE'),
      '\nAddress: ',
      P(a.line, 'ADDRESS'),
      ', ',
      P(cityLine, 'ADDRESS'),
      ' ',
      P(a.zip, 'ZIP'),
      '\nInsurance member ID: ',
      P(memberId(t.r), 'HEALTH_PLAN_ID'),
      '\n\nKind regards,\n',
      P(fullName(sender), 'PERSON'),
      `\n${clinic} | Tel `,
      P(phoneG(t.r), 'PHONE'),
      ' | Fax ',
      P(phoneG(t.r), 'FAX'),
      '\n\nCONFIDENTIALITY NOTICE: This e-mail and any attachments contain protected health information that is privileged and confidential under applicable law (HIPAA, 45 CFR Parts 160 and 164).',
    ]);
    const text = L(
      `Referral e-mails from ${clinic} land in the ${dept(t, ['Referral Center', 'Patient Access', 'HIM Release of Information'])} mailbox undecoded since the ${prod(t, ['Exchange Online', 'Mimecast', 'Proofpoint'])} change. Patient is ${nm(t, pt, 'full')}. Raw source of one:`,
      '',
      `Date: ${t.k('SYSTEM_DATE', mailDate(ms))}`,
      `From: =?UTF-8?Q?${t.p('PERSON', fromName)}?= <${t.p('EMAIL', senderMail)}>`,
      `To: referrals@${t.org.domain}`,
      `Subject: =?UTF-8?Q?Outside_records_for_${t.p('PERSON', subjName)}?=`,
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset="utf-8"',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      body,
      '',
      `Seen on ${host(t)} in the transport queue; ${ref(t)}.`
    );
    return { title: `Referral e-mails arrive as quoted-printable (=3D, =20) - ${pick(t, ['unreadable', 'need decoding', 'attachments fine'])}`, text };
  },
};

const formPost: TemplateG = {
  name: 'formPost',
  group: 'G-encoded',
  make(t) {
    const [pt, atty] = people(t, 2, { noMono: true });
    const b = birth(t.r);
    const a = addrG(t.r);
    const from = daysAgo(t, 200, 700);
    const to = daysAgo(t, 10, 150);
    const ms = nowMs(t);
    const card = cardG(t.r);
    const em = homeEmailValue(t.r, pt);
    const attyMail = workEmailValue(t.r, atty, pick(t, ['injurylawgroup.com', 'tenantlegal.org', 'mdisability.com']));
    const [pa, pb, pc] = phoneParts(t.r);
    const F = (k: string, v: string, type?: PiiType): string => `${k}=${type ? t.p(type, formEnc(v)) : formEnc(v)}`;
    const line = a.unit ? `${a.line}, ${a.unit}` : a.line;
    const body = [
      F('first_name', pt.given, 'PERSON'),
      F('last_name', pt.surname, 'PERSON'),
      F('dob', fd(b, 'iso'), 'DOB'),
      'mrn=',
      F('phone', `(${pa}) ${pb}-${pc}`, 'PHONE'),
      F('email', em, 'EMAIL'),
      F('address1', line, 'ADDRESS'),
      F('city', a.city, 'ADDRESS'),
      `state=${a.st}`,
      F('zip', a.zip, 'ZIP'),
      F('records_from', fd(from, 'iso'), 'DATE_PHI'),
      F('records_to', fd(to, 'iso'), 'DATE_PHI'),
      'records_type=complete',
      F('send_to', attyMail, 'EMAIL'),
      F('card_number', card, 'CREDIT_CARD'),
      `card_exp=${formEnc(`${p2(t.r.int(1, 12))}/${t.r.int(26, 30)}`)}`,
      F('signature', fullName(pt), 'PERSON'),
      'consent=on',
    ].join('&');
    const status = err(t, ['HTTP 500', 'HTTP 413', 'HTTP 403']);
    const text = L(
      `${nm(t, pt, 'west')} called ${t.r.int(2, 4)}x, the online records request keeps failing at the payment step (${status}). From the ${prod(t, ['Azure Front Door', 'F5 Advanced WAF', 'Cloudflare WAF'])} log:`,
      '',
      `${t.k('SYSTEM_DATE', fs(ms, 'iis'))} ${sip(t)} POST /forms/roi/submit.aspx - 443 - ${ip(t)} Mozilla/5.0+(iPhone;+CPU+iPhone+OS+17_4+like+Mac+OS+X) ${status.replace('HTTP ', '')} 0 0 ${t.r.int(300, 4000)}`,
      '',
      'request_body:',
      body,
      '',
      `Card may have been charged more than once; ${dept(t, ['Central Billing Office', 'HIM Release of Information'])} needs to check. The attorney (${nm(t, atty, 'west')}) is waiting on the records.`
    );
    return { title: `Records request form fails (${status}) for ${nm(t, pt, 'LF')}`, text };
  },
};

const twilioWebhook: TemplateG = {
  name: 'twilioWebhook',
  group: 'G-encoded',
  make(t) {
    const [pt, rel] = people(t, 2);
    const a = addrG(t.r);
    const appt = daysAhead(t, 1, 20);
    const mob = phoneDigits(t.r);
    const callback = phoneG(t.r);
    const hex = (n: number): string => t.r.chars('0123456789abcdef', n);
    const relWord = rel.g === 'f' ? 'daughter' : 'son';
    const mon = MONTHS_FULL[appt.m - 1]!;
    const bodyRaw = `This is ${callName(pt)}'s ${relWord} ${westNameOf(rel)}. ${pt.g === 'f' ? 'Mom' : 'Dad'} can't make it ${mon} ${appt.d}, please call me at ${callback}`;
    const encoded = formEnc(bodyRaw);
    // label every PII piece as it appears inside the encoded body
    t.p('PERSON', formEnc(callName(pt)));
    t.p('PERSON', formEnc(westNameOf(rel)));
    t.p('DATE_PHI', formEnc(`${mon} ${appt.d}`));
    t.p('PHONE', formEnc(callback));
    const ourNum = `${t.r.int(2, 9)}${t.r.digits(9)}`;
    const fields = [
      'ToCountry=US',
      `ToState=${a.st}`,
      `SmsMessageSid=SM${hex(32)}`,
      'NumMedia=0',
      `FromZip=${t.p('ZIP', a.zip)}`,
      `FromState=${a.st}`,
      'SmsStatus=received',
      `FromCity=${t.p('ADDRESS', a.city.toUpperCase().replace(/ /g, '+'))}`,
      `Body=${encoded}`,
      'FromCountry=US',
      `To=%2B1${ourNum}`,
      'NumSegments=1',
      `AccountSid=AC${hex(32)}`,
      `From=${t.p('PHONE', `%2B1${mob}`)}`,
      `ApiVersion=${t.k('VERSION', '2010-04-01')}`,
    ];
    const text = L(
      `Reminder replies are not being matched to the appointment in ${prod(t, ['Epic Cadence', 'Epic Hello World', 'Phreesia'])} so nobody sees them. Example from the ${t.k('PRODUCT', 'Twilio Programmable SMS')} webhook log (${sys(t, 'isoZ', -t.r.int(30, 900))}):`,
      '',
      'POST /sms/inbound HTTP/1.1',
      'Content-Type: application/x-www-form-urlencoded',
      '',
      fields.join('&'),
      '',
      `Patient is ${nm(t, pt, 'west')} (MRN ${mrn(t)}). The appointment is on ${dphi(t, appt, 'us')} in ${dept(t, CLINICS_G)}. Our parser returns ${err(t, ['HTTP 422', 'HTTP 500', 'HTTP 400'])} on the apostrophe (%27) in the body.`
    );
    return { title: 'SMS reminder replies not filed (webhook 4xx/5xx)', text };
  },
};
function westNameOf(p: PersonG): string {
  return p.surname ? `${callName(p)} ${p.surname}` : p.given;
}

const jsonEscaped: TemplateG = {
  name: 'jsonEscaped',
  group: 'G-encoded',
  make(t) {
    let pt = person(t, { trad: ['vietnamese', 'hungarian', 'polish', 'portuguese', 'capeverdean', 'hawaiian'], noMono: true });
    for (let i = 0; i < 8 && !/[^\x20-\x7e]/.test(pt.given + pt.surname); i++) pt = person(t, { trad: ['vietnamese', 'hungarian', 'polish', 'portuguese', 'capeverdean', 'hawaiian'], noMono: true });
    const ec = person(t);
    const b = birth(t.r, 1932, 1990);
    const a = addrG(t.r);
    const last = daysAgo(t, 10, 120);
    const uuid = `${t.r.chars('0123456789abcdef', 8)}-${t.r.chars('0123456789abcdef', 4)}-4${t.r.chars('0123456789abcdef', 3)}-a${t.r.chars('0123456789abcdef', 3)}-${t.r.chars('0123456789abcdef', 12)}`;
    const [pa, pb, pc] = phoneParts(t.r);
    const e164 = t.p('PHONE', `+1${pa}${pb}${pc}`);
    const givenJ = t.p('PERSON', jsonEsc(pt.given));
    const surJ = t.p('PERSON', jsonEsc(pt.surname));
    const ecJ = t.p('PERSON', jsonEsc(westNameOf(ec)));
    const rel = ec.g === 'f' ? pick(t, ['daughter', 'wife', 'sister']) : pick(t, ['son', 'husband', 'brother']);
    const payload =
      `{"submissionId":"${uuid}","submittedAt":"${sys(t, 'isoZ', -t.r.int(5, 90))}","patient":{"firstName":"${givenJ}","lastName":"${surJ}",` +
      `"dateOfBirth":"${dob(t, b, 'iso')}","mrn":"${mrn(t)}","mobile":"${e164}","email":"${homeEmail(t, pt)}",` +
      `"address":{"line1":"${t.p('ADDRESS', jsonEsc(a.line))}","city":"${t.p('ADDRESS', a.city)}","state":"${a.st}","postalCode":"${t.p('ZIP', a.zip)}"},` +
      `"coverage":{"memberId":"${member(t)}","payer":"${pick(t, ['Aetna', 'Cigna', 'UnitedHealthcare', 'Medicaid'])}"}},` +
      `"answers":[{"q":"Reason for visit","a":"Follow-up from ${dphi(t, last, 'us')} visit.\\nStill dizzy in the mornings."},` +
      `{"q":"Emergency contact","a":"${ecJ} (${rel})\\nPhone: ${phone(t)}"}]}`;
    const text = L(
      `${prod(t, PRODUCTS_G.portal)} intake is filing the patient's name into Epic with the escape codes in it (chart shows "${surJ}"). Patient is ${nm(t, pt, 'full')}. ` +
        `Interface ${host(t)} logged the payload:`,
      '',
      `[${sys(t, 'sql', -t.r.int(1, 4))}] INFO  inbound /intake/v2/submissions 200 ${t.r.int(900, 2400)} bytes`,
      payload,
      '',
      `Epic rejects the A08 with ${err(t, ['ADT A08 AE', 'HTTP 422', 'AR: invalid character'])} when we try to correct it. ${prod(t, PRODUCTS_G.interface)} ${ver(t)}.`
    );
    return { title: t.r.chance(0.5) ? 'Intake JSON \\u escapes landing in patient names' : `Name shows as ${surJ} in chart`, text };
  },
};

// ---- G-x12: eligibility, claims, remittance, pharmacy claims ----------------------------------------

/** ISA/GS envelope for a transaction set; the stamps are kept, the interchange control number is a ref */
function envelope(t: Ticket, fn: string, impl: string, sender: string, receiver: string): { head: string[]; tail: string[]; ctrl: string } {
  const ms = nowMs(t);
  const ctrl = t.k('TICKET_REF', t.r.digits(9));
  const gsCtl = String(t.r.int(1000, 99999));
  const isaD = t.k('SYSTEM_DATE', fs(ms, 'isa'));
  const gsD = t.k('SYSTEM_DATE', fs(ms, 'gs'));
  return {
    head: [
      `ISA*00*          *00*          *ZZ*${sender.padEnd(15)}*ZZ*${receiver.padEnd(15)}*${isaD}*^*00501*${ctrl}*0*P*:`,
      `GS*${fn}*${sender}*${receiver}*${gsD}*${gsCtl}*X*${t.k('VERSION', impl)}`,
    ],
    tail: [`GE*1*${gsCtl}`, `IEA*1*${ctrl}`],
    ctrl,
  };
}
const sexCode = (p: PersonG): string => (p.g === 'f' ? 'F' : 'M');
const mi = (p: PersonG): string => (p.middle && !p.famFirst ? fold(p.middle)[0]!.toUpperCase() : '');

const edi270: TemplateG = {
  name: 'edi270',
  group: 'G-x12',
  make(t) {
    const [sub, regr] = people(t, 2);
    const dep = t.r.chance(0.4) ? person(t) : null;
    const b = birth(t.r, 1940, 2004);
    const db = dep ? birth(t.r, 2008, 2023) : null;
    const svc = daysAhead(t, 1, 30);
    const sender = `${t.org.prefix.toUpperCase()}270`;
    const env = envelope(t, 'HS', '005010X279A1', sender, 'AVAILITY');
    const mem = member(t);
    const [ssn9] = ssnG(t.r);
    const bht = t.k('TICKET_REF', `${t.r.int(1, 9)}${t.r.digits(7)}`);
    const st = String(t.r.int(1, 9999)).padStart(4, '0');
    const segs = [
      ...env.head,
      `ST*270*${st}*005010X279A1`,
      `BHT*0022*13*${bht}*${t.k('SYSTEM_DATE', fs(nowMs(t), 'gs'))}`,
      'HL*1**20*1',
      `NM1*PR*2*${pick(t, ['BLUE CROSS BLUE SHIELD', 'AETNA', 'UNITEDHEALTHCARE', 'MEDICAID', 'CIGNA'])}*****PI*${t.r.digits(5)}`,
      'HL*2*1*21*1',
      `NM1*1P*2*${ORG_UP(t)}*****XX*${npi(t.r)}`,
      `HL*3*2*22*${dep ? 1 : 0}`,
      `TRN*1*${t.r.digits(5)}-${t.r.digits(6)}*9${t.r.digits(9)}`,
      `NM1*IL*1*${nm(t, sub, 'edi')}*${mi(sub)}***MI*${mem}`,
      maybe(t, 0.6, () => `REF*SY*${t.p('SSN', ssn9)}`) || `REF*6P*${t.r.digits(6)}`,
      `DMG*D8*${dob(t, b, 'd8')}*${sexCode(sub)}`,
      ...(dep && db
        ? [`HL*4*3*23*0`, `TRN*1*${t.r.digits(5)}-${t.r.digits(6)}*9${t.r.digits(9)}`, `NM1*03*1*${nm(t, dep, 'edi')}`, `DMG*D8*${dob(t, db, 'd8')}*${sexCode(dep)}`]
        : []),
      `DTP*291*D8*${dphi(t, svc, 'd8')}`,
      'EQ*30',
      `SE*${t.r.int(13, 17)}*${st}`,
      ...env.tail,
    ].filter((x): x is string => typeof x === 'string');
    const aaa = err(t, ERRORS_G.edi.filter((e) => e.startsWith('AAA')));
    const resp = [`NM1*IL*1*${nm(t, sub, 'edi')}****MI*${mem}`, `${aaa}`];
    const who = dep ? nm(t, dep, 'west') : nm(t, sub, 'west');
    const text = L(
      `Eligibility for ${who} keeps coming back with ${aaa} from ${prod(t, PRODUCTS_G.edi)} even though the card matches what we keyed.`,
      `Registrar: ${nm(t, regr, 'west')}, ${dept(t, DEPTS_G.revenue)}, ${ext(t)}. Visit is ${dphi(t, svc, 'us')}.`,
      '',
      '270 sent:',
      x12(t, segs),
      '',
      '271 back:',
      x12(t, resp),
      '',
      `Interchange ${env.ctrl}. ${t.r.chance(0.4) ? commonSentence(t) : `Translator on ${host(t)}.`}`
    );
    return { title: `271 reject ${aaa.split('*')[3] ?? ''} - eligibility for ${t.r.chance(0.5) ? who : 'one subscriber'}`, text };
  },
};

const edi837: TemplateG = {
  name: 'edi837',
  group: 'G-x12',
  make(t) {
    const [pt, doc, biller] = people(t, 3, { noMono: true });
    const b = birth(t.r);
    const a = addrG(t.r);
    const svc = daysAgo(t, 5, 80);
    const env = envelope(t, 'HC', '005010X222A1', `${t.org.prefix.toUpperCase()}837P`, 'CLEARINGHOUSE');
    const acct = t.p('ACCOUNT_NUMBER', pcn(t.r));
    const docNpi = npiL(t);
    const stc = err(t, ERRORS_G.edi.filter((e) => e.startsWith('STC')));
    const bp = phoneDigits(t.r);
    const segs = [
      ...env.head,
      `ST*837*0001*005010X222A1`,
      `BHT*0019*00*${t.k('TICKET_REF', `${t.r.int(100000, 999999)}`)}*${fs(nowMs(t), 'gs')}*CH`,
      `NM1*41*2*${ORG_UP(t)}*****46*${t.r.digits(9)}`,
      `PER*IC*${nm(t, biller, 'WEST')}*TE*${t.p('PHONE', bp)}`,
      `NM1*85*2*${ORG_UP(t)}*****XX*${npi(t.r)}`,
      'SBR*P*18*******CI',
      `NM1*IL*1*${nm(t, pt, 'edi')}*${mi(pt)}***MI*${member(t)}`,
      `N3*${t.p('ADDRESS', a.line.toUpperCase())}${a.unit ? `*${a.unit.toUpperCase()}` : ''}`,
      `N4*${t.p('ADDRESS', a.city.toUpperCase())}*${a.st}*${t.p('ZIP', zip9(t.r, a))}`,
      `DMG*D8*${dob(t, b, 'd8')}*${sexCode(pt)}`,
      `CLM*${acct}*${t.r.int(90, 900)}***11:B:1*Y*A*Y*Y`,
      `HI*ABK:${pick(t, ['E119', 'I10', 'J449', 'M545', 'N183'])}`,
      `NM1*82*1*${nm(t, doc, 'edi')}****XX*${docNpi}`,
      `SV1*HC:${pick(t, ['99213', '99214', '99204', '93000'])}*${t.r.int(90, 400)}*UN*1***1`,
      `DTP*472*D8*${dphi(t, svc, 'd8')}`,
    ];
    const text = L(
      `${dept(t, DEPTS_G.revenue)}: all professional claims for Dr. ${nm(t, doc, 'west')} are rejecting at the clearinghouse since the NPI was updated in ${prod(t, PRODUCTS_G.edi)}.`,
      `277CA says ${stc}. Example claim (patient ${nm(t, pt, 'LF')}, account ${acct}):`,
      '',
      x12(t, segs),
      '',
      `277CA: STC*${stc.replace('STC*', '')}*${fs(at(t, 60), 'gs').split('*')[0]}*U*${t.r.int(90, 900)}`,
      `REF*1K*${t.p('ACCOUNT_NUMBER', payerClaim(t.r))}`,
      '',
      `Billing contact on the file is ${nm(t, biller, 'west')} (${workEmail(t, biller)}). Batch on ${fpath(t)}.`
    );
    return { title: `837P rejects ${stc} for rendering NPI ${docNpi}`, text };
  },
};

const edi835: TemplateG = {
  name: 'edi835',
  group: 'G-x12',
  make(t) {
    const [pt, other, doc, poster] = people(t, 4, { noMono: true });
    const svc = daysAgo(t, 20, 120);
    const env = envelope(t, 'HP', '005010X221A1', 'PAYER835', `${t.org.prefix.toUpperCase()}835`);
    const acct = t.p('ACCOUNT_NUMBER', pcn(t.r));
    const wrongAcct = t.p('ACCOUNT_NUMBER', pcn(t.r));
    const charge = t.r.int(120, 900);
    const paid = Math.round(charge * 0.46 * 100) / 100;
    const carc = err(t, ERRORS_G.carc);
    const [grp, code] = carc.includes('-') ? (carc.split('-') as [string, string]) : ['CO', '16'];
    const svcD = dphi(t, svc, 'd8');
    const segs = [
      ...env.head,
      'ST*835*0001',
      `BPR*I*${paid.toFixed(2)}*C*ACH*CCP*01*${t.r.digits(9)}*DA*${t.r.digits(10)}*${t.r.digits(10)}**01*${t.r.digits(9)}*DA*${t.r.digits(8)}*${fs(nowMs(t), 'gs').split('*')[0]}`,
      `TRN*1*${t.r.digits(9)}*1${t.r.digits(9)}`,
      `CLP*${acct}*1*${charge}*${paid}*${(charge * 0.1).toFixed(2)}*12*${t.p('ACCOUNT_NUMBER', payerClaim(t.r))}*11*1`,
      `CAS*${grp}*${code}*${(charge - paid).toFixed(2)}`,
      `NM1*QC*1*${nm(t, pt, 'edi')}*${mi(pt)}***MI*${member(t)}`,
      `NM1*82*1*${nm(t, doc, 'edi')}****XX*${npiL(t)}`,
      `DTM*232*${svcD}`,
      `SVC*HC:${pick(t, ['99214', '99215', '80053', '71046'])}*${charge}*${paid}**1`,
      `DTM*472*${svcD}`,
      'SE*12*0001',
      ...env.tail,
    ];
    const text = L(
      `Auto-post from the ${prod(t, [...PRODUCTS_G.edi, 'Epic Resolute'])} 835 put the payment for ${nm(t, pt, 'west')} (acct ${acct}) on ${nm(t, other, 'west')}'s account ${wrongAcct} instead.`,
      `${pick(t, ['The two only share a birth date.', 'Looks like the payer matched on DOB only.', 'Member ids differ by one digit.'])} Adjustment ${carc} also looks wrong.`,
      '',
      x12(t, segs),
      '',
      `Posted by ${login(t, poster, 'never')} (${nm(t, poster, 'west')}) at ${sys(t, 'sql', 30)}. Please reverse and repost; ${dept(t, ['Cash Posting', 'Central Billing Office'])} is holding the batch.`
    );
    return { title: `835 misposted ${carc} - ${t.r.chance(0.5) ? 'wrong guarantor' : nm(t, pt, 'LF')}`, text };
  },
};

const ncpdpReject: TemplateG = {
  name: 'ncpdpReject',
  group: 'G-x12',
  make(t) {
    const [pt, doc, tech] = people(t, 3, { noMono: true });
    const b = birth(t.r);
    const a = addrG(t.r);
    const rx = t.p('RX_NUMBER', rxG(t.r));
    const rej = err(t, ERRORS_G.ncpdp);
    const codeMeaning: Record<string, string> = {
      'Reject 75': 'Prior Authorization Required',
      'Reject 09': 'M/I Date Of Birth',
      'Reject 65': 'Patient Is Not Covered',
      'Reject 70': 'Product/Service Not Covered',
      'Reject 41': 'Submit Bill To Other Processor',
      'Reject 52': 'Non-Matched Cardholder ID',
    };
    const dots = (k: string, v: string): string => `    ${k} ${'.'.repeat(Math.max(2, 30 - k.length))} ${v}`;
    const filled = daysAgo(t, 0, 3);
    const text = L(
      `${dept(t, ['Outpatient Pharmacy', 'Retail Pharmacy', 'Pharmacy Benefits'])}: claims for ${nm(t, pt, pick(t, ['west', 'full'] as const))} keep rejecting (${rej}) since registration changed the demographics. Tech: ${nm(t, tech, 'west')} ${ext(t)}.`,
      '',
      `Claim Response  NCPDP ${t.k('VERSION', 'D.0')}  Status: R (Rejected)   ${sys(t, 'pyxis', -t.r.int(5, 120))}`,
      `  Header: RxBIN ${t.r.digits(6)}  PCN ${pick(t, ['MEDDPRIME', 'ADV', 'CNRX', '9999'])}  Group ${t.r.chars('ABCDEFGHJKLMNPRSTUVWXYZ', 2)}${t.r.digits(4)}`,
      '  AM01 Patient',
      dots('CA Patient First Name', t.p('PERSON', fold(pt.given).toUpperCase())),
      dots('CB Patient Last Name', t.p('PERSON', fold(pt.surname).toUpperCase())),
      dots('C4 Date of Birth', dob(t, b, 'd8')),
      dots('C5 Patient Gender Code', pt.g === 'f' ? '2' : '1'),
      dots('CM Patient Street Address', t.p('ADDRESS', a.line.toUpperCase())),
      dots('CN Patient City', t.p('ADDRESS', a.city.toUpperCase())),
      dots('CO Patient State', a.st),
      dots('CP Patient Zip', t.p('ZIP', a.zip)),
      dots('CQ Patient Phone', t.p('PHONE', phoneDigits(t.r))),
      '  AM04 Insurance',
      dots('C2 Cardholder ID', member(t)),
      '  AM07 Claim',
      dots('D2 Rx/Service Ref Number', rx),
      dots('D7 Product/Service ID', `${t.r.digits(5)}${t.r.digits(4)}${t.r.digits(2)}`),
      dots('D5 Days Supply', String(pick(t, [30, 90, 28]))),
      dots('DE Date of Service', dphi(t, filled, 'd8')),
      '  AM03 Prescriber',
      dots('DB Prescriber ID (NPI)', npiL(t)),
      dots('DR Prescriber Last Name', t.p('PERSON', fold(doc.surname).toUpperCase())),
      '  Response Status',
      dots('511 Reject Code', `${rej.replace('Reject ', '')} (${codeMeaning[rej] ?? 'See payer sheet'})`),
      '',
      `Patient says ${pron(pt).pos} card has ${nm(t, pt, 'alt')}. Prescriber is Dr. ${nm(t, doc, 'west')}, DEA ${t.p('LICENSE_NUMBER', dea(t.r, fold(doc.surname)))}. ${prod(t, PRODUCTS_G.pharmacy)} ${ver(t)}.`
    );
    return { title: `Rx ${rx} ${rej} - ${pick(t, ['demographics mismatch', 'cardholder mismatch', 'please check'])}`, text };
  },
};

// ---- G-xmllog: C-CDA fragments, Windows event XML, CEF -----------------------------------------------

const LANG_CODES: Record<string, string> = {
  vietnamese: 'vi', filipino: 'tl', indonesian: 'id', malay: 'ms', nepali: 'ne', sinhala: 'si', sltamil: 'ta', afghan: 'ps', uzbek: 'uz', kazakh: 'kk',
  eastslavic: 'uk', polish: 'pl', hungarian: 'hu', dutch: 'nl', portuguese: 'pt', capeverdean: 'kea', hawaiian: 'haw', hausa: 'ha', akan: 'ak',
  hebrew: 'he', gujarati: 'gu', telugu: 'te',
};

const ccdImport: TemplateG = {
  name: 'ccdImport',
  group: 'G-xmllog',
  make(t) {
    const pt = person(t, { noMono: true });
    const [author, guardian, hdesk] = people(t, 3, { noMono: true });
    const b = birth(t.r);
    const a = addrG(t.r);
    const enc = daysAgo(t, 3, 90);
    const [, ssnD] = ssnG(t.r);
    const [pa, pb, pc] = phoneParts(t.r);
    const outside = pick(t, ['St. Vincent Regional', 'Mercy Health Lorain', 'Valley Children’s', 'Kapiolani Medical', 'UPMC Altoona']);
    const mid = pt.middle && !pt.famFirst ? `<given>${t.p('PERSON', pt.middle)}</given>` : '';
    const minor = b.y > 2008;
    const xml = L(
      '<recordTarget>',
      '  <patientRole>',
      `    <id root="2.16.840.1.113883.3.${t.r.int(1000, 9999)}.1" extension="${t.p('MRN', outsideMrn(t.r))}"/>`,
      maybe(t, 0.6, () => `    <id root="2.16.840.1.113883.4.1" extension="${t.p('SSN', ssnD)}"/>`),
      `    <addr use="HP"><streetAddressLine>${t.p('ADDRESS', a.line)}</streetAddressLine>${a.unit ? `<streetAddressLine>${a.unit}</streetAddressLine>` : ''}<city>${t.p('ADDRESS', a.city)}</city><state>${a.st}</state><postalCode>${t.p('ZIP', a.zip)}</postalCode><country>US</country></addr>`,
      `    <telecom use="HP" value="tel:${t.p('PHONE', `+1-${pa}-${pb}-${pc}`)}"/>`,
      maybe(t, 0.5, () => `    <telecom use="HP" value="mailto:${homeEmail(t, pt)}"/>`),
      '    <patient>',
      `      <name use="L"><given>${t.p('PERSON', pt.given)}</given>${mid}<family>${t.p('PERSON', pt.surname)}</family></name>`,
      `      <administrativeGenderCode code="${sexCode(pt)}" codeSystem="2.16.840.1.113883.5.1"/>`,
      `      <birthTime value="${dob(t, b, 'd8')}"/>`,
      minor
        ? `      <guardian><guardianPerson><name><given>${t.p('PERSON', guardian.given)}</given><family>${t.p('PERSON', guardian.surname)}</family></name></guardianPerson></guardian>`
        : false,
      `      <languageCommunication><languageCode code="${LANG_CODES[pt.trad] ?? 'en'}"/></languageCommunication>`,
      '    </patient>',
      '  </patientRole>',
      '</recordTarget>',
      '<author>',
      `  <time value="${sys(t, 'cda', -t.r.int(60, 2000))}"/>`,
      `  <assignedAuthor><id root="2.16.840.1.113883.4.6" extension="${npiL(t)}"/>`,
      `    <assignedPerson><name><prefix>Dr.</prefix><given>${t.p('PERSON', author.given)}</given><family>${t.p('PERSON', author.surname)}</family></name></assignedPerson>`,
      '  </assignedAuthor>',
      '</author>',
      `<componentOf><encompassingEncounter><effectiveTime><low value="${dphi(t, enc, 'd8')}"/></effectiveTime></encompassingEncounter></componentOf>`
    );
    const e = err(t, ERRORS_G.xml);
    const text = L(
      `${prod(t, PRODUCTS_G.interface)} import of the CCD from ${outside} fails for ${nm(t, pt, pick(t, ['west', 'full'] as const))} with "${e}". Document fragment (C-CDA ${t.k('VERSION', 'R2.1')}):`,
      '',
      xml,
      '',
      `Reconciliation queue on ${host(t)}. Reported by ${nm(t, hdesk, 'west')}, ${dept(t, DEPTS_G.him)}.`
    );
    return { title: `CCD from ${outside} rejected (${e})`, text };
  },
};

const winEventXml: TemplateG = {
  name: 'winEventXml',
  group: 'G-xmllog',
  make(t) {
    const staff = person(t);
    const a = addrG(t.r);
    const user = loginVal(t, staff);
    const ipv = ip(t);
    const wk = t.p('DEVICE_ID', `DESKTOP-${t.r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 7)}`);
    const lockout = t.r.chance(0.4);
    const sub = lockout ? '' : err(t, ERRORS_G.win);
    const xml = L(
      '<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">',
      '  <System>',
      '    <Provider Name="Microsoft-Windows-Security-Auditing" Guid="{54849625-5478-4994-A5BA-3E3B0328C30D}"/>',
      `    <EventID>${lockout ? 4740 : 4625}</EventID><Version>0</Version><Level>0</Level><Task>${lockout ? 13824 : 12544}</Task>`,
      `    <TimeCreated SystemTime="${sys(t, 'isoZ7', -t.r.int(5, 500))}"/>`,
      `    <EventRecordID>${t.r.int(100000000, 999999999)}</EventRecordID>`,
      `    <Computer>${host(t)}</Computer>`,
      '  </System>',
      '  <EventData>',
      `    <Data Name="TargetUserName">${user}</Data>`,
      `    <Data Name="TargetDomainName">${t.org.prefix.toUpperCase()}</Data>`,
      lockout ? `    <Data Name="CallerComputerName">${wk}</Data>` : `    <Data Name="Status">${t.k('ERROR_CODE', '0xc000006d')}</Data>`,
      lockout ? false : `    <Data Name="SubStatus">${sub}</Data>`,
      lockout ? false : `    <Data Name="LogonType">10</Data>`,
      lockout ? false : `    <Data Name="WorkstationName">${wk}</Data>`,
      lockout ? false : `    <Data Name="IpAddress">${ipv}</Data>`,
      lockout ? false : `    <Data Name="IpPort">${t.r.int(49152, 65535)}</Data>`,
      '  </EventData>',
      '</Event>'
    );
    const text = L(
      `${nm(t, staff, pick(t, ['west', 'lf'] as const))} (${role(t)}, ${dept(t, DEPTS_G.clinical)}) gets locked out most mornings. ${dept(t, ['Security Operations', 'Identity and Access'])} pulled this from ${prod(t, ['Windows Event Forwarding', 'Splunk Enterprise', 'Microsoft Sentinel'])}:`,
      '',
      xml,
      '',
      `The source IP ${lockout ? ipv : 'above'} geolocates to ${pick(t, ISPS)} in ${t.p('ADDRESS', `${a.city}, ${a.st}`)} - probably an old saved RDP password on ${pron(staff).pos} home PC. Call ${pron(staff).obj} at ${phone(t)} after ${pick(t, ['1500', '7 pm', 'noon'])}.`
    );
    return { title: `Account lockouts ${user} - event ${lockout ? 4740 : 4625}`, text };
  },
};
/** a bare login (no domain), labelled */
function loginVal(t: Ticket, p: PersonG): string {
  return login(t, p, 'never');
}

const cefDlp: TemplateG = {
  name: 'cefDlp',
  group: 'G-xmllog',
  make(t) {
    const [staff, p1, p2x, mgr] = people(t, 4, { noMono: true });
    const [, s1] = ssnG(t.r);
    const [, s2] = ssnG(t.r);
    const n = t.r.int(12, 240);
    const file = pick(t, ['census_export.xlsx', 'unit_roster.xlsx', 'AR_aging.csv', 'handoff list.docx']);
    const cef =
      `<134>${sys(t, 'syslog', -t.r.int(10, 300))} ${host(t)} CEF:0|Microsoft|Purview DLP|${t.k('VERSION', '1.0')}|DLP-SSN-EXT|U.S. Social Security Number sent outside the organization|8|` +
      `rt=${sys(t, 'cef', -t.r.int(10, 300))} suser=${workEmail(t, staff)} cs3Label=SenderDisplayName cs3=${nm(t, staff, 'lf')} duser=${homeEmail(t, staff)} src=${sip(t)} ` +
      `fname=${file} cs1Label=MatchCount cs1=${n} cs2Label=Policy cs2=PHI-External-Block act=${pick(t, ['Blocked', 'BlockedWithOverride'])} ` +
      `msg=Sample matches: ${nm(t, p1, 'LF')} ${t.p('SSN', s1)} ; ${nm(t, p2x, 'LF')} ${t.p('SSN', s2)}`;
    const text = L(
      `${dept(t, ['Security Operations', 'Privacy Office', 'Compliance'])} alert forwarded for follow-up. ${nm(t, staff, 'west')} tried to mail ${file} (${n} SSNs) to a personal address.`,
      '',
      cef,
      '',
      `${pick(t, ['Manager', 'Director', 'Supervisor'])} ${nm(t, mgr, 'west')} has been told. Please confirm ${prod(t, ['Microsoft Purview', 'Exchange Online'])} blocked the message and that nothing synced to the phone. ${ref(t)}`
    );
    return { title: 'DLP: SSNs sent to personal e-mail', text };
  },
};

// ---- G-query: Kusto, Splunk and sqlcmd result tables ---------------------------------------------------

const kustoTable: TemplateG = {
  name: 'kustoTable',
  group: 'G-query',
  make(t) {
    const staff = person(t);
    const a = addrG(t.r);
    const upn = workEmail(t, staff);
    const disp = nm(t, staff, 'lf');
    const ip1 = ip(t);
    const ip2 = t.r.chance(0.4) ? ip(t) : ip1;
    const city = t.p('ADDRESS', a.city);
    const codes = ERRORS_G.signin;
    const apps = ['Epic Haiku', 'Microsoft Teams', 'Office 365 Exchange Online', 'Workday', 'Citrix Workspace'];
    const rows: string[][] = [];
    const n = t.r.int(3, 6);
    let back = 0;
    for (let i = 0; i < n; i++) {
      back += t.r.int(3, 40);
      rows.push([sys(t, 'isoZ', -back), disp, i % 2 ? ip2 : ip1, city, t.k('ERROR_CODE', pick(t, codes)), t.k('PRODUCT', pick(t, apps))]);
    }
    const text = L(
      `${nm(t, staff, 'west')} can't get into anything from home since ${pick(t, ['yesterday', 'the phone upgrade', 'the weekend'])}. Sign-in logs (${prod(t, ['Azure Data Explorer', 'Log Analytics', 'Microsoft Sentinel'])}):`,
      '',
      'SigninLogs',
      '| where TimeGenerated > ago(2d)',
      `| where UserPrincipalName =~ "${upn}"`,
      '| project TimeGenerated, UserDisplayName, IPAddress, City = tostring(LocationDetails.city), ResultType, AppDisplayName',
      '| order by TimeGenerated desc',
      '',
      table(['TimeGenerated', 'UserDisplayName', 'IPAddress', 'City', 'ResultType', 'AppDisplayName'], rows),
      '',
      `${pick(t, ['50126 is bad password, 50053 is smart lockout.', 'Conditional access blocks the home IP.', 'Looks like the old phone is still trying.'])} User's cell: ${phone(t)}.`
    );
    return { title: `Sign-in failures for ${t.r.chance(0.5) ? upn : disp}`, text };
  },
};

const splunkTable: TemplateG = {
  name: 'splunkTable',
  group: 'G-query',
  make(t) {
    const [pt, agent] = people(t, 2);
    const b = birth(t.r);
    const user = t.p('USERNAME', `${asciiLower(callName(pt))}${asciiLower(pt.surname || pt.given).slice(0, 6)}${t.r.int(1, 99)}`);
    const ip1 = ip(t);
    const reasons = ['BadPassword', 'AccountLocked', 'MFAChallengeFailed', 'BadPassword'];
    const rows: string[][] = [];
    const n = t.r.int(4, 7);
    const backs = Array.from({ length: n }, () => t.r.int(1, 600)).sort((x, y) => y - x);
    backs.forEach((bk, i) => {
      const rs = i === n - 1 ? 'AccountLocked' : pick(t, reasons);
      rows.push([sys(t, 'splunk', -bk), user, ip1, rs === 'AccountLocked' ? '423' : '401', t.k('ERROR_CODE', rs)]);
    });
    const text = L(
      `Patient ${nm(t, pt, pick(t, ['west', 'LF'] as const))} (MRN ${mrn(t)}, DOB ${dob(t, b)}) calls every day that ${prod(t, ['MyChart', 'MyChart Mobile'])} locks ${pron(pt).obj} out. Agent: ${nm(t, agent, 'west')}.`,
      '',
      `index=mychart sourcetype="mychart:auth" user="${user}" earliest=-7d | table _time user src_ip status reason`,
      '',
      table(['_time', 'user', 'src_ip', 'status', 'reason'], rows),
      '',
      `Search head ${host(t)}. Is ${prod(t, ['Splunk Enterprise', 'Splunk Cloud'])} showing the right IP, or is this someone else trying ${pron(pt).pos} account?`
    );
    return { title: `MyChart lockouts - ${user}`, text };
  },
};

const sqlcmdTable: TemplateG = {
  name: 'sqlcmdTable',
  group: 'G-query',
  make(t) {
    const [p1, p2x, dev] = people(t, 3, { noMono: true });
    const a1 = addrG(t.r);
    const rows: string[][] = [];
    const mk = (p: PersonG, a: typeof a1): string[] => {
      const b = birth(t.r);
      return [
        t.p('MRN', `Z${t.r.digits(7)}`),
        mrn(t),
        nm(t, p, 'epic'),
        `${dob(t, b, 'iso')} 00:00:00.000`,
        t.p('ADDRESS', a.line.toUpperCase()),
        t.p('ADDRESS', a.city.toUpperCase()),
        t.p('ZIP', a.zip),
        t.p('PHONE', `${phoneParts(t.r).join('-')}`),
      ];
    };
    const shared = t.r.chance(0.5);
    rows.push(mk(p1, a1));
    rows.push(mk(p2x, shared ? a1 : addrG(t.r)));
    const mrns = rows.map((r) => r[1]!);
    const text = L(
      `${dept(t, ['Interface Team', 'Clinical Informatics'])}: ADT to ${prod(t, ['Sunquest', 'Epic Beaker', 'Orchard Harvest', 'Cerner PathNet'])} is sending the second patient's name on the first patient's orders. ${shared ? 'Same address on both.' : 'Both registered in the ED the same night.'} Clarity:`,
      '',
      `1> SELECT PAT_ID, PAT_MRN_ID, PAT_NAME, BIRTH_DATE, ADD_LINE_1, CITY, ZIP, HOME_PHONE`,
      `2> FROM CLARITY.dbo.PATIENT WHERE PAT_MRN_ID IN ('${mrns[0]!}','${mrns[1]!}')`,
      '3> GO',
      table(['PAT_ID', 'PAT_MRN_ID', 'PAT_NAME', 'BIRTH_DATE', 'ADD_LINE_1', 'CITY', 'ZIP', 'HOME_PHONE'], rows, 1),
      '',
      '(2 rows affected)',
      '',
      `Ran on ${host(t)} (${sip(t)}) at ${sys(t, 'sql', -t.r.int(5, 100))} by ${login(t, dev)}. Channel log: ${fpath(t)}`
    );
    return { title: `ADT sending wrong name for MRN ${mrns[0]!}`, text };
  },
};

// ---- G-him: release of information, identity, privacy ------------------------------------------------

/** a relative sharing the person's surname (mother/daughter, father/son) */
function relativeOf(t: Ticket, p: PersonG): PersonG {
  const r = person(t, { trad: [p.trad], g: p.g, noMono: true });
  return { ...r, surname: p.surname || r.surname, middle: p.trad === 'filipino' ? p.middle : r.middle };
}

const roiRequest: TemplateG = {
  name: 'roiRequest',
  group: 'G-him',
  make(t) {
    const [pt, req, poa, spec] = people(t, 4);
    const b = birth(t.r, 1932, 1990);
    const a = addrG(t.r);
    const from = daysAgo(t, 300, 900);
    const to = daysAgo(t, 20, 200);
    const signed = daysAgo(t, 3, 30);
    const [, ssnD] = ssnG(t.r);
    const firm = pick(t, ['Hartley & Quon LLP', 'Midstate Disability Advocates', 'Lakeshore Life Insurance', 'Social Security Administration DDS']);
    const x = addrLabels(t, a);
    const p = prod(t, PRODUCTS_G.him.slice(0, 3));
    const e = err(t, [...ERRORS_G.http, 'Packet exceeds 200 MB']);
    const text = L(
      `${p} won't release this request electronically - ${e} on upload. ${dept(t, ['HIM Release of Information', 'Health Information Management'])}, ${nm(t, spec, 'west')} ${ext(t)}.`,
      '',
      `Request #: ${t.k('TICKET_REF', `ROI-${today(t).y}-${t.r.digits(5)}`)}`,
      `Patient: ${nm(t, pt, pick(t, ['LF', 'lf'] as const))}    MRN: ${mrn(t)}    DOB: ${dob(t, b)}`,
      `Last 4 SSN on authorization: ${t.p('SSN', ssnD.slice(-4))}`,
      `Patient address on authorization: ${x.line}, ${x.cityState} ${x.zip}`,
      `Requester: ${nm(t, req, 'west')}, ${firm}    Fax: ${fax(t)}    Phone: ${phone(t)}`,
      `Dates of service: ${dphi(t, from, 'us')} - ${dphi(t, to, 'us')}`,
      `Authorization signed by ${nm(t, poa, 'west')} (${pick(t, ['POA', 'health care proxy', 'legal guardian'])}) on ${dphi(t, signed, 'us1')}`,
      `Pages: ${t.r.int(300, 2400)}   Format: PDF via ${p}`,
      '',
      t.r.chance(0.5) ? `Can we split it or send it by ${prod(t, PRODUCTS_G.fax)} instead? Requester deadline is Friday.` : `Files are staged in ${fpath(t)}.`
    );
    return { title: `ROI upload failing (${e}) - ${t.r.chance(0.5) ? nm(t, pt, 'LF') : 'large request'}`, text };
  },
};

const chartMerge: TemplateG = {
  name: 'chartMerge',
  group: 'G-him',
  make(t) {
    const pA = person(t, { noMono: true });
    const same = t.r.chance(0.5);
    const pB = same ? pA : relativeOf(t, pA);
    const analyst = person(t);
    const bA = birth(t.r, 1960, 2015);
    const bB = same ? (t.r.chance(0.5) ? bA : { ...bA, m: bA.d <= 12 ? bA.d : bA.m, d: bA.d <= 12 ? bA.m : bA.d }) : birth(t.r, bA.y - 38, bA.y - 19);
    const aA = addrG(t.r);
    const aB = same && t.r.chance(0.6) ? aA : addrG(t.r);
    const vA = daysAgo(t, 30, 900);
    const vB = daysAgo(t, 2, 25);
    const [, ssnD] = ssnG(t.r);
    const ph = phoneG(t.r);
    const row = (k: string, x: string, y: string): string[] => [k, x, y];
    const rows = [
      row('Name', nm(t, pA, 'LF'), nm(t, pB, same ? pick(t, ['alt', 'lf', 'west'] as const) : 'LF')),
      row('MRN', mrn(t), mrn(t)),
      row('DOB', dob(t, bA, 'us'), dob(t, bB, 'us')),
      row('SSN', t.p('SSN', ssnD), '(none)'),
      row('Address', t.p('ADDRESS', aA.line), t.p('ADDRESS', aB.line)),
      row('City', t.p('ADDRESS', `${aA.city}, ${aA.st}`), t.p('ADDRESS', `${aB.city}, ${aB.st}`)),
      row('Home phone', t.p('PHONE', ph), same ? t.p('PHONE', ph) : phone(t)),
      row('Last encounter', dphi(t, vA, 'us'), dphi(t, vB, 'us')),
    ];
    const score = (same ? t.r.int(160, 199) : t.r.int(120, 170)) / 10;
    const verdict = same
      ? `Same person - ${pA.trad === 'eastslavic' ? 'patronymic' : pA.trad === 'vietnamese' ? 'family name' : 'name order'} keyed differently at registration${bA.m === bB.m && bA.d === bB.d ? '' : ', day and month swapped'}. OK to merge B into A.`
      : `NOT the same person. Record B is ${pron(pA).pos} ${pA.g === 'f' ? 'mother' : 'father'}, ${nm(t, pB, 'west')}. Do not merge; unlink the shared guarantor instead.`;
    const text = L(
      `${prod(t, PRODUCTS_G.him.slice(3, 6))} duplicate task ${ref(t)}, score ${score.toFixed(1)}. ${dept(t, ['Patient Identity Team', 'Chart Correction', 'Health Information Management'])}:`,
      '',
      table(['', 'Record A', 'Record B'], rows, 3),
      '',
      verdict,
      `Reviewed by ${nm(t, analyst, 'west')} ${sys(t, 'sysaid', -t.r.int(10, 300))}. The merge button errors with ${err(t, ['MERGE-0012 open encounter', 'HTTP 409', 'Record locked by another user'])}.`
    );
    return { title: same ? `Merge MRNs for ${nm(t, pA, 'LF')}` : 'Duplicate task - not a duplicate, please unlink', text };
  },
};

const btgAudit: TemplateG = {
  name: 'btgAudit',
  group: 'G-him',
  make(t) {
    const pt = person(t);
    const users = people(t, t.r.int(3, 5));
    const priv = person(t);
    const rows: string[][] = users.map((u, i) => [
      login(t, u, 'never'),
      nm(t, u, 'LF'),
      dept(t, [...DEPTS_G.clinical, 'Emergency Department', 'Registration']),
      sys(t, 'splunk', -t.r.int(60, 60 * 24 * 20) - i),
      pick(t, ['Direct patient care', 'Patient care - other', 'Scheduling', 'Billing question']),
      pick(t, ['Chart Review', 'Results Review', 'Demographics', 'Notes']),
    ]);
    const sus = users[t.r.int(0, users.length - 1)]!;
    const text = L(
      `${dept(t, ['Privacy Office', 'Compliance'])} - Break-the-Glass audit, ${nm(t, pt, 'LF')} (MRN ${mrn(t)}), employee-patient, restricted record.`,
      `Report from ${prod(t, PRODUCTS_G.him.slice(6, 8))}, run ${sys(t, 'sysaid', 0)}:`,
      '',
      table(['User ID', 'User Name', 'Department', 'Access Time', 'BTG Reason', 'Activity'], rows),
      '',
      `${nm(t, sus, 'west')} has no care relationship; the patient reports ${pron(sus).sub} is a former partner. Please suspend ${pron(sus).pos} Epic access pending the investigation (case ${t.k('TICKET_REF', `PRIV-${today(t).y}-${t.r.digits(4)}`)}). ${nm(t, priv, 'west')}, Privacy Analyst, ${ext(t)}.`
    );
    return { title: `BTG audit - suspend access for ${t.r.chance(0.5) ? nm(t, sus, 'lf') : 'one user'}`, text };
  },
};

const faxMisdirect: TemplateG = {
  name: 'faxMisdirect',
  group: 'G-him',
  make(t) {
    const [pt, recv, sender, pcp] = people(t, 4);
    const b = birth(t.r);
    const dc = daysAgo(t, 3, 12);
    const wrong = fax(t);
    const right = fax(t);
    const biz = pick(t, ['a dental office', 'an auto body shop', 'a daycare', 'a law office', 'a pharmacy in another state']);
    const job = t.r.int(100000, 999999);
    const text = L(
      `Privacy incident - misdirected fax.`,
      `The discharge summary for ${nm(t, pt, pick(t, ['west', 'full'] as const))} (MRN ${mrn(t)}, DOB ${dob(t, b)}, discharged ${dphi(t, dc)}) went to ${wrong} (${biz}) instead of Dr. ${nm(t, pcp, 'west')}'s fax ${right}.`,
      `${nm(t, recv, 'west')} from that office called ${dept(t, DEPTS_G.clinical)} at ${sys(t, 'chat', -t.r.int(20, 200))} from ${phone(t)} to tell us; says it was shredded.`,
      `${prod(t, PRODUCTS_G.fax)} job ${job} was sent ${sys(t, 'win', -t.r.int(300, 2000))} by ${login(t, sender)} (${nm(t, sender, 'west')}). The number was typed in by hand - the referral still had the old fax.`,
      '',
      `Please pull the transmission log for ${host(t)} and block ${wrong} in the phonebook. Privacy has been notified (${ref(t)}).`
    );
    return { title: `Misdirected fax - ${t.r.chance(0.5) ? 'discharge summary' : nm(t, pt, 'LF')}`, text };
  },
};

const deceasedLock: TemplateG = {
  name: 'deceasedLock',
  group: 'G-him',
  make(t) {
    const pt = person(t, { noMono: true });
    const son = pt.g === 'm' ? relativeOf(t, pt) : person(t, { g: 'm' });
    const [clerk, fh] = people(t, 2);
    const b = birth(t.r, 1932, 1960);
    const dod = daysAgo(t, 2, 40);
    const a = addrG(t.r);
    const x = addrLabels(t, a);
    const portalUser = t.p('USERNAME', `${asciiLower(callName(pt))}${b.y % 100}`);
    const relw = 'son';
    const text = L(
      `${dept(t, ['Decedent Affairs', 'Health Information Management', 'Patient Access'])}: please lock the portal and stop reminders for a deceased patient.`,
      '',
      `Patient: ${nm(t, pt, 'LF')}    MRN ${mrn(t)}    DOB ${dob(t, b)}    Date of death: ${dphi(t, dod)}`,
      `Her/his ${relw} ${nm(t, son, 'west')} (executor) called. He has been signing in to ${prod(t, ['MyChart', 'MyChart Mobile'])} as the patient with the username ${portalUser}${t.r.chance(0.4) ? ` and password ${t.p('CREDENTIAL', passwordG(t.r))} (he read it to me)` : ''} to download records.`,
      `Appointment reminders still go to ${phone(t)} and letters to ${x.line}, ${x.cityState} ${x.zip}.`,
      maybe(t, 0.5, () => `Mail-order refill for Rx ${t.p('RX_NUMBER', rxG(t.r))} is still scheduled - pharmacy needs to cancel it.`),
      `Funeral home (${pick(t, ['Riverside Memorial Chapel', 'Hale Aloha Mortuary', 'Sunset Funeral Home'])}, contact ${nm(t, fh, 'west')}) asks for the last progress note for the death certificate; their fax is ${fax(t)}.`,
      '',
      `Proxy/personal representative access needs ${dept(t, ['HIM Release of Information', 'Privacy Office'])} review first. Call me with questions - ${nm(t, clerk, 'west')} ${ext(t)}.`
    ).replace('Her/his', pt.g === 'f' ? 'Her' : 'His');
    return { title: `Deceased patient - lock portal ${portalUser}`, text };
  },
};

const researchSubject: TemplateG = {
  name: 'researchSubject',
  group: 'G-him',
  make(t) {
    const pts = people(t, t.r.int(2, 4));
    const coord = person(t);
    const site = String(t.r.int(1, 30)).padStart(3, '0');
    const first = t.r.int(1, 280);
    const rows = pts.map((p, i) => [
      `S-${site}-${String(first + i * t.r.int(1, 6)).padStart(4, '0')}`,
      mrn(t),
      nm(t, p, 'LF'),
      dob(t, birth(t.r, 1945, 2005), 'iso'),
      dphi(t, daysAgo(t, 3 + i, 200), 'iso'),
    ]);
    const irb = t.k('TICKET_REF', `IRB-${today(t).y - t.r.int(0, 2)}-${t.r.digits(4)}`);
    const text = L(
      `Nightly ${prod(t, ['REDCap', 'OnCore'])} pull from Epic fails for protocol ${irb} with ${err(t, ['HTTP 403', 'Record ID already exists', 'HTTP 500'])}. Mapping sheet the coordinator keeps:`,
      '',
      table(['Subject ID', 'MRN', 'Name', 'DOB', 'Consent date'], rows, 2),
      '',
      `Subject IDs are the study's own; the MRNs are ours. Coordinator ${nm(t, coord, 'west')} (${workEmail(t, coord)}, ${phone(t)}), ${dept(t, ['Research Administration', 'Clinical Informatics'])}. API host ${host(t)}.`
    );
    return { title: `Study pull failing - ${irb}`, text };
  },
};

// ---- G-virtual: telehealth and remote monitoring ----------------------------------------------------

const telehealthFail: TemplateG = {
  name: 'telehealthFail',
  group: 'G-virtual',
  make(t) {
    const [pt, doc, helper, ma] = people(t, 4);
    const b = birth(t.r);
    const visit = today(t);
    const m = mrnG(t.r);
    const ipv = ip(t);
    const device = pick(t, ['Samsung Galaxy Tab A7 (Android 13)', 'iPad 9th gen (iPadOS 17.3)', 'Moto G Power (Android 12)', 'Chromebook (ChromeOS 121)', 'iPhone 11 (iOS 16.7)']);
    const vid = t.r.digits(8);
    const url = t.p('URL', `https://video.${t.org.domain}/join?visit=${vid}&pt=${m}`);
    t.p('MRN', m);
    const e = err(t, ERRORS_G.video);
    const text = L(
      `Video visit failed twice for ${nm(t, pt, pick(t, ['west', 'full'] as const))} (MRN ${m}, DOB ${dob(t, b)}) with Dr. ${nm(t, doc, 'sur')} today, ${dphi(t, visit, pick(t, ['us', 'mon'] as const))} at ${sys(t, 'chat', -t.r.int(20, 180))}.`,
      `${prod(t, PRODUCTS_G.video)} says "${e}" on the provider side; patient sees a spinning wheel.`,
      '',
      `Patient device: ${device}, serial ${t.p('DEVICE_ID', rpmSerial(t.r, 'oxi'))}, on ${t.k('PRODUCT', pick(t, ISPS))} home internet, public IP ${ipv}.`,
      maybe(t, 0.35, () => `Wi-Fi MAC from the ${pick(t, ['router page', 'device settings'])}: ${t.p('DEVICE_ID', macG(t.r))}`),
      `Link we texted: ${url}`,
      '',
      'WebRTC stats (provider side):',
      `  candidate-pair  ${ipv}:${t.r.int(50000, 60000)} -> relay ${sip(t)}:3478  state=failed`,
      `  turn  ${host(t)}  ${ver(t)}`,
      '',
      `Patient phone ${phone(t)}; ${pron(pt).pos} ${helper.g === 'f' ? 'granddaughter' : 'grandson'} ${nm(t, helper, 'west')} helps with the tablet. MA: ${nm(t, ma, 'west')}, ${dept(t, [...DEPTS_G.clinical, 'Telehealth Services'])}.`
    );
    return { title: `Video visit failing (${e})`, text };
  },
};

const rpmEnrol: TemplateG = {
  name: 'rpmEnrol',
  group: 'G-virtual',
  make(t) {
    const [pt, doc, rn] = people(t, 3);
    const b = birth(t.r, 1935, 1985);
    const a = addrG(t.r);
    const shipped = daysAgo(t, 3, 20);
    const vendor = prod(t, PRODUCTS_G.rpm);
    const prog = pick(t, ['Hypertension', 'Diabetes', 'Heart Failure', 'Post-partum BP']);
    const x = addrLabels(t, a);
    const devices = L(
      `  - BP cuff ${pick(t, ['Omron BP7250', 'Withings BPM Connect', 'Transtek TMB-2088'])}  SN ${t.p('DEVICE_ID', rpmSerial(t.r, 'cuff'))}`,
      prog === 'Diabetes' || t.r.chance(0.4) ? `  - Glucometer ${pick(t, ['iGlucose GM291', 'Tenovi BGM', 'Contour Next One'])}  SN ${t.p('DEVICE_ID', rpmSerial(t.r, 'meter'))}` : false,
      prog === 'Heart Failure' ? `  - Scale ${pick(t, ['BodyTrace BT004', 'Withings Body'])}  SN ${t.p('DEVICE_ID', rpmSerial(t.r, 'scale'))}` : false,
      `  - Cellular hub IMEI ${t.p('DEVICE_ID', imeiG(t.r))}`
    );
    const text = L(
      `RPM enrollment - readings not showing in the ${vendor} dashboard or in Epic flowsheets.`,
      '',
      `Patient: ${nm(t, pt, 'west')}    DOB ${dob(t, b)}    MRN ${mrn(t)}`,
      `Program: ${prog}; ordering provider Dr. ${nm(t, doc, 'west')} (NPI ${npiL(t)})`,
      `Shipped to ${x.line}, ${x.cityState} ${x.zip} on ${dphi(t, shipped)}`,
      'Devices:',
      devices,
      `Patient cell ${phone(t)} (text consent on file)${t.r.chance(0.4) ? `, e-mail ${homeEmail(t, pt)}` : ''}.`,
      '',
      `Enrolled by ${nm(t, rn, 'west')}, RN, ${dept(t, ['RPM Program', 'Telehealth Services', 'Renal Clinic'])}. Integration ${host(t)} shows ${err(t, ['HTTP 404 device not found', 'HTTP 409', 'unknown patient'])} since ${sys(t, 'isoZ', -t.r.int(60, 2500))}.`
    );
    return { title: `RPM devices not linked - ${nm(t, pt, 'LF')}`, text };
  },
};

const rpmData: TemplateG = {
  name: 'rpmData',
  group: 'G-virtual',
  make(t) {
    const pts = people(t, t.r.int(2, 3));
    const owner = person(t);
    const vendor = prod(t, PRODUCTS_G.rpm);
    const lines = ['device_serial,hub_imei,patient_ext_id,reading_time,systolic,diastolic,pulse,status'];
    for (const _p of pts) {
      const ser = t.p('DEVICE_ID', rpmSerial(t.r, 'cuff'));
      const im = t.p('DEVICE_ID', imeiG(t.r));
      const m = mrn(t);
      for (let i = 0; i < t.r.int(1, 2); i++) {
        const d = daysAgo(t, 1, 4);
        const ts = t.p('DATE_PHI', `${fd(d, 'iso')}T${p2(t.r.int(5, 21))}:${p2(t.r.int(0, 59))}:00-05:00`);
        lines.push(`${ser},${im},${m},${ts},${t.r.int(100, 190)},${t.r.int(55, 110)},${t.r.int(50, 115)},${pick(t, ['REJECTED', 'REJECTED', 'OK'])}`);
      }
    }
    const text = L(
      `Inbound ${vendor} feed into Epic is rejecting readings: "${err(t, ['patient_ext_id not found', 'duplicate reading', 'HTTP 422'])}". Batch received ${sys(t, 'sql', 0)} on ${host(t)}:`,
      '',
      ...lines,
      '',
      `The MRNs look right to me (${nm(t, pts[0]!, 'west')} is definitely enrolled). ${nm(t, owner, 'west')}, ${dept(t, ['RPM Program', 'Telehealth Services'])}. File: ${fpath(t)}`
    );
    return { title: `${vendor} readings rejected`, text };
  },
};

// ---- G-dictation: spoken punctuation ---------------------------------------------------------------

const dragonDictation: TemplateG = {
  name: 'dragonDictation',
  group: 'G-dictation',
  make(t) {
    const [doc, pt, rel] = people(t, 3, { noMono: true });
    const b = birth(t.r, 1935, 2000);
    const seen = daysAgo(t, 3, 60);
    const age = today(t).y - b.y;
    const [pa, pb, pc] = phoneParts(t.r);
    const digits = `${pa}${pb}${pc}`;
    const spoken = L(
      `"history of present illness colon ${nm(t, pt, 'west', 'lower')} comma a ${numWords(age % 100)} year old ${pt.g === 'f' ? 'woman' : 'man'} comma date of birth ${t.p('DOB', fd(b, 'words'))} period ${pron(pt).sub} was last seen in clinic on ${t.p('DATE_PHI', fd(seen, 'words'))} period new paragraph`,
      `${pron(pt).pos} ${rel.g === 'f' ? 'daughter' : 'son'} ${nm(t, rel, 'call', 'lower')} can be reached at ${t.p('PHONE', digitWords(t.r, digits))} period new paragraph assessment and plan colon"`
    );
    const text = L(
      `${prod(t, PRODUCTS_G.dictation.slice(0, 2))} is typing the punctuation words instead of punctuating for Dr. ${nm(t, doc, 'west')} since the ${ver(t)} update. Happens on ${host(t)} only. Last note came out as:`,
      '',
      spoken,
      '',
      `Patient's MRN is ${mrn(t)} if you need to look at the note. Error in the log: ${err(t, ERRORS_G.dictation)} (${sys(t, 'win', -t.r.int(10, 300))}). Dr. ${nm(t, doc, 'sur')} can be reached on ${ext(t)}.`
    );
    return { title: `Dragon typing "comma" and "period" as words`, text };
  },
};

const powerscribeDictation: TemplateG = {
  name: 'powerscribeDictation',
  group: 'G-dictation',
  make(t) {
    const [rad, pt, refdoc] = people(t, 3, { noMono: true });
    const prior = daysAgo(t, 30, 400);
    const b = birth(t.r);
    const outside = pick(t, ['Mercy Southwest', 'Valley Imaging Center', 'Kapiolani Medical']);
    const acc = t.p('MRN', `${t.r.chars('ABCDEFGHJKLMNPRSTUVWXYZ', 2)}${t.r.digits(8)}`);
    const text = L(
      `${prod(t, ['PowerScribe One', 'PowerScribe 360', 'Fluency for Imaging'])} voice commands are being transcribed as text for Dr. ${nm(t, rad, 'west')} (${ver(t)}). Accession ${acc}, patient ${nm(t, pt, 'LF')} (MRN ${mrn(t)}, DOB ${dob(t, b)}).`,
      '',
      'Report body as saved:',
      `EXAM colon CT chest without contrast new line COMPARISON colon outside CT from ${outside} dated ${t.p('DATE_PHI', fd(prior, 'words'))} period new line CLINICAL HISTORY colon cough comma referred by doctor ${nm(t, refdoc, 'sur', 'lower')} period next field FINDINGS colon`,
      '',
      `Mic is a ${t.k('PRODUCT', 'Nuance PowerMic III')}; ${err(t, ERRORS_G.dictation)} at ${sys(t, 'chat', -t.r.int(5, 90))}. Reading room ${t.r.int(1, 6)}, workstation ${host(t)}.`
    );
    return { title: `PowerScribe typing "new line" / "next field" literally`, text };
  },
};

// ---- G-ancillary: imaging CDs, blood bank, dispensing cabinets -----------------------------------------

const WARDS_G = ['Lamb 4 West', 'Mills 6 North', 'Marsh 3 ICU', 'Moody 2 Ortho', 'Gates 5 Oncology', 'Banks 7 Step-Down'];
const UNITS_G = ['Medical ICU', 'Cardiac Step-Down', 'Mother-Baby Unit', 'Level II Nursery', '6 East Med-Surg', 'Burn Unit', 'Neuro ICU'];
const CLINICS_G = ['Renal Clinic', 'Pulmonary Clinic', 'Endocrine Clinic', 'Women\'s Health', 'Geriatrics Clinic', 'Oncology Infusion'];

const outsideCdImport: TemplateG = {
  name: 'outsideCdImport',
  group: 'G-ancillary',
  make(t) {
    const [pt, refdoc, localDoc, clerk] = people(t, 4, { noMono: true });
    const b = birth(t.r);
    const study = daysAgo(t, 5, 120);
    const appt = daysAhead(t, 1, 14);
    const facility = pick(t, ['KAPIOLANI MED CTR', 'ST VINCENT REGIONAL', 'UPMC ALTOONA', 'MERCY SOUTHWEST', 'VALLEY IMAGING CTR']);
    const rows = [
      ['Patient Name', `${nm(t, pt, 'hl7')}${mi(pt) ? `^${mi(pt)}` : ''}`, nm(t, pt, 'LF')],
      ['Patient ID', t.p('MRN', outsideMrn(t.r)), mrn(t)],
      ['Birth Date', dob(t, b, 'd8'), dob(t, b, 'us')],
      ['Study Date', dphi(t, study, 'd8'), '-'],
      ['Institution', facility, '-'],
      ['Referring', nm(t, refdoc, 'hl7'), `Dr. ${nm(t, localDoc, 'west')}`],
    ];
    const e = err(t, ERRORS_G.dicom);
    const text = L(
      `Outside CD for ${nm(t, pt, 'west')} won't import in ${prod(t, PRODUCTS_G.imaging)} - ${e} after ${t.r.int(20, 95)}% of the images. Patient dropped the disc at ${dept(t, ['Film Library', 'Imaging Services'])} this morning.`,
      '',
      'Reconcile screen:',
      table(['', 'Outside (CD)', 'Local'], rows, 3),
      '',
      `${pron(pt).sub === 'she' ? 'She' : 'He'} sees Dr. ${nm(t, localDoc, 'sur')} on ${dphi(t, appt)} and needs the images there. Patient phone ${phone(t)}. - ${nm(t, clerk, 'west')} ${ext(t)}`,
      `Import node ${host(t)} / ${sip(t)}, AE ${pick(t, ['CDIMPORT', 'PWRSHR_IN', 'AMBRA_GW'])}.`
    );
    return { title: `CD import failing ${e}`, text };
  },
};

const bloodBankReprint: TemplateG = {
  name: 'bloodBankReprint',
  group: 'G-ancillary',
  make(t) {
    const [pt, tech, rn] = people(t, 3);
    const b = birth(t.r);
    const bbid = t.p('MRN', `${t.r.chars('ABCDEFGHJKLMNPRSTUVWXYZ', 1)}${t.r.digits(6)}`);
    const din = `W${t.r.digits(4)} ${p2(today(t).y % 100)} ${t.r.digits(6)}`;
    const e = err(t, ERRORS_G.bb);
    const ward = keepPick(t, 'QUEUE_OR_DEPT', [...WARDS_G, ...UNITS_G]);
    const text = L(
      `${prod(t, PRODUCTS_G.bloodbank.slice(0, 3))} won't reprint the unit tags for ${nm(t, pt, pick(t, ['LF', 'epic'] as const))} (MRN ${mrn(t)}, BB ID ${bbid}, DOB ${dob(t, b)}) - ${e}.`,
      '',
      `Unit ${din}  ${pick(t, ['RBC LR', 'RBC LR Irr', 'FFP', 'Plt Apheresis'])}  ${pick(t, ['O NEG', 'A POS', 'B POS', 'AB POS', 'O POS'])}  crossmatched ${sys(t, 'pyxis', -t.r.int(30, 240))}`,
      `Printer ${host(t)} (${t.k('PRODUCT', 'Zebra ZT411')}) prints the segment labels fine.`,
      '',
      `Patient is on ${ward}${t.r.chance(0.5) ? `, OR at ${sys(t, 'hhmm', t.r.int(60, 300))}` : ''}; ${nm(t, rn, 'west')} ${role(t)} is waiting at the window. Tech: ${nm(t, tech, 'west')} (${login(t, tech)}), ${dept(t, ['Transfusion Service', 'Blood Bank'])} ${ext(t)}.`,
      maybe(t, 0.3, () => commonSentence(t))
    );
    return { title: `Blood bank tag reprint fails - ${e}`, text };
  },
};

const pyxisOverride: TemplateG = {
  name: 'pyxisOverride',
  group: 'G-ancillary',
  make(t) {
    const [rn, pt, rph] = people(t, 3);
    const ward = keepPick(t, 'QUEUE_OR_DEPT', WARDS_G);
    const cab = t.k('HOSTNAME', `${ward.split(' ')[0]!.toUpperCase()}${ward.split(' ')[1]}${pick(t, ['W', 'N', 'MAIN', 'A'])}-PYX${t.r.int(1, 4)}`);
    const user = t.p('USERNAME', loginValue(t.r, rn).toUpperCase());
    const e = err(t, ERRORS_G.med);
    const med = pick(t, ['naloxone 0.4 mg inj', 'HYDROmorphone 1 mg inj', 'ondansetron 4 mg ODT', 'labetalol 20 mg inj', 'dextrose 50% syringe']);
    const ptLf = nm(t, pt, 'LF');
    const t0 = t.r.int(6, 30);
    const log = [0, 1, 2].map((i) => `${sys(t, 'pyxis', -t0 + i * 2)}  ${user}  OVERRIDE  ${med}  ${ptLf}  ${i < 2 ? e : 'CANCELLED'}`);
    const text = L(
      `${nm(t, rn, 'west')} (${role(t)}, badge ${badge(t)}) can't pull an override on ${cab} in ${ward}: "${e}". Rapid response in progress for ${nm(t, pt, 'west')} (MRN ${mrn(t)}).`,
      '',
      `${prod(t, ['Pyxis MedStation ES', 'Pyxis ES Link'])} transaction log:`,
      ...log,
      '',
      `Pharmacist ${nm(t, rph, 'west')} ${ext(t)} is bringing the dose up. Please check the ${pick(t, ['BioID reader', 'override list', 'profile mode', 'drawer'])} on ${cab}; console ${host(t)}.`
    );
    return { title: `Pyxis override blocked on ${cab}`, text };
  },
};

const omnicellDiscrepancy: TemplateG = {
  name: 'omnicellDiscrepancy',
  group: 'G-ancillary',
  make(t) {
    const [n1, n2, pt, charge] = people(t, 4);
    const ward = keepPick(t, 'QUEUE_OR_DEPT', [...WARDS_G, ...UNITS_G]);
    const u1 = login(t, n1, 'never');
    const med = pick(t, ['oxyCODONE 5 mg tab', 'LORazepam 1 mg tab', 'fentaNYL 100 mcg/2 mL', 'morphine 2 mg/mL']);
    const exp = t.r.int(8, 40);
    const e = err(t, ERRORS_G.med);
    const text = L(
      `${prod(t, ['Omnicell XT', 'Omnicell IV Compounding'])} discrepancy on ${ward} won't clear. ${med}: counted ${exp - 1}, expected ${exp}. Cabinet says "${e}".`,
      '',
      'Last transactions:',
      `  ${sys(t, 'pyxis', -t.r.int(60, 200))}  ${u1}  ${nm(t, n1, 'lf')}  Remove   Pt: ${nm(t, pt, 'LF')}  ${mrn(t)}`,
      `  ${sys(t, 'pyxis', -t.r.int(20, 59))}  ${login(t, n2, 'never')}  ${nm(t, n2, 'lf')}  Witness  Waste 0.5`,
      `  ${sys(t, 'pyxis', -t.r.int(1, 19))}  ${u1}  ${nm(t, n1, 'lf')}  Count    ${exp - 1}`,
      '',
      `Pharmacy says to resolve at the cabinet but the resolve button is greyed out. Charge nurse ${nm(t, charge, 'west')}, cell ${phone(t)}. Server ${sip(t)}, ${ver(t)}.`
    );
    return { title: `Omnicell CII discrepancy stuck - ${ward}`, text };
  },
};

// ---- G-flow: bed board, transport, interpreters, newborns -------------------------------------------

const bedBoard: TemplateG = {
  name: 'bedBoard',
  group: 'G-flow',
  make(t) {
    const pts = people(t, t.r.int(3, 5));
    const docs = people(t, 2, { noMono: true });
    const coord = person(t);
    const ward = keepPick(t, 'QUEUE_OR_DEPT', [...WARDS_G, 'Medical ICU', 'Cardiac Step-Down']);
    const short = ward
      .split(' ')
      .map((w) => w[0])
      .join('')
      .toUpperCase();
    const rows = pts.map((p) => {
      const abbreviated = t.r.chance(0.5) && p.surname;
      const name = abbreviated ? t.p('PERSON', `${fold(p.surname).toUpperCase()}, ${fold(callName(p))[0]!.toUpperCase()}`) : nm(t, p, 'LF');
      return [
        `${short}-${t.r.int(100, 499)}-${pick(t, ['A', 'B'])}`,
        name,
        pick(t, ['Occupied', 'Occupied', 'Dirty', 'Pending DC', 'Blocked']),
        dphi(t, daysAgo(t, 0, 9), 'usy'),
        `Dr. ${nm(t, pick(t, docs), 'sur')}`,
      ];
    });
    const text = L(
      `${prod(t, ['TeleTracking Capacity Management', 'Epic Bed Planning'])} and ${prod(t, ['Epic Grand Central', 'Epic ADT'])} disagree for ${ward} since ${sys(t, 'chat', -t.r.int(30, 400))}. Board export:`,
      '',
      table(['Bed', 'Patient', 'Status', 'Admit', 'Attending'], rows),
      '',
      `The swap for the first two was done in Epic but the board still shows the old beds; interface returns ${err(t, ERRORS_G.flow)}. ${nm(t, coord, 'west')}, ${dept(t, ['Bed Management', 'Patient Placement'])} ${ext(t)}.`
    );
    return { title: `Bed board out of sync - ${ward}`, text };
  },
};

const CARS = ['silver Toyota Sienna', 'white Honda CR-V', 'black Nissan Rogue', 'red Kia Soul', 'blue Subaru Outback', 'gray Hyundai Tucson', 'green Jeep Wrangler'];

const transportRequest: TemplateG = {
  name: 'transportRequest',
  group: 'G-flow',
  make(t) {
    const [pt, rel, rn] = people(t, 3);
    const ward = keepPick(t, 'QUEUE_OR_DEPT', [...WARDS_G, ...UNITS_G]);
    const room = `${t.r.int(2, 9)}${t.r.digits(2)}`;
    const relw = rel.g === 'f' ? pick(t, ['daughter', 'wife', 'niece']) : pick(t, ['son', 'husband', 'nephew']);
    const entrance = keepPick(t, 'COMMON_WORD', ['Mills Tower entrance', 'Marsh Pavilion entrance', 'Gates Pavilion entrance', 'Main lobby']);
    const text = L(
      `Transport request from ${ward} never dispatched in ${prod(t, ['TransportTracking', 'Epic Transport'])} (${err(t, ERRORS_G.flow)}).`,
      `Patient ${nm(t, pt, pick(t, ['west', 'LF'] as const))} rm ${room}, ${pick(t, ['wheelchair', 'stretcher', 'wheelchair w/ O2'])}, discharge to home.`,
      `Ride: ${pron(pt).pos} ${relw} ${nm(t, rel, 'west')} is at the ${entrance} in a ${pick(t, CARS)}, plate ${t.p('VEHICLE_ID', plateG(t.r))}, cell ${phone(t)}.`,
      `Requested by ${nm(t, rn, 'west')} ${ext(t)} at ${sys(t, 'chat', -t.r.int(20, 90))}; dispatcher screen shows nothing.`,
      maybe(t, 0.4, () => commonSentence(t))
    );
    return { title: `Transport not dispatched - rm ${room}`, text };
  },
};

const PATIENT_WORD: Record<string, string> = {
  chinese: '患者：',
  japanese: '患者様：',
  russian: 'Пациент: ',
  ukrainian: 'Пацієнт: ',
  nepali: 'बिरामी: ',
  pashto: 'ناروغ: ',
  dari: 'بیمار: ',
  tamil: 'நோயாளி: ',
  hebrew: 'מטופל: ',
  uzbek: 'Бемор: ',
  kazakh: 'Науқас: ',
};
const NATIVE_LANG: Record<string, string> = { ...LANGS, chinese: 'Mandarin', japanese: 'Japanese', russian: 'Russian', ukrainian: 'Ukrainian', pashto: 'Pashto', dari: 'Dari', tamil: 'Tamil', hebrew: 'Hebrew (Yiddish ok)' };

const interpreterCjk: TemplateG = {
  name: 'interpreterCjk',
  group: 'G-flow',
  make(t) {
    const pt = nativePerson(t);
    const [fam, doc, sched] = people(t, 3, { noMono: true });
    const b = birth(t.r);
    const appt = daysAhead(t, 1, 21);
    const latin = pt.famFirst ? `${pt.surname} ${pt.given}` : `${pt.given} ${pt.surname}`;
    const lang = NATIVE_LANG[pt.trad] ?? 'Interpreter';
    const v = prod(t, ['LanguageLine InSight', 'Stratus Audio', 'CyraCom Voice']);
    const text = L(
      `Interpreter request - ${lang} - ${pick(t, ['video', 'in person', 'phone'])}`,
      '',
      `${PATIENT_WORD[pt.trad] ?? 'Patient: '}${nm(t, pt, 'native')} (${t.p('PERSON', latin)})`,
      `MRN ${mrn(t)}   DOB ${dob(t, b)}`,
      `Appointment ${dphi(t, appt)} ${pick(t, ['8:30', '10:15', '1:40', '3:00'])} with Dr. ${nm(t, doc, 'west')}, ${dept(t, CLINICS_G)}`,
      `Family contact: ${nm(t, fam, 'west')} ${phone(t)} (speaks some English)`,
      '',
      `${v} on the ${pick(t, ['iPad cart', 'Vocera', 'clinic phone'])} gives "${err(t, ['No interpreters available', 'HTTP 503', 'Call failed 486', 'Video session timed out'])}" for ${lang} every time since ${sys(t, 'chat', -t.r.int(30, 600))}. Requested by ${nm(t, sched, 'west')} ${ext(t)}.`
    );
    return { title: t.r.chance(0.5) ? `${lang} interpreter not connecting` : `Interpreter for ${latin}`, text };
  },
};

const newbornLink: TemplateG = {
  name: 'newbornLink',
  group: 'G-flow',
  make(t) {
    const mom = person(t, { g: 'f', noMono: true });
    const [rn, peds] = people(t, 2);
    const mb = birth(t.r, 1982, 2006);
    const born = t.r.chance(0.5) ? today(t) : daysAgo(t, 1, 1);
    const twins = t.r.chance(0.3);
    const S = fold(mom.surname);
    const babyForms = [
      (sex: string): string => `Baby ${sex} ${t.p('PERSON', mom.surname)}`,
      (sex: string): string => `${sex === 'Boy' ? 'BB' : 'BG'} ${t.p('PERSON', S.toUpperCase())}`,
      (sex: string): string => `${t.p('PERSON', S.toUpperCase())}, BABY ${sex.toUpperCase()}`,
      (sex: string): string => `${t.p('PERSON', mom.surname)}, ${sex} (${t.p('PERSON', callName(mom))})`,
    ];
    const form = pick(t, babyForms);
    const sexA = pick(t, ['Boy', 'Girl']);
    const babyA = twins ? form(`${sexA} A`.replace(/^(Boy|Girl) A$/, `${sexA}`)) + ' A' : form(sexA);
    const babyB = twins ? form(pick(t, ['Boy', 'Girl'])) + ' B' : null;
    const time = `${p2(t.r.int(0, 23))}${p2(t.r.int(0, 59))}`;
    const text = L(
      `Mother-baby link broke after the ${pick(t, ['transfer to NICU', 'name change on the baby', 'unit transfer', 'downtime'])}; ${dept(t, ['Mother-Baby Unit', 'Level II Nursery', 'Labor and Delivery'])} can't see the baby in mom's ${prod(t, ['Epic Stork', 'Epic Storyboard', 'Epic ASAP'])}.`,
      '',
      `Mother: ${nm(t, mom, 'LF')}   MRN ${mrn(t)}   DOB ${dob(t, mb, 'us')}`,
      `Baby:   ${babyA}   MRN ${mrn(t)}   born ${dob(t, born, 'us')} ${time}`,
      babyB ? `Twin:   ${babyB}   MRN ${mrn(t)}   born ${fd(born, 'us')} ${p2(Number(time.slice(0, 2)))}${p2(Math.min(59, Number(time.slice(2)) + 3))}` : false,
      '',
      `Peds (Dr. ${nm(t, peds, 'sur')}) can't sign the newborn orders until it's fixed. ${nm(t, rn, 'west')}, ${role(t)}, ${ext(t)}. Seen since ${sys(t, 'isoZ', -t.r.int(30, 300))}, error ${err(t, ['ADT A24 rejected', 'Link failed: patient merged', 'HTTP 409'])}.`
    );
    return { title: `Mother-baby link missing - ${nm(t, mom, 'LF')}`, text };
  },
};

// ---- G-chat: secure chat, Slack, Teams, voice-to-text ---------------------------------------------------

const secureChat: TemplateG = {
  name: 'secureChat',
  group: 'G-chat',
  make(t) {
    const [rn, rn2, doc, pt] = people(t, 4);
    const room = `${t.r.int(2, 9)}${t.r.digits(2)}`;
    const e = err(t, ['Message not delivered', 'Recipient offline', 'Delivery failed 0x17', 'Push token expired']);
    const docDisp = `${nm(t, doc, 'lf')} (${pick(t, DOC_ROLES)} - Hospitalist)`;
    const text = L(
      `${prod(t, ['Epic Secure Chat', 'Vocera Edge', 'TigerConnect'])} messages from ${dept(t, [...UNITS_G, ...WARDS_G])} aren't reaching the hospitalist on nights. Conversation export:`,
      '',
      `[Patient: ${nm(t, pt, 'LF')}  MRN ${mrn(t)}  Rm ${room}]`,
      `${nm(t, rn, 'lf')} (RN)  ${sys(t, 'chat24', -t.r.int(40, 90))}`,
      `  Dr ${nm(t, doc, 'sur')}, pt in ${room} BP ${t.r.int(70, 88)}/${t.r.int(40, 55)}, MAP ${t.r.int(50, 64)}, can you come see?`,
      `${nm(t, rn2, 'lf')} (Charge RN)  ${sys(t, 'chat24', -t.r.int(20, 39))}`,
      `  Paging ${nm(t, doc, 'call')} too, no answer`,
      `System  ${sys(t, 'chat24', -t.r.int(1, 19))}`,
      `  ${e}: ${docDisp}`,
      '',
      `Ended up calling ${pron(doc).pos} cell ${phone(t)}. ${pron(doc).sub === 'she' ? 'She' : 'He'} says the app on ${pron(doc).pos} phone shows nothing since ${ver(t)}.`
    );
    return { title: `Secure chat not delivering to ${nm(t, doc, 'lf')}`, text };
  },
};

const slackMentions: TemplateG = {
  name: 'slackMentions',
  group: 'G-chat',
  make(t) {
    const [a, b, c, pt] = people(t, 4);
    const handle = (p: PersonG): string => t.p('USERNAME', `${asciiLower(callName(p))}.${asciiLower(p.surname || p.given)[0] ?? 'x'}`);
    const disp = (p: PersonG): string => `${nm(t, p, 'west')}${pick(t, ['', p.g === 'f' ? ' (she/her)' : ' (he/him)', ' - Epic Analyst', ''])}`;
    const ha = handle(a);
    const hb = handle(b);
    const pw = t.p('CREDENTIAL', passwordG(t.r));
    const text = L(
      `Pasting the thread from #${pick(t, ['epic-support', 'it-oncall', 'ehr-go-live', 'helpdesk-escalations'])} (${prod(t, ['Slack', 'Slack Enterprise Grid'])}) so it's in a ticket:`,
      '',
      `*${disp(a)}*  ${sys(t, 'chat', -t.r.int(30, 120))}`,
      `@${nm(t, b, 'west')} the test patient ${nm(t, pt, 'LF')} (MRN ${mrn(t)}) is a real patient, can you pull it out of the ${host(t)} build?`,
      `*${disp(b)}*  ${sys(t, 'chat', -t.r.int(10, 29))}`,
      `ugh yes. @${ha} can you log in as the svc account? temp pw is ${pw} - I'll rotate after`,
      `*${disp(c)}*  ${sys(t, 'chat', -t.r.int(1, 9))}`,
      `:eyes: please don't post passwords here @${hb}. Also ${nm(t, a, 'call')}, the patient's ${pick(t, ['daughter', 'son'])} called the ${dept(t, ['Service Desk', 'Patient Access', 'Privacy Office'])} asking why ${pron(pt).sub} got a test MyChart letter.`,
      '',
      `Need: remove the patient from the test build, rotate the password. ${ref(t)}`
    );
    return { title: 'Real patient in test build + password posted in Slack', text };
  },
};

const teamsMentions: TemplateG = {
  name: 'teamsMentions',
  group: 'G-chat',
  make(t) {
    const [a, b, c] = people(t, 3);
    const pt = person(t);
    const tag = (p: PersonG, r: string): string => `${nm(t, p, 'lf')} (${r})`;
    const ra = pick(t, ['RN', 'Pharmacy', 'Charge RN', 'RRT']);
    const rb = pick(t, ['IT', 'Epic Willow', 'Pharmacy', 'Biomed']);
    const ward = keepPick(t, 'QUEUE_OR_DEPT', [...WARDS_G, ...UNITS_G]);
    const text = L(
      `From the ${ward} huddle channel in ${t.k('PRODUCT', 'Microsoft Teams')}:`,
      '',
      `${tag(a, ra)}   ${sys(t, 'chat', -t.r.int(40, 120))}`,
      `@${tag(b, rb)} the ${pick(t, ['Alaris channels', 'label printer', 'barcode scanner', 'Omnicell'])} at the ${ward} station is down again, ${nm(t, pt, 'LF')}'s ${pick(t, ['heparin', 'insulin drip', 'TPN'])} is due at ${sys(t, 'hhmm', t.r.int(15, 90))}`,
      `${tag(b, rb)}   ${sys(t, 'chat', -t.r.int(10, 39))}`,
      `@${tag(c, pick(t, ['Biomed', 'Desktop Support', 'Nurse Manager']))} can you swap it? I'm remote. Error on screen is ${err(t, ['0x0000007E', 'E-22 Occlusion', 'Device offline', 'SCANNER NOT PAIRED'])}`,
      `${tag(c, 'Biomed')}   ${sys(t, 'chat', -t.r.int(1, 9))}`,
      `on my way, call ${phone(t)} if it's worse`,
      '',
      `Opening this so it is tracked. Asset on ${host(t)}.`
    );
    return { title: `${ward} station device down (Teams thread)`, text };
  },
};

const voiceToText: TemplateG = {
  name: 'voiceToText',
  group: 'G-chat',
  make(t) {
    const [me, pt] = people(t, 2);
    const [pa, pb, pc] = phoneParts(t.r);
    const ph = t.p('PHONE', pick(t, [`${pa} ${pb} ${pc}`, `${pa}${pb}${pc}`, `${pa}-${pb}-${pc}`]));
    const ward = keepPick(t, 'QUEUE_OR_DEPT', ['lamb 4 west', 'mills 6 north', 'labor and delivery', 'medical icu', 'renal clinic', 'marsh 3 icu']);
    const bd = (): string => t.p('USERNAME', t.r.digits(6));
    const variants = [
      () =>
        `hi this is ${nm(t, me, 'west', 'lower')} from ${ward} my badge ${bd()} isnt opening the med room door again since this morning can someone call me back at ${ph} thanks`,
      () =>
        `hey its ${nm(t, me, 'call', 'lower')} on ${ward} the computer in room ${t.r.int(2, 9)}${t.r.digits(2)} keeps logging me out when im charting on ${nm(t, pt, 'west', 'lower')} and i lose my notes please fix call ${ph}`,
      () =>
        `this is ${nm(t, me, 'west', 'lower')} i work nights on ${ward} my password expired and the reset site says my badge number ${bd()} is wrong my cell is ${ph}`,
    ];
    const text = L(
      pick(t, variants)(),
      '',
      `(submitted from ${prod(t, ['SysAid mobile', 'ServiceNow Now Mobile', 'IT Help app'])} voice input ${sys(t, 'chat', 0)})`
    );
    return { title: pick(t, [() => 'voice ticket', () => 'help', () => `call back ${nm(t, me, 'call', 'lower')}`])(), text };
  },
};

// ---- G-names: names that are words, names across systems -------------------------------------------------

const printerRoomNames: TemplateG = {
  name: 'printerRoomNames',
  group: 'G-names',
  make(t) {
    const ward = keepPick(t, 'QUEUE_OR_DEPT', WARDS_G);
    const [a, b] = people(t, 2, { trad: ['uswords', 'usplain'], noMono: true });
    const prodW = keepPick(t, 'PRODUCT', COMMON_PRODUCTS_G.filter((x) => x !== 'Phonak Lyric'));
    const text = L(
      `The ${ward} printer (${host(t)}) prints blank pages since the ${prodW} push last night.`,
      `${nm(t, a, 'west')} (${role(t)}) says ${pron(a).sub} tried the ${pick(t, ['tray 2', 'bypass tray', 'other toner'])} already. Ask for ${nm(t, a, 'call')} at the desk, or ${nm(t, b, 'initial')} on nights - ${pron(b).pos} cell is ${phone(t)}.`,
      commonSentence(t),
      `Driver ${ver(t)}; error on the panel ${err(t, ['59.F0', '49.4C02', 'E-22', 'Event 7031'])}.`
    );
    return { title: `${ward} printer blank pages`, text };
  },
};

const hungarianNote: TemplateG = {
  name: 'hungarianNote',
  group: 'G-names',
  make(t) {
    const pt = person(t, { trad: ['hungarian'], g: 'm' });
    const kid = person(t, { trad: ['hungarian'], g: 'f' });
    const interp = person(t);
    const b = birth(t.r, 1935, 1960);
    const appt = daysAhead(t, 2, 30);
    const hu = (d: Ymd): string => `${d.y}. ${fd(d, 'hu').split(' ')[1]} ${d.d}`;
    const huPhone = t.p('PHONE', `+36 ${pick(t, ['20', '30', '70'])} ${t.r.digits(3)} ${t.r.digits(4)}`);
    const text = L(
      `Portal message in Hungarian, forwarded by ${dept(t, ['Interpreter Services', 'Patient Access'])} (${nm(t, interp, 'west')}). It's about ${prod(t, ['MyChart', 'MyChart proxy access'])}:`,
      '',
      '> Tisztelt Doktor Úr/Asszony!',
      `> Édesapám, ${nm(t, pt, 'full')} (született ${t.p('DOB', hu(b))}-án) nem tud belépni a portálra, pedig időpontja van ${t.p('DATE_PHI', hu(appt))}-án.`,
      `> Kérem, hívjanak vissza ezen a számon: ${huPhone}, vagy írjanak a ${homeEmail(t, kid)} címre.`,
      `> Üdvözlettel: ${nm(t, kid, 'full')}`,
      '',
      `Translation: daughter (${nm(t, kid, 'alt')}) says her father ${nm(t, pt, 'alt')} can't log in and has an appointment on ${dphi(t, appt, 'mon')}. She's in Hungary and wants proxy access. MRN ${mrn(t)}.`,
      `Account shows ${err(t, ['Account locked', 'HTTP 423', 'Activation code expired'])} as of ${sys(t, 'sysaid', -t.r.int(60, 900))}.`
    );
    return { title: `Portal access - ${nm(t, pt, 'alt')} (message in Hungarian)`, text };
  },
};

const nameMismatch: TemplateG = {
  name: 'nameMismatch',
  group: 'G-names',
  make(t) {
    const p = person(t, { trad: ['eastslavic', 'dutch', 'portuguese', 'telugu', 'sinhala', 'gujarati', 'malay', 'vietnamese', 'filipino', 'capeverdean'], noMono: true });
    const mgr = person(t);
    const full = fullName(p);
    const badgeName = fold(full).toUpperCase();
    const badgeShown = badgeName.length > 22 ? badgeName.slice(0, 22) : badgeName;
    const text = L(
      `New hire's name is different in every system and the badge printed cut off. ${dept(t, ['Identity and Access', 'Service Desk'])} please align:`,
      '',
      `  ${prod(t, ['Workday', 'UKG Pro', 'Oracle HCM'])} legal name ... ${nm(t, p, 'full')}`,
      `  AD displayName ......... ${nm(t, p, 'lf')}`,
      `  AD sAMAccountName ...... ${login(t, p, 'never')}`,
      `  Epic (EMP) ............. ${nm(t, p, 'LF')}`,
      `  Badge printed .......... ${t.p('PERSON', badgeShown)}`,
      `  Preferred .............. ${nm(t, p, t.r.chance(0.5) ? 'call' : 'short')}`,
      `  Passport (MRZ order) ... ${nm(t, p, 'alt')}`,
      '',
      `Employee ID ${empId(t)}, badge ${badge(t)}, starts ${pick(t, ['Monday', 'next week', 'on the 1st'])} in ${dept(t, [...DEPTS_G.clinical, ...WARDS_G])}. Personal e-mail ${homeEmail(t, p)}, cell ${phone(t)}.`,
      `${pron(p).sub === 'she' ? 'She' : 'He'} wants the name as in the passport${p.trad === 'eastslavic' && p.middle ? ` (patronymic ${t.p('PERSON', p.middle)} as a middle name is fine)` : ''}. Manager: ${nm(t, mgr, 'west')} ${ext(t)}.`
    );
    return { title: `Name mismatch Workday/AD/badge - ${nm(t, p, 'short')}`, text };
  },
};

export const TEMPLATES_G: readonly TemplateG[] = [
  sysaidApiHtml,
  sysaidTableForm,
  outlookMso,
  sysaidNotesHtml,
  qpEmail,
  formPost,
  twilioWebhook,
  jsonEscaped,
  edi270,
  edi837,
  edi835,
  ncpdpReject,
  ccdImport,
  winEventXml,
  cefDlp,
  kustoTable,
  splunkTable,
  sqlcmdTable,
  roiRequest,
  chartMerge,
  btgAudit,
  faxMisdirect,
  deceasedLock,
  researchSubject,
  telehealthFail,
  rpmEnrol,
  rpmData,
  dragonDictation,
  powerscribeDictation,
  outsideCdImport,
  bloodBankReprint,
  pyxisOverride,
  omnicellDiscrepancy,
  bedBoard,
  transportRequest,
  interpreterCjk,
  newbornLink,
  secureChat,
  slackMentions,
  teamsMentions,
  voiceToText,
  printerRoomNames,
  hungarianNote,
  nameMismatch,
];
