// Template family B: a second, independent set of held-out ticket templates, written without
// reference to family A (templates.ts) or to the redactor. Styles: Jira comments with @mentions,
// ServiceNow journals, Outlook headers in other languages, phone intake by a technician, Slack
// export JSON, CSV/TSV report pastes, Epic In Basket excerpts, interface engine errors, printer,
// badge, VPN, MFA and password tickets, hurried mobile notes, approval e-mails with signature
// blocks, vendor replies, patient-relations complaints, third-person narratives, and capitalised
// common words. Every value goes through the Ticket builder, so labels are the exact strings.

import { COMMON_WORD_SENTENCES, DEPARTMENTS, ERROR_CODES, PRODUCTS, filePath, hostname, systemDate, ticketRef, version } from './keep.js';
import type { Person } from './names.js';
import type { Ticket } from './ticket.js';
import {
  accountNumber,
  address,
  apiKey,
  creditCard,
  datePhi,
  dea,
  deviceSerial,
  dob,
  driversLicense,
  extension,
  formatDate,
  healthPlanId,
  imei,
  intlPhone,
  ipAddress,
  mac,
  mrn,
  npi,
  password,
  patientUrl,
  personalEmail,
  personalUrl,
  phone,
  pin,
  plate,
  publicIpv4,
  randomDate,
  rxNumber,
  ssn,
  stateLicense,
  usPhone,
  username,
  vin,
  workEmail,
} from './values.js';
import {
  COMMON_WORD_B,
  assetTag,
  badgeNumber,
  dateInLang,
  jiraStamp,
  nickname,
  oneTimeCode,
  personB,
  privateServerIp,
  sentInLang,
  snowStamp,
  suffix,
  type Lang,
} from './valuesB.js';

export interface TemplateB {
  name: string;
  group: string;
  make(t: Ticket): { title: string; text: string };
}

// ---- small helpers ------------------------------------------------------------------------------

const who = (t: Ticket): Person => personB(t.r);

/** a full name in the order its owner would use, or given + surname */
function full(t: Ticket, p: Person): string {
  return t.name(p, p.familyFirst && t.r.chance(0.6) ? 'native' : t.r.chance(0.7) ? 'western' : 'native');
}

/** a name in any of the everyday written forms */
function anyName(t: Ticket, p: Person): string {
  return t.name(p, t.r.pick(['western', 'western', 'native', 'lastFirst', 'initial', 'surname'] as const));
}

/** "Gwendolyn "Gwen" Pritchard" when there is a usual nickname, else a full name */
function withNick(t: Ticket, p: Person): string {
  const n = nickname(p);
  if (!n) return full(t, p);
  return t.p('PERSON', t.r.pick([`${p.given} "${n}" ${p.surname}`, `${p.given} (${n}) ${p.surname}`, `${p.given} '${n}' ${p.surname}`]));
}

/** a full name followed by a generational suffix; the suffix alone identifies no one and stays out of the label */
function withSuffix(t: Ticket, p: Person): string {
  return `${t.name(p, 'western')}${t.r.pick([' ', ', '])}${suffix(t.r)}`;
}

/** a name with the middle initial written out (with or without the dot) */
function withMiddle(t: Ticket, p: Person): string {
  if (p.familyFirst) return t.name(p, 'native');
  const m = p.middle && p.middle.length === 1 ? p.middle : t.r.chars('ABCDEFGHJKLMNPRSTW', 1);
  return t.p('PERSON', `${p.given} ${m}${t.r.pick(['.', '', '.'])} ${p.surname}`);
}

const sys = (t: Ticket): string => t.k('SYSTEM_DATE', systemDate(t.r));
const host = (t: Ticket): string => t.k('HOSTNAME', hostname(t.r, t.org));
const dept = (t: Ticket): string => t.k('QUEUE_OR_DEPT', t.r.pick(DEPARTMENTS));
const prod = (t: Ticket): string => t.k('PRODUCT', t.r.pick(PRODUCTS));
const err = (t: Ticket): string => t.k('ERROR_CODE', t.r.pick(ERROR_CODES));
const ref = (t: Ticket): string => t.k('TICKET_REF', ticketRef(t.r));
const ver = (t: Ticket): string => t.k('VERSION', version(t.r));
const fpath = (t: Ticket): string => t.k('FILE_PATH', filePath(t.r, t.org));
const sip = (t: Ticket): string => t.k('SERVER_IP', privateServerIp(t.r));

/** a capitalised-common-word sentence, its phrase kept */
function common(t: Ticket): string {
  const [s, k] = t.r.pick(t.r.chance(0.6) ? COMMON_WORD_B : COMMON_WORD_SENTENCES);
  t.k('COMMON_WORD', k);
  return s;
}

/** a CSV cell, quoted when it holds a comma */
const csvCell = (v: string): string => (v.includes(',') ? `"${v}"` : v);

const email = (t: Ticket, p: Person): string => t.p('EMAIL', workEmail(t.r, p, t.org.domain));
const pemail = (t: Ticket, p: Person): string => t.p('EMAIL', personalEmail(t.r, p));
const user = (t: Ticket, p: Person): string => t.p('USERNAME', username(t.r, p, t.org.prefix));
const tel = (t: Ticket): string => t.p('PHONE', phone(t.r));
const dobv = (t: Ticket): string => t.p('DOB', dob(t.r));
const phi = (t: Ticket): string => t.p('DATE_PHI', datePhi(t.r));
const mrnv = (t: Ticket): string => t.p('MRN', mrn(t.r));

/** a bare login name (no DOMAIN\ prefix), for @mentions and handles */
function handle(t: Ticket, p: Person): string {
  let u = username(t.r, p, t.org.prefix);
  if (u.includes('\\')) u = u.slice(u.indexOf('\\') + 1);
  return t.p('USERNAME', u);
}

// ---- templates ----------------------------------------------------------------------------------

