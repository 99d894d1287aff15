/** The ADO simulator's public surface. */
export { startAdoSimulator, type AdoSimulator } from './startAdoSimulator.js';
export type {
  AdoSimulatorOptions,
  Counters,
  FaultConfig,
  FaultRule,
  RateLimitOptions,
  RequestLogEntry,
  RouteKind,
  StoredComment,
  StoredWorkItem,
} from './types.js';
