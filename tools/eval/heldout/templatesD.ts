// Template family D: a fourth set of ticket templates, written without looking at templates.ts,
// templatesB.ts, templatesC.ts or the redactor, in shapes that the dev corpus and families a-c do
// not have: web forms pasted with their check boxes, satisfaction-survey replies, chat-bot
// transcripts, merged-ticket notes and activity logs, e-mails under [EXTERNAL] banners and above
// confidentiality footers, PDF text with hard line breaks, voicemail transcriptions with numbers
// and dates said in words, names spelled letter by letter, names in parentheses after a role,
// `Last First` EHR lists, lower-case names with apostrophes, unit-first one-line addresses, PO
// boxes and rural routes, Canadian and UK addresses and phones, international numbers, MRNs with
// check letters, claim numbers, patient-owned device serials, parking plates, firewall logs with a
// home IP next to 10.x servers, links whose query string carries a name, and technical content to
// keep (error codes, hosts, versions, products, ticket refs, paths, departments, common words).

import { DEPARTMENTS, ERROR_CODES, PRODUCTS, filePath, hostname, serverIp, systemDate, ticketRef, version } from './keep.js';
import type { Person } from './names.js';
import type { Ticket } from './ticket.js';
import { badgeNumber, oneTimeCode, suffix } from './valuesB.js';
import { credential, employeeId, logStamp, vendorCase } from './valuesC.js';
import {
  COMMON_WORD_D,
  SURVEY_SCORES,
  addressCa,
  addressD,
  addressUk,
  asciiD,
  claimNumber,
  dobD,
  intlPhoneD,
  mrnCheck,
  personD,
  plateD,
  spelled,
  spokenDigits,
  spokenPhone,
  ukPhone,
  wordsDate,
} from './valuesD.js';
import {
  creditCard,
  deviceSerial,
  driversLicense,
  formatDate,
  healthPlanId,
  imei,
  ipv6,
  mac,
  mbi,
  npi,
  password,
  publicIpv4,
  randomDate,
  ssn,
  usPhone,
  vin,
} from './values.js';

export interface TemplateD {
  name: string;
  group: string;
  make(t: Ticket): { title: string; text: string };
}

// ---- helpers ------------------------------------------------------------------------------------

const who = (t: Ticket): Person => personD(t.r);
const full = (t: Ticket, p: Person): string => t.p('PERSON', p.middle ? `${p.given} ${p.middle}. ${p.surname}` : `${p.given} ${p.surname}`);
const lastFirstNoComma = (t: Ticket, p: Person, upper = false): string => t.p('PERSON', upper ? `${p.surname} ${p.given}`.toUpperCase() : `${p.surname} ${p.given}`);
const workMail = (t: Ticket, p: Person): string =>
  t.p('EMAIL', `${t.r.pick([`${asciiD(p.given)}.${asciiD(p.surname)}`, `${asciiD(p.given)[0]}${asciiD(p.surname)}`, `${asciiD(p.surname)}.${asciiD(p.given)[0]}`])}@${t.org.domain}`);
const homeMail = (t: Ticket, p: Person): string =>
  t.p(
    'EMAIL',
    `${t.r.pick([`${asciiD(p.given)}${asciiD(p.surname)}${t.r.int(1, 99)}`, `${asciiD(p.surname)}.${asciiD(p.given)}`, `${asciiD(p.given)}_${t.r.int(1960, 2008)}`])}@${t.r.pick(['gmail.com', 'yahoo.com', 'icloud.com', 'hotmail.com', 'outlook.com', 'live.com'])}`
  );
const login = (t: Ticket, p: Person): string =>
  t.p('USERNAME', t.r.pick([`${asciiD(p.given)[0]}${asciiD(p.surname)}`.slice(0, 9), `${asciiD(p.surname).slice(0, 6)}${asciiD(p.given)[0]}`, `${asciiD(p.given)}.${asciiD(p.surname)}`]));
const phone = (t: Ticket): string => t.p('PHONE', usPhone(t.r, 0.15));
const dob = (t: Ticket): string => t.p('DOB', formatDate(t.r, dobD(t.r)));
const visit = (t: Ticket): string => t.p('DATE_PHI', formatDate(t.r, randomDate(t.r, 2024, 2026)));
const mrnV = (t: Ticket): string => t.p('MRN', mrnCheck(t.r));
const host = (t: Ticket): string => t.k('HOSTNAME', hostname(t.r, t.org));
const sip = (t: Ticket): string => t.k('SERVER_IP', serverIp(t.r));
const ver = (t: Ticket): string => t.k('VERSION', version(t.r));
const prod = (t: Ticket): string => t.k('PRODUCT', t.r.pick(PRODUCTS));
const dept = (t: Ticket): string => t.k('QUEUE_OR_DEPT', t.r.pick(DEPARTMENTS));
const err = (t: Ticket): string => t.k('ERROR_CODE', t.r.pick(ERROR_CODES));
const ref = (t: Ticket): string => t.k('TICKET_REF', ticketRef(t.r));
const path = (t: Ticket): string => t.k('FILE_PATH', filePath(t.r, t.org));
const sys = (t: Ticket): string => t.k('SYSTEM_DATE', systemDate(t.r));
const stamp = (t: Ticket): string => t.k('SYSTEM_DATE', logStamp(t.r));
const common = (t: Ticket): string => {
  const [sentence, phrase] = t.r.pick(COMMON_WORD_D);
  t.k('COMMON_WORD', phrase);
  return sentence;
};
const box = (t: Ticket, on: boolean): string => (on ? t.r.pick(['[x]', '[X]', '☒', '(•)']) : t.r.pick(['[ ]', '☐', '( )']));

// ---- D-form: web forms pasted with check boxes ---------------------------------------------------

const webFormCheckbox: TemplateD = {
  name: 'webFormCheckbox',
  group: 'D-form',
  make(t) {
    const req = who(t);
    const pt = who(t);
    const urgent = t.r.chance(0.5);
    const title = `Web Request: ${t.r.pick(['Application problem', 'Printer issue', 'Access problem'])} - ${dept(t)}`;
    const text = [
      '*** Submitted through the Self-Service Portal ***',
      `Requester Name: ${full(t, req)}`,
      `Requester Email: ${workMail(t, req)}`,
      `Best callback number: ${phone(t)}`,
      `Location / Department: ${dept(t)}`,
      '',
      'Is this affecting patient care?',
      `${box(t, true)} Yes   ${box(t, false)} No`,
      'Urgency:',
      `${box(t, urgent)} Urgent - unit cannot work   ${box(t, !urgent)} Normal`,
      'Application affected:',
      `${box(t, true)} ${prod(t)}  ${box(t, false)} Other: ____`,
      '',
      'Describe the problem:',
      `Getting ${err(t)} on ${host(t)} whenever we open the chart for ${full(t, pt)} (MRN ${mrnV(t)}). Other charts open fine.`,
      '',
      `Patient involved (if any): ${box(t, true)} Yes - DOB ${dob(t)}`,
      `Attachments: ${box(t, false)} screenshot`,
    ].join('\n');
    return { title, text };
  },
};

