import { describe, expect, it } from 'vitest';
import { forEachConcurrent } from '../../shared/sync/forEachConcurrent.js';

describe('forEachConcurrent', () => {
  it('processes every item with at most N in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    const seen: number[] = [];
    async function* source() {
      for (let i = 0; i < 50; i++) yield i;
    }
    const result = await forEachConcurrent(source(), 4, async (item) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setImmediate(r));
      seen.push(item);
      inFlight--;
    });
    expect(result).toEqual({ pulled: 50, exhausted: true });
    expect(peak).toBeLessThanOrEqual(4);
    expect(peak).toBeGreaterThan(1);
    expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });

  it('stops pulling when told to, and closes the source', async () => {
    let closed = false;
    async function* source() {
      try {
        for (let i = 0; ; i++) yield i;
      } finally {
        closed = true;
      }
    }
    let done = 0;
    const result = await forEachConcurrent(source(), 2, async () => {
      done++;
    }, () => done < 10);
    expect(result.exhausted).toBe(false);
    expect(result.pulled).toBeLessThanOrEqual(11);
    expect(closed).toBe(true);
  });
});
