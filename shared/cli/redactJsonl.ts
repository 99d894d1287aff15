import { createInterface } from 'node:readline';
import type { Redactor } from '../sync/ports.js';

/** Written in place of a title/text whose redaction failed: nothing of the original goes out. */
export const REDACTION_FAILED = '[REDACTION FAILED]';

interface Line {
  id: string;
  title: string;
  text: string;
}

function parse(line: string): Line | null {
  try {
    const v = JSON.parse(line) as unknown;
    if (typeof v !== 'object' || v === null) return null;
    const { id, title, text } = v as Record<string, unknown>;
    if (typeof id !== 'string' && typeof id !== 'number') return null;
    if ((title !== undefined && typeof title !== 'string') || (text !== undefined && typeof text !== 'string')) return null;
    return { id: String(id), title: title ?? '', text: text ?? '' };
  } catch {
    return null;
  }
}

function write(output: NodeJS.WritableStream, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = output.write(chunk, (error) => (error ? reject(error) : undefined));
    if (ok) resolve();
    else output.once('drain', () => resolve());
  });
}

/**
 * Redacts JSONL tickets `{"id","title","text"}` line by line (streaming, constant memory per line).
 * - A ticket whose redaction fails is still written, with title and text replaced by
 *   "[REDACTION FAILED]": fail closed, and downstream still sees that the ticket exists.
 * - A line that is not such an object cannot be redacted or even identified; it is skipped and
 *   reported on stderr by line number only (never its content), and counted as failed.
 * Blank lines are ignored.
 */
export async function redactJsonl(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, redactor: Redactor, errors: NodeJS.WritableStream = process.stderr): Promise<{ lines: number; failed: number }> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  let lines = 0;
  let failed = 0;
  let lineNo = 0;
  for await (const raw of rl) {
    lineNo++;
    if (!raw.trim()) continue;
    lines++;
    const rec = parse(raw);
    if (!rec) {
      failed++;
      errors.write(`redact: line ${lineNo}: not a JSON object with string id/title/text; skipped\n`);
      continue;
    }
    let title = REDACTION_FAILED;
    let text = REDACTION_FAILED;
    try {
      const res = redactor.redact({ title: rec.title, text: rec.text });
      title = res.fields.title ?? REDACTION_FAILED;
      text = res.fields.text ?? REDACTION_FAILED;
    } catch (error) {
      failed++;
      const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : 'UNKNOWN';
      errors.write(`redact: line ${lineNo}: redaction failed (${code}); wrote ${REDACTION_FAILED}\n`);
    }
    await write(output, JSON.stringify({ id: rec.id, title, text }) + '\n');
  }
  return { lines, failed };
}
