import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSysAidSimulator, type SimRecordInput, type SysAidSimulator } from '../../../tools/sim/sysaid/index.js';
import { call, info, login } from './simClient.js';

const users = [{ userName: 'api', password: 'secret' }];
const T0 = Date.UTC(2026, 2, 1);
let clock = T0 + 1_000_000;
let sim: SysAidSimulator;
let cookie: string;

function records(): SimRecordInput[] {
  // update_time: ids 1..6 at T0 + 0,100,100,100,200,300; 7 is a request, the rest incidents.
  const times = [0, 100, 100, 100, 200, 300, 400];
  return times.map((t, i) => ({
    id: i + 1,
    title: `Ticket ${i + 1}`,
    srType: i === 6 ? 'request' : 'incident',
    status: i % 2 === 0 ? 'Open' : 'Closed',
    priority: (i % 5) + 1,
    insertTime: T0 - 1000 + i,
    updateTime: T0 + t,
    ...(i === 3 ? { parentId: 1 } : {}),
  }));
}

beforeEach(async () => {
  clock = T0 + 1_000_000;
  sim = await startSysAidSimulator({ users, records: records(), now: () => clock, limits: { enabled: false } });
  cookie = await login(sim.url);
});
afterEach(async () => {
  await sim.close();
});

const ids = (body: unknown) => (body as Array<{ id: string }>).map((r) => Number(r.id));

describe('SysAid simulator: reading records', () => {
  it('renders records in the info shape with typed values and captions', async () => {
    const answer = await call(sim.url, 'GET', '/sr/4', { cookie });
    expect(answer.status).toBe(200);
    const record = answer.json as Record<string, unknown>;
    expect(record).toMatchObject({ id: '4', canUpdate: true, canDelete: true, canArchive: true, hasChildren: false });
    expect(info(record, 'id')?.value).toBe(4);
    expect(info(record, 'update_time')).toMatchObject({ value: T0 + 100, keyCaption: 'Modified', valueCaption: '01-03-2026 00:00:00', valueClass: '' });
    expect(info(record, 'status')).toMatchObject({ value: 3, valueCaption: 'Closed' });
    expect(info(record, 'priority')).toMatchObject({ value: 4, valueCaption: 'Normal' });
    expect(info(record, 'parent_link')?.value).toBe(1);
    expect((await call(sim.url, 'GET', '/sr/1', { cookie })).json).toMatchObject({ hasChildren: true });
    expect(sim.record(1)?.hasChildren).toBe(true);
    expect(info(record, 'sr_version')?.value).toBe(1);
    expect(info(record, 'notes')?.value).toEqual([]);
    sim.setExposeSrVersion(false);
    expect(info((await call(sim.url, 'GET', '/sr/4', { cookie })).json, 'sr_version')).toBeUndefined();
  });

  it('answers a missing or malformed id with 400 and a JSON error', async () => {
    for (const path of ['/sr/999', '/sr/abc']) {
      const answer = await call(sim.url, 'GET', path, { cookie });
      expect(answer.status).toBe(400);
      expect(answer.json).toMatchObject({ status: 400, message: expect.any(String) });
    }
  });

  it('filters by type and list values, limits fields, sorts and pages', async () => {
    expect(ids((await call(sim.url, 'GET', '/sr?type=request', { cookie })).json)).toEqual([7]);
    expect(ids((await call(sim.url, 'GET', '/sr?type=incident&status=2', { cookie })).json)).toEqual([1, 3, 5]);
    expect(ids((await call(sim.url, 'GET', '/sr?status=2,3&priority=1,2', { cookie })).json)).toEqual([1, 2, 6, 7]);
    expect(ids((await call(sim.url, 'GET', '/sr?sort=update_time&dir=desc', { cookie })).json)).toEqual([7, 6, 5, 4, 3, 2, 1]);
    expect(ids((await call(sim.url, 'GET', '/sr?sort=update_time&dir=asc&offset=2&limit=3', { cookie })).json)).toEqual([3, 4, 5]);
    const limited = (await call(sim.url, 'GET', '/sr?fields=title,status&limit=1', { cookie })).json as Array<{ info: Array<{ key: string }> }>;
    expect(limited).toHaveLength(1);
    expect(limited[0]!.info.map((e) => e.key)).toEqual(['title', 'status']);
    expect((await call(sim.url, 'GET', '/sr/count?type=incident', { cookie })).json).toEqual({ count: 6 });
    expect((await call(sim.url, 'GET', '/sr?bogus=1', { cookie })).status).toBe(400);
  });

  it('caps pages at the default limit of 500', async () => {
    sim.loadRecords(Array.from({ length: 600 }, (_, i) => ({ id: 100 + i, updateTime: T0 })));
    expect(((await call(sim.url, 'GET', '/sr', { cookie })).json as unknown[]).length).toBe(500);
    expect(((await call(sim.url, 'GET', '/sr?limit=1000', { cookie })).json as unknown[]).length).toBe(500);
    expect(((await call(sim.url, 'GET', '/sr?offset=500', { cookie })).json as unknown[]).length).toBe(107);
  });

  it('filters update_time by an inclusive range with 0 as an open end', async () => {
    const range = async (from: number, to: number) => ids((await call(sim.url, 'GET', `/sr?update_time=${from},${to}&sort=update_time&dir=asc`, { cookie })).json);
    expect(await range(T0 + 100, T0 + 200)).toEqual([2, 3, 4, 5]);
    expect(await range(T0 + 200, 0)).toEqual([5, 6, 7]);
    expect(await range(0, T0 + 100)).toEqual([1, 2, 3, 4]);
    expect(await range(T0 + 101, T0 + 199)).toEqual([]);
    expect((await call(sim.url, 'GET', '/sr/count?update_time=' + `${T0 + 100},${T0 + 100}`, { cookie })).json).toEqual({ count: 3 });
    expect((await call(sim.url, 'GET', '/sr?update_time=yesterday', { cookie })).status).toBe(400);
  });

  it('can refuse the update_time filter with a 400 while other queries still work', async () => {
    sim.setRefuseUpdateTimeFilter(true);
    const refused = await call(sim.url, 'GET', `/sr?update_time=${T0},0`, { cookie });
    expect(refused.status).toBe(400);
    expect(refused.json).toMatchObject({ status: 400, message: expect.stringContaining('update_time') });
    expect(ids((await call(sim.url, 'GET', '/sr?sort=update_time&dir=desc&limit=2', { cookie })).json)).toEqual([7, 6]);
  });

  it('can silently ignore the update_time filter', async () => {
    sim.setIgnoreUpdateTimeFilter(true);
    expect(ids((await call(sim.url, 'GET', `/sr?update_time=${T0 + 300},0&status=2`, { cookie })).json)).toEqual([1, 3, 5, 7]);
  });
});

