import { afterEach, describe, expect, it } from 'vitest';
import { InvocationContext } from '@azure/functions';
import { createBackfillHandler } from '../../functions/backfill.js';
import { stackForTest, HOUR } from './stackForTest.js';
import type { Stack } from '../../tools/stack/startStack.js';

let stack: Stack | undefined;
afterEach(async () => {
  await stack?.close();
  stack = undefined;
});

describe('timer function', () => {
  it('runs one catch-up through the real handler and logs a content-free summary', async () => {
    const now = Date.now();
    stack = await stackForTest({
      sysaid: { records: [{ id: 300, title: 'Pharmacy label printer for Olga Petrov offline', description: 'Call 555-301-2299', insertTime: now - HOUR, updateTime: now - HOUR }] },
      webhook: false,
    });
    const lines: string[] = [];
    const context = new InvocationContext({ functionName: 'sysaidBackfill', invocationId: 'inv-1', logHandler: (_level, ...args) => lines.push(args.join(' ')) });
    const runtime = stack.runtime;
    await createBackfillHandler(async () => runtime)({ isPastDue: true, scheduleStatus: { last: '', next: '', lastUpdated: '' }, schedule: { adjustForDST: false } }, context);
    expect(stack.ado.workItems()).toHaveLength(1);
    const summary = lines.find((line) => line.startsWith('catch-up run=inv-1'));
    expect(summary).toContain('created=1');
    expect(lines.some((line) => line.includes('past-due=true'))).toBe(true);
    expect(lines.join('\n')).not.toMatch(/Olga|Petrov|555-301|Pharmacy/);
  });

  it('fails the invocation (for the host to record) when the runtime cannot be built, without detail', async () => {
    const lines: string[] = [];
    const context = new InvocationContext({ functionName: 'sysaidBackfill', logHandler: (_level, ...args) => lines.push(args.join(' ')) });
    const handler = createBackfillHandler(() => Promise.reject(Object.assign(new Error('SYSAID_PASSWORD=hunter2 missing'), { name: 'ConfigError' })));
    await expect(handler({ isPastDue: false, scheduleStatus: { last: '', next: '', lastUpdated: '' }, schedule: { adjustForDST: false } }, context)).rejects.toThrow(/^catch-up failed: ConfigError$/);
    expect(lines.join('\n')).toContain('catch-up failed error=ConfigError');
    expect(lines.join('\n')).not.toContain('hunter2');
  });
});
