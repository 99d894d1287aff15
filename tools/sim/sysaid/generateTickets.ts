import { PRIORITIES, STATUSES, URGENCIES } from './fieldCatalog.js';
import { mixSeed, pick, seededRandom, type Random } from './seededRandom.js';
import {
  CITIES, DEPARTMENTS, EMAIL_DOMAINS, ERROR_CODES, FIRST_NAMES, FLOORS, LAST_NAMES, NOTE_TEMPLATES, STAFF_TITLES, STREETS, SYMPTOMS, SYSTEMS,
} from './ticketVocabulary.js';
import type { SimNote, SimRecordInput, SrType } from './types.js';

export interface GenerateTicketsOptions {
  seed: number;
  count: number;
  /** Id of the first ticket (default 1000); ids are consecutive. */
  startId?: number;
  /** insert_time of the first ticket (default 2026-01-01T00:00:00Z). */
  startTime?: number;
  /** Average gap between insert times (default 5 minutes). */
  gapMs?: number;
  /** Share of tickets with a parent (default 0.05). */
  parentRate?: number;
  /** Most notes per ticket (default 3). */
  maxNotes?: number;
}

const DEFAULT_START = Date.UTC(2026, 0, 1);

/** `count` realistic tickets, the same for the same options. */
export function generateTickets(options: GenerateTicketsOptions): SimRecordInput[] {
  return [...iterateTickets(options)];
}

/** The same tickets, one at a time (for 100,000 without holding them twice). */
export function* iterateTickets(options: GenerateTicketsOptions): Generator<SimRecordInput> {
  for (let index = 0; index < options.count; index += 1) yield ticketAt(options, index);
}

/** Ticket number `index` alone: each draws from its own seed, so any one is cheap to rebuild. */
export function ticketAt(options: GenerateTicketsOptions, index: number): SimRecordInput {
  const random = seededRandom(mixSeed(options.seed, index));
  const startId = options.startId ?? 1000;
  const gap = options.gapMs ?? 5 * 60_000;
  const insertTime = (options.startTime ?? DEFAULT_START) + index * gap + Math.floor(random() * gap);
  const updateTime = insertTime + Math.floor(random() * 3 * 24 * 3600_000);
  const people = new People(random);
  const system = pick(random, SYSTEMS);
  const host = `${system.hostPrefix}${String(1 + Math.floor(random() * 40)).padStart(2, '0')}.hosp.local`;
  const version = `${1 + Math.floor(random() * 12)}.${Math.floor(random() * 10)}.${Math.floor(random() * 300)}`;
  const errorCode = pick(random, ERROR_CODES);
  const dept = pick(random, DEPARTMENTS);
  const values: Record<string, string> = {
    staff: people.staff, staffEmail: people.staffEmail, patient: people.patient, mrn: people.mrn, phone: people.phone,
    host, version, errorCode, dept, system: system.name,
  };
  const title = pick(random, [
    `${system.name} ${pick(random, SYMPTOMS)} in ${dept}`,
    `${people.staff}: ${system.name} ${pick(random, SYMPTOMS)}`,
    `${errorCode} on ${host}`,
    `Cannot open chart for ${people.patient} (MRN ${people.mrn})`,
    `${system.name} ${version} ${pick(random, SYMPTOMS)} on ${pick(random, FLOORS)}`,
  ]);
  const description = [
    `${people.staff} (${people.staffEmail}, ext ${people.extension}) reports that ${system.name} ${pick(random, SYMPTOMS)} on ${host} in ${dept}, ${pick(random, FLOORS)}.`,
    `Error shown: ${errorCode}. Client version ${version}.`,
    random() < 0.7 ? `Patient affected: ${people.patient}, MRN ${people.mrn}, DOB ${people.dob}.` : '',
    random() < 0.4 ? `Family contact ${people.relative} at ${people.phone} or ${people.patientEmail}.` : '',
    random() < 0.25 ? `Billing needs SSN ${people.ssn} and address ${people.address} corrected.` : '',
    random() < 0.3 ? `Started after the update to ${version}; rebooting ${host} did not help.` : '',
  ].filter((line) => line !== '').join('\n');
  const noteCount = Math.floor(random() * ((options.maxNotes ?? 3) + 1));
  const notes: SimNote[] = [];
  for (let n = 0; n < noteCount; n += 1) {
    const text = pick(random, NOTE_TEMPLATES).replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? key);
    notes.push({ userName: people.agent, createDate: insertTime + Math.floor(((n + 1) * (updateTime - insertTime)) / (noteCount + 1)), text });
  }
  const srType: SrType = pick(random, ['incident', 'incident', 'incident', 'request', 'request', 'problem', 'change']);
  const parent = index > 0 && random() < (options.parentRate ?? 0.05) ? startId + Math.floor(random() * index) : undefined;
  return {
    id: startId + index,
    srType,
    title,
    description,
    notes,
    status: pick(random, STATUSES),
    priority: pick(random, PRIORITIES),
    urgency: pick(random, URGENCIES),
    ...(parent === undefined ? {} : { parentId: parent }),
    requestUser: people.staff,
    responsibility: people.agent,
    insertTime,
    updateTime,
    version: 1 + Math.floor(random() * 5),
    extra: { cust_text1: `${dept} / ${host}` },
  };
}

