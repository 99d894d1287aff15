// Template family E: a fifth set of ticket templates, written without looking at templates.ts,
// templatesB.ts, templatesC.ts, templatesD.ts (beyond the shape of one template object) or the
// redactor, in shapes the other families do not have: bulk provisioning and offboarding lists
// (bullets, numbered rows, semicolon runs, "Name - Dept - Start date - NPI" lines); OCR text of
// scanned/faxed forms with l/1, O/0, S/5 noise and broken wraps in the printed labels; legacy
// green-screen inquiries in capitals with fixed-width columns and `SURNAME GIVEN M` names;
// on-call schedules, WhatsApp exports of a unit's shift-swap chat and IT rotation pages;
// post-incident reviews with timelines and action-item owners in the third person; people whose
// names are ordinary English words (Summer Woods, Chase Young) next to the same words used as
// words; lower-case mobile notes and texts where names only appear mid-sentence; Chinese,
// Japanese and Korean names in both orders, Arabic `bin`/`al-` chains, Ethiopian given + father
// names, Polish and Turkish names mangled by printers, initials and double-barrelled surnames;
// handover, lost-badge, garage, portal-proxy and records-request forms; telehealth, IV-robot and
// nurse-call tickets; mail threads quoted with `>>`, `-----Original Message-----`, Apple Mail
// `On ..., at ..., Name <mail> wrote:` and Lotus Notes `Name/OU/ORG@ORG` headers; and technical
// content to keep (error codes, hosts, versions, products, refs, paths, departments, common words).

import { DEPARTMENTS, ERROR_CODES, PRODUCTS, filePath, hostname, serverIp, systemDate, ticketRef, version } from './keep.js';
import type { Rng } from './random.js';
import type { Ticket } from './ticket.js';
import {
  APPS_E,
  CLINICS_E,
  COMMON_E,
  ERR_ACCESS,
  ERR_BOOT,
  ERR_FAX,
  ERR_GENERIC_E,
  ERR_MAINFRAME,
  ERR_NURSECALL,
  ERR_ROBOT,
  ERR_VIDEO,
  OFFICES_E,
  ROLES_E,
  UNITS_E,
  changeWindow,
  datedStamp,
  weekRange,
  type CommonKind,
  accountE,
  addressE,
  appleStamp,
  asciiE,
  assetTag,
  badgeE,
  birthYmd,
  capsE,
  chatStamp,
  clock,
  eastAsianPerson,
  employeeIdE,
  extE,
  fullE,
  genderE,
  hasDiacritic,
  initialsE,
  laptopSerial,
  lastFirstE,
  mangleDiacritics,
  mrnE,
  nativeE,
  notesStamp,
  ocrDebris,
  ocrLabel,
  outlookStamp,
  pagerE,
  passportE,
  personE,
  personFrom,
  pirRef,
  screenDate,
  shortE,
  startDay,
  stateLicenseE,
  stripDiacritics,
  visitYmd,
  wordPerson,
  type AddressE,
  type PersonE,
} from './valuesE.js';
import {
  deviceSerial,
  formatDate,
  formatShortDate,
  healthPlanId,
  npi,
  password,
  patientUrl,
  plate,
  publicIpv4,
  randomDate,
  rxNumber,
  ssn,
  usPhone,
  vin,
} from './values.js';

export interface TemplateE {
  name: string;
  group: string;
  make(t: Ticket): { title: string; text: string };
}

// ---- helpers ------------------------------------------------------------------------------------

const lines = (...xs: (string | false | null | undefined)[]): string =>
  xs.filter((x): x is string => typeof x === 'string').join('\n');
const who = (t: Ticket): PersonE => personE(t.r);
const full = (t: Ticket, p: PersonE): string => t.p('PERSON', fullE(p));
const short = (t: Ticket, p: PersonE): string => t.p('PERSON', shortE(p));
const given = (t: Ticket, p: PersonE): string => t.p('PERSON', p.given);
const sur = (t: Ticket, p: PersonE): string => t.p('PERSON', p.surname);
const lf = (t: Ticket, p: PersonE, mid = false): string => t.p('PERSON', lastFirstE(p, mid));
const caps = (t: Ticket, p: PersonE): string => t.p('PERSON', capsE(p));
const inits = (t: Ticket, p: PersonE): string => t.p('PERSON', initialsE(p));
const native = (t: Ticket, p: PersonE): string => t.p('PERSON', nativeE(p));
const low = (t: Ticket, s: string): string => t.p('PERSON', s.toLowerCase());
/** any everyday written form of a name */
const anyName = (t: Ticket, p: PersonE): string =>
  t.r.pick([() => full(t, p), () => short(t, p), () => short(t, p), () => inits(t, p), () => native(t, p)])();
const mailLocal = (t: Ticket, p: PersonE): string => {
  const g = asciiE(p.given) || 'x';
  const s = asciiE(p.surname) || 'y';
  return t.r.pick([`${g}.${s}`, `${g[0]}${s}`, `${s}.${g[0]}`, `${g}.${s}${t.r.int(2, 9)}`, `${g}${s[0]}`]);
};
const workMail = (t: Ticket, p: PersonE): string => t.p('EMAIL', `${mailLocal(t, p)}@${t.org.domain}`);
const homeMail = (t: Ticket, p: PersonE): string => {
  const g = asciiE(p.given) || 'x';
  const s = asciiE(p.surname) || 'y';
  const local = t.r.pick([`${g}${s}${t.r.int(1, 99)}`, `${s}.${g}`, `${g}_${s[0]}${t.r.int(1965, 2005)}`, `${g[0]}${s}${t.r.int(10, 99)}`, `${g}.${s}.home`]);
  return t.p('EMAIL', `${local}@${t.r.pick(['gmail.com', 'yahoo.com', 'icloud.com', 'outlook.com', 'hotmail.com', 'aol.com', 'msn.com', 'protonmail.com'])}`);
};
const login = (t: Ticket, p: PersonE): string => {
  const g = asciiE(p.given) || 'x';
  const s = asciiE(p.surname) || 'y';
  return t.p('USERNAME', t.r.pick([`${g[0]}${s}`.slice(0, 8), `${s.slice(0, 6)}${g[0]}`, `${g}.${s}`, `${s}${g.slice(0, 2)}${t.r.int(1, 9)}`]));
};
const phone = (t: Ticket): string => t.p('PHONE', usPhone(t.r, 0.1));
const fax = (t: Ticket): string => t.p('FAX', usPhone(t.r, 0));
const ext = (t: Ticket): string => t.p('PHONE', extE(t.r));
const dob = (t: Ticket): string => t.p('DOB', formatDate(t.r, birthYmd(t.r)));
const visit = (t: Ticket): string => t.p('DATE_PHI', formatDate(t.r, visitYmd(t.r)));
const visitShort = (t: Ticket): string => t.p('DATE_PHI', formatShortDate(t.r, visitYmd(t.r)));
const mrn = (t: Ticket): string => t.p('MRN', mrnE(t.r));
const acct = (t: Ticket): string => t.p('ACCOUNT_NUMBER', accountE(t.r));
const badge = (t: Ticket): string => t.p('USERNAME', badgeE(t.r));
const empId = (t: Ticket): string => t.p('USERNAME', employeeIdE(t.r));
const host = (t: Ticket): string => t.k('HOSTNAME', hostname(t.r, t.org));
const sip = (t: Ticket): string => t.k('SERVER_IP', serverIp(t.r));
const ver = (t: Ticket): string => t.k('VERSION', version(t.r));
/** products of the shared list that are devices rather than applications */
const HARDWARE = new Set(['Vocera Badge', 'Alaris pump', 'Philips IntelliVue', 'Lexmark MX622', 'Zebra ZD621', 'Nuance PowerMic', 'Pyxis ES', 'Omnicell XT', 'Stryker iBed', 'GE MUSE', 'Zoom Rooms']);
const APPS = [...PRODUCTS.filter((p) => !HARDWARE.has(p)), ...APPS_E];
/** errors that fit any application (the shared list without device-specific ones) */
const DEVICE_ERRORS = new Set(['S3 Paper Jam', 'E-22 Occlusion', 'BSOD 0x0000007E', 'HL7 AR', 'NAK']);
const GENERIC_ERRORS = [...ERROR_CODES.filter((e) => !DEVICE_ERRORS.has(e)), ...ERR_GENERIC_E];
/** clinical applications a workstation or a chart can freeze in */
const CLINICAL_APPS = ['Epic Rover', 'Allscripts Sunrise', 'Meditech 6.1', 'Meditech Magic', 'athenaOne', 'NextGen', 'Citrix Workspace', 'VMware Horizon', 'PowerScribe 360', 'Sectra PACS'];
const prod = (t: Ticket): string => t.k('PRODUCT', t.r.pick(APPS));
const clinicalApp = (t: Ticket): string => t.k('PRODUCT', t.r.pick(CLINICAL_APPS));
const prodOf = (t: Ticket, ...names: string[]): string => t.k('PRODUCT', t.r.pick(names));
const dept = (t: Ticket): string => t.k('QUEUE_OR_DEPT', t.r.chance(0.5) ? t.r.pick([...UNITS_E, ...CLINICS_E, ...OFFICES_E]) : t.r.pick(DEPARTMENTS));
const unit = (t: Ticket): string => t.k('QUEUE_OR_DEPT', t.r.pick(UNITS_E));
const clinic = (t: Ticket): string => t.k('QUEUE_OR_DEPT', t.r.pick(CLINICS_E));
const deptOf = (t: Ticket, ...names: string[]): string => t.k('QUEUE_OR_DEPT', t.r.pick(names));
const err = (t: Ticket): string => t.k('ERROR_CODE', t.r.pick(GENERIC_ERRORS));
const errOf = (t: Ticket, codes: readonly string[]): string => t.k('ERROR_CODE', t.r.pick(codes));
const ref = (t: Ticket): string => t.k('TICKET_REF', ticketRef(t.r));
const path = (t: Ticket): string => t.k('FILE_PATH', filePath(t.r, t.org));
const sys = (t: Ticket): string => t.k('SYSTEM_DATE', systemDate(t.r));
const sysDay = (t: Ticket): string => t.k('SYSTEM_DATE', datedStamp(t.r));
/** a sentence with a capitalised common word used as a word, avoiding the people already named */
const common = (t: Ticket, kind: CommonKind): string => {
  const parts = new Set(
    t.pii.filter((l) => l.type === 'PERSON').flatMap((l) => l.value.toLowerCase().split(/[^\p{L}\p{M}]+/u))
  );
  const ofKind = COMMON_E.filter(([, , k]) => k === kind);
  const fit = ofKind.filter(([, phrase]) => !phrase.toLowerCase().split(/\s+/).some((w) => parts.has(w)));
  const [sentence, phrase] = t.r.pick(fit.length ? fit : ofKind);
  t.k('COMMON_WORD', phrase);
  return sentence;
};
/** street, "City, ST" and ZIP, each labelled */
const addrParts = (t: Ticket, a: AddressE = addressE(t.r), upper = false): { street: string; city: string; zip: string } => {
  const u = (s: string): string => (upper ? s.toUpperCase() : s);
  return { street: t.p('ADDRESS', u(a.street)), city: t.p('ADDRESS', u(`${a.city}, ${a.state}`)), zip: t.p('ZIP', a.zip) };
};
const pron = (p: PersonE): [string, string, string] => {
  const g = genderE(p);
  return g === 'f' ? ['she', 'her', 'her'] : g === 'm' ? ['he', 'him', 'his'] : ['they', 'them', 'their'];
};
/** the verb form that goes with the person's pronoun ("she says", "they say") */
const agree = (p: PersonE, singular: string, plural: string): string => (genderE(p) === 'x' ? plural : singular);
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
/** a relative of a patient, by the relative's gender */
const relation = (r: Rng, p: PersonE, kind: 'older' | 'younger' | 'any'): string => {
  const g = genderE(p);
  const older = g === 'f' ? ['mother', 'grandmother', 'aunt'] : g === 'm' ? ['father', 'grandfather', 'uncle'] : ['parent', 'spouse'];
  const younger = g === 'f' ? ['daughter', 'granddaughter'] : g === 'm' ? ['son', 'grandson'] : ['child'];
  const spouse = g === 'f' ? ['wife'] : g === 'm' ? ['husband'] : ['partner', 'spouse'];
  return r.pick(kind === 'older' ? older : kind === 'younger' ? younger : [...older, ...younger, ...spouse]);
};
/** distinct people (no shared given name, so "Dawn" alone is never ambiguous inside a ticket) */
const people = (t: Ticket, n: number, make: (r: Rng) => PersonE = personE): PersonE[] => {
  const out: PersonE[] = [];
  for (let i = 0; out.length < n && i < n * 20; i++) {
    const p = make(t.r);
    if (!out.some((q) => q.given === p.given || q.surname === p.surname)) out.push(p);
  }
  while (out.length < n) out.push(make(t.r));
  return out;
};
/** the sex a legacy screen shows, from the given name when it is known */
const sex = (t: Ticket, p: PersonE): string => {
  const g = genderE(p);
  return g === 'f' ? 'F' : g === 'm' ? 'M' : t.r.pick(['F', 'M']);
};
/** increasing log stamps on one day ("2025-05-15 00:43:07"); `day` is that day, written the same way */
const logClock = (t: Ticket): { day: string; next: () => string } => {
  const d = randomDate(t.r, 2024, 2026);
  let sec = t.r.int(0, 22 * 3600);
  const p2 = (n: number): string => String(n).padStart(2, '0');
  const day = `${d.y}-${p2(d.m)}-${p2(d.d)}`;
  return {
    day,
    next: () => {
      sec += t.r.int(5, 200);
      return t.k('SYSTEM_DATE', `${day} ${p2(Math.floor(sec / 3600) % 24)}:${p2(Math.floor(sec / 60) % 60)}:${p2(sec % 60)}`);
    },
  };
};
const pad = (s: string, n: number): string => (s.length >= n ? `${s}  ` : s.padEnd(n));
const hhmm = (m: number): string => `${String(Math.floor(m / 60) % 24).padStart(2, '0')}${String(m % 60).padStart(2, '0')}`;

