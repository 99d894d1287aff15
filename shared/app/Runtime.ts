import type { Logger } from '../sync/ports.js';
import type { SyncDeps } from '../sync/syncContext.js';
import type { CatchUpOptions, CatchUpRequest, CatchUpSummary } from '../sync/runCatchUp.js';
import type { WebhookDeps } from '../webhook/handleWebhook.js';
import type { StateStore } from '../state/types.js';

/** One process's wiring of the real adapters, built lazily on first use and then reused. */
export interface Runtime {
  state: StateStore;
  catchUpOptions: CatchUpOptions;
  /** Sync dependencies logging through the given (per-invocation) logger. */
  syncDeps(logger: Logger): SyncDeps;
  webhookDeps(logger: Logger): WebhookDeps;
  runCatchUp(logger: Logger, request?: CatchUpRequest): Promise<CatchUpSummary>;
}
