import type { Reply } from './simContext.js';
import { SimError } from './simError.js';
import type { AdoSimulator } from './startAdoSimulator.js';
import type { RateLimitOptions } from './types.js';

/**
 * `/_sim/...`: the inspection handle over HTTP, for a simulator started from the CLI.
 * Loopback only and unauthenticated by design; it never returns accepted credentials.
 */
export function handleControl(method: string, segments: string[], raw: string, sim: AdoSimulator): Reply {
  const path = segments.map((s) => s.toLowerCase()).join('/');
  const body = raw === '' ? {} : (JSON.parse(raw) as Record<string, unknown>);
  const id = Number(segments[1]);
  if (method === 'GET' && path === 'workitems') return ok(sim.workItems());
  if (method === 'GET' && /^workitems\/\d+\/revisions$/.test(path)) return ok(sim.revisions(id));
  if (method === 'POST' && /^workitems\/\d+\/engineer-edit$/.test(path)) {
    try {
      return ok(sim.editAsEngineer(id, (body.fields ?? {}) as Record<string, unknown>));
    } catch (error) {
      if (error instanceof SimError) return { status: error.status, body: error.body() };
      throw error;
    }
  }
  if (method === 'GET' && path === 'requests') return ok(sim.requests());
  if (method === 'GET' && path === 'counters') return ok(sim.counters());
  if (method === 'POST' && path === 'counters/reset') {
    sim.resetCounters();
    return ok({});
  }
  if (method === 'GET' && path === 'faults') return ok(sim.faults());
  if (method === 'PUT' && path === 'faults') {
    sim.setFaults(body);
    return ok(sim.faults());
  }
  if (method === 'PUT' && path === 'credentials') {
    sim.setCredentials(body);
    return ok({});
  }
  if (method === 'PUT' && path === 'ratelimit') {
    sim.setRateLimit(Object.keys(body).length === 0 ? undefined : (body as unknown as RateLimitOptions));
    return ok({});
  }
  return { status: 404, body: { message: 'Unknown simulator control route.' } };
}

function ok(body: unknown): Reply {
  return { status: 200, body };
}