// ---- E-bulk: provisioning and offboarding lists -------------------------------------------------

const bulkBullets: TemplateE = {
  name: 'bulkBullets',
  group: 'E-bulk',
  make(t) {
    const [mgr, mirror, ...hires] = people(t, 2 + t.r.int(3, 6)) as [PersonE, PersonE, ...PersonE[]];
    const d = dept(t);
    const day = startDay(t.r);
    const bullet = t.r.pick(['•', '*', '-', 'o', '▪', '·']);
    const shift = (): string => t.r.pick(['days', 'nights', 'PRN', '0.6 FTE', 'weekends', 'evenings']);
    const rows = hires.map((h) =>
      t.r.pick([
        () => `${bullet} ${full(t, h)}, ${t.r.pick(ROLES_E)}`,
        () => `${bullet} ${full(t, h)} (${t.r.pick(ROLES_E)})`,
        () => `${bullet} ${short(t, h)} – ${t.r.pick(ROLES_E)}, ${shift()}`,
        () => `${bullet} ${short(t, h)}  ${t.r.pick(ROLES_E)}  ${shift()}`,
      ])()
    );
    const title = t.r.pick([`New hire accounts - ${d} - start ${day}`, `Account creation for ${hires.length} new staff (${d})`, `Please set up new employees - ${d}`]);
    const text = lines(
      t.r.pick(['Hello Service Desk,', 'Hi team,', 'Good morning,', 'Hi all -']),
      '',
      t.r.pick([
        () => `Please create accounts for the following new hires starting ${day}:`,
        () => `Can you set up network, email and ${prod(t)} logins for these folks? First day is ${day}.`,
        () => `The people below start on ${d} ${day} and have nothing set up yet:`,
      ])(),
      '',
      ...rows,
      '',
      `They need ${prod(t)} and ${prod(t)} access, same as ${full(t, mirror)}'s profile${t.r.chance(0.5) ? ` (${login(t, mirror)})` : ''}.`,
      t.r.chance(0.4) && common(t, 'request'),
      t.r.pick([
        () => `I'm the hiring manager, ${phone(t)} if anything is missing.`,
        () => `Hiring manager is me; best number ${phone(t)}.`,
        () => `Call me at ${phone(t)} with questions.`,
      ])(),
      '',
      t.r.pick(['Thanks,', 'Thank you!', 'Thx']),
      t.r.chance(0.5) ? given(t, mgr) : `${full(t, mgr)}\n${t.r.pick(['Nurse Manager', 'Manager', 'Director', 'Supervisor'])}, ${d}`
    );
    return { title, text };
  },
};

const bulkNumbered: TemplateE = {
  name: 'bulkNumbered',
  group: 'E-bulk',
  make(t) {
    const [req, ...hires] = people(t, 1 + t.r.int(3, 5)) as [PersonE, ...PersonE[]];
    const e = err(t);
    const style = t.r.int(0, 2);
    const rows = hires.map((h, i) => {
      const n = style === 0 ? `${i + 1}.` : style === 1 ? `${i + 1})` : `#${i + 1}`;
      return t.r.pick([
        () => `${n} ${lf(t, h, true)} | ${empId(t)} | ${dept(t)} | personal email ${homeMail(t, h)}`,
        () => `${n} ${lf(t, h)} — Emp# ${empId(t)} — ${dept(t)} — home: ${homeMail(t, h)}`,
        () => `${n} ${full(t, h)}, ID ${empId(t)}, ${t.r.pick(ROLES_E)}, ${dept(t)}`,
      ])();
    });
    const text = lines(
      `The ${sys(t)} ${prodOf(t, 'Workday', 'SailPoint IdentityNow', 'UKG Pro')} feed failed with ${e} and these hires have no AD account. They start ${startDay(t.r)}. Please create them by hand:`,
      '',
      ...rows,
      '',
      t.r.chance(0.6) && `Use temp password ${t.p('CREDENTIAL', password(t.r))} for all of them and force a change at first logon.`,
      t.r.chance(0.5) && `Parent ticket ${ref(t)}.`,
      '',
      full(t, req),
      `${t.r.pick(['HR Operations Specialist', 'Onboarding Coordinator', 'Talent Acquisition Partner'])} | ${workMail(t, req)}`
    );
    return { title: t.r.pick([`AD accounts missing for ${hires.length} new hires (${e})`, 'Manual account creation - onboarding batch', 'New hires not in AD']), text };
  },
};

const bulkSemicolon: TemplateE = {
  name: 'bulkSemicolon',
  group: 'E-bulk',
  make(t) {
    const [coord, ...nurses] = people(t, 1 + t.r.int(3, 5)) as [PersonE, ...PersonE[]];
    const asLastFirst = t.r.chance(0.4);
    const names = nurses.map((n) => (asLastFirst ? lf(t, n) : anyName(t, n))).join('; ');
    const agency = t.r.pick([['Aya Healthcare', 'ayahealthcare.com'], ['Fastaff', 'fastaff.com'], ['Trusted Health', 'trustedhealth.com'], ['Medical Solutions', 'medicalsolutions.com'], ['Cross Country', 'crosscountry.com']] as const);
    const cmail = t.p('EMAIL', `${asciiE(coord.given)}.${asciiE(coord.surname)}@${agency[1]}`);
    const d = unit(t);
    const text = lines(
      `need vpn and citrix for the travel nurses starting ${startDay(t.r)} on ${d}: ${names}. agency is ${agency[0]}, coordinator there is ${full(t, coord)} (${phone(t)}, ${cmail}). same access as last contract.`,
      t.r.chance(0.5) && `last batch was ${ref(t)}`,
      t.r.chance(0.5) ? `- ${t.r.pick(['staffing office', 'sent from the staffing office', 'nursing admin'])}` : null
    );
    return { title: t.r.pick(['VPN + Citrix for agency travelers', `travelers for ${d}`, 'Agency nurse access']), text };
  },
};

const bulkDashLines: TemplateE = {
  name: 'bulkDashLines',
  group: 'E-bulk',
  make(t) {
    const [coord, mirror, ...res] = people(t, 2 + t.r.int(3, 6)) as [PersonE, PersonE, ...PersonE[]];
    const block = t.r.pick(['July block', 'Block 7', 'the September rotation', 'Block 2', 'the new academic year']);
    const withNpi = t.r.chance(0.6);
    const specialties = ['Internal Medicine', 'Family Medicine', 'General Surgery', 'Pediatrics', 'Emergency Medicine', 'OB/GYN', 'Psychiatry', 'Anesthesiology'];
    const rows = res.map((p) => {
      const sp = t.k('QUEUE_OR_DEPT', t.r.pick(specialties));
      const nm = t.r.chance(0.75) ? full(t, p) : `Dr. ${full(t, p)}`;
      return `${nm} - ${sp} - ${startDay(t.r)}${withNpi ? ` - ${t.p('LICENSE_NUMBER', npi(t.r))}` : ''}`;
    });
    const text = lines(
      `Residents rotating in for ${block}. Please set up badge access and ${prodOf(t, 'Epic Haiku', 'Epic Rover', 'PerfectServe', 'Epic MyChart')} templates.`,
      '',
      withNpi ? 'Name - Dept - Start date - NPI' : 'Name - Dept - Start date',
      ...rows,
      '',
      `Copy the security class from ${full(t, mirror)}, not the attending template.`,
      `GME office: ${full(t, coord)} ${ext(t)}`
    );
    return { title: t.r.pick([`Residents - badge + EHR access - ${block}`, 'GME onboarding list', 'New residents need access']), text };
  },
};

