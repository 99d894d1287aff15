// Technical content that must survive redaction: products, departments, hosts, server IPs,
// error codes, versions, ticket references, file paths, system timestamps, and capitalised
// common words that also happen to be given names.

import type { Rng } from './random.js';

export interface Org {
  name: string;
  domain: string;
  /** host name prefix, also the AD domain */
  prefix: string;
}

export const ORGS: Org[] = [
  { name: 'Mesa Verde Health', domain: 'mesaverdehealth.org', prefix: 'mvh' },
  { name: 'Tidewater Community Hospital', domain: 'tidewaterch.org', prefix: 'tch' },
  { name: 'Red Cedar Medical Center', domain: 'redcedarmc.org', prefix: 'rcmc' },
  { name: 'Granite Peaks Health', domain: 'granitepeaks.health', prefix: 'gph' },
  { name: 'Osage Prairie Clinics', domain: 'osageprairie.net', prefix: 'opc' },
];

export const PRODUCTS = [
  'Epic Rover', 'Vocera Badge', 'Spok Mobile', 'Imprivata OneSign', 'Alaris pump', 'Philips IntelliVue', 'Microsoft Teams', 'Zoom Rooms',
  'ServiceNow', 'Cisco Jabber', 'athenaOne', 'NextGen', 'Kofax Capture', 'OnBase', 'Tableau', 'Workday', 'Sectra PACS', 'PowerScribe 360',
  'Epic Haiku', 'Epic Cadence', 'Epic Beaker', 'Allscripts Sunrise', 'DocuSign', 'Cisco AnyConnect', 'FortiClient', 'Okta', 'CrowdStrike Falcon',
  'Lexmark MX622', 'Zebra ZD621', 'Citrix Workspace', 'VMware Horizon', 'Nuance PowerMic', 'Pyxis ES', 'Omnicell XT', 'Meditech 6.1', 'Rhapsody',
  'Microsoft Edge', 'Adobe Acrobat', 'Kronos Workforce', 'UKG Dimensions', 'Teladoc', 'Doximity', 'Vocera Engage', 'Stryker iBed', 'GE MUSE',
];

export const DEPARTMENTS = [
  'Wound Care', '5 North', 'Labor and Delivery', 'Nutrition Services', 'Respiratory Therapy', 'Patient Financial Services', 'Materials Management',
  'Pharmacy', 'Cardiology', 'Oncology', 'Dialysis', 'Home Health', 'Behavioral Health', 'NICU', 'PACU', 'Telemetry', 'Endoscopy',
  'Sleep Lab', 'Occupational Health', 'Infection Prevention', 'Central Sterile', 'Health Information Management', 'Revenue Integrity',
  'Service Desk', 'Desktop Support', 'Network Operations', 'Clinical Engineering', 'Interface Team', 'Epic Ambulatory', 'Security Operations',
];

export const ERROR_CODES = [
  '0x80070005', '0x8007232B', '0xC0000234', 'ORA-28000', 'ORA-01017', 'SQLSTATE 08001', 'HTTP 503', 'HTTP 429', 'AADSTS50076', 'AADSTS700082',
  'STATUS_ACCOUNT_LOCKED', 'E_ACCESSDENIED', 'Event 7031', 'errno 111', 'ECONNREFUSED', 'ETIMEDOUT', 'SSL_ERROR_BAD_CERT_DOMAIN', 'DNS_PROBE_FINISHED_NXDOMAIN',
  'Error 1603', 'error 0xc004f074', 'HL7 AR', 'NAK', 'code 53', 'Error -2146893022', 'EPIC-ERR-1122', 'PS-4001', 'BSOD 0x0000007E',
  'Event ID 1000', 'Event ID 4771', 'ERR_SSL_VERSION_OR_CIPHER_MISMATCH', 'AUTH_FAILED_7', 'S3 Paper Jam', 'E-22 Occlusion',
];

export const TICKET_PREFIXES = ['INC', 'RITM', 'REQ', 'PRB', 'CHG', 'TASK', 'SR'];

export function ticketRef(r: Rng): string {
  const p = r.pick(TICKET_PREFIXES);
  return p === 'SR' ? `SR-${r.int(10000, 99999)}` : `${p}${r.digits(7)}`;
}

export function hostname(r: Rng, org: Org): string {
  const role = r.pick(['sql', 'app', 'web', 'citrix', 'epic', 'print', 'fs', 'dc', 'hl7', 'pacs', 'wks', 'kiosk', 'vdi', 'mirth', 'rdp']);
  const env = r.pick(['prd', 'tst', 'p', '', 'dr']);
  const num = r.pick([String(r.int(1, 9)).padStart(2, '0'), String(r.int(100, 999)), String(r.int(1000, 9999))]);
  return r.pick([
    () => `${org.prefix}-${role}-${env ? env : 'prd'}${num}`,
    () => `${org.prefix.toUpperCase()}-${role.toUpperCase()}${num}`,
    () => `${org.prefix}${role}${num}.${org.prefix}.local`,
    () => `${role}${num}.corp.${org.domain}`,
    () => `VM-${org.prefix.toUpperCase()}-${role.toUpperCase()}-${num}`,
  ])();
}

