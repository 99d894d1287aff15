import { startAdoSimulator, type AdoSimulator, type AdoSimulatorOptions } from '../../tools/sim/ado/index.js';
import { createAdoGateway, type AdoGatewayOptions } from '../../shared/ado/index.js';
import type { PatchOp, WorkItemGateway } from '../../shared/sync/ports.js';

export const PAT = 'adapter-test-pat';
export const PROJECT = 'Support Sync';

/** A clock the simulator and the gateway share; the fake sleep moves it on instead of waiting. */
export class FakeClock {
  now = Date.UTC(2026, 0, 1);
  readonly sleeps: number[] = [];
  readonly sleep = (ms: number): Promise<void> => {
    this.sleeps.push(ms);
    this.now += ms;
    return Promise.resolve();
  };
}

export interface Harness {
  sim: AdoSimulator;
  clock: FakeClock;
  gateway(overrides?: Partial<AdoGatewayOptions>): WorkItemGateway;
}

export async function startHarness(simOptions: AdoSimulatorOptions = {}): Promise<Harness> {
  const clock = new FakeClock();
  const sim = await startAdoSimulator({ pat: PAT, project: PROJECT, now: () => clock.now, extraFields: ['Custom.SysAidId'], ...simOptions });
  return {
    sim,
    clock,
    gateway: (overrides = {}) =>
      createAdoGateway({
        orgUrl: sim.url,
        project: PROJECT,
        workItemType: 'Bug',
        auth: { kind: 'pat', getPat: () => Promise.resolve(PAT) },
        sleep: clock.sleep,
        now: () => clock.now,
        random: () => 0.5,
        ...overrides,
      }),
  };
}

export function bugOps(title: string, extra: PatchOp[] = []): PatchOp[] {
  return [{ op: 'add', path: '/fields/System.Title', value: title }, ...extra];
}

export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}