const bulkTerminations: TemplateE = {
  name: 'bulkTerminations',
  group: 'E-bulk',
  make(t) {
    const [hr, mgr, ...leavers] = people(t, 2 + t.r.int(2, 5)) as [PersonE, PersonE, ...PersonE[]];
    const when = sysDay(t);
    const rows = leavers.map((p, i) => {
      const last = `last day ${startDay(t.r)}`;
      const fwd = t.r.chance(0.35) ? ` - forward mail to ${full(t, mgr)}` : '';
      return t.r.pick([
        () => `${String.fromCharCode(97 + i)}) ${login(t, p)} (${lf(t, p)}) - ${last}${fwd}`,
        () => `${login(t, p)}  ${full(t, p)}  ${last}${fwd}`,
        () => `- ${short(t, p)} / ${login(t, p)} / badge ${badge(t)}${fwd}`,
      ])();
    });
    const text = lines(
      `HR notice: please disable the accounts below effective ${when}. Do not delete mailboxes until the legal hold review is done.`,
      '',
      ...rows,
      '',
      `Badges also need deactivating in ${prodOf(t, 'Lenel OnGuard', 'HID Signo reader')}${t.r.chance(0.5) ? ` - ${deptOf(t, 'Security', 'Facilities')} will collect them` : ''}.`,
      '',
      `${full(t, hr)}, HR Business Partner, ${ext(t)}`
    );
    return { title: t.r.pick(['Terminations - disable accounts', `Offboarding: ${leavers.length} accounts`, 'Account deactivation request']), text };
  },
};

// ---- E-ocr: scanned and faxed forms -------------------------------------------------------------

/** a form line as the OCR returns it: noisy label, clean value, sometimes a wrap inside the label or before the value */
const field = (t: Ticket, label: string, value: string): string => {
  let l = ocrLabel(t.r, label);
  if (t.r.chance(0.15) && l.includes(' ')) {
    const spaces = [...l.matchAll(/ /g)].map((m) => m.index ?? 0);
    const at = t.r.pick(spaces);
    l = `${l.slice(0, at)}\n${l.slice(at + 1)}`;
  }
  const sep = t.r.chance(0.15) ? ':\n' : t.r.pick([': ', ':  ', ' : ', ' ', '; ']);
  return `${l}${sep}${value}${ocrDebris(t.r)}`;
};

const ocrRoiForm: TemplateE = {
  name: 'ocrRoiForm',
  group: 'E-ocr',
  make(t) {
    const pt = who(t);
    const doc = who(t);
    const a = addrParts(t);
    const byRep = t.r.chance(0.35);
    const rep = who(t);
    const clinic = t.r.pick(['Lakeshore Family Practice', 'Prairie Orthopedics', 'Northside Internal Medicine', 'Valley Spine & Pain', 'Bluestem Pediatrics']);
    const text = lines(
      `${prodOf(t, 'Kofax Capture', 'RightFax')} indexed this fax to the wrong chart. Text layer of the scan (page 1 of 2):`,
      '',
      '----- OCR TEXT -----',
      ocrLabel(t.r, 'AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION'),
      field(t, 'Patient Name', full(t, pt)),
      `${field(t, 'Date of Birth', dob(t))}    ${field(t, 'MRN', mrn(t))}`,
      field(t, 'Address', a.street),
      field(t, 'City/State/Zip', `${a.city} ${a.zip}`),
      field(t, 'Telephone', phone(t)),
      ocrLabel(t.r, `I authorize ${t.org.name} to release information to:`),
      field(t, 'Name', `${t.r.pick(['Dr. ', ''])}${full(t, doc)} / ${clinic}`),
      field(t, 'Fax', fax(t)),
      `${field(t, 'Dates of service from', visit(t))} ${ocrLabel(t.r, 'to')} ${visit(t)}`,
      field(t, 'Purpose', t.r.pick(['continuity of care', 'personal use', 'insurance', 'second opinion'])),
      field(t, 'Signature of patient or legal representative', byRep ? full(t, rep) : short(t, pt)),
      byRep ? field(t, 'Relationship to patient', relation(t.r, rep, 'any')) : field(t, 'Relationship to patient', 'self'),
      '----- END -----',
      '',
      `Correct chart per ${deptOf(t, 'Health Information Management', 'Release of Information')} is ${mrn(t)}. ${ref(t)}`
    );
    return { title: t.r.pick(['OCR misfile - ROI authorization on wrong chart', 'Fax indexed to wrong patient', 'Release form misindexed']), text };
  },
};

const ocrProxyForm: TemplateE = {
  name: 'ocrProxyForm',
  group: 'E-ocr',
  make(t) {
    const pt = who(t);
    const proxy = who(t);
    const a = addrParts(t);
    const e = errOf(t, ERR_FAX);
    const text = lines(
      `${prodOf(t, 'Kofax Capture', 'RightFax')} could not read the barcode on this proxy form so it is stuck in the exception queue (${e}). OCR text:`,
      '',
      ocrLabel(t.r, 'MYCHART PROXY ACCESS REQUEST - ADULT PATIENT'),
      ocrLabel(t.r, 'Section 1 - Patient'),
      field(t, 'Legal name', t.r.chance(0.5) ? full(t, pt) : caps(t, pt)),
      field(t, 'Date of birth', dob(t)),
      field(t, 'Medical record #', mrn(t)),
      ocrLabel(t.r, 'Section 2 - Proxy'),
      field(t, 'Proxy name', full(t, proxy)),
      field(t, 'Relationship to patient', relation(t.r, proxy, 'any')),
      field(t, 'Proxy date of birth', dob(t)),
      field(t, 'Proxy email', homeMail(t, proxy)),
      field(t, 'Proxy phone', phone(t)),
      field(t, 'Mailing address', `${a.street}, ${a.city} ${a.zip}`),
      '',
      `Can ${deptOf(t, 'Health Information Management', 'Patient Access')} index it by hand? It was faxed from ${fax(t)}.`
    );
    return { title: t.r.pick([`Fax exception queue - proxy form (${e})`, 'Proxy access form not indexed', 'Unreadable barcode on proxy form']), text };
  },
};

const ocrBadgeForm: TemplateE = {
  name: 'ocrBadgeForm',
  group: 'E-ocr',
  make(t) {
    const c = who(t);
    const sponsor = who(t);
    const company = t.r.pick(['Midwest Mechanical', 'Apex Elevator Co.', 'TriState Fire Protection', 'Summit Door & Hardware', 'Delta Controls Service']);
    const st = t.r.pick(['IN', 'MO', 'IA', 'MN', 'OK', 'TX', 'WI', 'OH']);
    const text = lines(
      `${deptOf(t, 'Facilities', 'Security')} scanned this contractor request; the OCR text is what the portal put in the ticket:`,
      '',
      ocrLabel(t.r, 'CONTRACTOR / VENDOR ID BADGE REQUEST'),
      field(t, 'Name (print)', full(t, c)),
      field(t, 'Company', company),
      field(t, 'Mobile', phone(t)),
      `${field(t, "Driver's License #", t.p('LICENSE_NUMBER', stateLicenseE(t.r)))}   ${field(t, 'State', st)}`,
      field(t, 'Vehicle plate', t.p('VEHICLE_ID', plate(t.r))),
      `${field(t, 'Sponsor (employee)', full(t, sponsor))}   ${field(t, 'Ext', t.p('PHONE', `${t.r.int(2, 8)}-${t.r.digits(4)}`))}`,
      field(t, 'Areas requested', t.r.pick(['Loading dock, MDF 2, Central Plant', 'Roof, elevator machine room', 'Kitchen, Boiler room', 'IDF closets floors 1-6'])),
      '',
      `Please print the badge in ${prodOf(t, 'Lenel OnGuard')} with an end date; the last one for ${company} was ${ref(t)}.`
    );
    return { title: t.r.pick(['Contractor badge request (scanned)', 'Vendor badge - scanned form', `Badge request - ${company}`]), text };
  },
};

// ---- E-screen: legacy green screens ------------------------------------------------------------

const screenStamp = (t: Ticket): string => {
  const d = randomDate(t.r, 2024, 2026);
  return t.k('SYSTEM_DATE', `${String(d.m).padStart(2, '0')}/${String(d.d).padStart(2, '0')}/${String(d.y % 100).padStart(2, '0')} ${hhmm(t.r.int(0, 1439))}`);
};

const mainframeCensus: TemplateE = {
  name: 'mainframeCensus',
  group: 'E-screen',
  make(t) {
    const [code, unitName] = t.r.pick([['4E', '4 East Med-Surg'], ['6W', '6 West'], ['5N', '5 North'], ['TELE', 'Telemetry'], ['MBU', 'Mother Baby'], ['SICU', 'Surgical ICU']] as const);
    const doc = people(t, 3);
    const pts = people(t, t.r.int(3, 6));
    const rooms = pts.map(() => `${t.r.int(2, 6)}${String(t.r.int(1, 40)).padStart(2, '0')}-${t.r.pick(['A', 'B'])}`);
    const rows = pts.map(
      (p, i) =>
        ` ${pad(rooms[i]!, 8)}${pad(caps(t, p), 26)}${pad(acct(t), 13)}${pad(`${t.r.int(19, 89)} ${sex(t, p)}`, 8)}${pad(t.p('DATE_PHI', screenDate(t.r, visitYmd(t.r))), 11)}${t.p('PERSON', t.r.pick(doc).surname.toUpperCase())}`
    );
    const text = lines(
      `${t.k('QUEUE_OR_DEPT', unitName)} unit clerk says the ${prodOf(t, 'Meditech Magic')} census is no longer in room order since ${ver(t)}. Screen copied from ${prodOf(t, 'Rumba+', 'Attachmate Reflection')}:`,
      '',
      ` ADM.CENSUS.${code}        ${t.org.prefix.toUpperCase()}  LIVE          ${screenStamp(t)}     PAGE 1`,
      ' RM-BD   PATIENT NAME              ACCT#        AGE SX  ADM DT     ATTENDING',
      ...rows,
      '',
      t.r.pick([() => `Expected ${rooms.slice().sort()[0]} first. ${ref(t)}`, () => `Sort key looks like it is using the account. Host ${host(t)}.`, () => 'Same on every terminal on the unit.'])()
    );
    return { title: t.r.pick([`Census screen out of order on ${unitName}`, 'Meditech census sort wrong', `ADM.CENSUS.${code} sorting`]), text };
  },
};