const webFormStacked: TemplateD = {
  name: 'webFormStacked',
  group: 'D-form',
  make(t) {
    const req = who(t);
    const addr = addressD(t.r);
    const title = 'New submission: Home equipment pickup';
    const text = [
      'First Name *',
      t.name(req, 'given'),
      'Last Name *',
      t.name(req, 'surname'),
      'Phone *',
      phone(t),
      'Email',
      homeMail(t, req),
      'Street Address *',
      t.p('ADDRESS', addr.street),
      'City, State *',
      t.p('ADDRESS', addr.cityState),
      'ZIP *',
      t.p('ZIP', addr.zip),
      'Equipment type',
      `☑ ${t.r.pick(['CPAP', 'Oxygen concentrator', 'Home ventilator', 'Loaner iPad for telehealth'])}`,
      'Serial number (on the back label)',
      t.p('DEVICE_ID', deviceSerial(t.r)),
      'Comments',
      `Form posts to ${host(t)} but the confirmation page shows ${err(t)}. Submitted ${sys(t)}.`,
    ].join('\n');
    return { title, text };
  },
};

const accessRequestForm: TemplateD = {
  name: 'accessRequestForm',
  group: 'D-form',
  make(t) {
    const emp = who(t);
    const mgr = who(t);
    const title = `Access Request - ${prod(t)} - ${ref(t)}`;
    const text = [
      '==== ACCESS REQUEST FORM (v3) ====',
      `Employee (Last First): ${lastFirstNoComma(t, emp)}`,
      `Employee ID: ${t.p('USERNAME', employeeId(t.r))}    Network login: ${login(t, emp)}`,
      `Job title: ${t.r.pick(['Unit Secretary', 'Patient Access Rep', 'Pharmacy Tech', 'Coder II'])}`,
      `Department: ${dept(t)}`,
      `Manager approving: Nurse Manager (${full(t, mgr)})`,
      '',
      'Roles requested:',
      `  ${box(t, true)} ${prod(t)} - read/write`,
      `  ${box(t, false)} Shared drive ${path(t)}`,
      `  ${box(t, true)} Print queue on ${host(t)}`,
      '',
      `Form submitted: ${sys(t)}`,
      common(t),
    ].join('\n');
    return { title, text };
  },
};

const interpreterRequest: TemplateD = {
  name: 'interpreterRequest',
  group: 'D-form',
  make(t) {
    const pt = who(t);
    const fam = who(t);
    const lang = t.r.pick(['Hmong', 'Khmer', 'Amharic', 'Tagalog', 'Samoan', 'Navajo', 'Farsi', 'Kurdish (Kurmanji)', 'Armenian', 'Bengali']);
    const title = `Video interpreter cart not connecting - ${lang}`;
    const text = [
      `Interpreter request #${t.r.digits(5)} (${lang})`,
      `Patient: ${lastFirstNoComma(t, pt, t.r.chance(0.5))}    MRN: ${mrnV(t)}`,
      `Appt: ${visit(t)} at ${t.r.int(8, 11)}:${t.r.pick(['00', '15', '30', '45'])} AM`,
      `Family contact: ${full(t, fam)} (${t.r.pick(['daughter', 'son', 'husband', 'niece'])}) ${t.p('PHONE', intlPhoneD(t.r))}`,
      '',
      `The ${prod(t)} cart in ${dept(t)} shows ${err(t)} and never reaches the interpreter pool. Cart IP ${sip(t)}.`,
      'Had to use the phone line instead.',
    ].join('\n');
    return { title, text };
  },
};

// ---- D-survey: satisfaction survey replies -------------------------------------------------------

const surveyReply: TemplateD = {
  name: 'surveyReply',
  group: 'D-survey',
  make(t) {
    const resp = who(t);
    const tech = who(t);
    const r = ref(t);
    const title = `Survey response received for ${r}`;
    const text = [
      `Customer Satisfaction Survey - ${r}`,
      `Respondent: ${full(t, resp)} <${workMail(t, resp)}>`,
      `Completed: ${stamp(t)}`,
      '',
      'Q1. How satisfied were you with the resolution?',
      `    ${t.r.pick(SURVEY_SCORES)}`,
      'Q2. Was the technician courteous?',
      `    ${box(t, true)} Yes ${box(t, false)} No`,
      'Q3. Comments:',
      `    ${t.name(tech, 'given')} was great, fixed the ${prod(t)} issue remotely on ${host(t)}. ${common(t)}`,
      '',
      '-- This is an automated message. Replies go to the Service Desk queue.',
    ].join('\n');
    return { title, text };
  },
};

const surveyLowScore: TemplateD = {
  name: 'surveyLowScore',
  group: 'D-survey',
  make(t) {
    const resp = who(t);
    const tech = who(t);
    const title = `Low score alert (1/5) - ${ref(t)}`;
    const text = [
      `Survey score: 1 - Very dissatisfied`,
      `Submitted by: ${t.name(resp, 'lastFirst')} | ${dept(t)} | ext ${t.p('PHONE', `${t.r.int(4, 7)}-${t.r.digits(4)}`)}`,
      '',
      `"Ticket was closed without anyone calling me. The tech (${t.name(tech, 'initial')}) said it was a ${prod(t)} problem but it still says ${err(t)}.`,
      `I had a patient, ${t.name(who(t), 'western')}, waiting ${t.r.int(20, 90)} minutes because of it."`,
      '',
      `Follow-up owner: Desk Lead (${full(t, who(t))})`,
    ].join('\n');
    return { title, text };
  },
};

// ---- D-chat: chat-bot transcripts ---------------------------------------------------------------

