import { afterEach, describe, expect, it } from 'vitest';
import { AdoCredentialError, AdoError, TOKEN_REFRESH_MARGIN_MS } from '../../shared/ado/index.js';
import { bugOps, PAT, rejection, startHarness, type Harness } from './gatewayHarness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.sim.close();
  h = undefined;
});

describe('connection reuse', () => {
  it('discovers locations once per process across calls and gateway instances', async () => {
    h = await startHarness();
    const first = h.gateway();
    const item = await first.create(bugOps('x'));
    for (let i = 0; i < 5; i++) await first.get(item.id);
    // A new gateway per invocation, as a Function would build it, reuses the discovered client.
    const second = h.gateway();
    await second.findByExternalId('1');
    await second.update(item.id, [{ op: 'test', path: '/rev', value: 1 }, { op: 'replace', path: '/fields/System.Title', value: 'y' }]);
    expect(h.sim.counters().byKind.discovery).toBe(3);
    expect(h.sim.requests().filter((r) => r.kind === 'discovery').map((r) => `${r.method} ${r.path}`)).toEqual([
      'OPTIONS /org/_apis/Location',
      'GET /org/_apis/ResourceAreas',
      'OPTIONS /org/_apis/wit',
    ]);
  });

  it('retries a failed discovery instead of caching the failure', async () => {
    // The library itself retries OPTIONS _apis/Location 5 times (its LocationsApi sets allowRetries); fail all 6.
    h = await startHarness({ faults: { routes: { discovery: { failNext: 6 } } } });
    const gateway = h.gateway();
    expect(await gateway.get(1)).toBeNull();
    expect(h.clock.sleeps).toHaveLength(1);
    const discovery = h.sim.requests().filter((r) => r.kind === 'discovery');
    expect(discovery.map((r) => r.status)).toEqual([503, 503, 503, 503, 503, 503, 200, 200, 200]);
  });
});

describe('PAT', () => {
  it('reads the PAT for each call, so a rotated secret is picked up', async () => {
    h = await startHarness();
    let current = PAT;
    const gateway = h.gateway({ auth: { kind: 'pat', getPat: () => Promise.resolve(current) } });
    const item = await gateway.create(bugOps('x'));
    h.sim.setCredentials({ pats: ['rotated-pat'] });
    current = 'rotated-pat';
    expect((await gateway.get(item.id))!.id).toBe(item.id);
  });

  it('after a 401, fetches the PAT again once before giving up', async () => {
    h = await startHarness();
    const sim = h.sim;
    let reads = 0;
    const gateway = h.gateway({
      auth: {
        kind: 'pat',
        getPat: () => {
          reads += 1;
          // The vault still serves the old value on the first read after rotation.
          return Promise.resolve(reads <= 1 ? PAT : 'rotated-pat');
        },
      },
    });
    await gateway.get(1);
    sim.setCredentials({ pats: ['rotated-pat'] });
    expect(await gateway.get(1)).toBeNull();
    sim.setCredentials({ pats: ['unknown-to-the-vault'] });
    const error = await rejection(gateway.get(1));
    expect(error).toBeInstanceOf(AdoError);
    expect(error).toMatchObject({ status: 401, retryable: false });
  });

  it('does not call ADO when the secret cannot be read', async () => {
    h = await startHarness();
    const gateway = h.gateway({ auth: { kind: 'pat', getPat: () => Promise.reject(new Error('vault down')) } });
    expect(await rejection(gateway.get(1))).toBeInstanceOf(AdoCredentialError);
    expect(h.sim.requests()).toEqual([]);
  });
});

describe('bearer', () => {
  it('refreshes the token before it expires and keeps the discovered client', async () => {
    h = await startHarness({ bearerTokens: ['token-1'] });
    const clock = h.clock;
    const issued: string[] = [];
    const getToken = () => {
      const token = `token-${issued.length + 1}`;
      issued.push(token);
      return Promise.resolve({ token, expiresOnTimestamp: clock.now + 60 * 60_000 });
    };
    const gateway = h.gateway({ auth: { kind: 'bearer', getToken } });
    const item = await gateway.create(bugOps('x'));
    await gateway.get(item.id);
    expect(issued).toEqual(['token-1']);
    // Inside the refresh margin: the next call must come with a new token.
    clock.now += 60 * 60_000 - TOKEN_REFRESH_MARGIN_MS + 1;
    h.sim.setCredentials({ bearerTokens: ['token-2'] });
    expect((await gateway.get(item.id))!.id).toBe(item.id);
    expect(issued).toEqual(['token-1', 'token-2']);
    expect(h.sim.counters().byKind.discovery).toBe(3);
  });

  it('refreshes once on a 401 even when the token looked valid', async () => {
    h = await startHarness({ bearerTokens: ['token-1'] });
    const clock = h.clock;
    let n = 0;
    const gateway = h.gateway({
      auth: { kind: 'bearer', getToken: () => Promise.resolve({ token: `token-${++n}`, expiresOnTimestamp: clock.now + 60 * 60_000 }) },
    });
    await gateway.get(1);
    h.sim.setCredentials({ bearerTokens: ['token-2'] });
    expect(await gateway.get(1)).toBeNull();
    expect(n).toBe(2);
  });
});
