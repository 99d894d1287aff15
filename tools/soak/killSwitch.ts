import type { SyncDeps } from '../../shared/sync/syncContext.js';

/** What a killed process does next: nothing. Every later call fails with this. */
export class InstanceKilled extends Error {
  override readonly name = 'InstanceKilled';
  constructor() {
    super('instance killed');
  }
}

/**
 * Deps of an instance that dies after `calls` gateway/state calls (or right after ADO stores a
 * create, when `afterCreate`): from then on every call fails, as in a killed process.
 */
export function killAfter(deps: SyncDeps, calls: number, afterCreate = false): SyncDeps {
  let left = calls;
  let dead = false;
  const guard = <T extends object>(target: T, isGateway: boolean): T =>
    new Proxy(target, {
      get(obj, key, receiver) {
        const value = Reflect.get(obj, key, receiver) as unknown;
        if (typeof value !== 'function' || key === 'workItemUrl') return value;
        return async (...args: unknown[]) => {
          if (dead || --left < 0) {
            dead = true;
            throw new InstanceKilled();
          }
          const result = await (value as (...a: unknown[]) => Promise<unknown>).apply(obj, args);
          if (afterCreate && isGateway && key === 'create') {
            dead = true;
            throw new InstanceKilled();
          }
          return result;
        };
      },
    });
  return { ...deps, gateway: guard(deps.gateway, true), state: guard(deps.state, false) };
}