const mainframeRegistration: TemplateE = {
  name: 'mainframeRegistration',
  group: 'E-screen',
  make(t) {
    const pt = who(t);
    const guar = t.r.chance(0.5) ? who(t) : null;
    const a = addressE(t.r);
    const abend = errOf(t, ERR_MAINFRAME);
    const text = lines(
      `Registrar at ${deptOf(t, 'Patient Access', 'Emergency Department', 'Outpatient Registration')} gets this on PF5 for one patient only, every other registration saves. Screen as copied:`,
      '',
      ` REG0210              PATIENT REGISTRATION - INQUIRY             ${screenStamp(t)}`,
      ' ------------------------------------------------------------------------------',
      ` NAME.......: ${pad(caps(t, pt), 30)}SEX: ${sex(t, pt)}   DOB: ${t.p('DOB', screenDate(t.r, birthYmd(t.r)))}`,
      ` SSN........: ${pad(t.p('SSN', ssn(t.r)), 30)}MRN: ${mrn(t)}`,
      ` ADDR.......: ${t.p('ADDRESS', a.street.toUpperCase())}`,
      ` CITY/ST/ZIP: ${t.p('ADDRESS', a.city.toUpperCase())} ${a.state} ${t.p('ZIP', a.zip)}`,
      ` HOME PH....: ${t.p('PHONE', usPhone(t.r, 0))}`,
      guar ? ` GUARANTOR..: ${pad(caps(t, guar), 30)}REL: ${t.r.pick(['SPOUSE', 'PARENT', 'CHILD', 'OTHER'])}` : ' GUARANTOR..: SELF',
      ` PRIM INS...: ${pad(t.r.pick(['MEDICARE A/B', 'BCBS PPO', 'AETNA HMO', 'MEDICAID', 'UHC CHOICE']), 18)}ID: ${t.p('HEALTH_PLAN_ID', healthPlanId(t.r))}`,
      ' ------------------------------------------------------------------------------',
      ` ${abend} IN PGM REGX210 - CONTACT SYSTEMS`,
      ' PF1=HELP  PF3=EXIT  PF5=UPDATE  PF7=BACK',
      '',
      t.r.chance(0.5) ? `Region ${host(t)}, ${ref(t)}.` : `Started after the ${ver(t)} load.`
    );
    return { title: t.r.pick([`${abend} on registration update`, 'REG0210 abend for one patient', 'Cannot save registration - abend']), text };
  },
};

const mainframeGuarantor: TemplateE = {
  name: 'mainframeGuarantor',
  group: 'E-screen',
  make(t) {
    const g = who(t);
    const pts = [g, ...people(t, t.r.int(1, 2))];
    const a = addressE(t.r);
    const e = errOf(t, ERR_MAINFRAME);
    const rows = pts.map(
      (p) =>
        ` ${pad(t.p('DATE_PHI', screenDate(t.r, visitYmd(t.r))), 10)} ${pad(caps(t, p), 26)}${pad(t.r.pick(['ER VISIT', 'OUTPT LAB', 'IMAGING', 'CLINIC', 'OBS']), 11)}${pad(`${t.r.int(80, 9999)}.${t.r.digits(2)}`, 10)}${t.r.int(0, 999)}.${t.r.digits(2)}`
    );
    const text = lines(
      `${deptOf(t, 'Patient Financial Services', 'Revenue Integrity')} cannot get past the guarantor inquiry; the session hangs for about 30 s and then shows ${e}. Last screen before the hang:`,
      '',
      ` GAR INQ   ACCT ${acct(t)}     GUAR: ${caps(t, g)}`,
      ' SVC DT     PT NAME                   SVC        CHARGES   BAL',
      ...rows,
      ` ADDR: ${t.p('ADDRESS', a.street.toUpperCase())}  ${t.p('ADDRESS', a.city.toUpperCase())} ${a.state} ${t.p('ZIP', a.zip)}   PH: ${t.p('PHONE', usPhone(t.r, 0))}`,
      '',
      `Host ${host(t)} (${sip(t)}), ${prodOf(t, 'Attachmate Reflection', 'Rumba+', 'IBM z/OS')} ${ver(t)}. ${ref(t)}`
    );
    return { title: t.r.pick([`TN3270 hangs on guarantor inquiry (${e})`, 'GAR INQ screen freezes', 'Billing screen hang']), text };
  },
};

// ---- E-roster: schedules and shift chats --------------------------------------------------------

const onCallWeek: TemplateE = {
  name: 'onCallWeek',
  group: 'E-roster',
  make(t) {
    const docs = people(t, 4);
    const service = t.r.pick(['HOSPITALIST NIGHTS', 'CARDIOLOGY CALL', 'GI ON CALL', 'NEPHROLOGY', 'ORTHO TRAUMA']);
    const pagerNo = docs.map(() => pagerE(t.r));
    const pagers = (i: number): string => t.p('PHONE', pagerNo[i]!);
    const form = t.r.int(0, 3);
    const docName = (i: number): string => {
      const p = docs[i]!;
      return form === 0 ? `Dr. ${sur(t, p)}` : form === 1 ? `${full(t, p)} MD` : form === 2 ? lf(t, p) : `${inits(t, p)}, DO`;
    };
    const days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
    const rows = days.map((d) => {
      const i = t.r.int(1, 3);
      return `${d}  ${t.r.pick(['1900-0700', '0700-1900', '24h'])}  ${pad(docName(i), 28)}pgr ${pagers(i)}`;
    });
    const old = docs[0]!;
    const text = lines(
      `${prodOf(t, 'Amion', 'QGenda')} -> ${prodOf(t, 'PerfectServe')} sync has not run since ${sys(t)}, so pages for ${deptOf(t, 'Hospitalist Service', 'Emergency Department', 'Telemetry', '6 West', 'Oncology')} still go to last week's doctor. This week, pasted from the PDF:`,
      '',
      `${service}   ${weekRange(t.r)}`,
      ...rows,
      '',
      `Still receiving the pages: ${full(t, old)}, pager ${pagers(0)}${t.r.chance(0.5) ? `, cell ${phone(t)}` : ''}.`
    );
    return { title: t.r.pick(["PerfectServe paging last week's on-call", 'On-call sync not running', `${service.toLowerCase()} pages going to wrong doctor`]), text };
  },
};

const shiftSwapChat: TemplateE = {
  name: 'shiftSwapChat',
  group: 'E-roster',
  make(t) {
    const [a, b, c, mgr] = people(t, 4) as [PersonE, PersonE, PersonE, PersonE];
    const day = randomDate(t.r, 2024, 2026);
    let m = t.r.int(17 * 60, 22 * 60);
    const st = (): string => t.k('SYSTEM_DATE', chatStamp(t.r, day, (m += t.r.int(1, 9))));
    const e = errOf(t, ['SYNC_CONFLICT_409', 'HTTP 502 Bad Gateway', 'Shift overlaps existing assignment (WFC-1203)']);
    const unsaved = t.r.chance(0.4) ? t.p('PHONE', usPhone(t.r, 0)) : short(t, c);
    const text = lines(
      `Trying to get a swap approved in ${prodOf(t, 'UKG Pro', 'Kronos Workforce')} and it fails with ${e}. Here is our unit group chat export so you can see it was agreed:`,
      '',
      `[${st()}] ${short(t, a)}: can anyone take my sat night? family thing`,
      `[${st()}] ${short(t, b)}: I can if you take my sunday day`,
      `[${st()}] ${short(t, a)}: deal!! thank you ${given(t, b)}`,
      `[${st()}] ${unsaved}: ${given(t, a)} put it in the system so ${given(t, mgr)} can approve`,
      `[${st()}] ${short(t, a)}: it keeps erroring`,
      '',
      `Employee IDs ${empId(t)} (${given(t, a)}) and ${empId(t)} (${given(t, b)}). Manager is ${full(t, mgr)}.`
    );
    return { title: t.r.pick([`Shift swap rejected (${e})`, 'UKG swap will not save', 'Cannot approve shift trade']), text };
  },
};

const rotationPage: TemplateE = {
  name: 'rotationPage',
  group: 'E-roster',
  make(t) {
    const ppl = people(t, 6);
    const d = deptOf(t, 'Network Operations', 'Interface Team', 'Identity and Access Management', 'Clinical Engineering', 'Desktop Support');
    const week = (i: number): string =>
      lines(
        `Week of ${startDay(t.r)}`,
        `  Primary:    ${full(t, ppl[i]!)} (cell ${phone(t)})`,
        `  Secondary:  ${full(t, ppl[i + 1]!)} (cell ${phone(t)})`,
        `  Escalation: ${full(t, ppl[i + 2]!)}, manager, desk ${ext(t)}`
      );
    const text = lines(
      `The ${d} on-call page on the intranet is out of date and the alerts for ${host(t)} follow it. What it says now:`,
      '',
      week(0),
      week(3),
      '',
      `${given(t, ppl[1]!)} left in January and ${given(t, ppl[4]!)} moved to ${dept(t)}. Please put ${full(t, ppl[5]!)} on primary instead.`
    );
    return { title: t.r.pick([`On-call page out of date - ${d}`, 'Wrong person getting alerts', 'Update the rotation page']), text };
  },
};

// ---- E-postmortem: reviews with timelines and owners -------------------------------------------

const pmTimeline: TemplateE = {
  name: 'pmTimeline',
  group: 'E-postmortem',
  make(t) {
    const [rep, agent, eng, doc, pt, fac] = people(t, 6) as [PersonE, PersonE, PersonE, PersonE, PersonE, PersonE];
    const p = clinicalApp(t);
    const d = unit(t);
    let m = t.r.int(0, 20 * 60);
    const colon = t.r.chance(0.5);
    const at = (): string => t.k('SYSTEM_DATE', clock((m += t.r.int(3, 25)), colon));
    const pir = t.k('TICKET_REF', pirRef(t.r));
    const text = lines(
      `Post-incident review - ${p} unavailable on ${d}`,
      `Ref: ${pir} / ${ref(t)}    Date: ${sysDay(t)}    Facilitator: ${full(t, fac)}`,
      '',
      'Summary',
      `${p} on ${host(t)} stopped accepting connections after ${err(t)}. ${d} worked on downtime forms until the service was moved.`,
      '',
      'Timeline',
      `${at()}  ${full(t, rep)} (${t.r.pick(ROLES_E)}, ${d}) called the service desk: nobody on the unit could log in.`,
      `${at()}  ${full(t, agent)} at the service desk opened the incident and paged on-call.`,
      `${at()}  ${inits(t, eng)} acknowledged; ${pron(eng)[0]} found ${host(t)} at 100% CPU.`,
      `${at()}  ${given(t, eng)} failed the service over to ${host(t)} (${sip(t)}).`,
      `${at()}  Dr. ${sur(t, doc)} reported a delayed order for ${full(t, pt)} (MRN ${mrn(t)}); pharmacy verified it on paper.`,
      `${at()}  Service restored; ${given(t, agent)} confirmed with the unit.`,
      '',
      'What went well',
      `- ${given(t, rep)} started downtime procedures within five minutes.`,
      'What did not',
      `- The failover runbook in ${path(t)} still named a server retired last year.`
    );
    return { title: t.r.pick([`PIR ${pir}: ${p} outage`, `Post-incident review - ${p}`, `${pir} review notes`]), text };
  },
};