/** The people one ticket mentions, with the identifiers a redactor must catch. */
class People {
  readonly staff: string;
  readonly staffEmail: string;
  readonly extension: string;
  readonly agent: string;
  readonly patient: string;
  readonly relative: string;
  readonly mrn: string;
  readonly dob: string;
  readonly phone: string;
  readonly patientEmail: string;
  readonly ssn: string;
  readonly address: string;

  constructor(random: Random) {
    const first = FIRST_NAMES;
    const last = LAST_NAMES;
    const staffFirst = pick(random, first);
    const staffLast = pick(random, last);
    this.staff = `${pick(random, STAFF_TITLES)} ${staffFirst} ${staffLast}`.trim();
    this.staffEmail = `${staffFirst[0]}${staffLast}`.toLowerCase().replace(/[^a-z]/g, '') + '@stmarys-health.org';
    this.extension = digits(random, 4);
    this.agent = `${pick(random, first)} ${pick(random, last)}`;
    const patientFirst = pick(random, first);
    const patientLast = pick(random, last);
    this.patient = `${patientFirst} ${patientLast}`;
    this.relative = `${pick(random, first)} ${patientLast}`;
    this.mrn = pick(random, ['', '', 'A', 'H']) + digits(random, 7);
    this.dob = `${String(1 + Math.floor(random() * 12)).padStart(2, '0')}/${String(1 + Math.floor(random() * 28)).padStart(2, '0')}/${1930 + Math.floor(random() * 90)}`;
    this.phone = pick(random, [`(${digits(random, 3)}) ${digits(random, 3)}-${digits(random, 4)}`, `${digits(random, 3)}-${digits(random, 3)}-${digits(random, 4)}`, `+1 ${digits(random, 3)} ${digits(random, 3)} ${digits(random, 4)}`]);
    this.patientEmail = `${patientFirst}.${patientLast}${digits(random, 2)}`.toLowerCase().replace(/[^a-z0-9.]/g, '') + '@' + pick(random, EMAIL_DOMAINS);
    this.ssn = `${1 + Math.floor(random() * 665)}`.padStart(3, '0') + `-${digits(random, 2)}-${digits(random, 4)}`;
    const city = pick(random, CITIES);
    this.address = `${1 + Math.floor(random() * 9800)} ${pick(random, STREETS)}, ${city[0]}, ${city[1]} ${city[2]}`;
  }
}

/** `n` random decimal digits. */
function digits(random: Random, n: number): string {
  let text = '';
  for (let i = 0; i < n; i += 1) text += String(Math.floor(random() * 10));
  return text;
}
