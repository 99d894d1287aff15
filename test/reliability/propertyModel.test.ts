import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stackForTest } from '../e2e/stackForTest.js';
import type { Stack } from '../../tools/stack/startStack.js';
import type { Runtime } from '../../shared/app/Runtime.js';
import type { SyncDeps } from '../../shared/sync/syncContext.js';
import { syncTicket } from '../../shared/sync/syncTicket.js';
import { adoText, bugsFor, canaries, crashing, mismatches, quietLogger } from './reliabilityKit.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 100);

let stack: Stack;
let instances: Runtime[];
let settler: Runtime;
beforeAll(async () => {
  stack = await stackForTest({ webhook: false });
  // Hundreds of runs would exceed SysAid's 1,000 requests per 5 minutes; limits are tested in faults.test.ts.
  stack.sysaid.setLimits({ enabled: false });
  instances = [stack.runtime, await stack.newInstance(), await stack.newInstance()];
  // Runs once everything is quiet, after every lease and back-off has run out.
  settler = await stack.newInstance({ clock: { now: () => Date.now() + 3 * 3_600_000 } });
}, 60_000);
afterAll(async () => {
  await stack?.close();
});

type Op =
  | { kind: 'edit'; sr: number; title: number }
  | { kind: 'deliver'; sr: number; instance: number; copies: number; hint: number | null }
  | { kind: 'crash'; sr: number; instance: number; point: 'after-create' | 'before-create' }
  | { kind: 'fault'; route: 'create' | 'update' | 'wiql'; status: 409 | 412 | 429 | 500 | 503 }
  | { kind: 'engineer'; sr: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('edit' as const), sr: fc.nat(1), title: fc.nat(9) }),
  fc.record({ kind: fc.constant('deliver' as const), sr: fc.nat(1), instance: fc.nat(2), copies: fc.integer({ min: 1, max: 3 }), hint: fc.option(fc.nat(6)) }),
  fc.record({ kind: fc.constant('crash' as const), sr: fc.nat(1), instance: fc.nat(2), point: fc.constantFrom('after-create' as const, 'before-create' as const) }),
  fc.record({ kind: fc.constant('fault' as const), route: fc.constantFrom('create' as const, 'update' as const, 'wiql' as const), status: fc.constantFrom(409 as const, 412 as const, 429 as const, 500 as const, 503 as const) }),
  fc.record({ kind: fc.constant('engineer' as const), sr: fc.nat(1) }),
);

/** Every gateway and state call becomes a point where fast-check's scheduler picks who goes next. */
function scheduled(deps: SyncDeps, s: fc.Scheduler): SyncDeps {
  const wrap = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(obj, key, receiver) {
        const value = Reflect.get(obj, key, receiver) as unknown;
        if (typeof value !== 'function' || key === 'workItemUrl' || key === 'listAudit' || key === 'listFailures' || key === 'listPending') return value;
        return async (...args: unknown[]) => {
          await s.schedule(Promise.resolve(), String(key));
          return (value as (...a: unknown[]) => Promise<unknown>).apply(obj, args);
        };
      },
    });
  return { ...deps, gateway: wrap(deps.gateway), state: wrap(deps.state) };
}

let nextSr = 20_000;
let lastWatermark = 0;

describe('model-based: interleaved deliveries, duplicates, reorders, crashes and faults', () => {
  it(`keeps every invariant over ${RUNS} random runs`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.array(opArb, { minLength: 1, maxLength: 6 }), async (s, ops) => {
        const ids = [nextSr++, nextSr++];
        const c = canaries(`model-${ids[0]}`);
        for (const id of ids) stack.sysaid.upsertRecord({ id, title: `Case ${id} for ${c.name}`, description: c.text, status: 'Open', priority: 'Low', urgency: 'Low' });
        const tasks: Array<Promise<unknown>> = [];
        for (const op of ops) {
          const srId = String(ids['sr' in op ? op.sr % 2 : 0]);
          switch (op.kind) {
            case 'edit':
              tasks.push(s.schedule(Promise.resolve(), 'edit').then(() => stack.sysaid.updateFields(srId, { title: `Title ${op.title} ${c.email}` })));
              break;
            case 'deliver':
              for (let k = 0; k < op.copies; k++) {
                const deps = scheduled(instances[op.instance]!.syncDeps(quietLogger()), s);
                tasks.push(syncTicket(deps, srId, { runId: 'model', ...(op.hint !== null ? { hintVersion: op.hint } : {}) }));
              }
              break;
            case 'crash': {
              const deps = crashing(scheduled(instances[op.instance]!.syncDeps(quietLogger()), s), op.point);
              tasks.push(syncTicket(deps, srId, { runId: 'model-crash' }).catch(() => undefined));
              break;
            }
            case 'fault':
              tasks.push(s.schedule(Promise.resolve(), 'fault').then(() => stack.ado.setFaults({ routes: { [op.route]: { failNext: 1, errorStatus: op.status, ...(op.status === 429 ? { retryAfterSeconds: 0 } : {}) } } })));
              break;
            case 'engineer':
              tasks.push(
                s.schedule(Promise.resolve(), 'engineer').then(() => {
                  const bug = bugsFor(stack, srId)[0];
                  if (bug) stack.ado.editAsEngineer(bug.id, { 'System.AssignedTo': 'eng@example.com' });
                }),
              );
              break;
          }
        }
        await s.waitFor(Promise.allSettled(tasks));
        for (const id of ids) expect(bugsFor(stack, id).length, `at most one Bug for ${id}`).toBeLessThanOrEqual(1);

        // Quiet: no faults, then one settling pass (what the timer does once leases expire).
        stack.ado.setFaults({});
        for (const id of ids) await syncTicket(settler.syncDeps(quietLogger()), String(id), { runId: 'settle' });
        expect(await mismatches(stack, settler, ids)).toEqual([]);
        const wm = await instances[0]!.state.advanceWatermark(Math.max(...ids.map((id) => stack.sysaid.record(id)?.updateTime ?? 0)) - 60_000);
        expect(wm).toBeGreaterThanOrEqual(lastWatermark);
        lastWatermark = wm;
        const text = adoText(stack);
        for (const secret of [c.name, c.email, c.ssn, c.phone]) expect(text).not.toContain(secret);
      }),
      { numRuns: RUNS },
    );
  }, 600_000);
});