const pmActionItems: TemplateE = {
  name: 'pmActionItems',
  group: 'E-postmortem',
  make(t) {
    const att = people(t, t.r.int(4, 6));
    const [impl, pt, dtr, nurse] = people(t, 4) as [PersonE, PersonE, PersonE, PersonE];
    const chg = t.k('TICKET_REF', `CHG${t.r.digits(7)}`);
    const attendees = att.map((p) => `${anyName(t, p)} (${dept(t)})`).join(', ');
    const text = lines(
      `Attendees: ${attendees}`,
      t.r.chance(0.5) && `Apologies: ${full(t, who(t))}`,
      '',
      'What happened',
      `During ${chg} ${full(t, impl)} applied ${ver(t)} to ${host(t)}. The results interface to ${clinicalApp(t)} queued for about forty minutes, and ${t.r.int(12, 140)} results did not reach the chart in time, among them a critical potassium for ${lf(t, pt)} (MRN ${mrn(t)}).`,
      '',
      'Action items',
      `1. Queue-depth check before and after interface changes - owner ${short(t, impl)}, due ${startDay(t.r)}`,
      `2. Update the runbook ${path(t)} - owner ${anyName(t, att[0]!)}`,
      `3. Call back the patient's ${relation(t.r, dtr, 'younger')} ${full(t, dtr)} (${phone(t)}) - owner ${full(t, nurse)}, ${unit(t)}`,
      `4. Add ${err(t)} to the interface alert list - owner ${given(t, att[1]!)}`
    );
    return { title: t.r.pick([`RCA follow-up - ${chg}`, 'Results interface delay - action items', 'Post-change review notes']), text };
  },
};

const pmPharmacyRobot: TemplateE = {
  name: 'pmPharmacyRobot',
  group: 'E-postmortem',
  make(t) {
    const [pt, tech, ph] = people(t, 3) as [PersonE, PersonE, PersonE];
    const robot = prodOf(t, 'Swisslog BoxPicker', 'Omnicell IV Compounding Robot', 'BD Pyxis MedStation ES');
    const e = errOf(t, ERR_ROBOT);
    const rx = t.p('RX_NUMBER', rxNumber(t.r));
    const clk = logClock(t);
    const stamp = clk.next;
    const log = [
      `${stamp()} PICK RX=${rx} PT=${t.p('PERSON', `${pt.surname},${pt.given}`.toUpperCase())} LOC=${t.r.pick(['B12', 'C04', 'A31'])}`,
      `${stamp()} ${e}`,
      `${stamp()} OPERATOR=${login(t, tech)} OVERRIDE`,
    ];
    const text = lines(
      `Summary for the pharmacy safety huddle (${ref(t)}).`,
      '',
      `On ${t.k('SYSTEM_DATE', clk.day)} the ${robot} on ${host(t)} logged ${e} and then picked the wrong strength for Rx ${rx}, patient ${t.r.chance(0.5) ? full(t, pt) : caps(t, pt)} (MRN ${mrn(t)}, ${unit(t)}). ${full(t, tech)} had restocked the canister about an hour before. ${full(t, ph)}, PharmD caught the mismatch at final check and no dose reached the patient.`,
      '',
      'Robot log:',
      ...log,
      '',
      `${given(t, ph)} wants the override option removed for ${pron(tech)[2]} role. Vendor is on ${ver(t)}.`
    );
    return { title: t.r.pick([`${e} - wrong strength picked`, 'Robot mis-pick review', 'Pharmacy robot near miss']), text };
  },
};

// ---- E-wordname: people whose names are ordinary words ------------------------------------------

const wordNamesThanks: TemplateE = {
  name: 'wordNamesThanks',
  group: 'E-wordname',
  make(t) {
    const [a, b, c, boss] = people(t, 4, wordPerson) as [PersonE, PersonE, PersonE, PersonE];
    const d = unit(t);
    const text = lines(
      `${t.r.pick(['Hi', 'Hello', 'Dear'])} ${given(t, boss)},`,
      '',
      `I want to recognise ${short(t, a)} and ${short(t, b)} from the overnight service desk. When ${prod(t)} went down on ${d}, ${given(t, a)} stayed on the phone with our charge nurse, ${full(t, c)}, for an hour, and ${given(t, b)} walked a spare scanner over from ${dept(t)}.`,
      t.r.chance(0.6) && common(t, 'request'),
      `${given(t, c)} asked me to pass on ${pron(c)[2]} thanks too.`,
      '',
      t.r.pick(['Best,', 'Thanks,', 'Gratefully,']),
      full(t, who(t)),
      d
    );
    return { title: t.r.pick(['Kudos for the night desk', 'Compliment - service desk', `Thank you from ${d}`]), text };
  },
};

const wordNamesAsset: TemplateE = {
  name: 'wordNamesAsset',
  group: 'E-wordname',
  make(t) {
    const [a, b] = people(t, 2, wordPerson) as [PersonE, PersonE];
    const tag = assetTag(t.r);
    const text = lines(
      `Moving laptop ${tag} (serial ${laptopSerial(t.r)}) from ${short(t, a)} to ${short(t, b)}, since ${given(t, a)} transferred to ${dept(t)}. ${given(t, b)}'s old one, ${assetTag(t.r)}, can go back to stock.`,
      t.r.chance(0.6) && common(t, 'request'),
      `Please also move ${given(t, a)}'s ${prodOf(t, 'Adobe Acrobat', 'Tableau', 'Kofax Capture', 'PowerScribe 360', 'Attachmate Reflection')} license to ${given(t, b)} (login ${login(t, b)}).`,
      t.r.chance(0.5) && `- ${full(t, who(t))}, ${dept(t)}`
    );
    return { title: t.r.pick([`Asset transfer - ${tag}`, 'Laptop reassignment', 'Move laptop and license']), text };
  },
};

const wordNamesGroups: TemplateE = {
  name: 'wordNamesGroups',
  group: 'E-wordname',
  make(t) {
    const ppl = people(t, 5, (r) => (r.chance(0.8) ? wordPerson(r) : personE(r)));
    const sys2 = prodOf(t, 'Vocera Engage', 'Ascom Telligence', 'Spok Mobile');
    const grp = t.r.pick(['Rapid Response', 'Charge RN', 'Stroke Alert', 'Lift Team', 'Sepsis Huddle']);
    const text = lines(
      `Please update the "${grp}" group in ${sys2} for ${unit(t)}:`,
      `Add: ${full(t, ppl[0]!)}, ${full(t, ppl[1]!)}`,
      `Remove: ${full(t, ppl[2]!)} (now in ${dept(t)})`,
      `The charge phone should ring ${short(t, ppl[3]!)} on days and ${full(t, ppl[4]!)} on nights.`,
      t.r.chance(0.7) && common(t, 'request'),
      `- ${given(t, ppl[3]!)}`
    );
    return { title: t.r.pick([`${grp} group changes`, `${sys2} group update`, 'Vocera group membership']), text };
  },
};

// ---- E-lower: lower-case mobile notes, names mid-sentence ---------------------------------------

const mobileLower: TemplateE = {
  name: 'mobileLower',
  group: 'E-lower',
  make(t) {
    const [a, b] = people(t, 2) as [PersonE, PersonE];
    const [she, , her] = pron(a);
    const tag = assetTag(t.r).toLowerCase();
    const d = t.k('QUEUE_OR_DEPT', t.r.pick(UNITS_E).toLowerCase());
    const text = t.r.pick([
      () =>
        `gave the loaner laptop to ${low(t, a.given)} yesterday, ${she} ${agree(a, 'says', 'say')} the charger is missing. asset tag ${tag}. ${low(t, a.given)}'s cell is ${phone(t)} if you need ${pron(a)[1]}. can someone drop a charger at ${d}? also ${low(t, shortE(b))} is still waiting on a badge`,
      () =>
        `${low(t, shortE(a))} locked out again, told ${pron(a)[1]} to call you. ${she} ${agree(a, 'is', 'are')} on ${d} till 7. ${her} login is ${t.p('USERNAME', asciiE(a.given)[0]! + asciiE(a.surname).slice(0, 7))}`,
      () =>
        `printer on ${d} eating wristbands. ${low(t, a.given)} tried a new roll. pt in 12 ${low(t, shortE(b))} needs one before transport so pls hurry`,
    ])();
    return { title: t.r.pick([`${d} - help`, 'from my phone', 'quick one', `${tag}`]), text };
  },
};

const midSentence: TemplateE = {
  name: 'midSentence',
  group: 'E-lower',
  make(t) {
    const [a, b, c, pt] = people(t, 4) as [PersonE, PersonE, PersonE, PersonE];
    const text = lines(
      `The scanner that ${given(t, a)} borrowed from ${dept(t)} came back with a cracked screen, and ${given(t, b)} says the one ${full(t, c)}'s team uses still works, so it is probably the device and not the ${prodOf(t, 'Epic Rover', 'Imprivata OneSign', 'Vocera Engage')} profile.`,
      t.r.pick([
        () => `It failed while scanning the wristband for ${full(t, pt)} in room ${t.r.int(100, 699)} this morning.`,
        () => `Last good scan was the wristband of ${full(t, pt)} (${mrn(t)}).`,
        () => `The patient whose meds were being scanned, ${full(t, pt)}, was not affected.`,
      ])(),
      `Could you swap it before ${given(t, a)} is back on ${t.r.pick(['Thursday', 'the weekend', 'nights', 'Monday'])}?`
    );
    return { title: t.r.pick([() => 'Cracked scanner', () => 'Scanner swap needed', () => `Scanner from ${dept(t)}`])(), text };
  },
};

