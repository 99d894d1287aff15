import type { Runtime } from './Runtime.js';

let pending: Promise<Runtime> | undefined;

/**
 * The process-wide runtime, built on first use from process.env. A failed build is not cached,
 * so fixing a setting needs no restart. Adapters are imported lazily to keep cold start short.
 */
export function getRuntime(): Promise<Runtime> {
  pending ??= import('./createRuntime.js')
    .then(({ createRuntime }) => createRuntime(process.env))
    .catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
  return pending;
}
