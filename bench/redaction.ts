import { readFileSync } from 'node:fs';
import { createRedactor } from '../shared/redaction/redactor.js';
import { round } from './stats.js';

interface CorpusTicket {
  id: string;
  title: string;
  text: string;
}

type RedactFn = (ticket: CorpusTicket) => { title: string; text: string };

export interface RedactionFigure {
  mbPerSec: number;
  recall: number;
  keep: number;
  clean: number;
  startupMs: number;
  passes: number;
}

// The scorer exports score(); importing it keeps recall identical to score.mjs by construction.
interface ScoreResult {
  recall: number;
  keep: number;
  clean: number;
}
type ScoreFn = (corpus: unknown[], redacted: unknown[]) => ScoreResult;

/** Our redactor and two npm libraries on the dev corpus: recall via score.mjs, throughput net of start-up. */
export async function measureRedaction(corpusPath: string, scorerPath: string, seconds: number): Promise<Record<string, RedactionFigure>> {
  const corpus = readFileSync(corpusPath, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as CorpusTicket);
  const { score } = (await import(scorerPath)) as { score: ScoreFn };
  const bytes = corpus.reduce((a, t) => a + Buffer.byteLength(t.title) + Buffer.byteLength(t.text), 0);

  const candidates: Array<[string, () => Promise<RedactFn>]> = [
    [
      'ours',
      async () => {
        const r = createRedactor();
        return (t) => {
          const out = r.redact({ title: t.title, text: t.text }, { budgetMs: 60_000 }).fields;
          return { title: out.title ?? '', text: out.text ?? '' };
        };
      },
    ],
    [
      'redact-pii',
      async () => {
        const { SyncRedactor } = await import('redact-pii');
        const r = new SyncRedactor();
        return (t) => ({ title: r.redact(t.title), text: r.redact(t.text) });
      },
    ],
    [
      '@openredaction/openredaction',
      async () => {
        const { OpenRedaction } = await import('@openredaction/openredaction');
        const r = new OpenRedaction();
        return (t) => ({ title: r.detect(t.title).redacted, text: r.detect(t.text).redacted });
      },
    ],
  ];

  const results: Record<string, RedactionFigure> = {};
  for (const [name, load] of candidates) {
    const t0 = performance.now();
    const redact = await load();
    const first = corpus[0];
    if (first) redact(first);
    const startupMs = performance.now() - t0;
    // Full warm-up pass, whose output is also what gets scored.
    const output = corpus.map((t) => ({ id: t.id, ...redact(t) }));
    const s = score(corpus, output);
    let passes = 0;
    const start = performance.now();
    while (passes < 2 || performance.now() - start < seconds * 1000) {
      for (const t of corpus) redact(t);
      passes++;
    }
    const secs = (performance.now() - start) / 1000;
    results[name] = {
      mbPerSec: round((bytes * passes) / 1e6 / secs),
      recall: round(s.recall, 4),
      keep: round(s.keep, 4),
      clean: round(s.clean, 4),
      startupMs: round(startupMs, 0),
      passes,
    };
  }
  return results;
}
