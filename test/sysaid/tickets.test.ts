import { afterEach, describe, expect, it } from 'vitest';
import type { SysAidSimulator } from '../../tools/sim/sysaid/index.js';
import { MalformedRecordError } from '../../shared/sysaid/MalformedRecordError.js';
import { client, collect, recordsAt, startSim } from './fixtures.js';

const T = Date.UTC(2026, 3, 1);
let sim: SysAidSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const key = (t: { updateTime: number; id: string }) => `${t.updateTime}:${t.id}`;
const ascending = (items: Array<{ updateTime: number; id: string }>) =>
  items.every((t, i) => i === 0 || items[i - 1]!.updateTime < t.updateTime || (items[i - 1]!.updateTime === t.updateTime && Number(items[i - 1]!.id) < Number(t.id)));

describe('SysAid client getTicket', () => {
  it('parses a record into a Ticket', async () => {
    sim = await startSim({
      records: [{
        id: 42, title: 'Printer down', description: 'Details', status: 'Open', priority: 'High', urgency: 'Urgent', parentId: 7,
        insertTime: T, updateTime: T + 5, version: 3, notes: [{ userName: 'b', createDate: T + 2, text: 'second' }, { userName: 'a', createDate: T + 1, text: 'first' }],
        extra: { cust_text1: 'Ward 3' },
      }],
    });
    expect(await client(sim).getTicket('42')).toEqual({
      id: '42', title: 'Printer down', description: 'Details', status: 'Open', priority: 'High', urgency: 'Urgent', parentId: '7',
      insertTime: T, updateTime: T + 5, srVersion: 3,
      notes: [{ userName: 'a', createDate: T + 1, text: 'first' }, { userName: 'b', createDate: T + 2, text: 'second' }],
      extraText: { solution: '', request_user: '', responsibility: '', cust_text1: 'Ward 3' },
    });
  });

  it('returns null for a missing SR (SysAid answers 400) and leaves srVersion out when hidden', async () => {
    sim = await startSim({ records: [{ id: 1 }], exposeSrVersion: false });
    const c = client(sim);
    expect(await c.getTicket('999')).toBeNull();
    expect((await c.getTicket('1'))?.srVersion).toBeUndefined();
    await expect(c.getTicket('abc')).rejects.toMatchObject({ code: 'INVALID_ID' });
  });

  it('throws a typed error for a wrong base URL (HTML 404)', async () => {
    sim = await startSim({ records: [{ id: 1 }] });
    const c = client(sim, { baseUrl: `${sim.url}/wrong` });
    await expect(c.getTicket('1')).rejects.toMatchObject({ name: 'SysAidError', code: 'NOT_FOUND_PATH' });
  });

  it('attaches links', async () => {
    sim = await startSim({ records: [{ id: 5 }] });
    await client(sim).addLink('5', 'ADO Bug 9', 'https://dev.azure.com/org/p/_workitems/edit/9');
    expect(sim.record(5)?.links).toEqual([{ name: 'ADO Bug 9', link: 'https://dev.azure.com/org/p/_workitems/edit/9' }]);
  });
});

