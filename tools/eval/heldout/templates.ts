// Ticket templates in styles the dev corpus does not use: chat and SMS transcripts, Gmail-style
// forwards and quoted replies, bullet hand-offs, web-form key/value dumps, ASCII and pipe tables,
// CSV exports, HL7 ADT and FHIR JSON, voicemail transcriptions, lower-case and ALL-CAPS notes,
// pager texts, typos, family-name-first names, possessives, names right after verbs, initials.
// Each template writes through a Ticket, which records every PII and keep value as it is used.

import * as K from './keep.js';
import { ascii } from './names.js';
import type { Ticket } from './ticket.js';
import * as V from './values.js';

export interface Template {
  name: string;
  /** style family, reported by the scorer per group */
  group: string;
  make(t: Ticket): { title: string; text: string };
}

// ---- small helpers: each puts one labelled value into the text ----------------------------

const product = (t: Ticket): string => t.k('PRODUCT', t.r.pick(K.PRODUCTS));
const dept = (t: Ticket): string => t.k('QUEUE_OR_DEPT', t.r.pick(K.DEPARTMENTS));
const host = (t: Ticket): string => t.k('HOSTNAME', K.hostname(t.r, t.org));
const err = (t: Ticket): string => t.k('ERROR_CODE', t.r.pick(K.ERROR_CODES));
const ver = (t: Ticket): string => t.k('VERSION', K.version(t.r));
const ticketRef = (t: Ticket): string => t.k('TICKET_REF', K.ticketRef(t.r));
const when = (t: Ticket): string => t.k('SYSTEM_DATE', K.systemDate(t.r));
const srvIp = (t: Ticket): string => t.k('SERVER_IP', K.serverIp(t.r));
const path = (t: Ticket): string => t.k('FILE_PATH', K.filePath(t.r, t.org));
/** a sentence with a capitalised common word used as an ordinary word */
const commonWord = (t: Ticket): string => {
  const [sentence, phrase] = t.r.pick(K.COMMON_WORD_SENTENCES);
  t.k('COMMON_WORD', phrase);
  return sentence;
};

const phone = (t: Ticket): string => t.p('PHONE', V.phone(t.r));
const usPhone = (t: Ticket, ext = 0.2): string => t.p('PHONE', V.usPhone(t.r, ext));
const fax = (t: Ticket): string => t.p('FAX', V.usPhone(t.r, 0));
const dob = (t: Ticket): string => t.p('DOB', V.dob(t.r));
const phiDate = (t: Ticket): string => t.p('DATE_PHI', V.datePhi(t.r));
const mrn = (t: Ticket): string => t.p('MRN', V.mrn(t.r));
const room = (t: Ticket): string => String(t.r.int(2, 60) + 100 * t.r.int(1, 9));

function addr(t: Ticket, sep = ', '): string {
  const a = V.address(t.r);
  return `${t.p('ADDRESS', a.street)}${sep}${t.p('ADDRESS', a.cityState)} ${t.p('ZIP', a.zip)}`;
}

const lines = (...xs: (string | false | undefined)[]): string => xs.filter((x): x is string => typeof x === 'string').join('\n');

// ---- templates --------------------------------------------------------------------------------

