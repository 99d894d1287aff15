import { handleWebhook, type WebhookDeps, type WebhookRequest, type WebhookResponse } from '../../shared/webhook/handleWebhook.js';
import { WebhookError } from '../../shared/webhook/WebhookError.js';
import type { Stack } from '../../tools/stack/startStack.js';
import { STACK_SECRETS } from '../../tools/stack/startStack.js';
import type { AuditRecord, FailureRow } from '../../shared/state/types.js';
import type { SyncDeps } from '../../shared/sync/syncContext.js';
import type { Runtime } from '../../shared/app/Runtime.js';
import { buildDesiredWorkItem, redactionInput } from '../../shared/sync/desiredWorkItem.js';

/** Unique PII values planted in SysAid records; none may appear in any sink. */
export function canaries(tag: string): { name: string; email: string; ssn: string; phone: string; text: string } {
  const n = String(Math.abs(hashOf(tag)) % 900 + 100);
  const name = 'Zebulon Quixtanner';
  const email = `zq.canary${n}@example.org`;
  const ssn = `523-${String(10 + (Number(n) % 89))}-${String(1000 + Number(n))}`;
  const phone = `(617) 555-0${n}`;
  return { name, email, ssn, phone, text: `Patient ${name}, SSN ${ssn}, email ${email}, phone ${phone}.` };
}

function hashOf(value: string): number {
  let h = 7;
  for (const ch of value) h = (h * 31 + ch.charCodeAt(0)) | 0;
  return h;
}

/** An in-process webhook request (no sockets). */
export function webhookRequest(body: string, headers: Record<string, string> = {}): WebhookRequest {
  const all: Record<string, string> = { 'content-type': 'application/json', 'x-sysaid-webhook-secret': STACK_SECRETS.webhookSecret, ...headers };
  const lower = Object.fromEntries(Object.entries(all).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    header: (name) => lower[name.toLowerCase()] ?? null,
    readBody: async (limit) => {
      if (Buffer.byteLength(body) > limit) throw new WebhookError(413, 'BODY_TOO_LARGE', 'Body too large');
      return body;
    },
  };
}

export function deliver(runtime: Runtime, body: string, logger = quietLogger(), headers: Record<string, string> = {}): Promise<WebhookResponse> {
  const deps: WebhookDeps = runtime.webhookDeps(logger);
  return handleWebhook(webhookRequest(body, headers), deps);
}

export interface Captured {
  lines: string[];
  debug(m: string): void;
  info(m: string): void;
  warn(m: string): void;
  error(m: string): void;
}

export function quietLogger(): Captured {
  const lines: string[] = [];
  const push = (m: string): void => {
    lines.push(m);
  };
  return { lines, debug: push, info: push, warn: push, error: push };
}

export async function auditRows(runtime: Runtime): Promise<AuditRecord[]> {
  const rows: AuditRecord[] = [];
  for await (const row of runtime.state.listAudit()) rows.push(row);
  return rows;
}

export async function failureRows(runtime: Runtime): Promise<FailureRow[]> {
  const rows: FailureRow[] = [];
  for await (const row of runtime.state.listFailures()) rows.push(row);
  return rows;
}

/** Bugs carrying this SR's tag. */
export function bugsFor(stack: Stack, srId: number | string): ReturnType<Stack['ado']['workItems']> {
  return stack.ado.workItems().filter((item) => String(item.fields['System.Tags']).split(/;\s*/).includes(`sysaid-${srId}`));
}

/** Every ADO-side text: fields, every revision and every comment. */
export function adoText(stack: Stack): string {
  const parts: string[] = [];
  for (const item of stack.ado.workItems()) {
    parts.push(JSON.stringify(item));
    parts.push(JSON.stringify(stack.ado.revisions(item.id)));
    parts.push(JSON.stringify(stack.ado.comments(item.id)));
  }
  return parts.join('\n');
}

/** Owned fields and managed tags ADO should hold for this SR: the redacted latest SysAid record. */
export async function expectedState(runtime: Runtime, srId: string): Promise<{ fields: Record<string, string | number>; tags: string[] } | null> {
  const deps = runtime.syncDeps(quietLogger());
  const ticket = await deps.source.getTicket(srId);
  if (!ticket) return null;
  const redacted = deps.redactor.redact(redactionInput(ticket), { budgetMs: 10_000 });
  const desired = buildDesiredWorkItem(ticket, redacted.fields, deps.mapping, undefined);
  return { fields: desired.fields, tags: desired.managedTags };
}

/** SR ids whose single Bug differs from the redacted latest record (or that have 0 or 2+ Bugs). */
export async function mismatches(stack: Stack, runtime: Runtime, srIds: Array<string | number>): Promise<string[]> {
  const bad: string[] = [];
  for (const id of srIds) {
    const bugs = bugsFor(stack, id);
    const want = await expectedState(runtime, String(id));
    const bug = bugs[0];
    if (bugs.length !== 1 || !want || !bug) {
      bad.push(`${id}:bugs=${bugs.length}`);
      continue;
    }
    const tags = tagText(bug.fields['System.Tags']).split(/;\s*/).filter((t) => t.startsWith('sysaid-')).sort();
    const fieldsOk = Object.entries(want.fields).every(([k, v]) => bug.fields[k] === v);
    if (!fieldsOk || JSON.stringify(tags) !== JSON.stringify(want.tags)) bad.push(`${id}:fields`);
  }
  return bad;
}

export class ProcessCrashed extends Error {}

/**
 * An instance that dies at a chosen point: from then on every gateway and state call fails,
 * as nothing more would happen in a killed process (no cleanup, no failure row).
 */
export function crashing(deps: SyncDeps, point: 'after-create' | 'before-create'): SyncDeps {
  let dead = false;
  const guard = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(obj, key, receiver) {
        const value = Reflect.get(obj, key, receiver) as unknown;
        if (typeof value !== 'function') return value;
        return async (...args: unknown[]) => {
          if (dead) throw new ProcessCrashed('killed');
          if (key === 'create' && obj === deps.gateway) {
            if (point === 'before-create') {
              dead = true;
              throw new ProcessCrashed('killed');
            }
            // ADO stores the Bug; the process dies before it hears the answer.
            await (value as (...a: unknown[]) => Promise<unknown>).apply(obj, args);
            dead = true;
            throw new ProcessCrashed('killed');
          }
          return (value as (...a: unknown[]) => Promise<unknown>).apply(obj, args);
        };
      },
    });
  return { ...deps, gateway: guard(deps.gateway), state: guard(deps.state) };
}


function tagText(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
