import * as azdev from 'azure-devops-node-api';
import { afterEach, describe, expect, it } from 'vitest';
import { startAdoSimulator, type AdoSimulator } from '../../../tools/sim/ado/index.js';
import { BEARER, PAT, PROJECT, startWithClient, statusOf, title } from './simClient.js';

let sim: AdoSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe('auth', () => {
  it('serves the real client with a PAT and with a bearer token', async () => {
    for (const auth of ['pat', 'bearer'] as const) {
      const started = await startWithClient({}, auth);
      sim = started.sim;
      const item = await started.wit.createWorkItem(undefined, title(`via ${auth}`), PROJECT, 'Bug');
      expect(item.id).toBe(1);
      await sim.close();
      sim = undefined;
    }
  });

  it('answers 401 to a wrong PAT and a wrong bearer token, during discovery already', async () => {
    sim = await startAdoSimulator({ pat: PAT, bearerTokens: [BEARER], project: PROJECT });
    for (const handler of [azdev.getPersonalAccessTokenHandler('wrong'), azdev.getBearerHandler('wrong')]) {
      const failure = await statusOf(new azdev.WebApi(sim.url, handler).getWorkItemTrackingApi());
      expect(failure.status).toBe(401);
    }
    const res = await fetch(`${sim.url}/_apis/wit/workItems/1`);
    expect(res.status).toBe(401);
    expect(sim.workItems()).toEqual([]);
  });

  it('accepts any user name with the PAT', async () => {
    sim = await startAdoSimulator({ pat: PAT, project: PROJECT });
    const res = await fetch(`${sim.url}/_apis/ResourceAreas`, {
      headers: { Authorization: `Basic ${Buffer.from(`someone@example.com:${PAT}`).toString('base64')}` },
    });
    expect(res.status).toBe(200);
  });

  it('picks up rotated credentials at runtime', async () => {
    const started = await startWithClient();
    sim = started.sim;
    sim.setCredentials({ pats: ['rotated'] });
    expect((await statusOf(started.wit.createWorkItem(undefined, title('old pat'), PROJECT, 'Bug'))).status).toBe(401);
    const fresh = await new azdev.WebApi(sim.url, azdev.getPersonalAccessTokenHandler('rotated')).getWorkItemTrackingApi();
    expect((await fresh.createWorkItem(undefined, title('new pat'), PROJECT, 'Bug')).id).toBe(1);
  });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After and X-RateLimit-* over budget, and warns on 200s near it', async () => {
    const started = await startWithClient({ rateLimit: { limit: 6, windowMs: 60_000, nearRatio: 0.5 } });
    sim = started.sim;
    // getWorkItemTrackingApi() used 2 of 6 (Location, ResourceAreas); the wit OPTIONS comes with the first call.
    const ok = await fetchWithPat(`${sim.url}/_apis/wit/workItems/1`);
    expect(ok.status).toBe(404);
    const near = await fetchWithPat(`${sim.url}/_apis/wit/workItems/1`);
    expect(ok.headers.get('x-ratelimit-remaining')).toBeNull();
    expect(near.headers.get('x-ratelimit-remaining')).toBe('2');
    expect(near.headers.get('x-ratelimit-limit')).toBe('6');
    expect(near.headers.get('retry-after')).not.toBeNull();
    await fetchWithPat(`${sim.url}/_apis/wit/workItems/1`);
    const failure = await statusOf(started.wit.createWorkItem(undefined, title('blocked'), PROJECT, 'Bug'));
    expect(failure.status).toBe(429);
    const blocked = await fetchWithPat(`${sim.url}/_apis/wit/workItems/1`);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    for (const header of ['x-ratelimit-resource', 'x-ratelimit-delay', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset']) {
      expect(blocked.headers.get(header), header).not.toBeNull();
    }
    expect(blocked.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(sim.workItems()).toEqual([]);
  });

  it('frees budget as the window slides', async () => {
    let now = 1_000_000;
    sim = await startAdoSimulator({ pat: PAT, project: PROJECT, now: () => now, rateLimit: { limit: 1, windowMs: 1_000 } });
    expect((await fetchWithPat(`${sim.url}/_apis/ResourceAreas`)).status).toBe(200);
    expect((await fetchWithPat(`${sim.url}/_apis/ResourceAreas`)).status).toBe(429);
    now += 1_001;
    expect((await fetchWithPat(`${sim.url}/_apis/ResourceAreas`)).status).toBe(200);
  });

  function fetchWithPat(url: string): Promise<Response> {
    return fetch(url, { headers: { Authorization: `Basic ${Buffer.from(`:${PAT}`).toString('base64')}` } });
  }
});

describe('close', () => {
  it('ends keep-alive connections so close() resolves', async () => {
    sim = await startAdoSimulator({ pat: PAT, project: PROJECT });
    const api = new azdev.WebApi(sim.url, azdev.getPersonalAccessTokenHandler(PAT), { keepAlive: true });
    const wit = await api.getWorkItemTrackingApi();
    await wit.createWorkItem(undefined, title('kept alive'), PROJECT, 'Bug');
    await sim.close();
    sim = undefined;
  });
});