export const TEMPLATES: Template[] = [
  {
    name: 'teamsChat',
    group: 'chat',
    make(t) {
      const user = t.person();
      const agent = t.person();
      const app = product(t);
      return {
        title: `Chat transcript - ${app} login`,
        text: lines(
          `Conversation with ${t.name(user, 'native')} started ${when(t)}`,
          `${t.name(agent, 'given')} (Service Desk): thanks for contacting the service desk, what's going on`,
          `${t.name(user, 'given')}: cant get into ${app}, it says ${err(t)}`,
          `${agent.given}: ok whats your user id`,
          `${user.given}: ${t.p('USERNAME', V.username(t.r, user, t.org.prefix))}`,
          `${agent.given}: and a callback number in case the chat drops?`,
          `${user.given}: ${usPhone(t, 0.4)}`,
          `${agent.given}: I see the lockout on ${host(t)}, unlocking now. try again in 2 min`,
          `${user.given}: that worked ty`,
          `Chat ended by ${user.given}`
        ),
      };
    },
  },
  {
    name: 'smsOnCall',
    group: 'chat',
    make(t) {
      const nurse = t.person();
      const pt = t.person();
      return {
        title: 'SMS to on-call IT phone',
        text: lines(
          `>> ${phone(t)}: hi its ${t.name(nurse, 'given', 'lower')} on ${dept(t)}, bedside pc in rm ${room(t)} black screen again`,
          `<< on-call: rebooted?`,
          `>> ${nurse.given.toLowerCase()}: yes twice. need it for ${t.name(pt, 'surname')} med pass, hes due at 10`,
          `<< on-call: what does the screen say`,
          `>> ${nurse.given.toLowerCase()}: ${err(t)} then nothing`,
          `<< on-call: ok remote in to ${host(t)}. ${commonWord(t)}`
        ),
      };
    },
  },
  {
    name: 'gmailForward',
    group: 'mail',
    make(t) {
      const vendor = t.person();
      const staff = t.person();
      const pt = t.person();
      const subj = `${product(t)} interface down`;
      return {
        title: `Fwd: ${subj}`,
        text: lines(
          'see below, can someone from the interface team call them?',
          '',
          '---------- Forwarded message ---------',
          `From: ${t.name(vendor, 'western')} <${t.p('EMAIL', V.personalEmail(t.r, vendor))}>`,
          `Date: ${when(t)}`,
          `Subject: ${subj}`,
          `To: ${t.p('EMAIL', V.workEmail(t.r, staff, t.org.domain))}`,
          '',
          `Hello, our feed from ${host(t)} (${srvIp(t)}) stopped at the top of the hour with ${err(t)}.`,
          `The first message stuck in the queue is for ${t.name(pt, 'lastFirst', 'upper')}, MRN ${mrn(t)}.`,
          `You can reach me on my mobile ${t.p('PHONE', V.intlPhone(t.r))}.`,
          '',
          `-- ${t.name(staff, 'given')}`
        ),
      };
    },
  },
  {
    name: 'quotedReply',
    group: 'mail',
    make(t) {
      const a = t.person();
      const b = t.person();
      const pt = t.person();
      return {
        title: `Re: scanned documents in wrong chart`,
        text: lines(
          `Still happening. Another one this morning, ${t.name(pt, 'western')} (${dob(t)}) ended up under a different MRN.`,
          '',
          `On ${when(t)}, ${t.name(b, 'western')} <${t.p('EMAIL', V.workEmail(t.r, b, t.org.domain))}> wrote:`,
          `> Can you send me the batch name and the scanner you used?`,
          `> We pushed ${ver(t)} of ${product(t)} last night, it may be related.`,
          `>`,
          `> ${t.name(b, 'initial')}`,
          `> ${dept(t)}`,
          '',
          `${t.name(a, 'given')}`,
          `${t.p('PHONE', V.extension(t.r))}`
        ),
      };
    },
  },
  {
    name: 'bulletHandoff',
    group: 'list',
    make(t) {
      const pt = t.person();
      const doc = t.person();
      const cover = t.person();
      const bullet = t.r.pick(['•', '*', '-', '‣']);
      return {
        title: `Night shift handoff - on-site IT`,
        text: lines(
          `Handoff ${when(t)}`,
          `${bullet} ${host(t)} rebooted twice, still ${err(t)}. Vendor case ${ticketRef(t)}.`,
          `${bullet} ${t.name(pt, 'surname')} family in ${room(t)} can't join guest wifi, laptop MAC ${t.p('DEVICE_ID', V.mac(t.r))}`,
          `${bullet} Dr. ${t.name(doc, 'surname')} wants ${product(t)} on the office workstation in ${dept(t)}`,
          `${bullet} ${t.name(cover, 'given')} covering the pager until 0700, cell ${usPhone(t, 0)}`,
          `${bullet} ${commonWord(t)}`
        ),
      };
    },
  },
  {
    name: 'webFormAccess',
    group: 'form',
    make(t) {
      const req = t.person();
      const user = t.person();
      const mgr = t.person();
      return {
        title: 'Access Request - new hire',
        text: lines(
          `Request Type: Access`,
          `Requested By: ${t.name(req, 'lastFirst')}`,
          `Requester Phone: ${usPhone(t, 0.5)}`,
          `Requester E-mail: ${t.p('EMAIL', V.workEmail(t.r, req, t.org.domain))}`,
          `Affected User: ${t.name(user, 'native')}`,
          `Affected User Login: ${t.p('USERNAME', V.username(t.r, user, t.org.prefix))}`,
          `Start Date: ${when(t)}`,
          `Department: ${dept(t)}`,
          `Application(s): ${product(t)}; ${product(t)}`,
          `Approving Manager: ${t.name(mgr, 'western')}`,
          `Comments: ${commonWord(t)} Personal mobile for MFA is ${t.p('PHONE', V.usPhone(t.r, 0))}.`
        ),
      };
    },
  },
  {
    name: 'dottedForm',
    group: 'form',
    make(t) {
      const pt = t.person();
      const dev = t.r.pick(['Dexcom G7 receiver', 'Tandem t:slim pump', 'Medtronic MiniMed 780G', 'Omron BP7450 cuff', 'Phonak hearing aid']);
      return {
        title: `Remote monitoring enrollment failed`,
        text: lines(
          `REMOTE PATIENT MONITORING - ENROLLMENT EXCEPTION`,
          `Patient name........ ${t.name(pt, 'lastFirst', 'upper')}`,
          `Birth date.......... ${dob(t)}`,
          `Home phone.......... ${usPhone(t, 0)}`,
          `Device.............. ${dev}`,
          `Device serial....... ${t.p('DEVICE_ID', V.deviceSerial(t.r))}`,
          `Paired phone IMEI... ${t.p('DEVICE_ID', V.imei(t.r))}`,
          `Platform............ ${product(t)} ${ver(t)}`,
          `Failure............. ${err(t)} at ${when(t)}`,
          '',
          `Queue: ${dept(t)}`
        ),
      };
    },
  },
  {
    name: 'asciiBadgeTable',
    group: 'table',
    make(t) {
      const rows = [t.person(), t.person(), t.person()];
      const door = t.r.pick(['PHARM-VAULT', 'OR-CORE-2', 'DATA-CTR-B', 'NICU-EAST']);
      const body = rows.map((p) => `| ${when(t).padEnd(22)} | ${t.name(p, 'lastFirst').padEnd(28)} | ${t.p('USERNAME', `B${t.r.digits(6)}`).padEnd(8)} | DENIED |`);
      return {
        title: `Badge reader ${door} denying valid badges`,
        text: lines(
          `Door controller on ${host(t)} (${srvIp(t)}) is rejecting badges since the firmware update to ${ver(t)}:`,
          '',
          '+------------------------+------------------------------+----------+--------+',
          '| Time                   | Cardholder                   | Badge #  | Result |',
          '+------------------------+------------------------------+----------+--------+',
          ...body,
          '+------------------------+------------------------------+----------+--------+',
          '',
          `All three are active in ${product(t)}. ${commonWord(t)}`
        ),
      };
    },
  },
  {
    name: 'psvExport',
    group: 'table',
    make(t) {
      const n = t.r.int(2, 4);
      const rows: string[] = [];
      for (let i = 0; i < n; i++) {
        const p = t.person();
        rows.push(`${mrn(t)}|${t.name(p, 'surname', 'upper')}|${t.name(p, 'given', 'upper')}|${t.p('DOB', V.formatDate(t.r, V.randomDate(t.r, 1935, 2020)))}|${err(t)}`);
      }
      return {
        title: `Nightly eligibility file rejected rows`,
        text: lines(
          `The 270 batch from ${host(t)} came back with rejects. Pipe file at ${path(t)}, first rows:`,
          'MRN|LAST|FIRST|DOB|REASON',
          ...rows,
          `Job ran ${when(t)}. ${ticketRef(t)} is the parent.`
        ),
      };
    },
  },
  {
    name: 'csvRefunds',
    group: 'table',
    make(t) {
      const n = t.r.int(2, 3);
      const rows: string[] = [];
      for (let i = 0; i < n; i++) {
        const p = t.person();
        rows.push(`${t.p('ACCOUNT_NUMBER', V.accountNumber(t.r))},"${t.name(p, 'lastFirst')}",${t.p('CREDIT_CARD', V.creditCard(t.r))},${t.r.int(5, 900)}.${t.r.digits(2)},${err(t)}`);
      }
      return {
        title: 'Card refunds failing in batch',
        text: lines(
          `Refund batch in ${product(t)} failed, export attached inline:`,
          '',
          'account,guarantor,card_number,amount,status',
          ...rows,
          '',
          `Gateway host ${host(t)}. ${commonWord(t)}`
        ),
      };
    },
  },
  {
    name: 'hl7Adt',
    group: 'hl7',
    make(t) {
      const pt = t.person();
      const kin = t.person();
      const doc = t.person();
      const a = V.address(t.r);
      const p2 = (n: number): string => String(n).padStart(2, '0');
      const ts = t.k('SYSTEM_DATE', `${t.r.int(2024, 2026)}${p2(t.r.int(1, 12))}${p2(t.r.int(1, 28))}${p2(t.r.int(0, 23))}${p2(t.r.int(0, 59))}`);
      const dobV = t.p('DOB', `${t.r.int(1930, 2020)}${p2(t.r.int(1, 12))}${p2(t.r.int(1, 28))}`);
      const tel = V.usPhone(t.r, 0).replace(/\D/g, '').slice(-10);
      const telF = t.p('PHONE', `(${tel.slice(0, 3)})${tel.slice(3, 6)}-${tel.slice(6)}`);
      return {
        title: `ADT A08 rejected by ${product(t)}`,
        text: lines(
          `Update message rejected with AR, ack says ${err(t)}. Engine ${host(t)}. Message:`,
          `MSH|^~\\&|ADT|${t.org.prefix.toUpperCase()}|RCV|${t.org.prefix.toUpperCase()}|${ts}||ADT^A08|${t.r.digits(8)}|P|2.5.1`,
          `PID|1||${mrn(t)}^^^${t.org.prefix.toUpperCase()}^MR||${t.name(pt, 'hl7')}||${dobV}|${t.r.pick(['F', 'M'])}|||${t.p('ADDRESS', a.street.toUpperCase())}^^${t.p('ADDRESS', a.cityState.split(', ')[0]!.toUpperCase())}^${a.cityState.split(', ')[1]}^${t.p('ZIP', a.zip)}||${telF}|||||${t.p('ACCOUNT_NUMBER', V.accountNumber(t.r).replace(/\D/g, ''))}|${t.p('SSN', V.ssn(t.r))}`,
          `NK1|1|${t.name(kin, 'hl7')}|SPO|||${t.p('PHONE', V.usPhone(t.r, 0))}`,
          `PV1|1|I|${t.r.pick(['4N', 'ICU', 'L&D', 'TELE'])}^${t.r.int(401, 499)}^A||||${t.p('LICENSE_NUMBER', V.npi(t.r))}^${t.name(doc, 'surname', 'upper')}^${t.name(doc, 'given', 'upper')}`,
          // IN1-36 is the policy (member) number
          `IN1|1|${t.r.pick(['MCR', 'BCBS01', 'AETNA', 'UHC'])}|${t.r.digits(5)}${'|'.repeat(33)}${t.p('HEALTH_PLAN_ID', V.healthPlanId(t.r))}`
        ),
      };
    },
  },
  {
    name: 'fhirJson',
    group: 'hl7',
    make(t) {
      const pt = t.person();
      const y = V.randomDate(t.r, 1935, 2020);
      const iso = `${y.y}-${String(y.m).padStart(2, '0')}-${String(y.d).padStart(2, '0')}`;
      return {
        title: `FHIR Patient write returns ${err(t)}`,
        text: lines(
          `POST to ${host(t)}/fhir/R4/Patient from the ${product(t)} integration fails. Body:`,
          '{',
          '  "resourceType": "Patient",',
          `  "identifier": [{ "system": "urn:oid:2.16.840.1.113883.3.${t.r.int(100, 999)}", "value": "${mrn(t)}" }],`,
          `  "name": [{ "family": "${t.name(pt, 'surname')}", "given": ["${t.name(pt, 'given')}"] }],`,
          `  "telecom": [{ "system": "phone", "value": "${usPhone(t, 0)}" }, { "system": "email", "value": "${t.p('EMAIL', V.personalEmail(t.r, pt))}" }],`,
          `  "birthDate": "${t.p('DOB', iso)}"`,
          '}',
          `Response at ${when(t)}, client ${ver(t)}.`
        ),
      };
    },
  },
  {
    name: 'voicemailStaff',
    group: 'voice',
    make(t) {
      const caller = t.person();
      const ph = V.usPhone(t.r, 0).replace(/\D/g, '').slice(-10);
      const spoken = t.p('PHONE', `${ph.slice(0, 3)} ${ph.slice(3, 6)} ${ph.slice(6)}`);
      return {
        title: `Voicemail: ${t.r.pick(['printer', 'computer', 'login'])} issue`,
        text: lines(
          `New voicemail from ${t.p('PHONE', `+1${ph}`)} (WIRELESS CALLER), 0:${t.r.int(20, 59)}, received ${when(t)}`,
          'Transcription (may be inaccurate):',
          `"hi um this is ${t.name(caller, 'western', 'lower')} from ${t.k('QUEUE_OR_DEPT', t.r.pick(K.DEPARTMENTS).toLowerCase())} uh my ${product(t)} keeps kicking me out it says ${err(t)} and I cant finish my notes um could somebody call me back at ${spoken} thanks bye"`
        ),
      };
    },
  },
  {
    name: 'voicemailPatient',
    group: 'voice',
    make(t) {
      const pt = t.person();
      const y = V.randomDate(t.r, 1940, 2005);
      const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
      const spokenDob = t.p('DOB', `${months[y.m - 1]} ${y.d} ${y.y}`);
      return {
        title: 'Patient voicemail forwarded - portal',
        text: lines(
          `Forwarded from the front desk voicemail box, ${when(t)}:`,
          `"yes hello my name is ${t.name(pt, 'western', 'lower')} my birthday is ${spokenDob} I been trying to get into the patient portal and it keeps saying my account is locked, my number is ${usPhone(t, 0)} and the email I used is ${t.p('EMAIL', V.personalEmail(t.r, pt))} okay thank you"`,
          '',
          `Portal is ${product(t)}; the lockout shows ${err(t)}. ${dept(t)} asked us to reset.`
        ),
      };
    },
  },
  {
    name: 'lowercaseHurried',
    group: 'note',
    make(t) {
      const pt = t.person();
      const me = t.person();
      return {
        title: `${t.k('PRODUCT', t.r.pick(K.PRODUCTS).toLowerCase())} frozen on cow`,
        text: `need someone up on ${t.k('QUEUE_OR_DEPT', t.r.pick(K.DEPARTMENTS).toLowerCase())} asap, scanner on the cow by rm ${room(t)} not reading wristbands. pt ${t.name(pt, 'surname', 'lower')} dob ${dob(t)} meds due now. cow is ${host(t)}. call ${t.name(me, 'given', 'lower')} ${t.p('PHONE', V.extension(t.r))}`,
      };
    },
  },
  {
    name: 'allCapsUrgent',
    group: 'caps',
    make(t) {
      const pt = t.person();
      const me = t.person();
      const h = t.k('HOSTNAME', K.hostname(t.r, t.org).toUpperCase());
      return {
        title: `URGENT ARMBAND PRINTER DOWN`,
        text: `URGENT!!! ${t.k('QUEUE_OR_DEPT', t.r.pick(K.DEPARTMENTS).toUpperCase())} PRINTER ${h} NOT PRINTING ARMBANDS. PATIENT ${t.name(pt, 'lastFirst', 'upper')} (MRN ${mrn(t)}) WAITING IN TRIAGE. ERROR ${err(t)}. CALL ME ${usPhone(t, 0)} - ${t.name(me, 'given', 'upper')}`,
      };
    },
  },
  {
    name: 'pagerText',
    group: 'pager',
    make(t) {
      const pt = t.person();
      const rn = t.person();
      return {
        title: `Page ${t.r.int(1000, 9999)}`,
        text: t.r.pick([
          () => `PG FROM ${t.p('PHONE', V.extension(t.r))}: ${t.k('QUEUE_OR_DEPT', t.r.pick(K.DEPARTMENTS).toUpperCase())} NEEDS IT. RM ${room(t)} BEDSIDE PC DOWN, PT ${t.name(pt, 'surname', 'upper')}. ${err(t)} -RN ${t.name(rn, 'given', 'upper')}`,
          () => `pt ${t.name(pt, 'surname', 'lower')} rm ${room(t)} tele box not showing on central, ${err(t)}. cb ${t.p('PHONE', V.extension(t.r))} ${t.name(rn, 'given', 'lower')}`,
          () => `CALL ${usPhone(t, 0)} RE ${t.name(pt, 'western', 'upper')} PORTAL LOCKED OUT ${err(t)}`,
        ])(),
      };
    },
  },
  {
    name: 'typoNote',
    group: 'note',
    make(t) {
      const pt = t.person();
      const me = t.person();
      return {
        title: `${product(t)} keeps crashng`,
        text: lines(
          `Helo, my ${product(t)} keeps crashng evry time i open a pateint chart (for exmaple ${t.name(pt, 'western')} ${mrn(t)}).`,
          `I tryed rebooting and clearing ${path(t)} like last tim. Error is ${err(t)}.`,
          `Pls hlep, im on ${host(t)}. ${commonWord(t)}`,
          `thnks ${t.name(me, 'given')}`
        ),
      };
    },
  },
  {
    name: 'nameOrderMismatch',
    group: 'note',
    make(t) {
      const pt = t.familyFirstPerson();
      return {
        title: `Eligibility fails - name order`,
        text: lines(
          `Patient is registered as ${t.name(pt, 'native')} but the insurance card reads ${t.name(pt, 'western')}.`,
          `Real-time eligibility in ${product(t)} returns ${err(t)} because of the name order. Member ID ${t.p('HEALTH_PLAN_ID', V.healthPlanId(t.r))}, DOB ${dob(t)}.`,
          `Can the ${dept(t)} team fix the mapping on ${host(t)}?`
        ),
      };
    },
  },
  {
    name: 'possessives',
    group: 'note',
    make(t) {
      const doc = t.person();
      const coworker = t.person();
      const pt = t.person();
      return {
        title: `Dictations missing from ${product(t)}`,
        text: lines(
          `Dr. ${t.name(doc, 'surname')}'s dictations since ${when(t)} aren't reaching the transcription queue.`,
          `${t.name(coworker, 'given')}'s workstation (${host(t)}) has the same problem, so it's not the mic.`,
          `One of the missing ones is ${t.name(pt, 'western')}'s discharge summary, visit date ${phiDate(t)}.`,
          `Version ${ver(t)}. ${commonWord(t)}`
        ),
      };
    },
  },
  {
    name: 'verbsThenNames',
    group: 'note',
    make(t) {
      const a = t.person();
      const b = t.person();
      const c = t.person();
      return {
        title: `Follow-up on ${ticketRef(t)}`,
        text: lines(
          `Called ${t.name(a, 'surname')} back at ${usPhone(t, 0.3)}, no answer.`,
          `Emailed ${t.name(b, 'given')} at ${t.p('EMAIL', V.workEmail(t.r, b, t.org.domain))} with the steps.`,
          `Paged ${t.name(c, 'western')} about ${host(t)}, still ${err(t)}.`,
          `Told ${b.given} to restart ${product(t)} once the patch finishes.`,
          `Updated ${when(t)}.`
        ),
      };
    },
  },
  {
    name: 'initialsSignoff',
    group: 'note',
    make(t) {
      const me = t.person();
      const cc = t.person();
      return {
        title: `${host(t)} slow since patching`,
        text: lines(
          `Logins on ${t.k('HOSTNAME', K.hostname(t.r, t.org))} take 4+ minutes since the ${ver(t)} update. Profile folder is ${path(t)}.`,
          `${commonWord(t)}`,
          '',
          `cc ${t.name(cc, 'initial')}`,
          `-- ${t.name(me, 'initial')}, ${dept(t)}`
        ),
      };
    },
  },
  {
    name: 'towedCar',
    group: 'form',
    make(t) {
      const owner = t.person();
      return {
        title: `Security: vehicle towed from ED lot - camera footage`,
        text: lines(
          `Family member ${t.name(owner, 'western')} says their car was towed while visiting.`,
          `Plate ${t.p('VEHICLE_ID', V.plate(t.r))}, VIN ${t.p('VEHICLE_ID', V.vin(t.r))}.`,
          `Need footage from camera server ${host(t)} between ${when(t)} and ${when(t)}. ${t.r.pick(['Contact', 'Their number is'])} ${phone(t)}.`
        ),
      };
    },
  },
  {
    name: 'epcsKeyValue',
    group: 'form',
    make(t) {
      const doc = t.person();
      const pt = t.person();
      return {
        title: `EPCS signing fails for controlled Rx`,
        text: lines(
          `Prescriber = Dr. ${t.name(doc, 'western')}`,
          `DEA = ${t.p('LICENSE_NUMBER', V.dea(t.r, doc.surname))}`,
          `NPI = ${t.p('LICENSE_NUMBER', V.npi(t.r))}`,
          `State lic = ${t.p('LICENSE_NUMBER', V.stateLicense(t.r))}`,
          `Patient = ${t.name(pt, 'lastFirst')}`,
          `Rx # = ${t.p('RX_NUMBER', V.rxNumber(t.r))}`,
          `Signing app = ${product(t)}`,
          `Result = ${err(t)} at ${when(t)}`
        ),
      };
    },
  },
  {
    name: 'phishHeaders',
    group: 'mail',
    make(t) {
      const me = t.person();
      const sender = t.person();
      const ip = t.p('IP_ADDRESS', V.publicIpv4(t.r));
      return {
        title: `Reported phish - headers`,
        text: lines(
          `Headers from the message ${t.name(me, 'given')} reported:`,
          `Return-Path: <${t.p('EMAIL', V.personalEmail(t.r, sender))}>`,
          `Received: from mail-${t.r.digits(3)}.example-relay.net ([${ip}]) by ${host(t)} with ESMTPS; ${when(t)}`,
          `X-Originating-IP: [${ip}]`,
          `From: "${t.name(sender, 'western')}" <${t.p('EMAIL', V.personalEmail(t.r, sender))}>`,
          `To: ${t.p('EMAIL', V.workEmail(t.r, me, t.org.domain))}`,
          `Subject: Invoice overdue`,
          '',
          `Blocked in ${product(t)}, ref ${ticketRef(t)}.`
        ),
      };
    },
  },
  {
    name: 'jsonAuthLog',
    group: 'log',
    make(t) {
      const u = t.person();
      const user = t.p('USERNAME', V.username(t.r, u, t.org.prefix).replace('\\', '\\\\'));
      const rows = Array.from({ length: t.r.int(2, 4) }, () => `{"ts":"${when(t)}","user":"${user}","src_ip":"${t.p('IP_ADDRESS', V.ipAddress(t.r))}","app":"${product(t)}","result":"${err(t)}"}`);
      return {
        title: `Impossible travel alert for ${t.name(u, 'western')}`,
        text: lines(`Sign-in log lines from the SIEM:`, ...rows, `Account disabled pending callback at ${phone(t)}.`),
      };
    },
  },
  {
    name: 'sqlPaste',
    group: 'log',
    make(t) {
      const pt = t.person();
      const y = V.randomDate(t.r, 1935, 2020);
      const iso = `${y.y}-${String(y.m).padStart(2, '0')}-${String(y.d).padStart(2, '0')}`;
      return {
        title: `Duplicate patient rows in reporting DB`,
        text: lines(
          `Running this on ${host(t)} returns two rows for one person:`,
          `SELECT pat_id, pat_mrn FROM patient WHERE last_name = '${t.name(pt, 'surname', 'upper')}' AND birth_date = '${t.p('DOB', iso)}';`,
          `-> ${mrn(t)}, ${mrn(t)}`,
          `Merge job in ${product(t)} throws ${err(t)}. ${ticketRef(t)}`
        ),
      };
    },
  },
  {
    name: 'soapFault',
    group: 'log',
    make(t) {
      const pt = t.person();
      return {
        title: `Registration web service fault`,
        text: lines(
          `The kiosk check-in gets a SOAP fault from ${host(t)}:`,
          `<Patient><Name><Family>${t.name(pt, 'surname')}</Family><Given>${t.name(pt, 'given')}</Given></Name>`,
          `<SSN>${t.p('SSN', V.ssn(t.r))}</SSN><BirthDate>${dob(t)}</BirthDate><Phone>${usPhone(t, 0)}</Phone></Patient>`,
          `<faultcode>soap:Server</faultcode><faultstring>${err(t)}</faultstring>`,
          `Kiosk software ${ver(t)}.`
        ),
      };
    },
  },
  {
    name: 'meetingNotes',
    group: 'list',
    make(t) {
      const a = t.person();
      const b = t.person();
      const v = t.person();
      return {
        title: `Notes: ${product(t)} upgrade huddle`,
        text: lines(
          `Attendees: ${t.name(a, 'western')}; ${t.name(b, 'native')}; ${t.name(v, 'western')} (vendor)`,
          `Decisions:`,
          `  1. Cutover window ${when(t)}`,
          `  2. ${commonWord(t)}`,
          `Action items:`,
          `  - ${t.name(a, 'given')}: confirm ${host(t)} has ${ver(t)}`,
          `  - ${t.name(v, 'given')}: send the runbook, reach at ${t.p('PHONE', V.intlPhone(t.r))} or ${t.p('EMAIL', V.personalEmail(t.r, v))}`
        ),
      };
    },
  },
  {
    name: 'visitingPhysician',
    group: 'form',
    make(t) {
      const doc = t.person();
      return {
        title: `Temp access for visiting physician`,
        text: lines(
          `Dr. ${t.name(doc, 'native')} is visiting ${dept(t)} for six weeks and needs ${product(t)} access.`,
          `Mobile (international): ${t.p('PHONE', V.intlPhone(t.r))}`,
          `Personal e-mail: ${t.p('EMAIL', V.personalEmail(t.r, doc))}`,
          `Temporary licence: ${t.p('LICENSE_NUMBER', V.stateLicense(t.r))}, NPI ${t.p('LICENSE_NUMBER', V.npi(t.r))}`,
          `Sponsor: ${t.r.pick(['Chief of Staff', 'Medical Staff Office'])}. ${commonWord(t)}`
        ),
      };
    },
  },
  {
    name: 'cardByPhone',
    group: 'note',
    make(t) {
      const pt = t.person();
      const me = t.person();
      return {
        title: `Payment by phone failed twice`,
        text: lines(
          `${t.name(pt, 'western')} called to pay ${t.r.pick(['her', 'his', 'their'])} statement (acct ${t.p('ACCOUNT_NUMBER', V.accountNumber(t.r))}).`,
          `Card ${t.p('CREDIT_CARD', V.creditCard(t.r))}, billing address ${addr(t)}.`,
          `${product(t)} says ${err(t)} both times. ${commonWord(t)}`,
          `${t.name(me, 'given')} / ${dept(t)}`
        ),
      };
    },
  },
  {
    name: 'returnedMail',
    group: 'note',
    make(t) {
      const pt = t.person();
      return {
        title: `Statements returned - address not updating`,
        text: lines(
          `Statements for ${t.name(pt, 'lastFirst')} keep coming back undeliverable.`,
          `On file: ${addr(t)}`,
          `Patient says the new address is ${addr(t, '\n')} as she told us at her clinic visit on ${phiDate(t)}, but ${product(t)} still prints the old one.`,
          `Print job log ${path(t)}.`
        ),
      };
    },
  },
  {
    name: 'ssnDuplicate',
    group: 'note',
    make(t) {
      const a = t.person();
      const b = t.person();
      const s = t.p('SSN', V.ssn(t.r));
      return {
        title: `Same social on two registrations`,
        text: lines(
          `${t.r.pick(['SS#', 'Social', 'SSN:', 'soc sec no.'])} ${s} is on two patients:`,
          `  ${t.name(a, 'lastFirst', 'upper')}  MRN ${mrn(t)}`,
          `  ${t.name(b, 'lastFirst', 'upper')}  MRN ${mrn(t)}`,
          `The duplicate check in ${product(t)} should have caught it (${err(t)}). Routing to ${dept(t)}.`
        ),
      };
    },
  },
  {
    name: 'patientDevices',
    group: 'list',
    make(t) {
      const pt = t.person();
      return {
        title: `Home monitoring kit not pairing`,
        text: lines(
          `Kit issued to ${t.name(pt, 'western')} (${mrn(t)}):`,
          `  * CGM receiver SN ${t.p('DEVICE_ID', V.deviceSerial(t.r))}`,
          `  * Tablet Wi-Fi MAC ${t.p('DEVICE_ID', V.mac(t.r))}`,
          `  * Hotspot IMEI ${t.p('DEVICE_ID', V.imei(t.r))}`,
          `Hub ${host(t)} logs ${err(t)} when the tablet checks in from ${t.p('IP_ADDRESS', V.ipAddress(t.r))}.`
        ),
      };
    },
  },
  {
    name: 'portalLinkPasted',
    group: 'mail',
    make(t) {
      const pt = t.person();
      const id = t.p('MRN', V.mrn(t.r).replace(/\D/g, ''));
      return {
        title: `Link from patient not opening`,
        text: lines(
          `${t.name(pt, 'given')} ${t.name(pt, 'surname')} sent us this link and it errors with ${err(t)}:`,
          t.p('URL', V.patientUrl(t.r, `portal.${t.org.domain}`, id)),
          `Her family also sent ${t.p('URL', V.personalUrl(t.r, pt))} asking about the wound-care visit.`,
          `Portal web server ${host(t)} (${srvIp(t)}).`
        ),
      };
    },
  },
  {
    name: 'credsPasted',
    group: 'note',
    make(t) {
      const u = t.person();
      return {
        title: `Can't sign in to ${product(t)} after reset`,
        text: lines(
          `user: ${t.p('USERNAME', V.username(t.r, u, t.org.prefix))}`,
          `pass: ${t.p('CREDENTIAL', V.password(t.r))}`,
          `tried it on ${host(t)} and on my phone, both ${err(t)}`,
          `- ${t.name(u, 'given', 'lower')}`
        ),
      };
    },
  },
  {
    name: 'apiKeyInConfig',
    group: 'log',
    make(t) {
      const me = t.person();
      return {
        title: `Integration config - please review`,
        text: lines(
          `Pasting the config from ${path(t)} so you can see what changed:`,
          `endpoint=https://${host(t)}:8443/api`,
          `api_key=${t.p('CREDENTIAL', V.apiKey(t.r))}`,
          `retries=3`,
          `The job logged ${err(t)} at ${when(t)}.`,
          t.name(me, 'initial')
        ),
      };
    },
  },
  {
    name: 'spanishNote',
    group: 'note',
    make(t) {
      const pt = t.person();
      const me = t.person();
      return {
        title: `Paciente no puede entrar al portal`,
        text: lines(
          `La paciente ${t.name(pt, 'western')} no puede entrar a ${product(t)}, fecha de nacimiento ${dob(t)}.`,
          `Teléfono ${usPhone(t, 0)}, correo ${t.p('EMAIL', V.personalEmail(t.r, pt))}.`,
          `El error es ${err(t)}. Gracias, ${t.name(me, 'given')}`
        ),
      };
    },
  },
  {
    name: 'compactPipeLine',
    group: 'form',
    make(t) {
      const pt = t.person();
      return {
        title: `wrong pt on ${host(t)} label`,
        text: `Name: ${t.name(pt, 'western')} | DOB: ${dob(t)} | MRN: ${mrn(t)} | Ph: ${usPhone(t, 0)} | Appt: ${phiDate(t)} | Printer err: ${err(t)} | Ref: ${ticketRef(t)}`,
      };
    },
  },
  {
    name: 'faxCoverError',
    group: 'mail',
    make(t) {
      const doc = t.person();
      const pt = t.person();
      return {
        title: `Fax server cover page shows wrong sender`,
        text: lines(
          `Outbound fax to Dr. ${t.name(doc, 'surname')}'s office (fax ${fax(t)}) for patient ${t.name(pt, 'initial')} went out with our old cover page.`,
          `Admitted ${phiDate(t)}, discharged ${phiDate(t)} - the summary pages are fine, only the cover is wrong.`,
          `Server ${host(t)}, template at ${path(t)}. ${commonWord(t)}`
        ),
      };
    },
  },
  {
    name: 'usernameInPath',
    group: 'log',
    make(t) {
      const u = t.person();
      const user = t.p('USERNAME', `${ascii(u.given).slice(0, 1)}${ascii(u.surname)}`.slice(0, 12) || 'user1');
      return {
        title: `Roaming profile corrupt`,
        text: lines(
          `Profile for ${user} on ${host(t)} won't load: ${err(t)}.`,
          `C:\\Users\\${user}\\AppData\\Local\\Temp is 40 GB.`,
          `Logged on at ${when(t)} from ${t.p('IP_ADDRESS', V.ipAddress(t.r))} over VPN (${product(t)} ${ver(t)}).`
        ),
      };
    },
  },
];
