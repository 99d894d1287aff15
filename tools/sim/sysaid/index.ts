/** The SysAid simulator's public surface. */
export { startSysAidSimulator, type SysAidSimulator } from './startSysAidSimulator.js';
export { generateTickets, iterateTickets, ticketAt, type GenerateTicketsOptions } from './generateTickets.js';
export { renderRecord, type InfoEntry, type RenderedRecord } from './renderRecord.js';
export { PRIORITIES, STATUSES, URGENCIES } from './fieldCatalog.js';
export type {
  Counters, DeliveryAttempt, LimitOptions, ListValue, RequestLogEntry, SimLink, SimNote, SimRecord, SimRecordInput, SimRecordPatch,
  SimUser, SrType, SysAidSimulatorOptions, WebhookBehaviour, WebhookNotice, WebhookOptions,
} from './types.js';