const smsThread: TemplateE = {
  name: 'smsThread',
  group: 'E-lower',
  make(t) {
    const [a, b, c, d] = people(t, 4) as [PersonE, PersonE, PersonE, PersonE];
    const unit = t.k('QUEUE_OR_DEPT', t.r.pick(['5w', '4 east', 'icu', 'pacu', 'ed', 'l&d']));
    const text = lines(
      'pasting the texts from last night so you have the timeline',
      '',
      `${low(t, shortE(a))} (mobile)`,
      `today ${t.k('SYSTEM_DATE', `${t.r.int(1, 11)}:${String(t.r.int(0, 59)).padStart(2, '0')} ${t.r.pick(['am', 'pm'])}`)}`,
      `is the pyxis on ${unit} down for you too`,
      `yes since 3ish. ${low(t, c.given)} called pharmacy`,
      `ok ask ${low(t, d.given)} for the override key, ${pron(d)[0]} ${agree(d, 'has', 'have')} it`,
      `${low(t, d.given)} went home. trying ${low(t, shortE(b))}`,
      `got it. ${low(t, b.given)} says pharmacy can't see it either`,
      '',
      t.r.chance(0.5) ? `ticket from me, ${low(t, c.given)}. ${ref(t)}` : `-${low(t, c.given)}`
    );
    return { title: t.r.pick([`pyxis ${unit} down overnight`, 'texts re pyxis', 'pyxis outage timeline']), text };
  },
};

// ---- E-intl: name orders, scripts and conventions ------------------------------------------------

const ENGLISH_NAMES = ['Kevin', 'Vivian', 'Jason', 'Annie', 'Leo', 'Cindy', 'Eric', 'Joanne', 'Tony', 'Iris'];

const cjkOrder: TemplateE = {
  name: 'cjkOrder',
  group: 'E-intl',
  make(t) {
    const p = eastAsianPerson(t.r);
    const mgr = who(t);
    const wrongMail = t.p('EMAIL', `${asciiE(p.surname)}.${asciiE(p.given)}@${t.org.domain}`);
    const rightMail = t.p('EMAIL', `${asciiE(p.given)}.${asciiE(p.surname)}@${t.org.domain}`);
    const nick = t.r.chance(0.4) ? t.p('PERSON', t.r.pick(ENGLISH_NAMES)) : null;
    const dashless = p.given.includes('-') ? t.p('PERSON', `${p.given.replace('-', '').replace(/^./, (c) => c.toUpperCase())} ${p.surname}`) : null;
    const text = lines(
      `New ${t.r.pick(ROLES_E)} starting ${startDay(t.r)} on ${dept(t)}. The name is in the wrong order in half the systems:`,
      '',
      `  Workday legal name:  ${t.p('PERSON', passportE(p))}`,
      `  AD display name:     ${t.p('PERSON', `${p.given}, ${p.surname}`)}   (given name went into the surname field)`,
      `  Email created:       ${wrongMail}`,
      `  Badge printed:       ${t.p('PERSON', nativeE(p))}`,
      dashless && `  ${prodOf(t, 'Epic Haiku', 'Imprivata OneSign', 'PerfectServe')}:   ${dashless}`,
      '',
      `Should be ${short(t, p)} everywhere, email ${rightMail}.${nick ? ` ${cap(pron(p)[0])} ${agree(p, 'goes', 'go')} by ${nick} at work, can that be the preferred name?` : ''}`,
      `Manager: ${full(t, mgr)}, ${ext(t)}`
    );
    return { title: t.r.pick(['Name order wrong in AD and on badge', 'Given/family name swapped', 'Fix display name for new hire']), text };
  },
};

const arabicEthiopian: TemplateE = {
  name: 'arabicEthiopian',
  group: 'E-intl',
  make(t) {
    const p = personFrom(t.r, 'arabic', 'ethiopian');
    if (p.tradition === 'ethiopian' && !p.middle) p.middle = t.r.pick(['Mulugeta', 'Asrat', 'Demissie', 'Lemma']);
    const d = t.p('DOB', formatDate(t.r, birthYmd(t.r)));
    const m1 = mrn(t);
    const m2 = mrn(t);
    let variant: string;
    if (p.tradition === 'ethiopian') variant = t.r.pick([`${p.given} ${p.middle}`, `${p.surname}, ${p.given} ${p.middle}`, `${p.middle} ${p.given}`]);
    else {
      const bare = p.surname.replace(/^(al|Al|el|El)-/, '');
      const joined = p.surname.includes('-') ? p.surname.replace('-', '').replace(/^./, (c) => c.toUpperCase()) : p.surname;
      variant = t.r.pick([`${p.given} ${joined}`, `${p.given} ${bare}`, `${p.surname.toUpperCase().replace('-', ' ')}, ${p.given.toUpperCase()}`]);
    }
    const v = t.p('PERSON', variant);
    const rel = personFrom(t.r, p.tradition);
    if (p.tradition === 'arabic') {
      rel.surname = p.surname;
      rel.middle = `${genderE(rel) === 'f' ? 'bint' : 'bin'} ${p.given}`;
    } else {
      // an Ethiopian child's name: own given name, father's given name, grandfather's name
      rel.middle = p.given;
      rel.surname = p.middle ?? p.surname;
    }
    const relName = t.p('PERSON', fullE(rel));
    const g = genderE(p);
    const honor =
      p.tradition === 'ethiopian' ? (g === 'f' ? t.r.pick(['W/ro', 'Ms.']) : t.r.pick(['Ato', 'Mr.'])) : g === 'f' ? 'Ms.' : t.r.pick(['Mr.', 'Sheikh']);
    const text = lines(
      `${deptOf(t, 'Patient Access', 'Health Information Management')} found two charts for the same patient:`,
      '',
      `  ${pad(m1, 12)}${full(t, p)}    DOB ${d}`,
      `  ${pad(m2, 12)}${v}    DOB ${d}`,
      '',
      `The EMPI in ${prodOf(t, 'Epic Prelude', 'Meditech Magic', 'NextGen', 'Allscripts Sunrise')} did not link them because the name was keyed differently at ${t.r.chance(0.5) ? clinic(t) : unit(t)}. ${cap(genderE(rel) === 'f' ? 'daughter' : genderE(rel) === 'm' ? 'son' : "the patient's child")} ${relName} (${phone(t)}) confirmed both are the same person and asked that we address the patient as ${honor} ${given(t, p)}.`,
      `Please merge ${m2} into ${m1}. ${ref(t)}`
    );
    return { title: t.r.pick(['Duplicate chart - merge request', 'Possible duplicate MRN', 'EMPI did not link two charts']), text };
  },
};

const diacriticNames: TemplateE = {
  name: 'diacriticNames',
  group: 'E-intl',
  make(t) {
    const pick = (): PersonE => {
      for (let i = 0; i < 30; i++) {
        const p = personFrom(t.r, 'polish', 'turkish');
        if (hasDiacritic(fullE(p))) return p;
      }
      return { given: 'Łukasz', surname: 'Wróbel', familyFirst: false, tradition: 'polish' };
    };
    const pt = pick();
    const staff = pick();
    const printer = prodOf(t, 'Zebra ZD621', 'Lexmark CX725');
    const text = lines(
      `Wristbands on ${unit(t)} print "${t.p('PERSON', mangleDiacritics(fullE(pt)))}" for ${full(t, pt)} (MRN ${mrn(t)}). Registration shows the name correctly, so it looks like the ${printer} font (${ver(t)}).`,
      `Same problem on the badge for ${full(t, staff)}: the badge printer gave "${t.p('PERSON', mangleDiacritics(fullE(staff)))}", and AD has "${t.p('PERSON', stripDiacritics(fullE(staff)))}" (login ${login(t, staff)}).`,
      t.r.chance(0.5) ? `Printer ${host(t)}, driver path ${path(t)}.` : `Printer ${host(t)} on ${sip(t)}.`
    );
    return { title: t.r.pick(['Wristband prints ? instead of letters', 'Accented names print wrong', `${printer} special characters`]), text };
  },
};

const initialsDoubleBarrel: TemplateE = {
  name: 'initialsDoubleBarrel',
  group: 'E-intl',
  make(t) {
    const p1 = personFrom(t.r, 'indian', 'akan', 'plainUS');
    if (!p1.middle || p1.middle.length !== 1) p1.middle = t.r.chars('ABCDEKMNRSTV', 1);
    const p2 = personFrom(t.r, 'word', 'plainUS', 'akan');
    const s2 = personFrom(t.r, 'word', 'plainUS', 'akan', 'indian').surname;
    if (!p2.surname.includes('-') && s2 !== p2.surname) p2.surname = `${p2.surname}-${s2}`;
    const p3 = personFrom(t.r, 'greek');
    const nicks: Record<string, string> = { Konstantinos: 'Kostas', Dimitrios: 'Jim', Panagiotis: 'Peter', Spyros: 'Spiro', Christos: 'Chris', Evangelos: 'Angelo', Vasiliki: 'Vicky', Anastasia: 'Natasha', Stavroula: 'Voula', Eleni: 'Helen', Despina: 'Debbie' };
    const nick = nicks[p3.given] ?? 'Gus';
    const text = lines(
      `After the ${ver(t)} provider directory sync these show wrong in ${prodOf(t, 'PerfectServe', 'Epic Haiku', 'Doximity')}:`,
      '',
      `- Dr. ${inits(t, p1)} (NPI ${t.p('LICENSE_NUMBER', npi(t.r))}) now shows as "${t.p('PERSON', `${p1.surname.toUpperCase()} ${p1.given[0]}`)}"`,
      `- ${full(t, p2)}, ${t.r.pick(['NP', 'PA-C', 'MD', 'CNM'])} shows as "${t.p('PERSON', `${p2.given} ${p2.surname.replace('-', ' ')}`)}" - the hyphen is part of the surname`,
      `- Dr. ${full(t, p3)} should show the preferred name ${t.p('PERSON', `${nick} ${p3.surname}`)}`,
      '',
      `Source file ${path(t)} looks right, so it is the import. ${ref(t)}`
    );
    return { title: t.r.pick(['Directory sync dropped initials and hyphens', 'Provider names wrong after sync', 'Preferred names lost in directory']), text };
  },
};

// ---- E-forms: handover, badge, garage, proxy, records --------------------------------------------

const assetHandover: TemplateE = {
  name: 'assetHandover',
  group: 'E-forms',
  make(t) {
    const [it, rcv] = people(t, 2) as [PersonE, PersonE];
    const item = prodOf(t, 'Dell Latitude 5440', 'Surface Pro 9');
    const tag = assetTag(t.r);
    const kind = t.r.pick(['Handover', 'Return', 'Loaner']);
    const text = lines(
      'EQUIPMENT HANDOVER / RETURN FORM',
      `Type: ${kind}`,
      `Item: ${item}    Asset tag: ${tag}    Serial: ${laptopSerial(t.r)}`,
      `Accessories: charger, dock${t.r.chance(0.5) ? ', Nuance PowerMic' : ''}`,
      `Released by: ${full(t, it)} (${deptOf(t, 'Desktop Support', 'Service Desk')})`,
      `Received by: ${full(t, rcv)}    Employee ID: ${empId(t)}    Dept: ${dept(t)}`,
      `Personal mobile (for MFA): ${phone(t)}`,
      `Condition: ${t.r.pick(['Good', 'Scratched lid', 'Missing key cap', 'New in box'])}`,
      `Signature: /s/ ${short(t, rcv)}    Date: ${sysDay(t)}`,
      '',
      `Note from ${given(t, it)}: the previous laptop (${assetTag(t.r)}) threw ${errOf(t, ERR_BOOT)} at boot and goes to recycling.`
    );
    return { title: t.r.pick([`Equipment ${kind.toLowerCase()} - ${tag}`, `${item} ${kind.toLowerCase()}`, 'Handover form']), text };
  },
};

