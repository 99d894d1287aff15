import { ROUTE_KINDS, type Counters, type RequestLogEntry, type RouteKind } from './types.js';

/** Every request the simulator saw, and counts per route kind, for tests to assert on. */
export class RequestLog {
  private entries: RequestLogEntry[] = [];
  private counts = emptyCounters();

  record(entry: RequestLogEntry): void {
    this.entries.push(entry);
    if (entry.kind === 'control') return;
    this.counts.total++;
    this.counts.byKind[entry.kind]++;
    if (entry.write) this.counts.writes++;
    else this.counts.reads++;
  }

  list(): RequestLogEntry[] {
    return this.entries.map((e) => ({ ...e }));
  }

  counters(): Counters {
    return { ...this.counts, byKind: { ...this.counts.byKind } };
  }

  reset(): void {
    this.entries = [];
    this.counts = emptyCounters();
  }
}

function emptyCounters(): Counters {
  const byKind = Object.fromEntries(ROUTE_KINDS.map((k) => [k, 0])) as Record<RouteKind, number>;
  return { total: 0, reads: 0, writes: 0, byKind };
}