const chatBotTranscript: TemplateD = {
  name: 'chatBotTranscript',
  group: 'D-chat',
  make(t) {
    const u = who(t);
    const ot = oneTimeCode(t.r);
    const title = 'Virtual Agent conversation - password reset';
    const text = [
      `Conversation started ${stamp(t)}`,
      'Bot: Hi! I am the IT Virtual Agent. What can I help you with?',
      'User: locked out of epic again',
      'Bot: I can help with that. What is your full name?',
      `User: ${full(t, u)}`,
      'Bot: Thanks. Please enter your employee ID or network username.',
      `User: ${login(t, u)}`,
      'Bot: For verification, what is the mobile number on file?',
      `User: ${phone(t)}`,
      `Bot: I sent a code to that number. Please type it here.`,
      `User: ${t.p('CREDENTIAL', ot)}`,
      `Bot: Verified. Your ${prod(t)} account is unlocked. (${err(t)} cleared)`,
      'User: thx',
      `Bot: Anything else? Reference: ${ref(t)}`,
    ].join('\n');
    return { title, text };
  },
};

const chatBotHandoff: TemplateD = {
  name: 'chatBotHandoff',
  group: 'D-chat',
  make(t) {
    const u = who(t);
    const agent = who(t);
    const pt = who(t);
    const title = 'Chat escalated to live agent';
    const text = [
      'User: the label printer in triage prints blank',
      `Bot: Which printer? You can find the name on the sticker (e.g. ${host(t)}).`,
      `User: ${host(t)}`,
      'Bot: I could not fix this automatically. Connecting you to an agent...',
      `System: ${full(t, agent)} joined the chat`,
      `${t.p('PERSON', agent.given)}: Hi ${t.name(u, 'given')}, can you print a test page?`,
      `User: tried, same thing. i need to print an armband for ${t.name(pt, 'western', 'lower')} dob ${dob(t)}`,
      `${t.p('PERSON', agent.given)}: Driver is ${ver(t)}, pushing a new one now. Please don't type patient info in chat.`,
      `System: chat closed ${stamp(t)}`,
    ].join('\n');
    return { title, text };
  },
};

// ---- D-merge: merged tickets and activity logs ---------------------------------------------------

const mergedNotes: TemplateD = {
  name: 'mergedNotes',
  group: 'D-merge',
  make(t) {
    const a = who(t);
    const b = who(t);
    const pt = who(t);
    const r1 = ref(t);
    const r2 = ref(t);
    const title = `${prod(t)} slow in ${dept(t)} (merged)`;
    const text = [
      `Merged from ${r1}:`,
      `  Caller ${full(t, a)} (${phone(t)}) reports ${err(t)} when signing notes.`,
      `Merged from ${r2}:`,
      `  ${t.name(b, 'lastFirst')} - same issue, chart of ${t.name(pt, 'western')} (MRN ${mrnV(t)}) froze mid-save at ${sys(t)}.`,
      '',
      `Parent ticket notes: both users on ${host(t)} / ${sip(t)}. Closing children as duplicates of this one.`,
    ].join('\n');
    return { title, text };
  },
};

const activityLog: TemplateD = {
  name: 'activityLog',
  group: 'D-merge',
  make(t) {
    const a = who(t);
    const b = who(t);
    const c = who(t);
    const title = `${ref(t)} activity`;
    const text = [
      `${stamp(t)}  Status changed from New to Assigned by ${full(t, a)}`,
      `${stamp(t)}  Assigned to group ${dept(t)}`,
      `${stamp(t)}  Note added by ${full(t, b)}: called user back at ${phone(t)}, no answer`,
      `${stamp(t)}  Note added by ${t.name(c, 'western')}: replaced toner, ${prod(t)} printing again`,
      `${stamp(t)}  Status changed from Assigned to Resolved by ${t.name(c, 'western')}`,
      `${stamp(t)}  Email sent to ${workMail(t, a)}`,
    ].join('\n');
    return { title, text };
  },
};

// ---- D-email: banners, footers, reply chains -----------------------------------------------------

const FOOTER =
  'CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information protected by law. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message.';

const bannerFooter: TemplateD = {
  name: 'bannerFooter',
  group: 'D-email',
  make(t) {
    const s = who(t);
    const pt = who(t);
    const title = `RE: Fax to ${t.org.name} not received`;
    const text = [
      '[EXTERNAL EMAIL] This message came from outside the organization. Do not click links or open attachments unless you recognize the sender.',
      '',
      'Good morning,',
      `We faxed the referral for ${t.name(pt, 'western')} (DOB ${dob(t)}) three times to the ${dept(t)} fax and keep getting ${err(t)}.`,
      `Can someone confirm the right number? Our fax is ${t.p('FAX', usPhone(t.r, 0))}.`,
      '',
      `${full(t, s)}${t.r.chance(0.5) ? `, ${credential(t.r)}` : ''}`,
      `Referral Coordinator | ${t.r.pick(['Desert Sage Family Medicine', 'Lakeshore Pediatrics', 'Northgate Orthopedics'])}`,
      `P ${phone(t)} | E ${homeMail(t, s)}`,
      '',
      FOOTER,
    ].join('\n');
    return { title, text };
  },
};

const replyChainOnWrote: TemplateD = {
  name: 'replyChainOnWrote',
  group: 'D-email',
  make(t) {
    const a = who(t);
    const b = who(t);
    const wd = t.r.pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri']);
    const when = t.k('SYSTEM_DATE', `${wd}, ${t.r.pick(['Mar', 'Jun', 'Sep', 'Nov'])} ${t.r.int(1, 28)}, ${t.r.int(2024, 2026)} at ${t.r.int(1, 12)}:${String(t.r.int(0, 59)).padStart(2, '0')} ${t.r.pick(['AM', 'PM'])}`);
    const title = `Re: ${prod(t)} upgrade to ${ver(t)}`;
    const text = [
      'Still seeing it after the upgrade, screenshot attached.',
      '',
      `${t.name(b, 'given')}`,
      '',
      `On ${when} ${full(t, a)} <${workMail(t, a)}> wrote:`,
      `> Hi ${t.name(b, 'given')}, we pushed ${ver(t)} to ${host(t)} last night.`,
      `> If you still get ${err(t)}, reply here and call me at ${phone(t)}.`,
      '> ',
      `> ${common(t)}`,
      `> Sent from my iPhone`,
    ].join('\n');
    return { title, text };
  },
};

