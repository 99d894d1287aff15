import { SimError } from './simError.js';
import type { LimitOptions } from './types.js';

interface Window {
  start: number;
  count: number;
}

/**
 * SysAid's per-account limits: a fixed window (5 minutes) with separate budgets for logins (2)
 * and other requests (1,000). Over budget, 429 until the window passes.
 */
export class AccountLimits {
  private readonly windows = new Map<string, Window>();
  private options: Required<LimitOptions>;

  constructor(
    options: LimitOptions | undefined,
    private readonly now: () => number,
  ) {
    this.options = resolve(options);
  }

  configure(options: LimitOptions | undefined): void {
    this.options = resolve(options);
    this.windows.clear();
  }

  reset(): void {
    this.windows.clear();
  }

  /** Counts one login or request for the account, or throws 429. */
  take(kind: 'login' | 'request', accountId: string): void {
    if (!this.options.enabled) return;
    const budget = kind === 'login' ? this.options.logins : this.options.requests;
    const key = `${kind}:${accountId}`;
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || now - window.start >= this.options.windowMs) {
      window = { start: now, count: 0 };
      this.windows.set(key, window);
    }
    if (window.count >= budget) {
      const waitMs = window.start + this.options.windowMs - now;
      const headers: Record<string, string> = this.options.retryAfter ? { 'Retry-After': String(Math.max(1, Math.ceil(waitMs / 1000))) } : {};
      throw new SimError(429, kind === 'login' ? 'Too many login attempts' : 'Too many requests', headers);
    }
    window.count += 1;
  }
}

function resolve(options: LimitOptions | undefined): Required<LimitOptions> {
  return {
    windowMs: options?.windowMs ?? 5 * 60_000,
    logins: options?.logins ?? 2,
    requests: options?.requests ?? 1000,
    retryAfter: options?.retryAfter ?? true,
    enabled: options?.enabled ?? true,
  };
}