export const TEMPLATES_B: TemplateB[] = [
  // ---------------------------------------------------------------- Jira
  {
    name: 'jira-comment-thread',
    group: 'B-jira',
    make(t) {
      const r = t.r;
      const a = who(t);
      const b = who(t);
      const c = who(t);
      const pt = who(t);
      const prod1 = prod(t);
      const title = `${r.pick(['[EPIC-', '[IAM-', '[CLIN-'])}${r.int(100, 9999)}] ${prod1} ${r.pick(['not launching for float pool', 'SSO loop after update', 'wrong patient context on launch'])}`;
      const ha = handle(t, a);
      const hb = handle(t, b);
      const lines = [
        `*Description*`,
        `${prod1} ${r.pick(['fails', 'crashes', 'opens the wrong chart'])} on ${host(t)} since ${sys(t)}. Error: {{${err(t)}}}`,
        ``,
        `*Comments*`,
        `${full(t, a)} added a comment - ${t.k('SYSTEM_DATE', jiraStamp(r))}`,
        `@${hb} can you take a look? Reproduced with test patient, not with ${r.pick(['the real one', 'the actual patient'])} (${t.name(pt, 'lastFirst')}, MRN ${mrnv(t)}) - do not use that chart.`,
        ``,
        `${full(t, b)} added a comment - ${t.k('SYSTEM_DATE', jiraStamp(r))}`,
        `[~${ha}] looks like the launch URL is cached. ${r.pick(['Assigned to', 'Reassigned to', 'Handing to'])} ${full(t, c)} on ${dept(t)}. ${common(t)}`,
        ``,
        `${t.name(c, 'given')} ${r.pick(['added a comment', 'commented'])} - ${t.k('SYSTEM_DATE', jiraStamp(r))}`,
        `Fixed in ${ver(t)}. fyi @${hb} @${ha} - will close after ${t.name(a, 'given')} confirms.`,
      ];
      return { title, text: lines.join('\n') };
    },
  },
  {
    name: 'jira-wiki-table',
    group: 'B-jira',
    make(t) {
      const r = t.r;
      const rows: string[] = [];
      const n = r.int(2, 4);
      for (let i = 0; i < n; i++) {
        const p = who(t);
        rows.push(`|${mrnv(t)}|${t.name(p, r.pick(['lastFirst', 'western', 'native'] as const))}|${dobv(t)}|${phi(t)}|${err(t)}|`);
      }
      const rep = who(t);
      const text = [
        `Results from the ${prod(t)} interface did not file for these patients (from ${host(t)}, ${sys(t)}):`,
        `||MRN||Patient||DOB||Collected||Error||`,
        ...rows,
        ``,
        `Reported by ${withMiddle(t, rep)} (${dept(t)}). Related: ${ref(t)}`,
      ].join('\n');
      return { title: `Unfiled results - ${n} patients`, text };
    },
  },
  // ---------------------------------------------------------------- ServiceNow
  {
    name: 'snow-work-notes',
    group: 'B-servicenow',
    make(t) {
      const r = t.r;
      const tech1 = who(t);
      const tech2 = who(t);
      const caller = who(t);
      const lead = who(t);
      const entries = [
        `${snowStamp(r)} - ${full(t, tech2)} (Work notes)\n${r.pick(['Escalated to', 'Escalating to', 'Sent over to'])} ${full(t, lead)} in ${dept(t)} - ${err(t)} persists after profile reset on ${host(t)}.`,
        `${snowStamp(r)} - ${full(t, tech1)} (Additional comments)\nHi ${t.name(caller, 'given')}, we rebuilt your ${prod(t)} profile. Please log out and back in. ${common(t)}`,
        `${snowStamp(r)} - ${full(t, tech1)} (Work notes)\nSpoke to ${t.name(caller, r.pick(['western', 'given', 'surname'] as const))} at ${tel(t)}. User ${user(t, caller)} locked out ${r.int(3, 9)} times since ${sys(t)}.`,
      ];
      const text = [`Caller: ${t.name(caller, 'lastFirst')}`, `Assignment group: ${dept(t)}`, `Configuration item: ${host(t)}`, ``, ...entries].join('\n');
      return { title: `${ref(t)} - ${r.pick(['Account locked repeatedly', 'Profile corrupt', 'Cannot sign in'])}`, text };
    },
  },
  {
    name: 'snow-caller-fields',
    group: 'B-servicenow',
    make(t) {
      const r = t.r;
      const caller = who(t);
      const on = who(t);
      const loc = dept(t);
      const text = [
        `Number: ${ref(t)}`,
        `Caller: ${full(t, caller)}   Opened by: ${full(t, on)}`,
        `Contact type: Phone   Callback: ${tel(t)}`,
        `Location: ${loc}, ${r.pick(['Main Campus', 'North Tower', 'Annex B'])}`,
        `Short description: ${prod(t)} ${r.pick(['scanner not reading wristbands', 'keeps freezing', 'asks for license'])}`,
        `Description: User states it stopped at ${sys(t)}. Ask for ${t.name(caller, r.pick(['given', 'western'] as const))} or ${r.pick(['the charge nurse', 'the unit clerk'])} ${withNick(t, who(t))} at the desk.`,
        `Work notes: tried ${fpath(t)} cleanup, no change. w/ ${full(t, who(t))} from ${dept(t)} on the bridge.`,
      ];
      return { title: `Wristband scanning issue - ${loc}`, text: text.join('\n') };
    },
  },
  // ---------------------------------------------------------------- Outlook in other languages
  ...(['fr', 'de', 'es', 'pt', 'nl'] as Lang[]).map(
    (lang): TemplateB => ({
      name: `outlook-${lang}`,
      group: 'B-outlook-intl',
      make(t) {
        const r = t.r;
        const from = who(t);
        const to = who(t);
        const cc = who(t);
        const pt = who(t);
        const H = {
          fr: ['De :', 'Envoyé :', 'À :', 'Cc :', 'Objet :'],
          de: ['Von:', 'Gesendet:', 'An:', 'Cc:', 'Betreff:'],
          es: ['De:', 'Enviado el:', 'Para:', 'CC:', 'Asunto:'],
          pt: ['De:', 'Enviada em:', 'Para:', 'Cc:', 'Assunto:'],
          nl: ['Van:', 'Verzonden:', 'Aan:', 'CC:', 'Onderwerp:'],
        }[lang];
        const dobT = randomDate(r, 1935, 2020);
        const visit = randomDate(r, 2024, 2026);
        const body = {
          fr: () => `Bonjour,\nLa patiente ${full(t, pt)} (née le ${t.p('DOB', dateInLang(r, dobT, 'fr'))}, dossier ${mrnv(t)}) n'arrive pas à se connecter à ${prod(t)} depuis son rendez-vous du ${t.p('DATE_PHI', dateInLang(r, visit, 'fr'))}. Message : ${err(t)}.\nMerci de rappeler sa fille au ${t.p('PHONE', intlPhone(r))}.\nCordialement,\n${t.name(from, 'given')}`,
          de: () => `Hallo,\ndie Patientin ${full(t, pt)} (geb. ${t.p('DOB', dateInLang(r, dobT, 'de'))}, Fallnr. ${t.p('ACCOUNT_NUMBER', accountNumber(r))}) wurde am ${t.p('DATE_PHI', dateInLang(r, visit, 'de'))} entlassen, der Arztbrief hängt aber in ${host(t)} fest (${err(t)}).\nRückruf bitte an ${t.p('PHONE', intlPhone(r))}.\nViele Grüße\n${t.name(from, 'western')}`,
          es: () => `Hola,\nel paciente ${full(t, pt)} (fecha de nacimiento ${t.p('DOB', dateInLang(r, dobT, 'es'))}, expediente ${mrnv(t)}) tiene cita el ${t.p('DATE_PHI', dateInLang(r, visit, 'es'))} y el portal le da ${err(t)}. Su correo es ${pemail(t, pt)}.\nSaludos,\n${t.name(from, 'western')}`,
          pt: () => `Olá,\na paciente ${full(t, pt)} (nascida em ${t.p('DOB', dateInLang(r, dobT, 'pt'))}) foi internada em ${t.p('DATE_PHI', dateInLang(r, visit, 'pt'))}; o ${prod(t)} mostra ${err(t)} ao abrir o prontuário ${mrnv(t)}.\nObrigado,\n${t.name(from, 'given')}`,
          nl: () => `Hoi,\npatiënt ${full(t, pt)} (geboren ${t.p('DOB', dateInLang(r, dobT, 'nl'))}, MRN ${mrnv(t)}) had op ${t.p('DATE_PHI', dateInLang(r, visit, 'nl'))} een afspraak maar ${prod(t)} geeft ${err(t)}.\nGroet,\n${t.name(from, 'western')}`,
        }[lang]();
        const subj = ref(t);
        const text = [
          `${H[0]} ${t.name(from, 'lastFirst')} <${email(t, from)}>`,
          `${H[1]} ${t.k('SYSTEM_DATE', sentInLang(r, lang))}`,
          `${H[2]} ${dept(t)} <servicedesk@${t.org.domain}>`,
          `${H[3]} ${t.name(cc, 'western')} <${email(t, cc)}>; ${t.name(to, 'lastFirst')}`,
          `${H[4]} ${subj}`,
          ``,
          body,
        ].join('\n');
        return { title: `${r.pick(['FW:', 'TR :', 'WG:', 'RV:', 'Fwd:'])} ${subj}`, text };
      },
    })
  ),
  // ---------------------------------------------------------------- phone intake
  {
    name: 'phone-intake-caller-stated',
    group: 'B-phone',
    make(t) {
      const r = t.r;
      const caller = who(t);
      const tech = who(t);
      const sup = who(t);
      const text = [
        `Call received ${sys(t)}.`,
        `Caller stated ${r.pick(['she', 'he', 'they'])} ${r.pick(['is a', 'works as a'])} ${r.pick(['unit secretary', 'RN', 'tech'])} in ${dept(t)} and cannot get into ${prod(t)}.`,
        `Caller's name: ${withSuffix(t, caller)}. Callback # ${tel(t)}${r.chance(0.5) ? ` or desk ${t.p('PHONE', extension(r))}` : ''}.`,
        `Verified identity with badge # ${t.p('USERNAME', badgeNumber(r))} and DOB ${dobv(t)}.`,
        `Caller stated supervisor ${full(t, sup)} approved access last week.`,
        `Reset password, caller confirmed login at ${sys(t)}. Temp password given: ${t.p('CREDENTIAL', password(r))}`,
        `-- ${t.name(tech, 'initial')}, ${dept(t)}`,
      ];
      return { title: `${prod(t)} access - phone`, text: text.join('\n') };
    },
  },
  {
    name: 'phone-intake-family-member',
    group: 'B-phone',
    make(t) {
      const r = t.r;
      const caller = who(t);
      const pt = who(t);
      const a = address(r);
      const text = [
        `Tech took call from ${full(t, caller)}, ${r.pick(['daughter', 'son', 'husband', 'wife', 'caregiver'])} of patient ${t.name(pt, r.pick(['western', 'native', 'lastFirst'] as const))}.`,
        `Pt DOB ${dobv(t)}, MRN ${mrnv(t)}. Caller is proxy on the portal account but the proxy invite went to an old address ${pemail(t, caller)}.`,
        `Mailing address on file: ${t.p('ADDRESS', a.street)}, ${t.p('ADDRESS', a.cityState)} ${t.p('ZIP', a.zip)}.`,
        `Caller stated the pt has an appointment ${phi(t)} and needs the video visit link. Best # ${tel(t)}.`,
        `Advised HIM handles proxy forms. Warm transfer to ${dept(t)} at ${sys(t)}.`,
      ];
      return { title: 'Portal proxy access - caller', text: text.join('\n') };
    },
  },
  // ---------------------------------------------------------------- chat exports
  {
    name: 'slack-export-json',
    group: 'B-chat',
    make(t) {
      const r = t.r;
      const a = who(t);
      const b = who(t);
      const pt = who(t);
      const ua = handle(t, a);
      const ub = handle(t, b);
      const base = r.int(1700000000, 1760000000);
      const msgs = [
        { type: 'message', user: `U0${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 8)}`, user_name: ua, real_name: full(t, a), text: `${prod(t)} down again on ${host(t)}? ${err(t)}`, ts: `${base}.${r.digits(6)}` },
        {
          type: 'message',
          user: `U0${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 8)}`,
          user_name: ub,
          real_name: full(t, b),
          text: `yes - the ADT feed for ${t.name(pt, 'western')} (MRN ${mrnv(t)}) is stuck, pinging <@${ua}>`,
          ts: `${base + r.int(30, 900)}.${r.digits(6)}`,
        },
        { type: 'message', user_name: ua, real_name: t.name(a, 'western'), text: `restarted ${sip(t)} at ${sys(t)}, ${common(t)}`, ts: `${base + r.int(901, 3000)}.${r.digits(6)}` },
      ];
      return { title: `Slack export #${r.pick(['epic-oncall', 'interfaces', 'it-bridge'])}`, text: JSON.stringify(msgs, null, r.pick([0, 2])) };
    },
  },
  {
    name: 'teams-copy-paste',
    group: 'B-chat',
    make(t) {
      const r = t.r;
      const a = who(t);
      const b = who(t);
      const c = who(t);
      const stamp = (): string => t.k('SYSTEM_DATE', `${r.int(1, 12)}:${String(r.int(0, 59)).padStart(2, '0')} ${r.pick(['AM', 'PM'])}`);
      const lines = [
        `[${stamp()}] ${t.name(a, 'lastFirst')}`,
        `anyone else seeing ${err(t)} in ${prod(t)}?`,
        `[${stamp()}] ${t.name(b, 'lastFirst')}`,
        `yes, ${r.pick(['ask for', 'talk to', 'ping'])} ${t.name(c, 'given')} ${t.name(c, 'surname')} in ${dept(t)}, she has the workaround`,
        `[${stamp()}] ${t.name(a, 'lastFirst')}`,
        `thx. cc: ${t.name(c, 'western')} - my cell is ${tel(t)} if you want to call`,
      ];
      return { title: 'Teams chat pasted', text: lines.join('\n') };
    },
  },
  // ---------------------------------------------------------------- tables
  {
    name: 'csv-report-paste',
    group: 'B-table',
    make(t) {
      const r = t.r;
      const rows: string[] = [];
      const n = r.int(2, 5);
      for (let i = 0; i < n; i++) {
        const p = who(t);
        const doc = who(t);
        rows.push(
          [
            mrnv(t),
            `"${t.name(p, 'lastFirst', r.chance(0.5) ? 'upper' : 'as-is')}"`,
            csvCell(dobv(t)),
            csvCell(phi(t)),
            r.chance(0.5) ? csvCell(phi(t)) : '',
            t.k('QUEUE_OR_DEPT', r.pick(DEPARTMENTS)),
            `"${t.name(doc, 'lastFirst')}"`,
            t.p('ACCOUNT_NUMBER', accountNumber(r)),
          ].join(',')
        );
      }
      const text = [
        `Report "${r.pick(['Discharges Pending Coding', 'ADT Census by Unit', 'Readmits 30d'])}" from ${prod(t)} ran at ${sys(t)} but columns are shifted. First rows:`,
        ``,
        `MRN,Patient Name,DOB,Admit Date,Discharge Date,Unit,Attending,Acct #`,
        ...rows,
        ``,
        `Saved to ${fpath(t)}. ${common(t)}`,
      ].join('\n');
      return { title: 'Report columns shifted', text };
    },
  },
  {
    name: 'tsv-schedule-paste',
    group: 'B-table',
    make(t) {
      const r = t.r;
      const rows: string[] = [];
      const n = r.int(2, 4);
      for (let i = 0; i < n; i++) {
        const p = who(t);
        rows.push([`${r.int(7, 16)}:${r.pick(['00', '15', '30', '45'])}`, t.name(p, r.pick(['western', 'lastFirst'] as const)), mrnv(t), tel(t), t.p('HEALTH_PLAN_ID', healthPlanId(r)), r.pick(['NP', 'FU', 'POST-OP'])].join('\t'));
      }
      const clerk = who(t);
      const text = [
        `${prod(t)} appointment list for ${phi(t)} prints blank on ${host(t)}. Pasted from Excel:`,
        ['Time', 'Patient', 'MRN', 'Phone', 'Member ID', 'Type'].join('\t'),
        ...rows,
        ``,
        `Thanks, ${withMiddle(t, clerk)} | ${dept(t)}`,
      ].join('\n');
      return { title: 'Clinic schedule printout blank', text };
    },
  },
  // ---------------------------------------------------------------- Epic In Basket
  {
    name: 'inbasket-patient-message',
    group: 'B-epic',
    make(t) {
      const r = t.r;
      const pt = who(t);
      const doc = who(t);
      const rn = who(t);
      const text = [
        `In Basket message won't release - screenshot text:`,
        `Patient Advice Request`,
        `From: ${t.name(pt, 'lastFirst')}`,
        `To: ${t.name(doc, 'lastFirst')}, MD`,
        `Patient: ${t.name(pt, 'lastFirst', 'upper')} [${mrnv(t)}]  DOB: ${dobv(t)}  Sex: ${r.pick(['F', 'M'])}`,
        `Subject: ${r.pick(['Question about my test results', 'Refill', 'Appointment change'])}`,
        `"Hi Dr. ${t.name(doc, 'surname')}, I was seen on ${phi(t)} and still have not heard back. You can reach me at ${tel(t)}."`,
        ``,
        `Pool: ${dept(t)}. ${t.name(rn, 'western')} gets "${err(t)}" when she clicks Send. ${r.pick(['Epic', 'Hyperspace'])} ${ver(t)}, ${host(t)}.`,
      ];
      return { title: 'In Basket message stuck', text: text.join('\n') };
    },
  },
  {
    name: 'inbasket-rx-refill',
    group: 'B-epic',
    make(t) {
      const r = t.r;
      const pt = who(t);
      const doc = who(t);
      const text = [
        `Rx Request - ${r.pick(['Refill', 'Renewal'])}`,
        `Pt: ${full(t, pt)}  DOB ${dobv(t)}  MRN ${mrnv(t)}`,
        `Rx #: ${t.p('RX_NUMBER', rxNumber(r))}  Pharmacy: ${r.pick(['Walgreens #4417', 'CVS 2231', 'Kroger Pharmacy 0571'])}`,
        `Prescriber: ${t.name(doc, 'lastFirst')}, ${r.pick(['MD', 'DO', 'NP'])}  NPI ${t.p('LICENSE_NUMBER', npi(r))}  DEA ${t.p('LICENSE_NUMBER', dea(r, doc.surname))}`,
        ``,
        `Surescripts returns ${err(t)} for every refill from this prescriber since ${sys(t)}. ${r.pick(['per', 'Per'])} ${t.name(who(t), 'western')} in ${dept(t)} the NPI was updated in ${prod(t)} last week.`,
      ];
      return { title: 'eRx refills rejected', text: text.join('\n') };
    },
  },
  // ---------------------------------------------------------------- interface / lab
  {
    name: 'lab-interface-error-log',
    group: 'B-interface',
    make(t) {
      const r = t.r;
      const n = r.int(2, 3);
      const lines: string[] = [];
      for (let i = 0; i < n; i++) {
        const p = who(t);
        lines.push(
          `${sys(t)} ERROR [${r.pick(['LAB_ORU_OUT', 'ADT_IN', 'MICRO_RES'])}] ${err(t)}: ${r.pick(['patient not found', 'visit not found', 'duplicate accession'])} MRN=${mrnv(t)} NAME=${t.p('PERSON', `${p.surname},${p.given}`.toUpperCase())} DOB=${dobv(t)} ACCT=${t.p('ACCOUNT_NUMBER', accountNumber(r))}`
        );
      }
      const text = [`Rhapsody on ${host(t)} (${sip(t)}) erroring since this morning, log ${fpath(t)}:`, ...lines, ``, `Please fix before the ${r.pick(['noon', '1400'])} draw. ${common(t)}`].join('\n');
      return { title: `Lab results not crossing - ${ref(t)}`, text };
    },
  },
  {
    name: 'rad-order-keyvalue-reject',
    group: 'B-interface',
    make(t) {
      const r = t.r;
      const p = who(t);
      const doc = who(t);
      const text = [
        `order_reject host=${host(t)} ip=${sip(t)} time="${sys(t)}" code="${err(t)}"`,
        `  pid.name="${t.name(p, 'hl7')}" pid.mrn="${mrnv(t)}" pid.dob="${dobv(t)}" pid.phone="${tel(t)}"`,
        `  orc.ordering="${t.name(doc, 'hl7')}" orc.npi="${t.p('LICENSE_NUMBER', npi(r))}" obr.exam_date="${phi(t)}"`,
        ``,
        `${prod(t)} rejects it, ${dept(t)} says the ordering provider is valid. Escalated to ${full(t, who(t))}.`,
      ];
      return { title: 'Radiology orders rejected', text: text.join('\n') };
    },
  },
  // ---------------------------------------------------------------- endpoint issues
  {
    name: 'printer-wrong-labels',
    group: 'B-endpoint',
    make(t) {
      const r = t.r;
      const nurse = who(t);
      const pt1 = who(t);
      const pt2 = who(t);
      const text = [
        `${t.k('PRODUCT', r.pick(['Zebra ZD621', 'Zebra ZD421', 'Lexmark MX622']))} in ${dept(t)} (asset ${assetTag(r)}, ${sip(t)}, queue ${host(t)}) printed ${r.pick(['specimen', 'wristband', 'med'])} labels for the wrong patient.`,
        `Ordered for ${t.name(pt1, r.pick(['western', 'lastFirst'] as const))} (${mrnv(t)}) but label says ${t.name(pt2, 'hl7')} DOB ${dobv(t)}.`,
        `Driver ${ver(t)}. Happened at ${sys(t)}.`,
        `${r.pick(['Contact', 'Ask for', 'Call'])} ${withNick(t, nurse)} at ${t.p('PHONE', extension(r))}.`,
      ];
      return { title: 'Label printer printing wrong patient', text: text.join('\n') };
    },
  },
  {
    name: 'badge-door-access',
    group: 'B-endpoint',
    make(t) {
      const r = t.r;
      const a = who(t);
      const b = who(t);
      const mgr = who(t);
      const text = [
        `${r.pick(['Badges for two new hires', 'Two badges'])} don't open ${dept(t)} doors:`,
        `- ${withSuffix(t, a)}, badge ${t.p('USERNAME', badgeNumber(r))}`,
        `- ${full(t, b)}, badge ${t.p('USERNAME', badgeNumber(r))}`,
        `Reader ${host(t)} logs "${err(t)}" at ${sys(t)}. Gave ${t.name(a, 'given')} a temporary door PIN ${t.p('CREDENTIAL', pin(r))} meanwhile.`,
        `Approved by ${t.name(mgr, r.pick(['western', 'initial'] as const))}. ${common(t)}`,
      ];
      return { title: 'Badge access - new hires', text: text.join('\n') };
    },
  },
  {
    name: 'vpn-from-home',
    group: 'B-endpoint',
    make(t) {
      const r = t.r;
      const u = who(t);
      const text = [
        `${r.pick(['Working from home', 'Remote coder', 'On call from home'])} - ${t.k('PRODUCT', r.pick(['Cisco AnyConnect', 'FortiClient', 'Citrix Workspace']))} ${ver(t)} fails with ${err(t)}.`,
        `My public IP per whatismyip: ${t.p('IP_ADDRESS', ipAddress(r))}. Gateway ${host(t)} (${sip(t)}).`,
        `Login: ${user(t, u)}`,
        `Tried at ${sys(t)} and again at ${sys(t)}.`,
        `${r.pick(['thanks', 'Thank you', 'thx'])}`,
        `${full(t, u)}`,
        `${r.pick(['Coding', 'HIM', 'Revenue Integrity'])} | cell ${tel(t)}`,
      ];
      return { title: `VPN won't connect`, text: text.join('\n') };
    },
  },
  {
    name: 'mfa-new-phone',
    group: 'B-endpoint',
    make(t) {
      const r = t.r;
      const u = who(t);
      const tech = who(t);
      const text = [
        `Got a new phone and ${t.k('PRODUCT', r.pick(['Okta', 'Microsoft Authenticator', 'Duo Mobile']))} push no longer comes. ${err(t)} on sign-in.`,
        `Old number ${tel(t)}, new number ${tel(t)}.`,
        `Phone Wi-Fi MAC ${t.p('DEVICE_ID', mac(r))} (for the BYOD network), IMEI ${t.p('DEVICE_ID', imei(r))}.`,
        ``,
        `Tech note (${t.name(tech, 'initial')}): re-enrolled ${user(t, u)}, one-time code ${t.p('CREDENTIAL', oneTimeCode(r))} read to user over the phone at ${sys(t)}.`,
      ];
      return { title: 'MFA after phone upgrade', text: text.join('\n') };
    },
  },
  {
    name: 'credentials-pasted',
    group: 'B-endpoint',
    make(t) {
      const r = t.r;
      const u = who(t);
      const text = [
        `${r.pick(['Service account', 'Scan-to-email account', 'Interface account'])} on ${host(t)} keeps locking.`,
        `${r.pick(['username', 'user', 'acct'])}: ${user(t, u)}`,
        `${r.pick(['pw', 'password', 'pwd'])}: ${t.p('CREDENTIAL', password(r))}`,
        `api key in ${fpath(t)} is ${t.p('CREDENTIAL', apiKey(r))}`,
        `Error ${err(t)} since ${sys(t)}. Owner is ${full(t, u)} (${dept(t)}).`,
      ];
      return { title: 'Service account lockout', text: text.join('\n') };
    },
  },
  // ---------------------------------------------------------------- mobile / hurried
  {
    name: 'nurse-mobile-no-punctuation',
    group: 'B-mobile',
    make(t) {
      const r = t.r;
      const pt = who(t);
      const me = who(t);
      const ptName = t.name(pt, r.pick(['western', 'native'] as const), r.chance(0.5) ? 'lower' : 'as-is');
      const text = r.pick([
        () =>
          `rover wont scan pts armband rm ${r.int(1, 40)} ${ptName} mrn ${mrnv(t)} dob ${dobv(t)} keeps saying ${err(t)} tried rebooting twice pls call me ${tel(t)} ${t.name(me, 'given', 'lower')}`,
        () =>
          `Pump wont talk to epic for ${ptName} in ${dept(t)} its the one w the new serial ${t.p('DEVICE_ID', deviceSerial(r))} admitted ${phi(t)} can someone come up asap ${t.name(me, 'given')} ${t.name(me, 'surname')} charge RN`,
        () =>
          `Pt ${ptName} discharged ${phi(t)} but still on our board in ${prod(t)} cant clear it Pt's number ${tel(t)} if ur needing to verify sent from my iphone ${t.name(me, 'initial')}`,
      ]);
      return { title: r.pick(['help', 'urgent!!', 'scanner']), text: text() };
    },
  },
  {
    name: 'sent-from-phone-email',
    group: 'B-mobile',
    make(t) {
      const r = t.r;
      const me = who(t);
      const text = [
        `Can't get into ${prod(t)} on my ipad since ${sys(t)}. It just spins. Tried the ${dept(t)} wifi and my hotspot (${t.p('IP_ADDRESS', publicIpv4(r))}).`,
        ``,
        `${t.name(me, 'given')}`,
        ``,
        `Sent from my ${r.pick(['iPhone', 'Galaxy', 'iPad'])}`,
        `Get ${r.pick(['Outlook for iOS', 'Outlook for Android'])}`,
        ``,
        `${full(t, me)} | ${pemail(t, me)} | ${tel(t)}`,
      ];
      return { title: `${prod(t)} spinning`, text: text.join('\n') };
    },
  },
  // ---------------------------------------------------------------- approvals with signatures
  {
    name: 'manager-approval-signature',
    group: 'B-approval',
    make(t) {
      const r = t.r;
      const mgr = who(t);
      const emp = who(t);
      const dp = dept(t);
      const req = ref(t);
      const text = [
        `Approved. Please give ${withNick(t, emp)} the same ${prod(t)} security as the other ${r.pick(['schedulers', 'unit clerks', 'coders'])}. ${common(t)}`,
        ``,
        `${withMiddle(t, mgr)}, ${r.pick(['MSN, RN, NE-BC', 'MBA, RHIA', 'BSN, RN', 'PharmD', 'MHA'])}`,
        `${r.pick(['Nurse Manager', 'Director', 'Supervisor', 'Clinical Manager'])} | ${dp}`,
        `${t.org.name}`,
        `O: ${tel(t)} | ${r.pick(['Pager', 'Pgr', 'Vocera'])}: ${t.p('PHONE', usPhone(r, 0))} | Fax: ${t.p('FAX', usPhone(r, 0))}`,
        `${email(t, mgr)}`,
        ``,
        `-----Original Message-----`,
        `From: ${t.name(emp, 'lastFirst')}`,
        `Sent: ${sys(t)}`,
        `Subject: access request ${req}`,
      ];
      return { title: `RE: access request ${req}`, text: text.join('\n') };
    },
  },
  {
    name: 'new-provider-access-form',
    group: 'B-approval',
    make(t) {
      const r = t.r;
      const doc = who(t);
      const sp = who(t);
      const text = [
        `New Provider Setup`,
        `Provider: ${t.name(doc, 'western')}${r.chance(0.5) ? `, ${r.pick(['MD', 'DO', 'APRN', 'PA-C'])}` : ''}`,
        `NPI: ${t.p('LICENSE_NUMBER', npi(r))}    DEA: ${t.p('LICENSE_NUMBER', dea(r, doc.surname))}    State license: ${t.p('LICENSE_NUMBER', stateLicense(r))}`,
        `Home phone: ${tel(t)}   Personal email: ${pemail(t, doc)}`,
        `Department: ${dept(t)}    Templates: copy from ${t.name(who(t), 'lastFirst')}`,
        `Sponsor: ${full(t, sp)} ${t.p('PHONE', `x${r.int(2, 7)}${r.digits(3)}`)}`,
        `Needs ${prod(t)} and ${prod(t)} before the start date. ${common(t)}`,
      ];
      return { title: `New provider: ${t.name(doc, 'surname')}`, text: text.join('\n') };
    },
  },
  // ---------------------------------------------------------------- vendor
  {
    name: 'vendor-reply',
    group: 'B-vendor',
    make(t) {
      const r = t.r;
      const eng = who(t);
      const analyst = who(t);
      const pt = who(t);
      const [vendor, vendorDomain] = r.pick([
        ['Medtronic Diabetes', 'medtronic.com'],
        ['Dexcom', 'dexcom.com'],
        ['Baxter', 'baxter.com'],
        ['Philips Healthcare', 'philips.com'],
        ['Masimo', 'masimo.com'],
      ] as const);
      const text = [
        `Hi ${t.name(analyst, 'given')},`,
        ``,
        `Thank you for your patience. Per our call, our field engineer ${full(t, eng)} will be onsite ${r.pick(['Thursday', 'tomorrow', 'next week'])}.`,
        `Regarding the patient-owned device you sent (serial ${t.p('DEVICE_ID', deviceSerial(r))}, belonging to ${t.name(pt, 'western')}), the logs show ${err(t)} after firmware ${ver(t)}.`,
        `Please do not send patient identifiers in e-mail in future; we have removed the DOB ${dobv(t)} from our case notes.`,
        ``,
        `Best regards,`,
        `${t.name(eng, r.pick(['western', 'native'] as const))}`,
        `${r.pick(['Senior Field Service Engineer', 'Technical Support Specialist II', 'Clinical Applications Specialist'])} | ${vendor}`,
        `Mobile ${tel(t)} | ${t.p('EMAIL', workEmail(r, eng, vendorDomain))} | Case ${r.digits(8)}`,
      ];
      return { title: `RE: [${vendor}] Case update`, text: text.join('\n') };
    },
  },
  // ---------------------------------------------------------------- complaints
  {
    name: 'patient-relations-forward',
    group: 'B-complaint',
    make(t) {
      const r = t.r;
      const pr = who(t);
      const pt = who(t);
      const a = address(r);
      const text = [
        `---------- Forwarded message ---------`,
        `From: Patient Relations <patientrelations@${t.org.domain}>`,
        `Date: ${sys(t)}`,
        `Subject: Complaint - portal billing statement`,
        ``,
        `IT team, forwarding for the portal issue only. Patient details:`,
        `Name: ${withSuffix(t, pt)}`,
        `DOB: ${dobv(t)}    MRN: ${mrnv(t)}`,
        `Address: ${t.p('ADDRESS', a.street)}, ${t.p('ADDRESS', a.cityState)} ${t.p('ZIP', a.zip)}`,
        `Phone: ${tel(t)}    Email: ${pemail(t, pt)}`,
        ``,
        `"I was discharged on ${phi(t)} and the portal shows a bill for a visit on ${phi(t)} that was not mine. Somebody else's name is on it."`,
        ``,
        `${full(t, pr)}`,
        `Patient Relations Specialist`,
        `${tel(t)}`,
      ];
      return { title: `FW: Complaint - ${t.name(pt, 'surname')}`, text: text.join('\n') };
    },
  },
  {
    name: 'billing-dispute-card',
    group: 'B-complaint',
    make(t) {
      const r = t.r;
      const pt = who(t);
      const rep = who(t);
      const text = [
        `${r.pick(['Guarantor', 'Patient'])} ${full(t, pt)} paid by phone and the ${t.k('PRODUCT', r.pick(['Chase Paymentech', 'InstaMed', 'Epic Resolute']))} screen froze at ${sys(t)}.`,
        `Card ${t.p('CREDIT_CARD', creditCard(r))} exp ${r.int(1, 12)}/${r.int(26, 30)} was charged twice. Guarantor acct ${t.p('ACCOUNT_NUMBER', accountNumber(r))}, member ID ${t.p('HEALTH_PLAN_ID', healthPlanId(r))}.`,
        `${r.pick(['fyi', 'FYI'])} ${t.name(rep, 'western')} in ${dept(t)} has the call recording.`,
      ];
      return { title: 'Duplicate card charge', text: text.join('\n') };
    },
  },
  // ---------------------------------------------------------------- narratives about several people
  {
    name: 'third-person-several',
    group: 'B-narrative',
    make(t) {
      const r = t.r;
      const [a, b, c, d, e] = [who(t), who(t), who(t), who(t), who(t)];
      const text = [
        `${r.pick(['Dr.', 'Dr'])} ${t.name(a, 'surname')} asked that the two unit secretaries on ${dept(t)} (${t.name(b, 'western')} and ${t.name(c, 'western')}) get ${prod(t)} access.`,
        `${t.name(b, 'given')} works nights, so ${t.name(d, r.pick(['western', 'native'] as const))} will cover the training ${r.pick(['w/', 'with'])} her.`,
        `cc: ${t.name(e, 'lastFirst')}; ${t.name(a, 'lastFirst')}`,
        `per ${t.name(e, 'given')}, use ${t.name(c, 'surname')}'s profile as the template.`,
        `${common(t)}`,
      ];
      return { title: 'Access for unit secretaries', text: text.join('\n') };
    },
  },
  {
    name: 'escalation-timeline',
    group: 'B-narrative',
    make(t) {
      const r = t.r;
      const [a, b, c] = [who(t), who(t), who(t)];
      const pt = who(t);
      const text = [
        `Timeline (${ref(t)}):`,
        `${sys(t)} - ${t.name(a, 'initial')} reported ${prod(t)} down in ${dept(t)}.`,
        `${sys(t)} - ${r.pick(['spoke to', 'Spoke w/', 'called'])} ${t.name(b, 'western')} (on-call) - ${err(t)} on ${host(t)}.`,
        `${sys(t)} - escalated to ${withMiddle(t, c)}, ${r.pick(['Network Operations', 'Interface Team'])}.`,
        `${sys(t)} - downtime forms used for ${t.name(pt, 'western')} (MRN ${mrnv(t)}, admitted ${phi(t)}).`,
        `${sys(t)} - restored. ${common(t)}`,
      ];
      return { title: `Outage summary ${ref(t)}`, text: text.join('\n') };
    },
  },
  // ---------------------------------------------------------------- common words and names together
  {
    name: 'common-words-and-names',
    group: 'B-common',
    make(t) {
      const r = t.r;
      const a = who(t);
      const b = who(t);
      const text = [
        common(t),
        `${t.name(a, 'given')} ${r.pick(['says', 'thinks', 'wrote'])} the ${prod(t)} update caused it.`,
        common(t),
        `${r.pick(['Assigned to', 'Ask for', 'FYI'])} ${t.name(b, 'western')}.`,
        common(t),
      ];
      return { title: `${prod(t)} - ${dept(t)}`, text: text.join(' ') };
    },
  },
  // ---------------------------------------------------------------- patient devices
  {
    name: 'patient-device-guest-wifi',
    group: 'B-device',
    make(t) {
      const r = t.r;
      const pt = who(t);
      const nurse = who(t);
      const text = [
        `Patient ${t.name(pt, r.pick(['western', 'native', 'lastFirst'] as const))} in ${dept(t)} room ${r.int(100, 699)} brought ${r.pick(['a CGM reader', 'her own laptop', 'a home ventilator', 'his insulin pump controller'])}.`,
        `Device serial ${t.p('DEVICE_ID', deviceSerial(r))}, MAC ${t.p('DEVICE_ID', mac(r))}. It won't join guest Wi-Fi (controller ${host(t)} / ${sip(t)}, ${err(t)}).`,
        `Patient DOB ${dobv(t)}. Planned discharge ${phi(t)}.`,
        `${r.pick(['Ask for', 'Contact', 'Call'])} ${t.name(nurse, 'given')} at ${t.p('PHONE', extension(r))}.`,
      ];
      return { title: 'Patient device - guest Wi-Fi', text: text.join('\n') };
    },
  },
  // ---------------------------------------------------------------- security / parking
  {
    name: 'security-parking-valet',
    group: 'B-security',
    make(t) {
      const r = t.r;
      const pt = who(t);
      const off = who(t);
      const text = [
        `Valet app (${prod(t)}) lost the entry for ${t.name(pt, r.pick(['western', 'lastFirst'] as const))} at ${sys(t)}.`,
        `Vehicle: ${r.pick(['silver Camry', 'black F-150', 'white CR-V'])}, plate ${t.p('VEHICLE_ID', plate(r))}, VIN ${t.p('VEHICLE_ID', vin(r))}.`,
        `Patient showed DL ${t.p('LICENSE_NUMBER', driversLicense(r))} to pick up. Appointment was ${phi(t)}.`,
        `Officer ${t.name(off, r.pick(['surname', 'western'] as const))} (badge ${t.p('USERNAME', badgeNumber(r))}) has the paper log.`,
      ];
      return { title: 'Valet system lost ticket', text: text.join('\n') };
    },
  },
  // ---------------------------------------------------------------- links
  {
    name: 'links-pasted',
    group: 'B-url',
    make(t) {
      const r = t.r;
      const pt = who(t);
      const id = mrn(r);
      const portalHost = `${r.pick(['mychart', 'portal', 'reports'])}.${t.org.domain}`;
      const url = t.p('URL', patientUrl(r, portalHost, id));
      t.p('MRN', id);
      const text = [
        `This link from the discharge packet gives ${err(t)}:`,
        url,
        `Works for other patients. Patient is ${full(t, pt)}, MRN ${id}.`,
        `Family also set up ${t.p('URL', personalUrl(r, pt))} and is posting screenshots of the portal there.`,
        `Internal doc: https://${host(t)}/kb/${r.int(1000, 9999)} (no patient data).`,
      ];
      return { title: 'Portal deep link error', text: text.join('\n') };
    },
  },
  // ---------------------------------------------------------------- registration
  {
    name: 'registration-wrong-field',
    group: 'B-registration',
    make(t) {
      const r = t.r;
      const pt = who(t);
      const reg = who(t);
      const s = ssn(r);
      const text = [
        `${t.name(reg, r.pick(['western', 'given'] as const))} at ${r.pick(['ED registration', 'Outpatient Registration', 'Admitting'])} typed the SSN ${t.p('SSN', s)} into the MRN field for ${t.name(pt, r.pick(['western', 'lastFirst', 'native'] as const))}.`,
        `Now ${prod(t)} shows two charts: ${mrnv(t)} and ${mrnv(t)}. DOB on both ${dobv(t)}.`,
        `Merge request ${ref(t)} opened at ${sys(t)}. ${r.pick(['HIM', 'Patient Access'])} lead ${anyName(t, who(t))} needs to approve.`,
      ];
      return { title: 'Duplicate chart after SSN entered as MRN', text: text.join('\n') };
    },
  },
  {
    name: 'dates-patient-vs-system',
    group: 'B-registration',
    make(t) {
      const r = t.r;
      const pt = who(t);
      const adm = randomDate(r, 2024, 2026);
      const text = [
        `Encounter for ${t.name(pt, 'western')} shows admit ${t.p('DATE_PHI', formatDate(r, adm))} and discharge ${phi(t)}, but the ADT feed on ${host(t)} only sent A01 at ${sys(t)} and the A03 at ${sys(t)}.`,
        `Patient birthdate ${dobv(t)}, acct ${t.p('ACCOUNT_NUMBER', accountNumber(r))}. Job log ${fpath(t)} rotated ${sys(t)}.`,
        `Build ${ver(t)}.`,
      ];
      return { title: 'ADT discharge not sent', text: text.join('\n') };
    },
  },
];