const outOfOffice: TemplateD = {
  name: 'outOfOffice',
  group: 'D-email',
  make(t) {
    const me = who(t);
    const alt = who(t);
    const r = ref(t);
    const title = `Automatic reply: [${r}] ${prod(t)} license renewal`;
    const text = [
      `Thank you for your message. I am out of the office with limited access to e-mail until ${t.k('SYSTEM_DATE', `${t.r.pick(['Monday', 'Tuesday', 'Friday'])} ${t.r.int(1, 12)}/${t.r.int(1, 28)}`)}.`,
      `For urgent ${dept(t)} matters please contact ${full(t, alt)} at ${phone(t)} or ${workMail(t, alt)}.`,
      '',
      `${full(t, me)}`,
      `${t.r.pick(['Manager', 'Director', 'Analyst'])}, ${dept(t)}`,
      `Cell: ${phone(t)}`,
    ].join('\n');
    return { title, text };
  },
};

const roiLawFirm: TemplateD = {
  name: 'roiLawFirm',
  group: 'D-email',
  make(t) {
    const para = who(t);
    const pt = who(t);
    const addr = addressD(t.r);
    const title = 'Records request portal rejects upload';
    const text = [
      `Our office (${t.r.pick(['Ruiz & Whitfield LLP', 'Ochoa Injury Law', 'Harmon Legal Group'])}) tried to upload the HIPAA authorization for our client ${full(t, pt)}, DOB ${dob(t)}, date of loss ${visit(t)}, through your portal and received ${err(t)}.`,
      `Client address: ${t.p('ADDRESS', addr.street)}, ${t.p('ADDRESS', addr.cityState)} ${t.p('ZIP', addr.zip)}`,
      `SSN (last four on the form, full on the authorization): ${t.p('SSN', ssn(t.r))}`,
      '',
      'Regards,',
      `${full(t, para)}, Paralegal`,
      `Direct ${phone(t)} | Fax ${t.p('FAX', usPhone(t.r, 0))}`,
      '________________________________',
      'This communication may contain attorney-client privileged information. If received in error, notify the sender and delete.',
    ].join('\n');
    return { title, text };
  },
};

// ---- D-pdf: text copied out of a PDF with hard line breaks --------------------------------------

/**
 * break a sentence at fixed widths, the way text copied from a PDF comes out; a labelled value
 * that the break splits is relabelled as written (with the line break inside it)
 */
