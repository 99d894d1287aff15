import type { SysAidSimulator } from './startSysAidSimulator.js';
import { SimError } from './simError.js';

export interface ControlReply {
  status: number;
  body?: unknown;
}

/**
 * `/_sim/...`: the same controls as the in-process API, for a simulator run from the CLI.
 * GET records | records/{id} | requests | counters | deliveries;
 * POST records (upsert), expire-sessions, reset-counters, clock-offset {ms}, refuse-update-time {refuse};
 * PATCH records/{id} (updateFields); DELETE records/{id}.
 */
export async function handleControl(method: string, segments: string[], raw: string, sim: SysAidSimulator): Promise<ControlReply> {
  try {
    const body = raw.trim() === '' ? {} : (JSON.parse(raw) as Record<string, unknown>);
    const [what, id] = segments;
    const key = `${method} ${what ?? ''}${id === undefined ? '' : '/:id'}`;
    switch (key) {
      case 'GET records': return { status: 200, body: sim.records() };
      case 'GET records/:id': {
        const record = sim.record(id!);
        return record ? { status: 200, body: record } : { status: 404, body: { message: 'no such record' } };
      }
      case 'POST records': return { status: 200, body: sim.upsertRecord(body as never) };
      case 'PATCH records/:id': return { status: 200, body: sim.updateFields(id!, body) };
      case 'DELETE records/:id': return { status: sim.deleteRecord(id!) ? 204 : 404 };
      case 'GET requests': return { status: 200, body: sim.requests() };
      case 'GET counters': return { status: 200, body: sim.counters() };
      case 'GET deliveries': return { status: 200, body: sim.webhookDeliveries() };
      case 'POST expire-sessions': sim.expireAllSessions(); return { status: 204 };
      case 'POST reset-counters': sim.resetCounters(); return { status: 204 };
      case 'POST clock-offset': sim.setClockOffset(Number(body.ms ?? 0)); return { status: 204 };
      case 'POST refuse-update-time': sim.setRefuseUpdateTimeFilter(body.refuse === true); return { status: 204 };
      case 'POST webhooks-settled': await sim.webhooksSettled(); return { status: 204 };
      default: return { status: 404, body: { message: 'unknown control route' } };
    }
  } catch (error) {
    if (error instanceof SimError) return { status: error.status, body: { message: error.message } };
    if (error instanceof SyntaxError) return { status: 400, body: { message: 'malformed JSON' } };
    throw error;
  }
}
