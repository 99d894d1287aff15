// Family C templates: a third, independent set of ticket styles, written without looking at
// templates.ts, templatesB.ts or the redactor: monitoring alerts with a patient context, nurse
// call logs, incident bridges with roll call, shift hand-offs, several techs signing updates with
// initials, vendor escalations with case numbers, pharmacy/lab/radiology workflows, phishing
// reports with full headers, HR forms, password-reset verification transcripts, portal proxy
// requests, print job names and file paths that carry names, screenshots and OCR pasted as text,
// German and Spanish fragments, SMS short forms, timelines, numbered steps and markdown tables.

import { CITIES, address, creditCard, dea, healthPlanId, imei, ipAddress, mac, mrn, npi, password, phone, rxNumber, ssn, usPhone, accountNumber, deviceSerial, randomDate, extension } from './values.js';
import { DEPARTMENTS, ERROR_CODES, PRODUCTS, filePath, hostname, serverIp, systemDate, ticketRef, version } from './keep.js';
import { assetTag, badgeNumber, oneTimeCode, privateServerIp, suffix } from './valuesB.js';
import {
  COMMON_WORD_C,
  accession,
  asciiC,
  clock,
  credential,
  dateC,
  dobC,
  employeeId,
  last4,
  logStamp,
  loginC,
  personC,
  personalEmailC,
  vendorCase,
  visitC,
  workEmailC,
} from './valuesC.js';
import type { Person } from './names.js';
import type { Ticket } from './ticket.js';

export interface TemplateC {
  name: string;
  group: string;
  make(t: Ticket): { title: string; text: string };
}

// ---- small helpers --------------------------------------------------------------------------

const P = (t: Ticket): Person => personC(t.r);
const host = (t: Ticket): string => t.k('HOSTNAME', hostname(t.r, t.org));
const sip = (t: Ticket): string => t.k('SERVER_IP', t.r.chance(0.7) ? serverIp(t.r) : privateServerIp(t.r));
const err = (t: Ticket): string => t.k('ERROR_CODE', t.r.pick(ERROR_CODES));
const prod = (t: Ticket): string => t.k('PRODUCT', t.r.pick(PRODUCTS));
const dept = (t: Ticket): string => t.k('QUEUE_OR_DEPT', t.r.pick(DEPARTMENTS));
const ref = (t: Ticket): string => t.k('TICKET_REF', ticketRef(t.r));
const ver = (t: Ticket): string => t.k('VERSION', version(t.r));
const path = (t: Ticket): string => t.k('FILE_PATH', filePath(t.r, t.org));
const sys = (t: Ticket): string => t.k('SYSTEM_DATE', t.r.chance(0.5) ? systemDate(t.r) : logStamp(t.r));
const dob = (t: Ticket): string => t.p('DOB', dobC(t.r));
const visit = (t: Ticket): string => t.p('DATE_PHI', visitC(t.r));
const mrnV = (t: Ticket): string => t.p('MRN', mrn(t.r));
const ph = (t: Ticket): string => t.p('PHONE', phone(t.r));
const email = (t: Ticket, p: Person): string => t.p('EMAIL', workEmailC(t.r, p, t.org.domain));
const login = (t: Ticket, p: Person): string => t.p('USERNAME', loginC(t.r, p));
const common = (t: Ticket): string => {
  const [s, k] = t.r.pick(COMMON_WORD_C);
  t.k('COMMON_WORD', k);
  return s;
};
/** upper-case initials of a person, as a tech signs an update ("-JK"): not labelled, they identify no one */
const initials = (p: Person): string => `${asciiC(p.given)[0] ?? 'x'}${asciiC(p.surname)[0] ?? 'y'}`.toUpperCase();
/** name, sometimes with a title before or credentials after (never inside the label) */
const titled = (t: Ticket, p: Person): string => {
  const n = t.name(p, t.r.pick(['western', 'western', 'native', 'surname'] as const));
  if (t.r.chance(0.4)) return `${t.r.pick(['Dr.', 'Dr'])} ${n}`;
  if (t.r.chance(0.5)) return `${n}, ${credential(t.r)}`;
  return n;
};
const room = (t: Ticket): string => `${t.r.int(2, 9)}${t.r.int(0, 4)}${t.r.int(1, 9)}${t.r.pick(['', 'A', 'B'])}`;

// ---- templates ------------------------------------------------------------------------------

