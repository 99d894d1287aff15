import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stackForTest } from '../e2e/stackForTest.js';
import type { Stack } from '../../tools/stack/startStack.js';
import { syncTicket } from '../../shared/sync/syncTicket.js';
import { RedactionError } from '../../shared/redaction/RedactionError.js';
import { adoText, auditRows, canaries, deliver, failureRows, quietLogger } from './reliabilityKit.js';

const sinkLines: string[] = [];
const sink = (...args: unknown[]): void => {
  sinkLines.push(args.map((a) => (typeof a === 'string' ? a : a instanceof Error ? `${a.name}: ${a.message}\n${a.stack ?? ''}` : JSON.stringify(a))).join(' '));
};

let stack: Stack;
const responses: string[] = [];
beforeAll(async () => {
  stack = await stackForTest({ log: { debug: sink, info: sink, warn: sink, error: sink }, webhook: { retryDelaysMs: [20, 50] } });
});
afterAll(async () => {
  await stack?.close();
});

function canaryRegex(c: ReturnType<typeof canaries>): RegExp {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp([c.name, 'Quixtanner', c.email, c.ssn, c.phone, c.ssn.replace(/-/g, '')].map(esc).join('|'), 'i');
}

describe('leak canaries', () => {
  it('canaries in SysAid records reach no sink, through creates, updates and failures', async () => {
    const c = canaries('leaks-1');
    const leak = canaryRegex(c);
    const logger = quietLogger();
    stack.sysaid.upsertRecord({ id: 9501, title: `Badge for ${c.name}`, description: c.text, notes: [{ userName: 'agent', createDate: Date.now(), text: `Follow up at ${c.email}` }], status: 'Open', priority: 'High', urgency: 'High' });
    await stack.sysaid.webhooksSettled();
    // Failures: ADO rejects once with 400 and then with 503; the SR goes through failures and back.
    stack.sysaid.upsertRecord({ id: 9502, title: `${c.ssn} locked out`, description: c.text, status: 'Open', priority: 'Low', urgency: 'Low' });
    stack.ado.setFaults({ routes: { create: { failNext: 1, errorStatus: 400 } } });
    responses.push(JSON.stringify(await deliver(stack.runtime, '{"id":"9502"}', logger)));
    stack.ado.setFaults({ routes: { '*': { failNext: 3, errorStatus: 503 } } });
    stack.sysaid.updateFields(9501, { description: `${c.text} Again: ${c.phone}` });
    await stack.sysaid.webhooksSettled();
    stack.ado.setFaults({});
    const summary = await stack.runtime.runCatchUp(logger, {});
    responses.push(JSON.stringify(summary));

    expect(adoText(stack)).toContain('[SSN-1]');
    const sinks = {
      ado: adoText(stack),
      logs: [...sinkLines, ...logger.lines].join('\n'),
      audit: JSON.stringify(await auditRows(stack.runtime)),
      failures: JSON.stringify(await failureRows(stack.runtime)),
      responses: responses.join('\n'),
      adoRequests: JSON.stringify(stack.ado.requests().map((r) => r.path)),
    };
    for (const [name, text] of Object.entries(sinks)) expect(text, name).not.toMatch(leak);
    expect(sinks.logs.length).toBeGreaterThan(0);
  });

  it('CR/LF and fake log lines inside ticket text leave log lines single and escaped', async () => {
    sinkLines.length = 0;
    stack.sysaid.upsertRecord({ id: 9503, title: 'Printer\r\n[error] sync sr=1 action=create FAKE', description: 'x\nwebhook rejected status=401\u2028y', status: 'Open', priority: 'Low', urgency: 'Low' });
    await stack.sysaid.webhooksSettled();
    expect(sinkLines.length).toBeGreaterThan(0);
    for (const line of sinkLines) {
      expect(line).not.toMatch(/[\r\n\u2028\u2029]/);
      expect(line).not.toContain('FAKE');
    }
  });

  for (const failure of ['throws', 'times out'] as const) {
    it(`a redactor that ${failure} means nothing is sent`, async () => {
      const c = canaries(`redactor-${failure}`);
      // Only the wrapped instance may see this SR: no notice goes to the stack's own function.
      await stack.sysaid.webhooksSettled();
      stack.sysaid.setWebhook(undefined);
      const id = failure === 'throws' ? '9506' : '9507';
      stack.sysaid.upsertRecord({ id, title: `Hello ${c.name}`, description: c.text.repeat(50), status: 'Open', priority: 'Low', urgency: 'Low' });
      const logger = quietLogger();
      const base = stack.runtime.syncDeps(logger);
      const deps =
        failure === 'throws'
          ? { ...base, redactor: { redact: () => { throw new Error(`boom ${c.text}`); } } }
          : { ...base, options: { ...base.options, redactionBudgetMs: 0 }, redactor: { redact: (f: Record<string, string>, o?: { budgetMs?: number }) => {
              if ((o?.budgetMs ?? 1) <= 0) throw new RedactionError('BUDGET_EXCEEDED');
              return base.redactor.redact(f, o);
            } } };
      const writesBefore = stack.ado.counters().writes;
      const outcome = await syncTicket(deps, id, { runId: `redactor-${failure}` });
      expect(outcome.action).toBe('fail');
      expect(stack.ado.counters().writes).toBe(writesBefore);
      expect(await stack.runtime.state.getLink(id)).toBeNull();
      const failure_ = await stack.runtime.state.getFailure(id);
      expect(failure_).not.toBeNull();
      expect(JSON.stringify(failure_) + logger.lines.join('\n') + JSON.stringify(outcome)).not.toMatch(canaryRegex(c));
    });
  }
});
