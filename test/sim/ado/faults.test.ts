import { afterEach, describe, expect, it } from 'vitest';
import { startAdoSimulator, type AdoSimulator, type FaultConfig } from '../../../tools/sim/ado/index.js';
import { ops, PAT, PROJECT, startWithClient, statusOf, title } from './simClient.js';

const sims: AdoSimulator[] = [];
afterEach(async () => {
  await Promise.all(sims.splice(0).map((s) => s.close()));
});

const auth = { Authorization: `Basic ${Buffer.from(`:${PAT}`).toString('base64')}` };

/** Status of each of `n` GETs, 0 for a dropped connection. */
async function outcomes(faults: FaultConfig, n: number): Promise<number[]> {
  const sim = await startAdoSimulator({ pat: PAT, project: PROJECT, faults });
  sims.push(sim);
  const result: number[] = [];
  for (let i = 0; i < n; i++) {
    try {
      result.push((await fetch(`${sim.url}/_apis/wit/workItems/1`, { headers: auth })).status);
    } catch {
      result.push(0);
    }
  }
  return result;
}

describe('fault injection', () => {
  it('injects 5xx by probability, the same way for the same seed', async () => {
    const config: FaultConfig = { seed: 42, routes: { get: { errorRate: 0.5, errorStatus: 502 } } };
    const first = await outcomes(config, 24);
    expect(await outcomes(config, 24)).toEqual(first);
    expect(first).toContain(502);
    expect(first).toContain(404);
    expect(await outcomes({ ...config, seed: 7 }, 24)).not.toEqual(first);
  });

  it('drops connections by probability, reproducibly', async () => {
    const config: FaultConfig = { seed: 3, routes: { '*': { resetRate: 0.4 } } };
    const first = await outcomes(config, 16);
    expect(await outcomes(config, 16)).toEqual(first);
    expect(first).toContain(0);
    expect(first).toContain(404);
  });

  it('draws latency from the seeded range', async () => {
    const config: FaultConfig = { seed: 9, routes: { get: { latencyMs: [1, 15] } } };
    const latencies = async () => {
      await outcomes(config, 6);
      return sims.at(-1)!.requests().map((r) => r.latencyMs);
    };
    const first = await latencies();
    expect(await latencies()).toEqual(first);
    for (const ms of first) expect(ms >= 1 && ms <= 15).toBe(true);
    expect(new Set(first).size).toBeGreaterThan(1);
  });

  it('fails the next N requests of one route kind only', async () => {
    const { sim, wit } = await startWithClient({ faults: { routes: { create: { failNext: 2 } } } });
    sims.push(sim);
    expect((await statusOf(wit.createWorkItem(undefined, title('a'), PROJECT, 'Bug'))).status).toBe(503);
    expect((await statusOf(wit.createWorkItem(undefined, title('b'), PROJECT, 'Bug'))).status).toBe(503);
    expect(sim.workItems()).toEqual([]);
    const created = await wit.createWorkItem(undefined, title('c'), PROJECT, 'Bug');
    expect(sim.workItems().map((w) => w.id)).toEqual([created.id]);
    expect(sim.requests().filter((r) => r.fault === 'error')).toHaveLength(2);
  });

  it('drops the connection for the next N requests', async () => {
    const { sim, wit } = await startWithClient({ faults: { routes: { wiql: { resetNext: 1 } } } });
    sims.push(sim);
    const query = { query: 'SELECT [System.Id] FROM WorkItems' };
    await expect(wit.queryByWiql(query, { project: PROJECT })).rejects.toThrow();
    expect((await wit.queryByWiql(query, { project: PROJECT })).workItems).toEqual([]);
  });

  it('commit then fail: create is stored although the caller sees a 503', async () => {
    const { sim, wit } = await startWithClient({ faults: { routes: { create: { commitThenFail: { next: 1 } } } } });
    sims.push(sim);
    const failure = await statusOf(wit.createWorkItem(undefined, title('ghost'), PROJECT, 'Bug'));
    expect(failure.status).toBe(503);
    expect(sim.workItems().map((w) => w.fields['System.Title'])).toEqual(['ghost']);
    expect(sim.requests().at(-1)).toMatchObject({ kind: 'create', status: 503, fault: 'commit-then-fail' });
  });

  it('commit then fail: update is stored although the connection drops', async () => {
    const { sim, wit } = await startWithClient();
    sims.push(sim);
    const item = await wit.createWorkItem(undefined, title('before'), PROJECT, 'Bug');
    sim.setFaults({ routes: { update: { commitThenFail: { next: 1, mode: 'reset' } } } });
    const patch = ops({ op: 'test', path: '/rev', value: 1 }, { op: 'replace', path: '/fields/System.Title', value: 'after' });
    await expect(wit.updateWorkItem(undefined, patch, item.id!, PROJECT)).rejects.toThrow();
    expect(sim.workItem(item.id!)).toMatchObject({ rev: 2, fields: { 'System.Title': 'after' } });
    // Retrying the same guarded patch now meets a 412, which is how a caller learns it already landed.
    expect((await statusOf(wit.updateWorkItem(undefined, patch, item.id!, PROJECT))).status).toBe(412);
  });

  it('can be changed at runtime through the HTTP control API', async () => {
    const sim = await startAdoSimulator({ pat: PAT, project: PROJECT });
    sims.push(sim);
    const put = await fetch(`${sim.baseUrl}/_sim/faults`, {
      method: 'PUT',
      body: JSON.stringify({ routes: { discovery: { failNext: 1, errorStatus: 500 } } }),
    });
    expect(put.status).toBe(200);
    expect((await fetch(`${sim.url}/_apis/ResourceAreas`, { headers: auth })).status).toBe(500);
    expect((await fetch(`${sim.url}/_apis/ResourceAreas`, { headers: auth })).status).toBe(200);
    const counters = (await (await fetch(`${sim.baseUrl}/_sim/counters`)).json()) as { byKind: Record<string, number> };
    expect(counters.byKind.discovery).toBe(2);
  });
});
