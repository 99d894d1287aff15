import { randomUUID } from 'node:crypto';
import { loadConfig, type AppConfig } from '../config/loadConfig.js';
import type { Clock, Logger } from '../sync/ports.js';
import { DEFAULT_SYNC_OPTIONS, type SyncDeps } from '../sync/syncContext.js';
import { runCatchUp } from '../sync/runCatchUp.js';
import { DEFAULT_MAX_BODY_BYTES } from '../webhook/handleWebhook.js';
import { syncTicket } from '../sync/syncTicket.js';
import type { Runtime } from './Runtime.js';
import { fieldMappingFromConfig } from './fieldMappingFromConfig.js';
import { createAdapters, type AdapterOverrides, type Adapters } from './createAdapters.js';

export interface RuntimeOverrides extends AdapterOverrides {
  clock?: Clock;
  instanceId?: string;
  /** Replaces the background logger used before an invocation supplies its own. */
  logger?: Logger;
}

/**
 * Builds one process's runtime from its environment: validates every setting, then wires the
 * real adapters. Called lazily on the first invocation, never at import time.
 */
export async function createRuntime(env: Record<string, string | undefined>, overrides: RuntimeOverrides = {}): Promise<Runtime & { config: AppConfig; adapters: Adapters }> {
  const config = loadConfig(env);
  const clock = overrides.clock ?? { now: () => Date.now() };
  const adapters = await createAdapters(config, env, clock, overrides);
  const instanceId = overrides.instanceId ?? randomUUID();
  const mapping = fieldMappingFromConfig(config);

  const syncDeps = (logger: Logger): SyncDeps => ({
    source: adapters.source,
    gateway: adapters.gateway,
    state: adapters.state,
    redactor: adapters.redactor,
    mapping,
    logger,
    clock,
    instanceId,
    options: {
      ...DEFAULT_SYNC_OPTIONS,
      redactionBudgetMs: config.redaction.budgetMs,
      maxAttempts: config.backfill.maxAttempts,
    },
  });
  const catchUpOptions = {
    overlapMs: config.backfill.overlapSeconds * 1000,
    concurrency: config.backfill.concurrency,
    timeBudgetMs: config.backfill.timeBudgetSeconds * 1000,
    initialLookbackMs: config.backfill.initialLookbackHours * 3_600_000,
  };

  return {
    config,
    adapters,
    state: adapters.state,
    catchUpOptions,
    syncDeps,
    webhookDeps: (logger) => ({
      secrets: () => adapters.webhookSecrets(),
      syncTicket: (srId, request) => syncTicket(syncDeps(logger), srId, request),
      recordPending: (row) => adapters.state.putPending(row),
      clock,
      logger,
      options: {
        secretHeader: config.webhook.secretHeader.toLowerCase(),
        requireSignature: config.webhook.requireSignature,
        inlineBudgetMs: config.webhook.inlineBudgetMs,
        maxBodyBytes: DEFAULT_MAX_BODY_BYTES,
      },
    }),
    runCatchUp: (logger, request) => runCatchUp(syncDeps(logger), catchUpOptions, request),
  };
}
