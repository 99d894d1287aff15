// Lists leaked PII values (or lost keep values) of a scored run with context, to find the rule to fix.
//   npx tsx tools/eval/leaks.ts CORPUS.jsonl REDACTED.jsonl [leak|keep] [TYPE]
import { readFileSync } from 'node:fs';
// @ts-expect-error the scorer's helpers are plain JavaScript without types
import { countOccurrences, digitChunks, joinFields, leakReason, oracleRedact } from '/work/shared/eval/lib.mjs';

interface Labeled {
  type: string;
  value: string;
}
interface Ticket {
  id: string;
  template: string;
  title: string;
  text: string;
  pii: Labeled[];
  keep: Labeled[];
}
type Fn = (...args: unknown[]) => unknown;
const lib = { countOccurrences, digitChunks, joinFields, leakReason, oracleRedact } as Record<string, Fn>;
const call = <T>(name: string, ...args: unknown[]) => (lib[name] as Fn)(...args) as T;

const [corpusFile = '', outFile = '', mode = 'leak', only] = process.argv.slice(2);
const readLines = (f: string) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim());
const corpus = readLines(corpusFile).map((l) => JSON.parse(l) as Ticket);
const out = new Map(readLines(outFile).map((l) => JSON.parse(l) as { id: string; title: string; text: string }).map((r) => [r.id, r]));

for (const t of corpus) {
  const hay = call<string>('joinFields', out.get(t.id) ?? t);
  const chunks = call<string[]>('digitChunks', hay);
  if (mode === 'leak') {
    for (const p of t.pii) {
      if (only && p.type !== only) continue;
      const why = call<string | null>('leakReason', p.type, p.value, hay, chunks);
      if (!why) continue;
      const needle = /"(.*)"/.exec(why)?.[1] ?? p.value;
      const i = hay.toLowerCase().indexOf(needle.toLowerCase());
      console.log(`${t.id} ${t.template} ${p.type} ${JSON.stringify(p.value)} (${why}) :: ${JSON.stringify(hay.slice(Math.max(0, i - 60), i + needle.length + 40))}`);
    }
  } else {
    const ideal = call<string>('oracleRedact', call<string>('joinFields', t), t.pii);
    for (const k of t.keep) {
      if (only && k.type !== only) continue;
      if (call<number>('countOccurrences', hay, k.value) >= Math.max(1, call<number>('countOccurrences', ideal, k.value))) continue;
      const orig = call<string>('joinFields', t);
      const i = orig.indexOf(k.value);
      console.log(`${t.id} ${t.template} ${k.type} ${JSON.stringify(k.value)} :: ${JSON.stringify(orig.slice(Math.max(0, i - 50), i + k.value.length + 30))}`);
    }
  }
}
