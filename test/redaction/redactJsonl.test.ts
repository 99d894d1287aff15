import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { REDACTION_FAILED, redactJsonl } from '../../shared/cli/redactJsonl.js';
import { RedactionError } from '../../shared/redaction/RedactionError.js';
import { createRedactor } from '../../shared/redaction/redactor.js';
import type { Redactor } from '../../shared/sync/ports.js';

async function runLines(lines: string[], redactor: Redactor) {
  const out = new PassThrough();
  const err = new PassThrough();
  const chunks: string[] = [];
  const errs: string[] = [];
  out.on('data', (c: Buffer) => chunks.push(c.toString()));
  err.on('data', (c: Buffer) => errs.push(c.toString()));
  const res = await redactJsonl(Readable.from(lines.map((l) => l + '\n')), out, redactor, err);
  return { res, out: chunks.join('').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, string>), err: errs.join('') };
}

describe('redactJsonl', () => {
  it('writes each ticket with the same keys, redacted', async () => {
    const { res, out } = await runLines([JSON.stringify({ id: 't1', title: 'Call 555-201-3344', text: 'SSN 123-45-6789' }), '', JSON.stringify({ id: 't2', title: 'ok', text: 'fine' })], createRedactor());
    expect(res).toEqual({ lines: 2, failed: 0 });
    expect(out).toEqual([
      { id: 't1', title: 'Call [PHONE-1]', text: 'SSN [SSN-1]' },
      { id: 't2', title: 'ok', text: 'fine' },
    ]);
  });

  it('fails closed: a ticket whose redaction throws is written with the fixed marker only', async () => {
    const failing: Redactor = {
      redact: () => {
        throw new RedactionError('BUDGET_EXCEEDED');
      },
    };
    const { res, out, err } = await runLines([JSON.stringify({ id: 't1', title: 'Jane Doe', text: 'SSN 123-45-6789' })], failing);
    expect(res).toEqual({ lines: 1, failed: 1 });
    expect(out).toEqual([{ id: 't1', title: REDACTION_FAILED, text: REDACTION_FAILED }]);
    expect(err).toContain('BUDGET_EXCEEDED');
    expect(err).not.toMatch(/Jane|123-45/);
  });

  it('skips a malformed line, reporting its number but not its content', async () => {
    const { res, out, err } = await runLines(['{"id":"t1","title":"Jane Doe SSN 123-45-6789"', JSON.stringify({ id: 't2', title: 'x', text: 'y' })], createRedactor());
    expect(res).toEqual({ lines: 2, failed: 1 });
    expect(out.map((o) => o.id)).toEqual(['t2']);
    expect(err).toContain('line 1');
    expect(err).not.toMatch(/Jane|123-45/);
  });
});