const lostBadge: TemplateE = {
  name: 'lostBadge',
  group: 'E-forms',
  make(t) {
    const [p, supv, officer] = people(t, 3) as [PersonE, PersonE, PersonE];
    const b = badge(t);
    const readers = ['MOB Stair B L2', 'ED Ambulance Bay', 'Pharmacy Vault', 'Garage C Elevator', 'OR Core East', 'Data Center Door 1'];
    const text = lines(
      'Reporting a lost ID badge.',
      `Name: ${full(t, p)}`,
      `Badge #: ${b}`,
      `Dept / unit: ${dept(t)}`,
      `Last used: ${t.r.pick(readers)} at ${sys(t)}`,
      `Where lost: ${t.r.pick(['probably the cafeteria', 'parking garage level 3', 'no idea', 'on the shuttle'])}`,
      `Supervisor: ${full(t, supv)}, ${ext(t)}`,
      `Call me at ${phone(t)}.`,
      '',
      `Security (${full(t, officer)}): badge ${b} disabled in ${prodOf(t, 'Lenel OnGuard')}. A swipe at ${t.r.pick(readers)} ${sys(t)}, after the report, was rejected with ${errOf(t, ERR_ACCESS.filter((e) => e.startsWith('Card') || e.startsWith('Door')))}. Pulling camera footage.`
    );
    return { title: t.r.pick([`Lost badge - ${full(t, p)}`, 'Lost ID badge report', `Badge ${b} lost`]), text };
  },
};

const parkingGarage: TemplateE = {
  name: 'parkingGarage',
  group: 'E-forms',
  make(t) {
    const [officer, driver, pt] = people(t, 3) as [PersonE, PersonE, PersonE];
    const a = addrParts(t);
    const st = t.r.pick(['IN', 'MO', 'IL', 'KS', 'OK', 'TX', 'WV', 'AL']);
    const lvl = t.r.pick(['P1', 'P2', 'P3', 'Level 4', 'Roof']);
    const text = lines(
      `${deptOf(t, 'Parking and Transportation', 'Security')} incident report`,
      `Reported by: ${full(t, officer)}, Security, ${ext(t)}`,
      `Time: ${sys(t)}`,
      `Location: Garage ${t.r.pick(['A', 'B', 'East', 'Visitor'])}, ${lvl}, exit lane ${t.r.int(1, 4)}`,
      `Summary: the gate arm came down on a visitor vehicle after ${prodOf(t, 'Amano iPark', 'T2 Flex')} showed ${errOf(t, ERR_ACCESS.filter((e) => e.startsWith('Gate') || e.startsWith('LPR')))}.`,
      `Driver: ${full(t, driver)}, ${phone(t)}, DL ${t.p('LICENSE_NUMBER', stateLicenseE(t.r))} (${st})`,
      `Vehicle: ${t.r.int(2008, 2025)} ${t.r.pick(['Honda CR-V', 'Ford F-150', 'Toyota Camry', 'Chevy Equinox', 'Kia Soul'])}, plate ${t.p('VEHICLE_ID', plate(t.r))} (${st}), VIN ${t.p('VEHICLE_ID', vin(t.r))}`,
      `Visiting: ${pron(driver)[2]} ${relation(t.r, pt, 'any')} ${full(t, pt)} on ${unit(t)}`,
      `Address for the claim: ${a.street}, ${a.city} ${a.zip}`,
      '',
      `IT: the lane camera ${host(t)} (${sip(t)}) has been dropping plate reads since the ${ver(t)} update.`
    );
    return { title: t.r.pick([`Garage gate arm incident - ${lvl}`, 'Gate arm struck vehicle', 'Parking incident + LPR camera']), text };
  },
};

const proxyAccessRequest: TemplateE = {
  name: 'proxyAccessRequest',
  group: 'E-forms',
  make(t) {
    const [first, req, doc] = people(t, 3) as [PersonE, PersonE, PersonE];
    let pt = first;
    for (let i = 0; i < 20 && genderE(pt) === 'x'; i++) pt = who(t);
    const a = addrParts(t);
    const rel = relation(t.r, pt, 'older');
    const [she, , her] = pron(pt);
    const m = mrn(t);
    const url = t.p('URL', patientUrl(t.r, `mychart.${t.org.domain}`, m));
    const text = lines(
      t.r.pick(['Hello,', 'To whom it may concern,', 'Hi there,']),
      `I am trying to get proxy access to my ${rel} ${full(t, pt)}'s ${prodOf(t, 'Epic MyChart')}. ${cap(she)} was born ${t.p('DOB', formatDate(t.r, randomDate(t.r, 1937, 1962)))} and sees Dr. ${sur(t, doc)} at your ${clinic(t)} clinic. The link in the letter (${url}) says "${errOf(t, ['HTTP 404', 'SAML_RESPONSE_EXPIRED', 'Activation code expired (MC-1022)'])}".`,
      `${cap(she)} lives with me at ${a.street}, ${a.city} ${a.zip}, and ${her} next appointment is ${visitShort(t)}.`,
      `My phone: ${phone(t)}`,
      '',
      'Thank you,',
      full(t, req),
      '',
      `--- Patient Access note: ${given(t, req)} verified by phone, MRN ${m}, proxy form not on file yet. ${ref(t)}`
    );
    return { title: t.r.pick([`Proxy access for my ${rel}`, 'MyChart proxy request', 'Cannot get proxy access']), text };
  },
};

const roiRequest: TemplateE = {
  name: 'roiRequest',
  group: 'E-forms',
  make(t) {
    const [pt, doc, staff] = people(t, 3) as [PersonE, PersonE, PersonE];
    const a = addressE(t.r);
    const clinic = t.r.pick(['Lakeshore Family Practice', 'Northside Internal Medicine', 'Bluestem Health', 'Riverside Primary Care']);
    const ap = addrParts(t, a);
    const text = lines(
      `Portal message forwarded from ${deptOf(t, 'Release of Information', 'Health Information Management')}:`,
      '',
      `"Hi, I moved to ${ap.city} and my new doctor is Dr. ${full(t, doc)} at ${clinic}. Can you send my records from ${visit(t)} and ${visit(t)} (the MRI and the follow-up) to their fax ${fax(t)}? Also please mail a CD of the MRI to ${ap.street}, ${ap.city} ${ap.zip}. My date of birth is ${dob(t)}. Thanks, ${t.r.chance(0.5) ? given(t, pt) : full(t, pt)}"`,
      '',
      `ROI note: ${prodOf(t, 'MRO ROI Online', 'Verisma')} rejects the fax number format (${errOf(t, ERR_FAX)}). Patient MRN ${mrn(t)}. - ${given(t, staff)}`
    );
    return { title: t.r.pick(['Records request - send to new doctor', 'ROI: fax number rejected', 'Release of information request']), text };
  },
};

// ---- E-clinical: telehealth, IV robot, nurse call -----------------------------------------------

const telehealthFail: TemplateE = {
  name: 'telehealthFail',
  group: 'E-clinical',
  make(t) {
    const [doc, pt, helper] = people(t, 3) as [PersonE, PersonE, PersonE];
    const platform = prodOf(t, 'Amwell Carepoint', 'Caregility', 'Zoom for Healthcare', 'Teladoc');
    const e = errOf(t, ERR_VIDEO);
    const text = lines(
      `${full(t, doc)}, ${t.r.pick(['MD', 'NP', 'PA-C', 'LCSW'])} could not connect to the ${t.r.int(8, 16)}:${t.r.pick(['00', '15', '30', '45'])} video visit with ${full(t, pt)} (MRN ${mrn(t)}, appt ${visitShort(t)}). The patient saw "${e}".`,
      'From the session log:',
      `  patient public IP  ${t.p('IP_ADDRESS', publicIpv4(t.r))}`,
      `  patient device     ${t.r.pick(['iPad (9th gen)', 'Galaxy A14', 'iPhone 12', 'Chromebook'])}, serial ${t.p('DEVICE_ID', deviceSerial(t.r))}`,
      `  app                ${platform} ${t.k('VERSION', `${t.r.int(4, 24)}.${t.r.int(0, 12)}.${t.r.int(0, 40)}`)}`,
      `Callback ${phone(t)}; ${pron(pt)[2]} ${relation(t.r, helper, 'any')} ${full(t, helper)} helps with the tablet.`,
      `Provider side was fine (${host(t)}, ${sip(t)}). Visit was converted to phone.`
    );
    return { title: t.r.pick([`Video visit failed - ${e}`, `${platform} patient cannot join`, 'Telehealth visit dropped']), text };
  },
};

const ivRobotLog: TemplateE = {
  name: 'ivRobotLog',
  group: 'E-clinical',
  make(t) {
    const pts = people(t, t.r.int(2, 4));
    const ph = who(t);
    const e = errOf(t, ERR_ROBOT);
    const drugs = ['VANCOMYCIN 1.25G/250ML', 'CEFAZOLIN 2G/100ML', 'HEPARIN 25000U/250ML', 'PIP-TAZO 4.5G/100ML', 'MEROPENEM 1G/50ML'];
    const st = logClock(t).next;
    const log = pts.flatMap((p) => [
      `${st()} INFO  ORDER ${t.p('RX_NUMBER', rxNumber(t.r))} PT ${caps(t, p)} MRN ${mrn(t)} ${t.r.pick(drugs)}`,
      `${st()} ERROR ${e} station=${t.r.int(1, 4)} retry=${t.r.int(1, 3)}`,
    ]);
    const text = lines(
      `The ${prodOf(t, 'Omnicell IV Compounding Robot')} in the ${deptOf(t, 'Inpatient Pharmacy')} clean room rejects every syringe since ${log[1]!.slice(0, 19)}. Log excerpt:`,
      '',
      ...log,
      '',
      `${full(t, ph)} (pharmacist on duty) is compounding by hand. Robot PC ${host(t)}, ${ver(t)}.`
    );
    return { title: t.r.pick([`IV robot ${e}`, 'IV compounding robot down', 'Robot rejecting syringes']), text };
  },
};

