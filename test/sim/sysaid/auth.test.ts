import { afterEach, describe, expect, it } from 'vitest';
import { startSysAidSimulator, type SysAidSimulator } from '../../../tools/sim/sysaid/index.js';
import { call, login } from './simClient.js';

const users = [{ userName: 'api', password: 'secret', id: 7, name: 'API User' }];
let sim: SysAidSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe('SysAid simulator: login and sessions', () => {
  it('logs in, sets JSESSIONID and accepts it on later calls', async () => {
    sim = await startSysAidSimulator({ users, records: [{ id: 5, title: 't' }] });
    const answer = await call(sim.url, 'POST', '/login', { body: { user_name: 'api', password: 'secret' } });
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ user: { id: 7, name: 'API User' }, date_format: expect.any(String), sysaid_version: expect.any(String) });
    expect(answer.headers.get('set-cookie')).toMatch(/^JSESSIONID=[0-9A-F]+; Path=\//);
    const cookie = await login(sim.url);
    expect((await call(sim.url, 'GET', '/sr/5', { cookie })).status).toBe(200);
    expect(sim.counters().logins).toBe(2);
  });

  it('answers 401 to bad credentials, a wrong account and calls without a session', async () => {
    sim = await startSysAidSimulator({ users: [{ ...users[0]!, accountId: 'acme' }], limits: { logins: 10 } });
    expect((await call(sim.url, 'POST', '/login', { body: { user_name: 'api', password: 'nope' } })).status).toBe(401);
    expect((await call(sim.url, 'POST', '/login', { body: { user_name: 'who', password: 'secret' } })).status).toBe(401);
    expect((await call(sim.url, 'POST', '/login', { body: { user_name: 'api', password: 'secret', account_id: 'other' } })).status).toBe(401);
    expect((await call(sim.url, 'POST', '/login', { body: { user_name: 'api', password: 'secret', account_id: 'acme' } })).status).toBe(200);
    const anonymous = await call(sim.url, 'GET', '/sr');
    expect(anonymous.status).toBe(401);
    expect(anonymous.json).toMatchObject({ status: 401, message: expect.any(String) });
    expect(sim.counters().failedLogins).toBe(3);
  });

  it('expires idle sessions after the configured time, and all at once on demand', async () => {
    let clock = 1_000_000;
    sim = await startSysAidSimulator({ users, sessionTtlMs: 60_000, now: () => clock });
    const cookie = await login(sim.url);
    clock += 59_000;
    expect((await call(sim.url, 'GET', '/sr', { cookie })).status).toBe(200);
    clock += 59_000; // idle time counts from the last use
    expect((await call(sim.url, 'GET', '/sr', { cookie })).status).toBe(200);
    clock += 60_001;
    expect((await call(sim.url, 'GET', '/sr', { cookie })).status).toBe(401);

    const fresh = await login(sim.url);
    sim.expireAllSessions();
    expect((await call(sim.url, 'GET', '/sr', { cookie: fresh })).status).toBe(401);
  });

  it('limits logins and requests per account per window, then lets them through again', async () => {
    let clock = 5_000_000;
    sim = await startSysAidSimulator({ users, now: () => clock, limits: { windowMs: 10_000, logins: 2, requests: 3 } });
    const cookie = await login(sim.url);
    await login(sim.url);
    const third = await call(sim.url, 'POST', '/login', { body: { user_name: 'api', password: 'secret' } });
    expect(third.status).toBe(429);
    expect(third.headers.get('retry-after')).toBe('10');
    for (let i = 0; i < 3; i += 1) expect((await call(sim.url, 'GET', '/sr', { cookie })).status).toBe(200);
    const over = await call(sim.url, 'GET', '/sr', { cookie });
    expect(over.status).toBe(429);
    expect(over.json).toMatchObject({ status: 429 });
    clock += 10_000;
    expect((await call(sim.url, 'GET', '/sr', { cookie })).status).toBe(200);
    expect((await call(sim.url, 'POST', '/login', { body: { user_name: 'api', password: 'secret' } })).status).toBe(200);
  });

  it('can leave Retry-After off 429 answers and can switch limits off', async () => {
    sim = await startSysAidSimulator({ users, limits: { logins: 1, retryAfter: false } });
    await login(sim.url);
    const over = await call(sim.url, 'POST', '/login', { body: { user_name: 'api', password: 'secret' } });
    expect(over.status).toBe(429);
    expect(over.headers.get('retry-after')).toBeNull();
    sim.setLimits({ enabled: false });
    for (let i = 0; i < 3; i += 1) await login(sim.url);
  });

  it('answers unknown paths with an HTML page', async () => {
    sim = await startSysAidSimulator({ users });
    const answer = await call(sim.url, 'GET', '/nothing/here');
    expect(answer.status).toBe(404);
    expect(answer.headers.get('content-type')).toContain('text/html');
    expect(answer.text).toContain('<html>');
    expect(sim.requests().at(-1)).toMatchObject({ method: 'GET', path: '/api/v1/nothing/here', status: 404, route: 'unknown' });
  });
});
