import { describe, expect, it } from 'vitest';
import { generateTickets, iterateTickets, startSysAidSimulator, ticketAt } from '../../../tools/sim/sysaid/index.js';

describe('generateTickets', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = generateTickets({ seed: 42, count: 50 });
    const b = generateTickets({ seed: 42, count: 50 });
    const c = generateTickets({ seed: 43, count: 50 });
    expect(a).toEqual(b);
    expect(c.map((t) => t.description)).not.toEqual(a.map((t) => t.description));
  });

  it('builds any ticket alone exactly as in the full run', () => {
    const all = generateTickets({ seed: 9, count: 30, startId: 500 });
    expect(ticketAt({ seed: 9, count: 30, startId: 500 }, 17)).toEqual(all[17]);
    expect(all.map((t) => t.id)).toEqual(Array.from({ length: 30 }, (_, i) => 500 + i));
  });

  it('writes help-desk text with PII and technical detail, list values and some parents', () => {
    const tickets = generateTickets({ seed: 1, count: 400, parentRate: 0.1 });
    const text = tickets.map((t) => `${t.title}\n${t.description}\n${(t.notes ?? []).map((n) => n.text).join('\n')}`).join('\n');
    expect(text).toMatch(/MRN \w*\d{7}/);
    expect(text).toMatch(/DOB \d{2}\/\d{2}\/\d{4}/);
    expect(text).toMatch(/\b\d{3}-\d{2}-\d{4}\b/);
    expect(text).toMatch(/[a-z0-9.]+@[a-z0-9-]+\.(com|org)/);
    expect(text).toMatch(/\(\d{3}\) \d{3}-\d{4}|\d{3}-\d{3}-\d{4}/);
    expect(text).toMatch(/\d+ [A-Z][a-z]+ (Ave|Street|Road|Court|Blvd|Lane|Dr|Way), /);
    expect(text).toMatch(/[a-z-]+\d{2}\.hosp\.local/);
    expect(text).toMatch(/\b\d+\.\d+\.\d+\b/);
    const parents = tickets.filter((t) => t.parentId !== undefined);
    expect(parents.length).toBeGreaterThan(10);
    for (const t of parents) expect(Number(t.parentId)).toBeLessThan(Number(t.id));
    expect(new Set(tickets.map((t) => JSON.stringify(t.priority))).size).toBeGreaterThan(3);
    for (const t of tickets) expect(t.updateTime!).toBeGreaterThanOrEqual(t.insertTime!);
  });

  it('loads 100,000 tickets lazily into the simulator', async () => {
    const sim = await startSysAidSimulator({ records: iterateTickets({ seed: 5, count: 100_000 }) });
    try {
      expect(sim.record(1000 + 99_999)).toMatchObject({ id: 100_999 });
      expect(sim.record(1000 + 12_345)?.title).toBe(ticketAt({ seed: 5, count: 100_000 }, 12_345).title);
    } finally {
      await sim.close();
    }
  });
});