export function serverIp(r: Rng): string {
  return `10.${r.int(0, 254)}.${r.int(0, 254)}.${r.int(1, 254)}`;
}

export function version(r: Rng): string {
  return r.pick([
    () => `v${r.int(1, 14)}.${r.int(0, 20)}.${r.int(0, 30)}`,
    () => `${r.int(19, 24)}H${r.int(1, 2)}`,
    () => `${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 9)}-hotfix${r.int(1, 9)}`,
    () => `Build ${r.int(2200, 2499)}.${r.int(1, 9)}.${r.int(0, 9)}.${r.int(10, 999)}`,
    () => `version ${r.int(1, 30)}.${r.int(0, 9)}`,
    () => `rel ${r.int(2019, 2025)}.${r.int(1, 12)}`,
    () => `fw ${r.int(1, 9)}.${r.int(0, 99)}.${r.int(0, 999)}`,
  ])();
}

export function filePath(r: Rng, org: Org): string {
  return r.pick([
    () => `C:\\ProgramData\\${r.pick(['Imprivata', 'Epic', 'Nuance', 'Citrix'])}\\Logs\\${r.pick(['agent', 'client', 'trace'])}.log`,
    () => `\\\\${org.prefix}-fs0${r.int(1, 9)}\\dept\\${r.pick(['scans', 'reports', 'forms', 'exports'])}\\`,
    () => `/var/log/${r.pick(['nginx', 'rhapsody', 'mirth', 'cups'])}/${r.pick(['error', 'access', 'engine'])}.log`,
    () => `%APPDATA%\\Microsoft\\Teams\\${r.pick(['logs.txt', 'Cache', 'settings.json'])}`,
    () => `D:\\Interfaces\\${r.pick(['ADT', 'ORU', 'SIU', 'DFT'])}\\outbound\\error`,
    () => `/opt/${r.pick(['epic', 'pacs', 'spok'])}/conf/${r.pick(['server.xml', 'routes.yaml', 'app.properties'])}`,
  ])();
}

/** when the incident or job happened: kept, unlike a patient's dates */
export function systemDate(r: Rng): string {
  const y = r.int(2024, 2026);
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  const hh = r.int(0, 23);
  const mi = r.int(0, 59);
  const ss = r.int(0, 59);
  const p2 = (n: number): string => String(n).padStart(2, '0');
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]!;
  const h12 = ((hh + 11) % 12) + 1;
  return r.pick([
    () => `${y}-${p2(m)}-${p2(d)}T${p2(hh)}:${p2(mi)}:${p2(ss)}Z`,
    () => `${p2(d)}-${mon}-${y} ${p2(hh)}:${p2(mi)}`,
    () => `${mon} ${d} ${p2(hh)}:${p2(mi)}:${p2(ss)}`,
    () => `${h12}:${p2(mi)}${hh < 12 ? 'am' : 'pm'}`,
    () => `${p2(hh)}${p2(mi)} hrs`,
    () => `${y}/${p2(m)}/${p2(d)} ${p2(hh)}:${p2(mi)}:${p2(ss)}.${r.digits(3)}`,
    () => `${p2(hh)}:${p2(mi)}:${p2(ss)}`,
  ])();
}

/**
 * Capitalised common words that are also given names or surnames, used as ordinary words.
 * Each entry is a sentence and the phrase to keep: the phrase carries the following word(s),
 * so that only the ordinary use is counted.
 */
export const COMMON_WORD_SENTENCES: [string, string][] = [
  ['Will this be fixed before the go-live?', 'Will this'],
  ['Will someone call the unit back?', 'Will someone'],
  ['Grant them the same access as the other unit clerks.', 'Grant them'],
  ['Grant read-only on the share, not modify.', 'Grant read-only'],
  ['Bill the cost center for the replacement.', 'Bill the'],
  ['Mark as resolved once it is back.', 'Mark as resolved'],
  ['Mark it urgent please.', 'Mark it'],
  ['The kiosk is in the Summit Pavilion lobby.', 'Summit Pavilion'],
  ['It started after the May patch.', 'May patch'],
  ['Same thing at the Hope Lodge front desk.', 'Hope Lodge'],
  ['The Faith Chapel projector is on the same switch.', 'Faith Chapel'],
  ['Pasting as Rich Text breaks the note.', 'Rich Text'],
  ['The Chase Paymentech terminal declines too.', 'Chase Paymentech'],
  ['It says Max login attempts exceeded.', 'Max login'],
  ['The Dean of Nursing asked for an update.', 'Dean of Nursing'],
  ['Page me if it drops again.', 'Page me'],
  ['Also broken on Sterling Pavilion 3.', 'Sterling Pavilion'],
  ['Faxes from the Rose Garden clinic fail the same way.', 'Rose Garden'],
];
