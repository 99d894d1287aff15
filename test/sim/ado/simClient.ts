import * as azdev from 'azure-devops-node-api';
import type { IWorkItemTrackingApi } from 'azure-devops-node-api/WorkItemTrackingApi.js';
import type { JsonPatchOperation } from 'azure-devops-node-api/interfaces/common/VSSInterfaces.js';
import { startAdoSimulator, type AdoSimulator, type AdoSimulatorOptions } from '../../../tools/sim/ado/index.js';

export const PAT = 'test-pat-not-a-secret';
export const BEARER = 'test-bearer-not-a-secret';
export const PROJECT = 'Sync Project';

/** A simulator plus Microsoft's client pointed at it, discovery and all. */
export async function startWithClient(
  options: AdoSimulatorOptions = {},
  auth: 'pat' | 'bearer' = 'pat',
): Promise<{ sim: AdoSimulator; wit: IWorkItemTrackingApi }> {
  const sim = await startAdoSimulator({ pat: PAT, bearerTokens: [BEARER], project: PROJECT, ...options });
  const handler = auth === 'pat' ? azdev.getPersonalAccessTokenHandler(PAT) : azdev.getBearerHandler(BEARER);
  const wit = await new azdev.WebApi(sim.url, handler).getWorkItemTrackingApi();
  return { sim, wit };
}

export function title(value: string): JsonPatchOperation[] {
  return [{ op: 0, path: '/fields/System.Title', value }];
}

/** Patch documents in the wire form ('add', 'test', ...) rather than the client's enum numbers. */
export function ops(...list: { op: string; path: string; value?: unknown }[]): JsonPatchOperation[] {
  return list as unknown as JsonPatchOperation[];
}

/** The HTTP status of a rejected client call. */
export async function statusOf(promise: Promise<unknown>): Promise<{ status: number; message: string; result: unknown }> {
  try {
    await promise;
  } catch (error) {
    const e = error as { statusCode?: number; message: string; result?: unknown };
    return { status: e.statusCode ?? -1, message: e.message, result: e.result };
  }
  throw new Error('expected the call to fail');
}