function hardWrapLabelled(t: Ticket, s: string, width: number): string {
  const out = hardWrap(s, width);
  for (const l of [...t.pii, ...t.keep]) {
    if (!l.value.includes(' ') || out.includes(l.value) || !s.includes(l.value)) continue;
    const re = new RegExp(l.value.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[ \n]'));
    const m = re.exec(out);
    if (m) l.value = m[0];
  }
  return out;
}

function hardWrap(s: string, width: number): string {
  const out: string[] = [];
  let line = '';
  for (const w of s.split(' ')) {
    if (line && (line + ' ' + w).length > width) {
      out.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) out.push(line);
  return out.join('\n');
}

const pdfReferral: TemplateD = {
  name: 'pdfReferral',
  group: 'D-pdf',
  make(t) {
    const pt = who(t);
    const doc = who(t);
    const addr = addressD(t.r);
    const title = `Referral PDF will not index in ${prod(t)}`;
    const body = hardWrapLabelled(
      t,
      `REFERRAL FOR SPECIALTY CONSULTATION Patient name: ${full(t, pt)} Date of birth: ${dob(t)} MRN: ${mrnV(t)} Address: ${t.p('ADDRESS', addr.street)} ${t.p('ADDRESS', addr.cityState)} ${t.p('ZIP', addr.zip)} Phone: ${phone(t)} Reason for referral: follow up after visit on ${visit(t)} Referring provider: Dr. ${t.name(doc, 'western')} NPI ${t.p('LICENSE_NUMBER', npi(t.r))}`,
      t.r.int(38, 60)
    );
    const text = [
      `Scanning kiosk pushed this to ${path(t)} but indexing failed with ${err(t)}. Text layer copied below:`,
      '',
      body,
      '',
      `Kofax batch on ${host(t)}.`,
    ].join('\n');
    return { title, text };
  },
};

const pdfStatement: TemplateD = {
  name: 'pdfStatement',
  group: 'D-pdf',
  make(t) {
    const g = who(t);
    const addr = addressD(t.r);
    const title = 'Statement print run has broken line wraps';
    const body = hardWrapLabelled(
      t,
      `PATIENT STATEMENT GUARANTOR ${t.name(g, 'western', 'upper')} ${t.p('ADDRESS', addr.street.toUpperCase())} ${t.p('ADDRESS', addr.cityState.toUpperCase())} ${t.p('ZIP', addr.zip)} ACCOUNT NO ${t.p('ACCOUNT_NUMBER', `${t.r.int(1, 9)}${t.r.digits(9)}`)} SERVICE DATE ${visit(t)} CLAIM ${t.p('ACCOUNT_NUMBER', claimNumber(t.r))} AMOUNT DUE $${t.r.int(20, 900)}.${t.r.digits(2)}`,
      t.r.int(30, 50)
    );
    const text = [`Job ${ref(t)} on ${host(t)} (${ver(t)}), print run started ${stamp(t)}. Sample page text:`, '', body, '', 'Lines are cut mid-word on some pages.'].join('\n');
    return { title, text };
  },
};

// ---- D-voice: voicemail and phone intake ----------------------------------------------------------

const voicemailSpoken: TemplateD = {
  name: 'voicemailSpoken',
  group: 'D-voice',
  make(t) {
    const c = who(t);
    const pt = who(t);
    const dt = t.p('DOB', wordsDate(t.r, dobD(t.r), true));
    const title = `Voicemail from ${t.k('QUEUE_OR_DEPT', 'Service Desk')} line - transcription`;
    const text = [
      `Voicemail received ${stamp(t)} (duration 0:${t.r.int(20, 59)})`,
      'Transcription (automated, may contain errors):',
      `"hi this is ${t.name(c, 'western', 'lower')} calling from ${t.k('QUEUE_OR_DEPT', t.r.pick(DEPARTMENTS).toLowerCase())} um the ${t.r.pick(['scanner', 'printer', 'workstation'])} at the front desk keeps freezing when we check in patients ` +
        `um I was checking in ${t.name(pt, 'western', 'lower')} date of birth ${dt} and it froze again ` +
        `my call back number is ${t.p('PHONE', spokenPhone(t.r))} again that's ${t.p('PHONE', spokenPhone(t.r))} thanks bye"`,
      '',
      `Routed to ${dept(t)}.`,
    ].join('\n');
    return { title, text };
  },
};

const phoneSpelled: TemplateD = {
  name: 'phoneSpelled',
  group: 'D-voice',
  make(t) {
    const c = who(t);
    const sp = t.p('PERSON', spelled(t.r, c.surname));
    const title = 'Caller could not reset password via SSPR';
    const text = [
      `Caller gave name as ${full(t, c)}, last name spelled ${sp}.`,
      `Verified with DOB ${dob(t)} and employee ID ${t.p('USERNAME', employeeId(t.r))}.`,
      `SSPR shows ${err(t)}; phone on file ${phone(t)} is old, updated to ${phone(t)}.`,
      `Reset done in ${prod(t)}. Temp password ${t.p('CREDENTIAL', password(t.r))} given verbally.`,
      `${common(t)}`,
    ].join('\n');
    return { title, text };
  },
};

const ivrTranscript: TemplateD = {
  name: 'ivrTranscript',
  group: 'D-voice',
  make(t) {
    const pt = who(t);
    const mrnDigits = `${t.r.int(1, 9)}${t.r.digits(6)}`;
    const title = `IVR payment line drops calls after MRN entry - ${err(t)}`;
    const text = [
      `IVR call trace ${ref(t)} from ${host(t)}:`,
      '  PROMPT: Please say or enter the medical record number.',
      `  CALLER (ASR): "${t.p('MRN', spokenDigits(t.r, mrnDigits))}"`,
      '  PROMPT: Please say the patient\'s date of birth.',
      `  CALLER (ASR): "${t.p('DOB', wordsDate(t.r, dobD(t.r), true))}"`,
      `  PROMPT: I found an account for ${t.p('PERSON', spelled(t.r, pt.given))}. Is that correct?`,
      '  CALLER (ASR): "yes"',
      `  SYSTEM: transfer to payment gateway ${sip(t)} failed (${sys(t)})`,
      '',
      `Caller-ID: ${phone(t)}`,
    ].join('\n');
    return { title, text };
  },
};

// ---- D-names: roles with names in parentheses, Last First lists, lower case -----------------------

const roleParens: TemplateD = {
  name: 'roleParens',
  group: 'D-names',
  make(t) {
    const a = who(t);
    const b = who(t);
    const c = who(t);
    const title = `Downtime forms needed for ${dept(t)}`;
    const text = [
      `Requested by the charge nurse (${full(t, a)}) and approved by the unit director (${t.name(b, 'lastFirst')}).`,
      `Attending (Dr. ${t.name(c, 'surname')}) also asked for the ${prod(t)} downtime report to print locally.`,
      `Report path ${path(t)}; it ran at ${sys(t)} but the BCA PC ${host(t)} shows ${err(t)}.`,
      `Contact: ${t.name(a, 'given')} at ${phone(t)}.`,
    ].join('\n');
    return { title, text };
  },
};

const ehrListLastFirst: TemplateD = {
  name: 'ehrListLastFirst',
  group: 'D-names',
  make(t) {
    const unit = dept(t);
    const rows: string[] = [];
    const n = t.r.int(3, 5);
    for (let i = 0; i < n; i++) {
      const p = who(t);
      const upper = t.r.chance(0.5);
      rows.push(`${String(t.r.int(1, 40)).padStart(2, '0')}${t.r.pick(['A', 'B', ''])}\t${lastFirstNoComma(t, p, upper)}\t${mrnV(t)}\t${t.r.int(1, 89)}${t.r.pick(['F', 'M'])}\t${visit(t)}`);
    }
    const title = `Census list prints with columns shifted - ${unit}`;
    const text = [
      `Unit census from ${prod(t)} (${ver(t)}), copied from the print preview:`,
      'Bed\tPatient\tMRN\tAge/Sex\tAdmit',
      ...rows,
      '',
      `Printer ${host(t)}, error ${err(t)}.`,
    ].join('\n');
    return { title, text };
  },
};

const lowerOkina: TemplateD = {
  name: 'lowerOkina',
  group: 'D-names',
  make(t) {
    const okinaSurnames = ["fa'amausili", "fa'alogo", "ka'ahanui", "o'connell", "n'diaye", "ke'ala", 'kaʻawa', 'naʻone', "d'souza"];
    const given = personD(t.r).given.toLowerCase();
    const pt = t.p('PERSON', `${given} ${t.r.pick(okinaSurnames)}`);
    const rn = who(t);
    const title = 'pt wristband wont scan';
    const text = [
      `pt ${pt} rm ${t.r.int(100, 999)} wristband wont scan w/ the ${t.k('PRODUCT', t.r.pick(PRODUCTS).toLowerCase())} scanner, says ${err(t)}`,
      `other pts scan ok. mrn ${mrnV(t)}. reprinted band x2 same thing`,
      `pls call ${t.name(rn, 'given', 'lower')} at ${phone(t)}`,
      `- ${t.name(rn, 'initial', 'lower')}`,
    ].join('\n');
    return { title, text };
  },
};

const onCallRoster: TemplateD = {
  name: 'onCallRoster',
  group: 'D-names',
  make(t) {
    const rows: string[] = [];
    for (const role of ['Primary', 'Secondary', 'Manager']) {
      const p = who(t);
      rows.push(`${role.padEnd(10)} ${t.r.chance(0.5) ? t.name(p, 'western', 'upper') : full(t, p)}  cell ${phone(t)}  pager ${t.p('PHONE', `${t.r.int(2, 9)}${t.r.digits(2)}-${t.r.digits(4)}`)}`);
    }
    const title = `On-call schedule not syncing to ${prod(t)}`;
    const text = [
      `${dept(t)} on-call, week of ${sys(t)}:`,
      ...rows,
      '',
      `The schedule export to ${host(t)} fails with ${err(t)}, so the operators page the wrong person.`,
      common(t),
    ].join('\n');
    return { title, text };
  },
};

// ---- D-address: one-line addresses, PO boxes, rural routes, Canada, UK, international --------------

const unitFirstAddressChange: TemplateD = {
  name: 'unitFirstAddressChange',
  group: 'D-address',
  make(t) {
    const pt = who(t);
    const a = addressD(t.r);
    const b = addressD(t.r);
    const title = `Demographics update fails - ${err(t)}`;
    const oneLine = t.r.chance(0.5);
    const text = [
      `Patient ${full(t, pt)} (MRN ${mrnV(t)}) moved. Registration tried to update the address and ${prod(t)} throws ${err(t)}.`,
      `Old: ${t.p('ADDRESS', a.street)}${oneLine ? ' ' : ', '}${t.p('ADDRESS', a.cityState)} ${t.p('ZIP', a.zip)}`,
      `New: ${t.p('ADDRESS', b.street)}${oneLine ? ' ' : ', '}${t.p('ADDRESS', b.cityState)} ${t.p('ZIP', b.zip)}`,
      `New phone ${phone(t)}. Address validation service at ${sip(t)} returns "unit designator before house number not allowed".`,
    ].join('\n');
    return { title, text };
  },
};

const returnedMailRural: TemplateD = {
  name: 'returnedMailRural',
  group: 'D-address',
  make(t) {
    const rows: string[] = [];
    for (let i = 0; i < t.r.int(2, 4); i++) {
      const p = who(t);
      const a = addressD(t.r);
      rows.push(`${t.name(p, 'hl7')} | ${t.p('ADDRESS', a.street.toUpperCase())} | ${t.p('ADDRESS', a.cityState.toUpperCase())} | ${t.p('ZIP', a.zip)} | ${t.p('ACCOUNT_NUMBER', `G${t.r.digits(8)}`)}`);
    }
    const title = 'Returned mail report - CASS rejects PO Box and RR lines';
    const text = [
      `Nightly CASS job on ${host(t)} rejected these (log ${path(t)}):`,
      ...rows,
      '',
      `Vendor says rural routes need "RR n BOX n" with no punctuation. ${vendorCaseK(t)}`,
    ].join('\n');
    return { title, text };
  },
};

const vendorCaseK = (t: Ticket): string => `Vendor case ${t.k('TICKET_REF', vendorCase(t.r))}.`;

const canadaPatient: TemplateD = {
  name: 'canadaPatient',
  group: 'D-address',
  make(t) {
    const pt = who(t);
    const a = addressCa(t.r);
    const useProv = t.r.chance(0.3);
    const city = useProv ? t.p('ADDRESS', `${a.cityState.replace(/,? [A-Z]{2}$/, '')}, ${a.provinceName}`) : t.p('ADDRESS', a.cityState);
    const title = 'Registration will not accept Canadian postal code';
    const text = [
      `Snowbird patient ${full(t, pt)}, DOB ${dob(t)}, address ${t.p('ADDRESS', a.street)}, ${city} ${t.p('ZIP', a.zip)}.`,
      `${prod(t)} address field rejects the postal code (${err(t)}) and forces a 5-digit ZIP.`,
      `Patient's phone ${t.p('PHONE', `+1 ${t.r.pick(['416', '204', '807', '514', '604', '306'])}-${t.r.int(2, 9)}${t.r.digits(2)}-${t.r.digits(4)}`)}, OHIP/health card ${t.p('HEALTH_PLAN_ID', `${t.r.digits(4)}-${t.r.digits(3)}-${t.r.digits(3)}-${t.r.chars('ABCDEFGHJKLMNPRSTVWXYZ', 2)}`)}.`,
      `Visit ${visit(t)}. Interface ${host(t)}.`,
    ].join('\n');
    return { title, text };
  },
};

const ukVisitor: TemplateD = {
  name: 'ukVisitor',
  group: 'D-address',
  make(t) {
    const doc = who(t);
    const a = addressUk(t.r);
    const title = `Visiting fellow cannot enrol in ${prod(t)} MFA`;
    const text = [
      `Dr ${full(t, doc)} (visiting from the NHS) cannot receive the MFA text on ${t.p('PHONE', ukPhone(t.r))}.`,
      `Home address on the HR form: ${t.p('ADDRESS', a.street)}, ${t.p('ADDRESS', a.cityState)} ${t.p('ZIP', a.zip)}.`,
      `Temporary US cell ${phone(t)}. Login ${login(t, doc)}. Error ${err(t)} at ${sys(t)}.`,
    ].join('\n');
    return { title, text };
  },
};

const intlFamily: TemplateD = {
  name: 'intlFamily',
  group: 'D-address',
  make(t) {
    const pt = who(t);
    const fam = who(t);
    const title = 'Portal proxy invite bounces for family abroad';
    const text = [
      `${t.name(pt, 'western')}'s ${t.r.pick(['son', 'daughter', 'sister'])} ${full(t, fam)} lives abroad (${t.p('PHONE', intlPhoneD(t.r))}, alt ${t.p('PHONE', intlPhoneD(t.r))}).`,
      `Proxy invite to ${homeMail(t, fam)} bounced with ${err(t)}. Patient MRN ${mrnV(t)}.`,
      `SMS gateway ${host(t)} rejects numbers that do not start with +1. ${common(t)}`,
    ].join('\n');
    return { title, text };
  },
};

// ---- D-dates: patient dates in words, relative dates ---------------------------------------------

const wordsDates: TemplateD = {
  name: 'wordsDates',
  group: 'D-dates',
  make(t) {
    const pt = who(t);
    const d1 = t.p('DATE_PHI', wordsDate(t.r, randomDate(t.r, 2024, 2026), false));
    const d2 = t.p('DATE_PHI', wordsDate(t.r, randomDate(t.r, 2024, 2026), t.r.chance(0.3)));
    const title = `Appointment reminders sent with wrong date`;
    const text = [
      `Yesterday the reminder texts went out with the wrong date. ${full(t, pt)} was booked for ${d1} but the text said ${d2}.`,
      `${t.r.pick(['She', 'He', 'They'])} called this morning from ${phone(t)}, upset.`,
      `Reminder job on ${host(t)} last ran ${sys(t)}, template version ${ver(t)}. Earlier today it showed ${err(t)}.`,
    ].join('\n');
    return { title, text };
  },
};

const telehealthWords: TemplateD = {
  name: 'telehealthWords',
  group: 'D-dates',
  make(t) {
    const pt = who(t);
    const doc = who(t);
    const title = `Telehealth visit link expired before visit`;
    const text = [
      `Dr. ${t.name(doc, 'surname')} had a video visit with ${full(t, pt)} (born ${t.p('DOB', wordsDate(t.r, dobD(t.r), true))}) scheduled for ${t.p('DATE_PHI', wordsDate(t.r, randomDate(t.r, 2024, 2026), false))}.`,
      `Patient e-mail ${homeMail(t, pt)}; link expired with ${err(t)} two days before.`,
      `${prod(t)} ${ver(t)}, token service ${host(t)}. Last week it was fine.`,
    ].join('\n');
    return { title, text };
  },
};

// ---- D-ids: MRNs with check letters, claims, devices, plates -------------------------------------

const mrnCheckMerge: TemplateD = {
  name: 'mrnCheckMerge',
  group: 'D-ids',
  make(t) {
    const pt = who(t);
    const m1 = mrnV(t);
    const m2 = mrnV(t);
    const title = `Duplicate chart - merge request ${ref(t)}`;
    const text = [
      `Please merge duplicate records for ${t.name(pt, 'lastFirst', t.r.chance(0.4) ? 'upper' : 'as-is')}:`,
      `  Keep:   MRN ${m1}`,
      `  Retire: MRN ${m2}`,
      `  DOB ${dob(t)}  SSN ${t.p('SSN', ssn(t.r))}`,
      `  Medicare ${t.p('HEALTH_PLAN_ID', mbi(t.r))}`,
      `The check letter on ${m2} was keyed wrong at registration, EMPI on ${host(t)} created a new one. ${err(t)} when HIM tries to merge.`,
    ].join('\n');
    return { title, text };
  },
};

const claimDenial: TemplateD = {
  name: 'claimDenial',
  group: 'D-ids',
  make(t) {
    const pt = who(t);
    const coder = who(t);
    const title = `Claims denied CO-16 after ${prod(t)} update`;
    const rows: string[] = [];
    for (let i = 0; i < t.r.int(2, 3); i++) rows.push(`  Claim # ${t.p('ACCOUNT_NUMBER', claimNumber(t.r))}  DOS ${visit(t)}  member ID ${t.p('HEALTH_PLAN_ID', healthPlanId(t.r))}`);
    const text = [
      `Since the ${ver(t)} update the 837 file on ${path(t)} is missing the subscriber name. Examples for ${full(t, pt)}:`,
      ...rows,
      `Clearinghouse error ${err(t)}. Questions to ${t.name(coder, 'initial')} (${workMail(t, coder)}).`,
    ].join('\n');
    return { title, text };
  },
};

const patientDevice: TemplateD = {
  name: 'patientDevice',
  group: 'D-ids',
  make(t) {
    const pt = who(t);
    const kind = t.r.pick(['insulin pump', 'CGM transmitter', 'home BP cuff', 'cochlear implant processor', 'LVAD controller', 'pulse oximeter']);
    const title = `Patient ${kind} will not pair with ${prod(t)}`;
    const text = [
      `${full(t, pt)} brought in ${t.r.pick(['her', 'his', 'their'])} own ${kind} (S/N ${t.p('DEVICE_ID', deviceSerial(t.r))}).`,
      `Pairs to the patient's phone (IMEI ${t.p('DEVICE_ID', imei(t.r))}, Wi-Fi MAC ${t.p('DEVICE_ID', mac(t.r))}) but not to the bedside hub ${host(t)}.`,
      `Hub firmware ${ver(t)}; hospital asset tag AT-${t.r.digits(6)} is ours, the ${kind} is not.`,
      `Admit ${visit(t)}. ${common(t)}`,
    ].join('\n');
    return { title, text };
  },
};

const parkingCitation: TemplateD = {
  name: 'parkingCitation',
  group: 'D-ids',
  make(t) {
    const emp = who(t);
    const pl = t.p('VEHICLE_ID', plateD(t.r));
    const title = `Parking citation app shows wrong owner for plate ${pl}`;
    const text = [
      `Security issued citation PC${t.r.digits(6)} in Garage ${t.r.pick(['A', 'B', 'C'])} level ${t.r.int(1, 5)} at ${sys(t)}.`,
      `Plate ${pl} (${t.r.pick(['TX', 'AZ', 'MN', 'ON', 'PR'])}) belongs to ${full(t, emp)}, badge ${t.p('USERNAME', badgeNumber(t.r))}, who has a valid permit.`,
      `${t.r.chance(0.5) ? `VIN on the permit: ${t.p('VEHICLE_ID', vin(t.r))}. ` : ''}DL ${t.p('LICENSE_NUMBER', driversLicense(t.r))} on file.`,
      `The ${prod(t)} sync from ${host(t)} failed (${err(t)}) so the permit list is stale.`,
    ].join('\n');
    return { title, text };
  },
};

// ---- D-net: firewall logs, links with names, guest portal ----------------------------------------

const firewallLog: TemplateD = {
  name: 'firewallLog',
  group: 'D-net',
  make(t) {
    const pt = who(t);
    const src = t.p('IP_ADDRESS', t.r.chance(0.8) ? publicIpv4(t.r) : ipv6(t.r));
    const dst = sip(t);
    const title = `Patient portal blocked by firewall for one user`;
    const text = [
      `${full(t, pt)} (portal user ${t.p('USERNAME', `${asciiD(pt.given)}${asciiD(pt.surname)[0] ?? 'x'}${t.r.int(10, 99)}`)}) cannot reach the portal from home.`,
      'FortiGate log:',
      `date=${t.k('SYSTEM_DATE', `${t.r.int(2024, 2026)}-0${t.r.int(1, 9)}-1${t.r.int(0, 9)}`)} time=${t.k('SYSTEM_DATE', `${String(t.r.int(0, 23)).padStart(2, '0')}:${t.r.int(10, 59)}:${t.r.int(10, 59)}`)} srcip=${src} srcport=${t.r.int(1025, 65000)} dstip=${dst} dstport=443 action=deny policyid=${t.r.int(10, 99)} service=HTTPS`,
      `Second hop ${sip(t)} fine. Geo-IP block list version ${ver(t)} flags the home IP. ${err(t)} in browser.`,
    ].join('\n');
    return { title, text };
  },
};

const urlQuery: TemplateD = {
  name: 'urlQuery',
  group: 'D-net',
  make(t) {
    const pt = who(t);
    const g = encodeURIComponent(pt.given);
    const s = encodeURIComponent(pt.surname);
    const m = mrnCheck(t.r);
    const url = t.p(
      'URL',
      t.r.pick([
        `https://portal.${t.org.domain}/sched/confirm?first=${g}&last=${s}&appt=${t.r.digits(7)}`,
        `https://${t.org.prefix}-web-prd01/reports/viewer.aspx?rpt=DischargeSummary&pt_name=${s}%2C${g}&mrn=${encodeURIComponent(m)}`,
        `https://forms.${t.org.domain}/intake?name=${g}+${s}&dob=${t.r.int(1940, 2010)}-0${t.r.int(1, 9)}-1${t.r.int(0, 9)}`,
        `http://kiosk.${t.org.prefix}.local/checkin/${encodeURIComponent(asciiD(pt.surname))}-${encodeURIComponent(asciiD(pt.given))}?visit=${t.r.digits(8)}`,
      ])
    );
    const title = 'Link in the discharge e-mail gives 404';
    const text = [
      `The link in the automated e-mail goes to a 404 page:`,
      url,
      `Reported by ${full(t, who(t))}, ${dept(t)}. Web server ${host(t)} logs ${err(t)} in ${path(t)}.`,
      `Generic link ${t.k('HOSTNAME', `portal.${t.org.domain}`)}/help works.`,
    ].join('\n');
    return { title, text };
  },
};

const guestPortal: TemplateD = {
  name: 'guestPortal',
  group: 'D-net',
  make(t) {
    const fam = who(t);
    const title = `Guest Wi-Fi splash page loops`;
    const text = [
      `Family member ${full(t, fam)} in ${dept(t)} waiting room: guest Wi-Fi splash page loops on ${t.r.pick(['her', 'his'])} laptop.`,
      `Client MAC ${t.p('DEVICE_ID', mac(t.r))}, got lease 10.${t.r.int(100, 200)}.${t.r.int(0, 254)}.${t.r.int(2, 254)}, portal on ${sip(t)}.`,
      `Earlier ${t.r.pick(['she', 'he'])} was on the hotel hotspot with public IP ${t.p('IP_ADDRESS', publicIpv4(t.r))} and the same portal worked.`,
      `Controller ${host(t)} running ${ver(t)}. ${common(t)}`,
    ].join('\n');
    return { title, text };
  },
};

// ---- D-keep: technical tickets with little PII ---------------------------------------------------

const changeRequest: TemplateD = {
  name: 'changeRequest',
  group: 'D-keep',
  make(t) {
    const owner = who(t);
    const title = `${ref(t)}: patch ${prod(t)} to ${ver(t)}`;
    const text = [
      `Change window: ${sys(t)} - ${sys(t)}`,
      `Implementer: ${t.name(owner, 'lastFirst')}`,
      `Servers: ${host(t)}, ${host(t)} (${sip(t)})`,
      `Backout: restore ${path(t)} from snapshot.`,
      `Known issue: ${err(t)} during service restart, clears in ~2 min.`,
      `Related: ${ref(t)}, ${ref(t)}`,
      common(t),
      common(t),
    ].join('\n');
    return { title, text };
  },
};

const kioskError: TemplateD = {
  name: 'kioskError',
  group: 'D-keep',
  make(t) {
    const pt = who(t);
    const title = `Check-in kiosk ${host(t)} stuck on payment screen`;
    const text = [
      `Kiosk in ${dept(t)} froze while ${full(t, pt)} was paying a copay.`,
      `Screen still shows card ending ${t.p('CREDIT_CARD', creditCard(t.r))} (full number visible!) and ${err(t)}.`,
      `Kiosk app ${ver(t)}, payment service ${sip(t)}, log ${path(t)}.`,
      `Rebooted at ${sys(t)}. ${common(t)}`,
    ].join('\n');
    return { title, text };
  },
};

const pagerText: TemplateD = {
  name: 'pagerText',
  group: 'D-keep',
  make(t) {
    const pt = who(t);
    const sender = who(t);
    const title = `Pages truncated after ${prod(t)} upgrade`;
    const text = [
      'Example page as received:',
      `  PG ${t.r.int(4000, 4999)} CALL ${t.p('PHONE', `${t.r.int(4, 7)}-${t.r.digits(4)}`)} RE RM ${t.r.int(100, 999)} ${t.name(pt, 'surname', 'upper')} K 5.9 FROM ${t.name(sender, 'western', 'upper')}`,
      'Should have included the rest of the message. Paging gateway',
      `${host(t)} / ${sip(t)}, version ${ver(t)}. Started ${sys(t)}.`,
    ].join('\n');
    return { title, text };
  },
};

const faxCover: TemplateD = {
  name: 'faxCover',
  group: 'D-keep',
  make(t) {
    const from = who(t);
    const to = who(t);
    const pt = who(t);
    const title = 'Fax server sends cover page only';
    const text = [
      `${t.org.name.toUpperCase()} - FAX COVER SHEET`,
      `TO: ${t.name(to, 'western', 'upper')}    FAX: ${t.p('FAX', usPhone(t.r, 0))}`,
      `FROM: ${t.name(from, 'western', 'upper')}    PHONE: ${phone(t)}`,
      `RE: ${t.name(pt, 'lastFirst', 'upper')}  DOB ${dob(t)}`,
      `PAGES: ${t.r.int(2, 14)} (including cover)`,
      '',
      `Only this page arrives. RightFax on ${host(t)} logs ${err(t)}. Queue ${path(t)}.`,
    ].join('\n');
    return { title, text };
  },
};

const credentialPaste: TemplateD = {
  name: 'credentialPaste',
  group: 'D-keep',
  make(t) {
    const u = who(t);
    const sfx = t.r.chance(0.3) ? ` ${suffix(t.r)}` : '';
    const title = `Service account for ${prod(t)} interface locked`;
    const text = [
      `Owner: ${full(t, u)}${sfx} (${dept(t)})`,
      `Account svc_${t.org.prefix}_${t.r.pick(['hl7', 'scan', 'fax'])} locked at ${sys(t)} with ${err(t)}.`,
      `${t.name(u, 'given')} pasted the current password in the last ticket: ${t.p('CREDENTIAL', password(t.r))} - please rotate it.`,
      `Config ${path(t)} on ${host(t)} needs the new one.`,
    ].join('\n');
    return { title, text };
  },
};

export const TEMPLATES_D: readonly TemplateD[] = [
  webFormCheckbox,
  webFormStacked,
  accessRequestForm,
  interpreterRequest,
  surveyReply,
  surveyLowScore,
  chatBotTranscript,
  chatBotHandoff,
  mergedNotes,
  activityLog,
  bannerFooter,
  replyChainOnWrote,
  outOfOffice,
  roiLawFirm,
  pdfReferral,
  pdfStatement,
  voicemailSpoken,
  phoneSpelled,
  ivrTranscript,
  roleParens,
  ehrListLastFirst,
  lowerOkina,
  onCallRoster,
  unitFirstAddressChange,
  returnedMailRural,
  canadaPatient,
  ukVisitor,
  intlFamily,
  wordsDates,
  telehealthWords,
  mrnCheckMerge,
  claimDenial,
  patientDevice,
  parkingCitation,
  firewallLog,
  urlQuery,
  guestPortal,
  changeRequest,
  kioskError,
  pagerText,
  faxCover,
  credentialPaste,
];