describe('SysAid simulator: writing records', () => {
  it('PUT updates the changed fields, update_time and version', async () => {
    clock += 5_000;
    const answer = await call(sim.url, 'PUT', '/sr/2', { cookie, body: { id: '2', info: [{ key: 'title', value: 'Renamed' }, { key: 'status', value: '2' }] } });
    expect(answer.status).toBe(200);
    const record = sim.record(2)!;
    expect(record).toMatchObject({ title: 'Renamed', status: { value: 2, caption: 'Open' }, version: 2, updateTime: clock });
  });

  it('PUT with a JSON number as a value answers 500 and changes nothing', async () => {
    const answer = await call(sim.url, 'PUT', '/sr/2', { cookie, body: { id: '2', info: [{ key: 'title', value: 'x' }, { key: 'status', value: 2 }] } });
    expect(answer.status).toBe(500);
    expect(answer.json).toMatchObject({ status: 500 });
    expect(sim.record(2)).toMatchObject({ title: 'Ticket 2', version: 1 });
  });

  it('PUT on a missing SR answers 400; an unknown field answers 400', async () => {
    expect((await call(sim.url, 'PUT', '/sr/999', { cookie, body: { id: '999', info: [] } })).status).toBe(400);
    expect((await call(sim.url, 'PUT', '/sr/2', { cookie, body: { id: '2', info: [{ key: 'nope', value: 'x' }] } })).status).toBe(400);
  });

  it('links and notes are stored and rendered', async () => {
    expect((await call(sim.url, 'POST', '/sr/3/link', { cookie, body: { name: 'ADO Bug 12', link: 'https://dev.azure.com/o/p/_workitems/edit/12' } })).status).toBe(200);
    const note = { userName: 'agent', createDate: T0 + 5, text: 'Called back' };
    expect((await call(sim.url, 'PUT', '/sr/3', { cookie, body: { id: '3', info: [{ key: 'notes', value: [note] }] } })).status).toBe(200);
    const record = (await call(sim.url, 'GET', '/sr/3', { cookie })).json;
    expect(info(record, 'links')?.value).toEqual([{ name: 'ADO Bug 12', link: 'https://dev.azure.com/o/p/_workitems/edit/12' }]);
    expect(info(record, 'notes')?.value).toEqual([note]);
    expect(info(record, 'sr_version')?.value).toBe(3);
  });

  it('control methods change records with the skewed clock', async () => {
    sim.setClockOffset(-60_000);
    const updated = sim.updateFields(5, { priority: 'Urgent' });
    expect(updated).toMatchObject({ priority: { value: 1, caption: 'Urgent' }, updateTime: clock - 60_000, version: 2 });
    const created = sim.upsertRecord({ id: 50, title: 'New' });
    expect(created).toMatchObject({ version: 1, updateTime: clock - 60_000, insertTime: clock - 60_000 });
    expect(sim.deleteRecord(50)).toBe(true);
    expect((await call(sim.url, 'GET', '/sr/50', { cookie })).status).toBe(400);
  });

  it('logs requests and counts them by route', async () => {
    sim.resetCounters();
    await call(sim.url, 'GET', '/sr/1', { cookie });
    await call(sim.url, 'GET', '/sr/999', { cookie });
    await call(sim.url, 'GET', '/sr', { cookie });
    expect(sim.counters()).toMatchObject({ requests: 3, byRoute: { 'sr.get': 2, 'sr.list': 1 }, byStatus: { 200: 2, 400: 1 } });
    expect(sim.requests().map((r) => [r.method, r.path, r.status])).toEqual([
      ['GET', '/api/v1/sr/1', 200],
      ['GET', '/api/v1/sr/999', 400],
      ['GET', '/api/v1/sr', 200],
    ]);
  });
});