const nurseCall: TemplateE = {
  name: 'nurseCall',
  group: 'E-clinical',
  make(t) {
    const [pt, rn, rel] = people(t, 3) as [PersonE, PersonE, PersonE];
    const room = `${t.r.int(2, 7)}${String(t.r.int(1, 40)).padStart(2, '0')}`;
    const console = t.p('PERSON', `${pt.surname.toUpperCase()}, ${pt.given[0]}`);
    const sysName = prodOf(t, 'Rauland Responder 5', 'Ascom Telligence');
    const text = lines(
      `Room ${room} bed ${t.r.int(1, 2)} on ${unit(t)}: the dome light and the ${sysName} console keep showing an active call after it is answered. Console line reads "${room}-1 ${console}  NORMAL  ${t.r.int(2, 59)}m".`,
      `Patient ${full(t, pt)} is a fall risk, so the unit needs this working tonight. ${cap(pron(pt)[2])} ${relation(t.r, rel, 'any')} ${full(t, rel)} has been asking about it (${phone(t)}).`,
      `The assigned nurse ${full(t, rn)} (badge ${badge(t)}) got ${t.r.int(3, 14)} escalations on the charge phone, ${ext(t)}.`,
      `${deptOf(t, 'Biomedical Engineering', 'Clinical Engineering')} says the gateway ${host(t)} logged ${errOf(t, ERR_NURSECALL)}.`
    );
    return { title: t.r.pick([`Nurse call light will not clear - ${room}`, `${sysName} stuck call`, 'Call light stuck on']), text };
  },
};

// ---- E-thread: mail threads in other quoting conventions ----------------------------------------

const nestedQuotes: TemplateE = {
  name: 'nestedQuotes',
  group: 'E-thread',
  make(t) {
    const [a, b, c, pt] = people(t, 4) as [PersonE, PersonE, PersonE, PersonE];
    const d = dept(t);
    const text = lines(
      `Still blank this morning. ${given(t, c)} tried a new ribbon too.`,
      '',
      given(t, a),
      '',
      `${t.r.chance(0.5) ? full(t, b) : lf(t, b)} wrote:`,
      '> Which printer exactly? Can you send the name off the sticker on the back?',
      '>',
      `> ${short(t, a)} wrote:`,
      `>> The wristband printer at the ${d} front desk prints blank for every patient.`,
      `>> Last good one was for ${full(t, pt)} (${mrn(t)}) around ${t.k('SYSTEM_DATE', clock(t.r.int(300, 1200), true))}.`,
      `>> Printer: ${host(t)}`,
      '>>',
      '>> --',
      `>> ${full(t, a)}, ${t.r.pick(ROLES_E)}`,
      `>> ${d} | ${ext(t)}`
    );
    return { title: t.r.pick([`RE: RE: wristband printer blank - ${d}`, 'Re: blank wristbands', 'RE: printer prints blank']), text };
  },
};

const originalMessage: TemplateE = {
  name: 'originalMessage',
  group: 'E-thread',
  make(t) {
    const [mgr, req, c] = people(t, 3) as [PersonE, PersonE, PersonE];
    const share = path(t);
    t.k('COMMON_WORD', 'Grant access');
    const text = lines(
      `Approved. Grant access for ${given(t, req)} please, read only.`,
      '',
      full(t, mgr),
      `${t.r.pick(['Manager', 'Director', 'Supervisor'])}, ${dept(t)}`,
      `O: ${phone(t)}`,
      '',
      '-----Original Message-----',
      `From: ${lf(t, req)} [mailto:${workMail(t, req)}]`,
      `Sent: ${t.k('SYSTEM_DATE', outlookStamp(t.r))}`,
      `To: ${lf(t, mgr)}`,
      `Cc: Service Desk; ${lf(t, c)}`,
      `Subject: access to ${share}`,
      '',
      `Hi ${given(t, mgr)}, can you approve read access to ${share} for me? I am covering ${given(t, c)}'s reports while ${pron(c)[0]} ${agree(c, 'is', 'are')} out. Thanks, ${given(t, req)}`
    );
    return { title: t.r.pick(['FW: access to share', 'RE: access request', 'Approval - share access']), text };
  },
};

const appleMailMobile: TemplateE = {
  name: 'appleMailMobile',
  group: 'E-thread',
  make(t) {
    const [a, b, c, pt] = people(t, 4) as [PersonE, PersonE, PersonE, PersonE];
    const wow = `WOW ${t.r.int(1, 14)}`;
    const text = lines(
      t.r.pick([
        () => `${wow} by the nurses station. It froze on ${full(t, pt)}'s chart (MRN ${mrn(t)}), ${given(t, c)} saw it too.`,
        () => `It's ${wow}. Froze when I opened ${full(t, pt)}, ${mrn(t)}. ${given(t, c)} had the same on the one next to it`,
      ])(),
      '',
      t.r.pick([given(t, a), `- ${given(t, a)}`, `Thx, ${given(t, a)}`]),
      '',
      t.r.pick(['Sent from my iPhone', 'Get Outlook for iOS', 'Sent from my Galaxy', 'Sent from my iPad']),
      '',
      `> On ${t.k('SYSTEM_DATE', appleStamp(t.r))}, ${short(t, b)} <${workMail(t, b)}> wrote:`,
      '> ',
      `> Hi ${given(t, a)}, which workstation and which chart was open when ${clinicalApp(t)} froze? We see ${err(t)} on ${host(t)}.`,
      '> ',
      `> ${full(t, b)} | ${deptOf(t, 'Service Desk', 'Desktop Support')} | ${ext(t)}`
    );
    return { title: t.r.pick([`Re: ${wow} frozen`, 'Re: workstation freezing', 'Re: your ticket']), text };
  },
};

const lotusNotesForward: TemplateE = {
  name: 'lotusNotesForward',
  group: 'E-thread',
  make(t) {
    const [a, b, c, pt] = people(t, 4) as [PersonE, PersonE, PersonE, PersonE];
    const org = t.org.prefix.toUpperCase();
    const ou = (): string => t.r.pick(['IS', 'Nursing', 'Pharmacy', 'Lab', 'HIM', 'Finance', 'Radiology']);
    const subj = t.r.pick(['Mail-in database not receiving', 'Lab result fax failed', 'Scanner to Notes not working']);
    const text = lines(
      `Can the service desk take this? The Notes mail-in database for ${dept(t)} is still used by ${given(t, c)}'s team until the migration.`,
      '',
      `----- Forwarded by ${short(t, a)}/${ou()}/${org} on ${t.k('SYSTEM_DATE', notesStamp(t.r))} -----`,
      '',
      `${short(t, b)}/${ou()}/${org}@${org}`,
      t.k('SYSTEM_DATE', notesStamp(t.r)),
      `To: ${short(t, a)}/${ou()}/${org}@${org}`,
      `cc: ${short(t, c)}/${ou()}/${org}@${org}`,
      `Subject: ${subj}`,
      '',
      `The fax of the culture result for ${full(t, pt)} (DOB ${dob(t)}) never arrived in the mail-in database. Server ${host(t)} shows ${err(t)}.`,
      `Please call me at ${ext(t)}.`
    );
    return { title: `Fw: ${subj}`, text };
  },
};

// ---- E-keep: technical tickets with names only at the edges -------------------------------------

const changeNotice: TemplateE = {
  name: 'changeNotice',
  group: 'E-keep',
  make(t) {
    const [a, b] = people(t, 2) as [PersonE, PersonE];
    const chg = t.k('TICKET_REF', `CHG${t.r.digits(7)}`);
    const p = prod(t);
    const win = changeWindow(t.r).map((w) => t.k('SYSTEM_DATE', w)) as [string, string];
    t.k('COMMON_WORD', 'Will users');
    t.k('COMMON_WORD', 'Bill pay');
    const text = lines(
      `Change ${chg}`,
      `Window: ${win[0]} to ${win[1]}`,
      `Systems: ${host(t)}, ${host(t)} (${sip(t)})`,
      `Implementer: ${full(t, a)}; backout owner: ${full(t, b)}`,
      `Impact: ${p} unavailable for about 20 minutes on ${dept(t)} and ${dept(t)}. Downtime reports at ${path(t)}.`,
      `Will users of Bill pay be affected? No, Bill pay runs on ${host(t)}.`,
      t.r.chance(0.5) && common(t, 'issue'),
      `Questions to ${given(t, a)} at ${ext(t)} or ${workMail(t, a)}.`
    );
    return { title: `${chg}: ${p} upgrade to ${ver(t)}`, text };
  },
};

const kioskCheckIn: TemplateE = {
  name: 'kioskCheckIn',
  group: 'E-keep',
  make(t) {
    const [pt, doc, rep, mgr] = people(t, 4) as [PersonE, PersonE, PersonE, PersonE];
    const text = lines(
      `Privacy concern: check-in kiosk ${host(t)} at ${clinic(t)} did not time out, and the next patient saw the previous screen:`,
      '',
      `  "Welcome back, ${given(t, pt)}!"`,
      `  "Please confirm your date of birth: ${dob(t)}"`,
      `  "Your appointment with Dr. ${sur(t, doc)} is at ${t.r.int(8, 16)}:${t.r.pick(['00', '20', '40'])} on ${visitShort(t)}"`,
      `  "Balance due: $${t.r.int(10, 900)}.${t.r.digits(2)}   [Pay now]"`,
      '',
      `The patient who reported it, ${full(t, rep)}, was upset; the practice manager ${full(t, mgr)} spoke with ${pron(rep)[1]}. Kiosk app ${ver(t)}, idle timeout set in ${path(t)}. ${err(t)} in the kiosk log at ${sys(t)}.`
    );
    return { title: t.r.pick(['Kiosk did not time out - privacy', 'Check-in kiosk showed previous patient', 'Kiosk session not cleared']), text };
  },
};

export const TEMPLATES_E: readonly TemplateE[] = [
  bulkBullets,
  bulkNumbered,
  bulkSemicolon,
  bulkDashLines,
  bulkTerminations,
  ocrRoiForm,
  ocrProxyForm,
  ocrBadgeForm,
  mainframeCensus,
  mainframeRegistration,
  mainframeGuarantor,
  onCallWeek,
  shiftSwapChat,
  rotationPage,
  pmTimeline,
  pmActionItems,
  pmPharmacyRobot,
  wordNamesThanks,
  wordNamesAsset,
  wordNamesGroups,
  mobileLower,
  midSentence,
  smsThread,
  cjkOrder,
  arabicEthiopian,
  diacriticNames,
  initialsDoubleBarrel,
  assetHandover,
  lostBadge,
  parkingGarage,
  proxyAccessRequest,
  roiRequest,
  telehealthFail,
  ivRobotLog,
  nurseCall,
  nestedQuotes,
  originalMessage,
  appleMailMobile,
  lotusNotesForward,
  changeNotice,
  kioskCheckIn,
];
