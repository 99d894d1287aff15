import type { RateLimitOptions } from './types.js';

export type RateDecision =
  | { allowed: true; headers: Record<string, string> }
  | { allowed: false; headers: Record<string, string> };

/**
 * A request budget per identity over a sliding window, like ADO's TSTU limit but counted in requests.
 * Over budget: 429 with Retry-After; close to it: the X-RateLimit-* headers on successful answers too.
 */
export class RateLimiter {
  private readonly seen = new Map<string, number[]>();

  constructor(
    private options: RateLimitOptions | undefined,
    private readonly now: () => number,
  ) {}

  configure(options: RateLimitOptions | undefined): void {
    this.options = options;
    this.seen.clear();
  }

  check(identity: string): RateDecision {
    const options = this.options;
    if (!options) return { allowed: true, headers: {} };
    const now = this.now();
    const window = (this.seen.get(identity) ?? []).filter((t) => t > now - options.windowMs);
    this.seen.set(identity, window);
    const oldest = window[0] ?? now;
    const resetMs = oldest + options.windowMs;
    const waitSeconds = Math.max(1, Math.ceil((resetMs - now) / 1000));
    const base = (remaining: number): Record<string, string> => ({
      'X-RateLimit-Resource': options.resource ?? 'Core',
      'X-RateLimit-Delay': (Math.max(0, resetMs - now) / 1000).toFixed(3),
      'X-RateLimit-Limit': String(options.limit),
      'X-RateLimit-Remaining': String(remaining),
      'X-RateLimit-Reset': String(Math.ceil(resetMs / 1000)),
    });
    if (window.length >= options.limit) {
      return { allowed: false, headers: { ...base(0), 'Retry-After': String(waitSeconds) } };
    }
    window.push(now);
    const remaining = options.limit - window.length;
    if (remaining >= options.limit * (options.nearRatio ?? 0.1)) return { allowed: true, headers: {} };
    const headers = base(remaining);
    if (options.retryAfterWhenNear ?? true) headers['Retry-After'] = String(waitSeconds);
    return { allowed: true, headers };
  }
}
