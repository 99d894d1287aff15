import type { FaultConfig, FaultRule, LatencySpec, RouteKind } from './types.js';

/** What to do to one request, decided before it is served. */
export interface FaultPlan {
  latencyMs: number;
  /** Answer with this status instead of serving. */
  failStatus?: number;
  /** Retry-After seconds to send with `failStatus`. */
  retryAfterSeconds?: number;
  /** Destroy the socket instead of answering. */
  reset?: boolean;
  /** Serve (store the change), then fail the answer this way. */
  commitThenFail?: { mode: 'status'; status: number } | { mode: 'reset' };
}

/**
 * Seeded, per-route-kind fault injection. Each kind has its own generator, and every request draws the
 * same number of values, so one seed and one sequence of requests per kind give the same outcomes.
 */
export class Faults {
  private config: FaultConfig = {};
  private readonly counters = new Map<string, number>();
  private readonly generators = new Map<RouteKind, () => number>();

  constructor(config: FaultConfig | undefined) {
    this.set(config ?? {});
  }

  set(config: FaultConfig): void {
    this.config = structuredClone(config);
    this.counters.clear();
    this.generators.clear();
  }

  current(): FaultConfig {
    return structuredClone(this.config);
  }

  plan(kind: RouteKind): FaultPlan {
    const rule = this.config.routes?.[kind] ?? this.config.routes?.['*'];
    if (!rule) return { latencyMs: 0 };
    const random = this.generator(kind);
    // Always four draws, whatever the rule, to keep sequences stable when rules change shape.
    const [rLatency, rError, rReset, rCommit] = [random(), random(), random(), random()];
    const plan: FaultPlan = {
      latencyMs: latency(rule.latencyMs, rLatency),
      ...(rule.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: rule.retryAfterSeconds }),
    };
    const status = rule.errorStatus ?? 503;
    if (this.take(kind, 'failNext', rule.failNext)) return { ...plan, failStatus: status };
    if (this.take(kind, 'resetNext', rule.resetNext)) return { ...plan, reset: true };
    const commit = rule.commitThenFail;
    if (commit && (kind === 'create' || kind === 'update')) {
      if (this.take(kind, 'commitNext', commit.next) || rCommit < (commit.rate ?? 0)) {
        plan.commitThenFail = commit.mode === 'reset' ? { mode: 'reset' } : { mode: 'status', status: commit.status ?? 503 };
        return plan;
      }
    }
    if (rError < (rule.errorRate ?? 0)) return { ...plan, failStatus: status };
    if (rReset < (rule.resetRate ?? 0)) return { ...plan, reset: true };
    return plan;
  }

  /** Consumes one of the rule's "next N" budget; counted per kind from when the rule was set. */
  private take(kind: RouteKind, what: keyof FaultRule | 'commitNext', budget: number | undefined): boolean {
    if (!budget) return false;
    const key = `${kind}:${what}`;
    const used = this.counters.get(key) ?? 0;
    if (used >= budget) return false;
    this.counters.set(key, used + 1);
    return true;
  }

  private generator(kind: RouteKind): () => number {
    let generator = this.generators.get(kind);
    if (!generator) {
      generator = mulberry32(hash(`${this.config.seed ?? 1}:${kind}`));
      this.generators.set(kind, generator);
    }
    return generator;
  }
}

function latency(spec: LatencySpec | undefined, r: number): number {
  if (spec === undefined) return 0;
  if (typeof spec === 'number') return spec;
  const [min, max] = spec;
  return Math.round(min + (max - min) * r);
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
