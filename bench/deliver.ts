import { STACK_SECRETS, type Stack } from '../tools/stack/startStack.js';

/** POSTs one SysAid-style notice to the webhook function, as SysAid's sender would; returns status and ms. */
export async function deliver(stack: Stack, id: number, event: 'sr.created' | 'sr.updated'): Promise<{ status: number; ms: number }> {
  const record = stack.sysaid.record(id);
  const body = JSON.stringify({ event, id: String(id), sr_version: record?.version, fields: [], timestamp: Date.now() });
  const t0 = performance.now();
  const res = await fetch(stack.webhookUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-sysaid-webhook-secret': STACK_SECRETS.webhookSecret },
    body,
  });
  await res.arrayBuffer();
  return { status: res.status, ms: performance.now() - t0 };
}