export const TEMPLATES_C: readonly TemplateC[] = [
  // ---------------- C-alert: machine-made tickets with a patient context ----------------
  {
    name: 'monitorAlertPatient',
    group: 'C-alert',
    make(t) {
      const pt = P(t);
      const h = host(t);
      const text = [
        `*** PROBLEM alert - ${t.org.name} Monitoring ***`,
        `Host: ${h} (${sip(t)})`,
        `Service: HL7 ADT outbound queue depth`,
        `State: CRITICAL  Since: ${sys(t)}`,
        `Info: queue=412 oldest_msg_age=00:38:12 last_error=${err(t)}`,
        `Last message in queue: MSH|^~\\&|EPIC|${t.org.prefix.toUpperCase()}|... PID|1||${mrnV(t)}^^^MRN||${t.name(pt, 'hl7')}||${t.p('DOB', `${randomDate(t.r, 1935, 2020).y}${String(t.r.int(1, 12)).padStart(2, '0')}${String(t.r.int(10, 28))}`)}|${t.r.pick(['F', 'M'])}`,
        ``,
        `This ticket was created automatically. Assignment group: ${t.k('QUEUE_OR_DEPT', 'Interface Team')}.`,
      ].join('\n');
      return { title: `[CRITICAL] ${h} HL7 queue depth`, text };
    },
  },
  {
    name: 'pumpAlarmForward',
    group: 'C-alert',
    make(t) {
      const pt = P(t);
      const rn = P(t);
      const rm = room(t);
      const text =
        `Auto-forwarded from ${t.k('PRODUCT', 'Vocera Engage')}:\n` +
        `> ${sys(t)} ALARM ${t.k('ERROR_CODE', 'E-22 Occlusion')} Rm ${rm} ${t.name(pt, 'lastFirst', 'upper')} ` +
        `-> ${t.name(rn, 'western')} ${credential(t.r)} (badge ${t.p('USERNAME', badgeNumber(t.r))}) NOT DELIVERED\n\n` +
        `Alarms for ${dept(t)} stopped reaching the badges around ${t.k('SYSTEM_DATE', clock(t.r))}. Pump ${t.k('PRODUCT', 'Alaris pump')} ` +
        `firmware ${ver(t)}, gateway ${host(t)}. Charge nurse ${t.name(P(t), 'western')} says it is hitting the whole unit.`;
      return { title: `Pump alarms not delivered to badges - Rm ${rm}`, text };
    },
  },
  {
    name: 'nurseCallLog',
    group: 'C-alert',
    make(t) {
      const rows: string[] = [];
      for (let i = 0; i < t.r.int(3, 5); i++) {
        const pt = P(t);
        const rn = P(t);
        rows.push(
          `${t.k('SYSTEM_DATE', clock(t.r))}  ${room(t)}-${t.r.int(1, 2)}  ${t.r.pick(['NORMAL', 'BATH', 'CODE BLUE', 'STAFF ASSIST'])}  PT:${t.name(pt, 'lastFirst', 'upper')}  ` +
            `ANS:${t.r.chance(0.3) ? '--' : t.name(rn, 'initial')}  ${t.r.pick(['00:42', '03:10', '11:58', 'TIMEOUT'])}`
        );
      }
      const text =
        `Nurse call log export from ${t.k('PRODUCT', 'Hill-Rom')} Navicare (${host(t)}). Calls from ${dept(t)} showed up on the console but ` +
        `never rang the hallway dome lights.\n\nTIME   ROOM   TYPE   PATIENT   ANSWERED   RESP\n${rows.join('\n')}\n\n` +
        `Reported by ${t.name(P(t), 'western')}, ext ${t.p('PHONE', extension(t.r))}`;
      return { title: 'Nurse call dome lights not lighting', text };
    },
  },
  {
    name: 'telemetryCentralStation',
    group: 'C-alert',
    make(t) {
      const pt = P(t);
      const text =
        `Central station in ${dept(t)} shows "NO TELEMETRY" for bed ${room(t)}. Pt is ${t.name(pt, 'western', 'upper')}, ` +
        `adm ${visit(t)}, MRN ${mrnV(t)}. Transmitter on the pt checked ok by biomed.\n` +
        `Monitor: ${t.k('PRODUCT', 'Philips IntelliVue')} ${ver(t)}; central ${host(t)} ${sip(t)}. Started ${sys(t)}.\n` +
        `Please call the monitor tech ${t.name(P(t), 'given')} at ${ph(t)}.`;
      return { title: 'Telemetry dropout single bed', text };
    },
  },
  // ---------------- C-bridge: major incidents ----------------
  {
    name: 'bridgeRollCall',
    group: 'C-bridge',
    make(t) {
      const people = Array.from({ length: t.r.int(4, 6) }, () => P(t));
      const roles = ['IC', 'Network', 'Epic Tech', 'Server', 'Comms', 'Nursing', 'Vendor'];
      const lines = people.map((p, i) => `- ${roles[i]}: ${titled(t, p)}${t.r.chance(0.3) ? ` (${t.p('PHONE', usPhone(t.r, 0))})` : ''}`);
      const text =
        `MAJOR INCIDENT BRIDGE - ${ref(t)}\nStart ${sys(t)}. Bridge line ${t.r.digits(3)}-${t.r.digits(3)}-${t.r.digits(4)} pin ${t.r.digits(6)}#.\n\n` +
        `Roll call:\n${lines.join('\n')}\n\nImpact: ${prod(t)} unavailable for ${dept(t)} and ${dept(t)}; ${err(t)} on ${host(t)}.\n` +
        `Next update at ${t.k('SYSTEM_DATE', clock(t.r))}.`;
      return { title: `MI bridge ${t.org.prefix.toUpperCase()} - clinical app outage`, text };
    },
  },
  {
    name: 'bulletTimeline',
    group: 'C-bridge',
    make(t) {
      const a = P(t);
      const b = P(t);
      const c = P(t);
      const text = [
        `Timeline (all times local):`,
        `• ${t.k('SYSTEM_DATE', clock(t.r))} - first report from ${dept(t)} (${t.name(a, 'western')}) that ${prod(t)} hangs at login`,
        `• ${t.k('SYSTEM_DATE', clock(t.r))} - ${t.name(b, 'initial')} confirmed ${err(t)} on ${host(t)}`,
        `• ${t.k('SYSTEM_DATE', clock(t.r))} - failover to ${sip(t)} per ${t.name(c, 'given')}`,
        `• ${t.k('SYSTEM_DATE', clock(t.r))} - service restored, ${ver(t)} rolled back`,
        ``,
        `Owner for the RCA: ${t.name(c, 'western')}. thx all`,
      ].join('\n');
      return { title: `Timeline for ${ref(t)}`, text };
    },
  },
  {
    name: 'rcaDowntimePatients',
    group: 'C-bridge',
    make(t) {
      const rows: string[] = [];
      for (let i = 0; i < t.r.int(2, 4); i++) {
        rows.push(`| ${t.name(P(t), 'lastFirst')} | ${mrnV(t)} | ${t.p('DATE_PHI', dateC(t.r, randomDate(t.r, 2024, 2026)))} | paper MAR, back-entered |`);
      }
      const text =
        `During the downtime (${sys(t)} to ${sys(t)}) these patients had meds given on paper and need back-entry review by ${dept(t)}:\n\n` +
        `| Patient | MRN | Date of service | Note |\n|---|---|---|---|\n${rows.join('\n')}\n\nRoot cause: storage latency on ${host(t)}, ${err(t)}.`;
      return { title: `RCA follow-up ${ref(t)}`, text };
    },
  },
  // ---------------- C-handoff: shift notes and multi-tech updates ----------------
  {
    name: 'shiftHandoff',
    group: 'C-handoff',
    make(t) {
      const a = P(t);
      const b = P(t);
      const c = P(t);
      const me = P(t);
      const text =
        `Night -> day handoff\n\n` +
        `1) ${ref(t)} - ${t.name(a, 'given')} ${t.name(a, 'surname')} in ${dept(t)}, ${prod(t)} keeps logging out. left vm for ${t.name(a, 'given')} at ${ph(t)}, no cb yet\n` +
        `2) ${ref(t)} - spoke w ${t.name(b, 'western')} re: scanner, swapped cable, pending confirm\n` +
        `3) ${ref(t)} - waiting on ${t.name(c, 'surname')}'s approval for share access (${path(t)})\n` +
        `4) ${host(t)} rebooted at ${t.k('SYSTEM_DATE', clock(t.r))}, all good\n\n-${initials(me)}`;
      return { title: 'Service desk shift handoff', text };
    },
  },
  {
    name: 'multiTechUpdates',
    group: 'C-handoff',
    make(t) {
      const caller = P(t);
      const a = P(t);
      const b = P(t);
      const text =
        `[${sys(t)}] Caller ${t.name(caller, 'western')} (${login(t, caller)}) cannot open ${prod(t)} from ${host(t)}. -${initials(a)}\n` +
        `[${sys(t)}] called ${t.name(caller, 'given')} back on ${ph(t)}, no answer, left vm. -${initials(a)}\n` +
        `[${sys(t)}] per ${t.name(a, 'given')}'s note, cleared cache at ${path(t)}; ${err(t)} still. escalating w/ screenshot. -${initials(b)}\n` +
        `[${sys(t)}] ${t.name(b, 'western')} -> ${dept(t)}`;
      return { title: `${prod(t)} will not open`, text };
    },
  },
  {
    name: 'smsShortForms',
    group: 'C-handoff',
    make(t) {
      const pt = P(t);
      const doc = P(t);
      const text =
        `txt from floor: pt ${t.name(pt, 'given', 'lower')} ${t.name(pt, 'surname', 'lower')} rm ${room(t)} cant get on tv/wifi, ` +
        `fam says ur ppl were here yday. dr ${t.name(doc, 'surname', 'lower')} wants pt to do video visit w/ spec tmrw. ` +
        `pls cb ${ph(t)} thx\n\nguest ssid ok on ${host(t)}. pt phone mac ${t.p('DEVICE_ID', mac(t.r))}.`;
      return { title: 'pt cant connect guest wifi', text };
    },
  },
  {
    name: 'atMentionsTeams',
    group: 'C-handoff',
    make(t) {
      const a = P(t);
      const b = P(t);
      const c = P(t);
      const text =
        `@${t.name(a, 'western')} can you look at ${ref(t)}? ${prod(t)} reports ${err(t)} for everyone in ${dept(t)}.\n` +
        `cc ${t.name(b, 'western')}, ${t.name(c, 'initial')}\n` +
        `${t.name(b, 'given')}: on it, ${host(t)} looks pegged\n` +
        `${t.name(a, 'given')}: thx ${t.name(b, 'given')} - ${common(t)}`;
      return { title: 'Teams thread pasted', text };
    },
  },
  // ---------------- C-vendor: escalations ----------------
  {
    name: 'vendorEscalation',
    group: 'C-vendor',
    make(t) {
      const me = P(t);
      const vend = P(t);
      const vc = t.k('TICKET_REF', vendorCase(t.r));
      const text =
        `Escalated to vendor, ${vc}. Vendor engineer ${t.name(vend, 'western')} (${t.p('EMAIL', `${asciiC(vend.given)}.${asciiC(vend.surname)}@support-vendor.com`)}) ` +
        `asked for logs from ${path(t)} and the ${ver(t)} build number. Uploaded to their portal at ${sys(t)}.\n` +
        `Our side: ${host(t)} / ${sip(t)}, ${prod(t)}.\n` +
        `${t.name(me, 'western')}\n${dept(t)}\n${ph(t)}`;
      return { title: `Vendor ${vc} - ${err(t)}`, text };
    },
  },
  {
    name: 'homeDeviceRma',
    group: 'C-vendor',
    make(t) {
      const pt = P(t);
      const a = address(t.r);
      const text =
        `Please ship the replacement CPAP modem to the patient, not the clinic.\nPatient: ${t.name(pt, 'western')}  DOB ${dob(t)}\n` +
        `Ship to: ${t.p('ADDRESS', a.street)}, ${t.p('ADDRESS', a.cityState)} ${t.p('ZIP', a.zip)}\n` +
        `Device serial ${t.p('DEVICE_ID', deviceSerial(t.r))}, RMA ${t.k('TICKET_REF', vendorCase(t.r))}. Contact pt at ${ph(t)}.\n` +
        `Pt had the sleep study on ${visit(t)} and the modem has sent nothing since. ${dept(t)}`;
      return { title: 'RMA - home CPAP modem', text };
    },
  },
  // ---------------- C-clinical ----------------
  {
    name: 'pharmacyVerifyQueue',
    group: 'C-clinical',
    make(t) {
      const pt = P(t);
      const md = P(t);
      const text =
        `Pharmacy verify queue in ${prod(t)} is stuck on one order.\nRx# ${t.p('RX_NUMBER', rxNumber(t.r))} for ${t.name(pt, 'lastFirst', 'upper')} (MRN ${mrnV(t)})\n` +
        `Prescriber: ${t.r.pick(['Dr.', 'Dr'])} ${t.name(md, 'western')}, NPI ${t.p('LICENSE_NUMBER', npi(t.r))}, DEA ${t.p('LICENSE_NUMBER', dea(t.r, asciiC(md.surname) || 'x'))}\n` +
        `Error: ${err(t)} at ${sys(t)}. Pharmacist on duty ${t.name(P(t), 'western')}, PharmD.`;
      return { title: 'Verify queue stuck', text };
    },
  },
  {
    name: 'labSpecimenLabel',
    group: 'C-clinical',
    make(t) {
      const pt = P(t);
      const text =
        `Specimen labels print blank on ${t.k('PRODUCT', 'Zebra ZD621')} in ${dept(t)}.\n` +
        `Example: accession ${t.p('MRN', accession(t.r))}, ${t.name(pt, 'lastFirst')}, DOB ${dob(t)}, collected ${visit(t)}.\n` +
        `Printer queue ${host(t)}; ${prod(t)} shows it sent. ${common(t)}`;
      return { title: 'Blank specimen labels', text };
    },
  },
  {
    name: 'radiologyWorklist',
    group: 'C-clinical',
    make(t) {
      const rows: string[] = [];
      for (let i = 0; i < t.r.int(2, 4); i++) {
        const pt = P(t);
        rows.push(`  ${t.name(pt, 'lastFirst', 'upper')}   ${mrnV(t)}   ${t.r.pick(['CT HEAD W/O', 'MRI L-SPINE', 'XR CHEST 2V', 'US ABD'])}   ${visit(t)}`);
      }
      const text =
        `Worklist in ${t.k('PRODUCT', 'Sectra PACS')} is missing priors. Screenshot text:\n\n  PATIENT NAME   MRN   EXAM   DOS\n${rows.join('\n')}\n\n` +
        `Rad ${t.r.pick(['Dr.', 'Dr'])} ${t.name(P(t), 'surname')} reading from home on ${host(t)}. ${err(t)}`;
      return { title: 'Priors missing on worklist', text };
    },
  },
  {
    name: 'printJobNames',
    group: 'C-clinical',
    make(t) {
      const a = P(t);
      const b = P(t);
      const j1 = `${a.surname.replace(/[^\p{L}]/gu, '')}_${a.given.replace(/[^\p{L}]/gu, '')}`;
      const j2 = `${b.surname.replace(/[^\p{L}]/gu, '')}${b.given.replace(/[^\p{L}]/gu, '')[0] ?? ''}`;
      const text =
        `Print queue on ${host(t)} is stuck. Jobs:\n` +
        `  Lab_${t.p('PERSON', j1)}.pdf   ${t.r.int(80, 900)} KB  Error - Printing\n` +
        `  AVS_${t.p('PERSON', j2)}_${t.p('DATE_PHI', `${randomDate(t.r, 2024, 2026).y}${String(t.r.int(1, 12)).padStart(2, '0')}${String(t.r.int(10, 28))}`)}.pdf  Paused\n` +
        `  Microsoft Word - Document1   Deleting\nDriver ${ver(t)}, ${err(t)}. Unit ${dept(t)}.`;
      return { title: 'Print queue stuck on nursing station', text };
    },
  },
  {
    name: 'ocrPasted',
    group: 'C-clinical',
    make(t) {
      const pt = P(t);
      const text =
        `OCR from the scanned referral (Kofax):\n---\nREFERRAL F0RM\nPatient Narne: ${t.name(pt, 'western', 'upper')}\nD0B: ${dob(t)}\n` +
        `Phone: ${ph(t)}\nIns ID: ${t.p('HEALTH_PLAN_ID', healthPlanId(t.r))}\nReason: f/u appt ${visit(t)}\n---\n` +
        `Batch lands in ${path(t)} but never indexes in ${t.k('PRODUCT', 'OnBase')}. ${err(t)}`;
      return { title: 'Scanned referrals not indexing', text };
    },
  },
  {
    name: 'ehrBannerScreenshot',
    group: 'C-clinical',
    make(t) {
      const pt = P(t);
      const text =
        `[screenshot attached] The banner reads: "${t.name(pt, 'lastFirst', 'upper')} | ${t.r.int(1, 99)} y.o. ${t.r.pick(['F', 'M'])} | DOB: ${dob(t)} | MRN: ${mrnV(t)} | ` +
        `Allergies: NKDA" and the wrong encounter (${visit(t)}) opens when clicking the chart tab.\n` +
        `Workstation ${host(t)}, ${prod(t)} ${ver(t)}, user ${login(t, P(t))}.`;
      return { title: 'Wrong encounter opens', text };
    },
  },
  {
    name: 'surgeryBoard',
    group: 'C-clinical',
    make(t) {
      const rows: string[] = [];
      for (let i = 0; i < t.r.int(2, 3); i++) {
        const pt = P(t);
        const s = P(t);
        rows.push(`| OR ${t.r.int(1, 12)} | ${t.name(pt, 'lastFirst')} | ${visit(t)} | Dr. ${t.name(s, 'surname')} |`);
      }
      const text =
        `Surgery board in ${t.k('QUEUE_OR_DEPT', 'PACU')} shows cases twice:\n\n| Room | Patient | Surgery date | Surgeon |\n|---|---|---|---|\n${rows.join('\n')}\n\n` +
        `Board app on ${host(t)} (${sip(t)}), since ${sys(t)}.`;
      return { title: 'Duplicate cases on surgery board', text };
    },
  },
  {
    name: 'dischargeFaxFail',
    group: 'C-clinical',
    make(t) {
      const pt = P(t);
      const pcp = P(t);
      const text =
        `Discharge summary for ${t.name(pt, 'native')}${t.r.chance(0.4) ? ` ${suffix(t.r)}` : ''} (discharged ${visit(t)}) did not fax to PCP ${titled(t, pcp)} at fax ${t.p('FAX', usPhone(t.r, 0))}.\n` +
        `RightFax shows ${err(t)} at ${sys(t)}. Server ${host(t)}.`;
      return { title: 'Discharge summary fax failed', text };
    },
  },
  // ---------------- C-security ----------------
  {
    name: 'phishingHeaders',
    group: 'C-security',
    make(t) {
      const u = P(t);
      const em = email(t, u);
      const text =
        `Reporting phish, headers below.\n\nReceived: from mail-relay.bad-invoices.top (unknown [185.220.101.${t.r.int(2, 250)}])\n` +
        `    by ${host(t)} with ESMTP; ${sys(t)}\nFrom: "Payroll Dept" <payroll@hr-paycheck-update.top>\n` +
        `To: "${t.name(u, 'lastFirst')}" <${em}>\nSubject: ACTION REQUIRED: direct deposit\nX-Originating-IP: [${t.p('IP_ADDRESS', ipAddress(t.r))}]\n` +
        `\nI clicked but did not enter anything. ${t.name(u, 'given')}`;
      return { title: 'Phishing report', text };
    },
  },
  {
    name: 'pwResetTranscript',
    group: 'C-security',
    make(t) {
      const u = P(t);
      const text =
        `Call notes: verified caller ${t.name(u, 'western')} with DOB ${dob(t)} and last 4 of SSN ${t.p('SSN', last4(t.r))}; ` +
        `employee ID ${t.p('USERNAME', employeeId(t.r))}. Reset AD pwd for ${login(t, u)}, temp set to ${t.p('CREDENTIAL', password(t.r))}, must change at next logon. ` +
        `Unlocked on ${host(t)}. ${dept(t)}`;
      return { title: 'Password reset', text };
    },
  },
  {
    name: 'mfaNewPhone',
    group: 'C-security',
    make(t) {
      const u = P(t);
      const text =
        `${t.name(u, 'given')} got a new phone, needs MFA re-registered. Old device IMEI ${t.p('DEVICE_ID', imei(t.r))}. ` +
        `Gave one-time code ${t.p('CREDENTIAL', oneTimeCode(t.r))} over the phone after callback to ${ph(t)} (number on file).\n` +
        `${t.k('PRODUCT', 'Okta')} log: ${sys(t)} ${err(t)} user=${t.p('EMAIL', workEmailC(t.r, u, t.org.domain))}`;
      return { title: 'MFA re-register', text };
    },
  },
  {
    name: 'ssnIncident',
    group: 'C-security',
    make(t) {
      const pt = P(t);
      const text =
        `Privacy concern: a patient's SSN (${t.p('SSN', ssn(t.r))}) was typed into the free-text comment of ${prod(t)} for ${t.name(pt, 'lastFirst')}. ` +
        `Needs to be purged from the audit table on ${host(t)}. ${dept(t)} notified.`;
      return { title: 'SSN in free-text field', text };
    },
  },
  // ---------------- C-access ----------------
  {
    name: 'onboardingForm',
    group: 'C-access',
    make(t) {
      const u = P(t);
      const mgr = P(t);
      const a = address(t.r);
      const text = [
        `NEW HIRE ACCESS FORM`,
        `Legal name ........ ${t.name(u, 'lastFirst')}`,
        `Preferred ......... ${t.name(u, 'given')}`,
        `Employee # ........ ${t.p('USERNAME', employeeId(t.r))}`,
        `Home address ...... ${t.p('ADDRESS', a.street)}, ${t.p('ADDRESS', a.cityState)} ${t.p('ZIP', a.zip)}`,
        `Personal email .... ${t.p('EMAIL', personalEmailC(t.r, u))}`,
        `Dept .............. ${dept(t)}`,
        `Manager ........... ${t.name(mgr, 'western')}, ${credential(t.r)}`,
        `Systems ........... ${prod(t)}, ${prod(t)}`,
      ].join('\n');
      return { title: `New hire - ${dept(t)}`, text };
    },
  },
  {
    name: 'portalProxy',
    group: 'C-access',
    make(t) {
      const parent = P(t);
      const child: Person = { ...P(t), surname: parent.surname };
      const text =
        `Mom is asking for proxy access to her son's MyChart. Parent/guarantor: ${t.name(parent, 'western')}, ${t.p('EMAIL', personalEmailC(t.r, parent))}, ${ph(t)}.\n` +
        `Child: ${t.name(child, 'given')} ${t.name(child, 'surname')}, DOB ${t.p('DOB', dateC(t.r, randomDate(t.r, 2008, 2022)))}, MRN ${mrnV(t)}. ` +
        `Guarantor acct ${t.p('ACCOUNT_NUMBER', accountNumber(t.r))}. Form scanned to ${t.k('QUEUE_OR_DEPT', 'Health Information Management')}.`;
      return { title: 'Proxy access request', text };
    },
  },
  {
    name: 'userProfilePaths',
    group: 'C-access',
    make(t) {
      const u = P(t);
      const l = login(t, u);
      const text =
        `OneDrive not syncing for ${t.name(u, 'western')}. Error points at C:\\Users\\${l}\\OneDrive - ${t.org.name}\\Desktop. ` +
        `Also \\\\${t.org.prefix}-fs01\\home$\\${l} is at quota. Tried ${path(t)} reset. ${err(t)}. PC ${host(t)}.`;
      return { title: 'OneDrive sync stuck', text };
    },
  },
  {
    name: 'termination',
    group: 'C-access',
    make(t) {
      const u = P(t);
      const text =
        `HR notice: ${t.name(u, 'western')} (${login(t, u)}) last day was Friday. Please disable AD, ${prod(t)} and badge ${t.p('USERNAME', badgeNumber(t.r))}. ` +
        `Forward mail to supervisor ${titled(t, P(t))}. ${dept(t)}`;
      return { title: 'Termination - disable accounts', text };
    },
  },
  // ---------------- C-lang: German and Spanish fragments ----------------
  {
    name: 'germanFragment',
    group: 'C-lang',
    make(t) {
      const pt = P(t);
      const text =
        `Weitergeleitet von der Partnerklinik: "Patientin ${t.name(pt, 'western')}, geb. ${dob(t)}, Aufnahme am ${visit(t)}. ` +
        `Befund kann im Portal nicht geöffnet werden." Fehlermeldung: ${err(t)} on ${host(t)}. Rückruf an ${ph(t)}.\n` +
        `Interface: ${prod(t)} ${ver(t)}.`;
      return { title: 'Partner clinic cannot open result', text };
    },
  },
  {
    name: 'spanishFamilyCall',
    group: 'C-lang',
    make(t) {
      const pt = P(t);
      const fam = P(t);
      const text =
        `Llamó ${t.name(fam, 'western')}, hija del paciente ${t.name(pt, 'western')} (fecha de nacimiento ${dob(t)}). ` +
        `No puede entrar al portal, dice "${err(t)}". Cita el ${visit(t)}. Su teléfono: ${ph(t)}.\n` +
        `Translated by interpreter line. ${dept(t)}`;
      return { title: 'Portal - Spanish-speaking caller', text };
    },
  },
  // ---------------- C-misc ----------------
  {
    name: 'lockoutTable',
    group: 'C-misc',
    make(t) {
      const rows: string[] = [];
      for (let i = 0; i < t.r.int(2, 4); i++) {
        const u = P(t);
        rows.push(`| ${login(t, u)} | ${t.name(u, 'western')} | ${host(t)} | ${sys(t)} |`);
      }
      const text = `Lockouts after the password policy push (${ref(t)}):\n\n| User | Name | Workstation | Time |\n|---|---|---|---|\n${rows.join('\n')}\n\nDC ${sip(t)} logs ${t.k('ERROR_CODE', 'Event ID 4771')}.`;
      return { title: 'Mass lockouts', text };
    },
  },
  {
    name: 'numberedRepro',
    group: 'C-misc',
    make(t) {
      const pt = P(t);
      const text =
        `Steps to reproduce:\n1. Log in to ${prod(t)} on ${host(t)}\n2. Open pt ${t.name(pt, 'lastFirst')} (MRN ${mrnV(t)})\n` +
        `3. Go to the ${visit(t)} encounter\n4. Click Sign -> ${err(t)}\n\nExpected: note signs. Actual: spinner. ${common(t)}`;
      return { title: 'Cannot sign note', text };
    },
  },
  {
    name: 'possessivesChat',
    group: 'C-misc',
    make(t) {
      const a = P(t);
      const b = P(t);
      const text =
        `${t.name(a, 'given')}'s laptop (${assetTag(t.r)}) and ${t.name(b, 'surname')}'s docking station both drop the network when undocked. ` +
        `${t.name(a, 'western')} sits in ${dept(t)}. NIC driver ${ver(t)}.`;
      return { title: 'Dock drops network', text };
    },
  },
  {
    name: 'guarantorBilling',
    group: 'C-misc',
    make(t) {
      const g = P(t);
      const pt = P(t);
      const a = address(t.r);
      const text =
        `Guarantor ${t.name(g, 'lastFirst')} called ${t.k('QUEUE_OR_DEPT', 'Patient Financial Services')} - card ${t.p('CREDIT_CARD', creditCard(t.r))} charged twice ` +
        `for ${t.name(pt, 'given')}'s visit on ${visit(t)}. Statement address ${t.p('ADDRESS', a.street)}, ${t.p('ADDRESS', a.cityState)} ${t.p('ZIP', a.zip)}. ` +
        `Payment portal ${prod(t)} logged ${err(t)}.`;
      return { title: 'Duplicate card charge', text };
    },
  },
  {
    name: 'apptReminderSms',
    group: 'C-misc',
    make(t) {
      const pt = P(t);
      const doc = P(t);
      const text =
        `Reminder texts go out with the wrong clinic. Sample SMS sent to ${ph(t)}:\n` +
        `"Hi ${t.name(pt, 'given')}, this is a reminder of your appt w/ ${t.r.pick(['Dr.', 'Dr'])} ${t.name(doc, 'surname')} on ${visit(t)} at ${clock(t.r)}. Reply C to confirm."\n` +
        `Job ran ${sys(t)} on ${host(t)}. ${prod(t)}`;
      return { title: 'Wrong clinic in reminder texts', text };
    },
  },
  {
    name: 'commonWordsNote',
    group: 'C-misc',
    make(t) {
      const u = P(t);
      const text = `${common(t)} ${common(t)}\nEverything else on ${host(t)} is fine. ${ref(t)}\n${t.name(u, 'given')} ${t.name(u, 'surname')} ${t.p('PHONE', `x${t.r.digits(4)}`)}`;
      return { title: `Facilities note - ${dept(t)}`, text };
    },
  },
  {
    name: 'guestWifiPublicIp',
    group: 'C-misc',
    make(t) {
      const pt = P(t);
      const text =
        `Patient ${t.name(pt, 'lastFirst')} in ${dept(t)} can't reach the telehealth site from guest Wi-Fi. Tablet MAC ${t.p('DEVICE_ID', mac(t.r))}, ` +
        `public IP ${t.p('IP_ADDRESS', ipAddress(t.r))}. Captive portal on ${host(t)} (${sip(t)}).`;
      return { title: 'Guest wifi telehealth', text };
    },
  },
  {
    name: 'cityOnlyTransport',
    group: 'C-misc',
    make(t) {
      const pt = P(t);
      const [city, st] = t.r.pick(CITIES);
      const text =
        `Transport portal will not accept pickup for ${t.name(pt, 'western')} from ${t.p('ADDRESS', `${city}, ${st}`)}; date of service ${visit(t)}. ` +
        `Vendor says ${err(t)}. Caller ${t.name(P(t), 'given')} from ${dept(t)}.`;
      return { title: 'Transport booking failure', text };
    },
  },
];
