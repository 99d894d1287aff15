import { createHmac } from 'node:crypto';
import { postJson } from './postJson.js';
import type { Change } from './recordStore.js';
import { seededRandom, shuffle, type Random } from './seededRandom.js';
import type { DeliveryAttempt, WebhookNotice, WebhookOptions } from './types.js';

interface Job {
  notice: WebhookNotice;
  attempt: number;
}

const DEFAULT_RETRY_DELAYS_MS = [1_000, 10_000, 60_000];

/**
 * Sends `sr.created` / `sr.updated` notices the way a best-effort sender does: one at a time,
 * with a timeout, retries on non-2xx, and (when configured) bursts, duplicates, drops and
 * shuffled batches. Every random choice comes from the seed, so a run is reproducible for the
 * same sequence of changes.
 */
export class WebhookSender {
  private options: WebhookOptions | undefined;
  private random: Random;
  private readonly log: DeliveryAttempt[] = [];
  private pending: WebhookNotice[] = [];
  private readonly ready: Job[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private flushTimer: NodeJS.Timeout | undefined;
  private outstanding = 0;
  private pumping = false;
  private closed = false;
  private waiters: Array<() => void> = [];
  private abort = new AbortController();

  constructor(
    options: WebhookOptions | undefined,
    private readonly now: () => number,
  ) {
    this.options = options;
    this.random = seededRandom(options?.seed ?? 1);
  }

  /** Replaces the configuration and reseeds; deliveries already queued keep going. */
  configure(options: WebhookOptions | undefined): void {
    this.options = options;
    this.random = seededRandom(options?.seed ?? 1);
  }

  deliveries(): DeliveryAttempt[] {
    return this.log.map((entry) => ({ ...entry, notice: { ...entry.notice } }));
  }

  clearLog(): void {
    this.log.length = 0;
  }

  /** Queues the notices one change produces. */
  notify(change: Change, recordTime: number): void {
    const options = this.options;
    if (!options || this.closed) return;
    const id = String(change.record.id);
    const notices: WebhookNotice[] = [];
    if (change.created) {
      notices.push({ event: 'sr.created', id, sr_version: change.record.version, fields: [], timestamp: recordTime });
    } else {
      if (options.behaviour?.fieldBurst) {
        for (const field of change.fields) notices.push({ event: 'sr.updated', id, field, timestamp: recordTime });
      }
      notices.push({ event: 'sr.updated', id, sr_version: change.record.version, fields: [...change.fields], timestamp: recordTime });
    }
    const behaviour = options.behaviour ?? {};
    for (const notice of notices) {
      // Always draw both numbers, so one switch does not shift the other's sequence.
      const drop = this.random() < (behaviour.dropProbability ?? 0);
      const duplicate = this.random() < (behaviour.duplicateProbability ?? 0);
      if (drop) {
        this.log.push({ notice, attempt: 0, outcome: 'dropped', at: this.now() });
        continue;
      }
      this.pending.push(notice);
      if (duplicate) this.pending.push({ ...notice });
    }
    if (this.pending.length > 0 && this.flushTimer === undefined) {
      this.flushTimer = setTimeout(() => this.flush(), options.batchWindowMs ?? 0);
    }
  }

  /** Resolves once nothing is queued, in flight or waiting for a retry. */
  settled(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Stops all deliveries: clears timers and aborts the one in flight. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.pending = [];
    this.ready.length = 0;
    this.abort.abort();
    this.outstanding = 0;
    this.wake();
  }

  private flush(): void {
    this.flushTimer = undefined;
    const batch = this.pending;
    this.pending = [];
    const reorder = this.random() < (this.options?.behaviour?.reorderProbability ?? 0);
    if (reorder) shuffle(this.random, batch);
    for (const notice of batch) {
      this.outstanding += 1;
      this.ready.push({ notice, attempt: 1 });
    }
    void this.pump();
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      for (let job = this.ready.shift(); job && !this.closed; job = this.ready.shift()) await this.deliver(job);
    } finally {
      this.pumping = false;
      this.wake();
    }
  }

  private async deliver(job: Job): Promise<void> {
    const options = this.options;
    if (!options) return this.done();
    const body = JSON.stringify(job.notice);
    const sentAt = String(this.now());
    const headers: Record<string, string> = {};
    if (options.secret !== undefined) headers[options.secretHeader ?? 'x-sysaid-webhook-secret'] = options.secret;
    if (options.signingSecret !== undefined) {
      headers[options.timestampHeader ?? 'x-sysaid-timestamp'] = sentAt;
      headers[options.signatureHeader ?? 'x-sysaid-signature'] = createHmac('sha256', options.signingSecret).update(`${sentAt}.${body}`).digest('hex');
    }
    const outcome = await postJson(options.url, body, headers, options.timeoutMs ?? 10_000, this.abort.signal);
    if (this.closed) return;
    this.log.push({ notice: job.notice, attempt: job.attempt, outcome, at: this.now() });
    if (typeof outcome === 'number' && outcome >= 200 && outcome < 300) return this.done();
    const delays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
    const delay = delays[job.attempt - 1];
    if (delay === undefined) return this.done();
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.ready.push({ notice: job.notice, attempt: job.attempt + 1 });
      void this.pump();
    }, delay);
    this.timers.add(timer);
  }

  private done(): void {
    this.outstanding -= 1;
  }

  private isIdle(): boolean {
    return this.outstanding <= 0 && this.pending.length === 0 && this.flushTimer === undefined && !this.pumping;
  }

  private wake(): void {
    if (!this.isIdle()) return;
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}