describe('SysAid client listChanged', () => {
  // Runs of equal times straddle every page boundary at pageSize 3.
  const times = [T, T + 10, T + 10, T + 10, T + 10, T + 20, T + 30, T + 30, T + 30, T + 30, T + 30, T + 30, T + 30, T + 40];

  it('pages ascending across boundaries inside runs of equal update_time, inclusive at both ends', async () => {
    sim = await startSim({ records: recordsAt(times), limits: { enabled: false } });
    const got = await collect(client(sim, { pageSize: 3 }).listChanged(T + 10, T + 30));
    expect(got.map((t) => t.id)).toEqual(['2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13']);
    expect(ascending(got)).toBe(true);
    const queries = sim.requests().filter((r) => r.route === 'sr.list').map((r) => new URLSearchParams(r.query));
    for (const q of queries) expect(q.get('sort')).toBe('update_time');
    expect(queries[0]?.get('update_time')).toBe(`${T + 10},${T + 30}`);
  });

  it('misses nothing when records change while being paged', async () => {
    const many = Array.from({ length: 40 }, (_, i) => T + Math.floor(i / 6) * 10);
    let clock = T + 1_000;
    sim = await startSim({ records: recordsAt(many), limits: { enabled: false }, now: () => clock });
    const seen = new Set<string>();
    let n = 0;
    for await (const ticket of client(sim, { pageSize: 4 }).listChanged(T, T + 10_000)) {
      seen.add(ticket.id);
      n += 1;
      // Change records ahead of, inside and behind the cursor; each change gets a later time.
      clock += 1;
      if (n % 3 === 0 && n < 40) sim.updateFields(40 - n, { title: `edited ${n}` });
      if (n % 5 === 0 && n < 40) sim.updateFields(Math.max(1, n - 2), { title: `edited again ${n}` });
    }
    expect([...seen].sort((a, b) => Number(a) - Number(b))).toEqual(Array.from({ length: 40 }, (_, i) => String(i + 1)));
  });

  it('leaves records that changed past toMs to the next run, and misses none within it', async () => {
    const many = Array.from({ length: 30 }, (_, i) => T + Math.floor(i / 4) * 10);
    sim = await startSim({ records: recordsAt(many), limits: { enabled: false }, now: () => T + 5_000 });
    const seen = new Set<string>();
    let n = 0;
    for await (const ticket of client(sim, { pageSize: 3 }).listChanged(T, T + 1_000)) {
      seen.add(ticket.id);
      n += 1;
      if (n % 4 === 0 && n + 5 <= 30) sim.updateFields(n + 5, { title: 'moved past toMs' });
      if (n % 7 === 0 && n <= 30) sim.updateFields(n, { title: 'edited after reading' });
    }
    for (const record of sim.records()) {
      if (record.updateTime <= T + 1_000) expect(seen.has(String(record.id))).toBe(true);
    }
    expect(seen.size).toBeGreaterThan(20);
  });

  it('steps back when records leave a run of equal times longer than a page', async () => {
    const run = Array.from({ length: 12 }, () => T);
    sim = await startSim({ records: recordsAt(run), limits: { enabled: false }, now: () => T + 1_000 });
    const seen: string[] = [];
    for await (const ticket of client(sim, { pageSize: 3 }).listChanged(T, T)) {
      seen.push(ticket.id);
      // Records already yielded move out of the run (and out of range), shifting the rest forward.
      if (seen.length === 4) {
        sim.updateFields(1, { title: 'moved' });
        sim.updateFields(2, { title: 'moved' });
      }
    }
    expect([...new Set(seen)].sort((a, b) => Number(a) - Number(b))).toEqual(Array.from({ length: 12 }, (_, i) => String(i + 1)));
  });

  it('falls back to descending paging when the update_time filter is refused, and remembers it', async () => {
    sim = await startSim({ records: recordsAt(times), limits: { enabled: false }, refuseUpdateTimeFilter: true });
    const c = client(sim, { pageSize: 3 });
    const got = await collect(c.listChanged(T + 10, T + 30));
    expect(got.map(key)).toEqual(recordsAt(times).slice(1, 13).map((r) => `${r.updateTime}:${r.id}`));
    expect(ascending(got)).toBe(true);
    sim.resetCounters();
    expect((await collect(c.listChanged(T + 20, T + 20))).map((t) => t.id)).toEqual(['6']);
    expect(sim.requests().filter((r) => r.status === 400)).toHaveLength(0);
    for (const r of sim.requests()) expect(new URLSearchParams(r.query).get('dir')).toBe('desc');
  });

  it('falls back the same way when SysAid silently ignores the filter', async () => {
    sim = await startSim({ records: recordsAt(times), limits: { enabled: false }, ignoreUpdateTimeFilter: true });
    const got = await collect(client(sim, { pageSize: 3 }).listChanged(T + 10, T + 30));
    expect(got.map((t) => t.id)).toEqual(['2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13']);
    const dirs = sim.requests().filter((r) => r.route === 'sr.list').map((r) => new URLSearchParams(r.query).get('dir'));
    expect(dirs).toContain('desc');
  });

  it('in the fallback, also catches records that changed during the pass', async () => {
    let clock = T + 1_000;
    const many = Array.from({ length: 20 }, (_, i) => T + i);
    sim = await startSim({ records: recordsAt(many), limits: { enabled: false }, refuseUpdateTimeFilter: true, now: () => clock });
    let descPages = 0;
    // Before the second descending page, record 2 (near the end, not yet read) is edited: it jumps to the top.
    const spy: typeof fetch = async (input, init) => {
      if (String(input instanceof Request ? input.url : input).includes('dir=desc')) {
        descPages += 1;
        if (descPages === 2) {
          clock += 10;
          sim!.updateFields(2, { title: 'edited' });
        }
      }
      return fetch(input, init);
    };
    const got = await collect(client(sim, { pageSize: 4, fetch: spy }).listChanged(T, T + 5_000));
    expect(descPages).toBeGreaterThan(2);
    expect(got.find((t) => t.id === '2')?.updateTime).toBe(T + 1_010);
    expect(new Set(got.map((t) => t.id)).size).toBe(20);
    expect(ascending(got)).toBe(true);
  });

  it('lists past a malformed record as an invalid placeholder; reading it fails naming the field', async () => {
    sim = await startSim({ records: [{ id: 1, updateTime: T, extra: {} }], limits: { enabled: false } });
    sim.loadRecords([{ id: 2, updateTime: T + 1, status: { value: 2, caption: undefined as unknown as string } }, { id: 3, updateTime: T + 2 }]);
    const listed = await collect(client(sim).listChanged(T, T + 10));
    expect(listed.map((t) => [t.id, t.invalid ?? false])).toEqual([['1', false], ['2', true], ['3', false]]);
    const error = await client(sim).getTicket('2').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MalformedRecordError);
    expect(error).toMatchObject({ fieldKey: 'status', srId: '2' });
  });
});
