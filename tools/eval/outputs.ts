// Redacts a corpus and deterministic variants of it (lower/upper case, shuffled lines, one line,
// doubled spaces, ticket pairs, character noise, word windows) and writes every result, so that a
// change meant to leave behaviour alone can be checked: run before and after, then `cmp` the files.
//   npx tsx tools/eval/outputs.ts [CORPUS.jsonl] OUT.jsonl
import { readFileSync, writeFileSync } from 'node:fs';
import { createRedactor } from '../../shared/redaction/redactor.js';

const [first, second] = process.argv.slice(2);
const corpusFile = second ? (first as string) : '/work/shared/eval/dev.jsonl';
const outFile = second ?? first ?? 'outputs.jsonl';
const tickets = readFileSync(corpusFile, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { title: string; text: string });

// a small seeded generator (mulberry32): the same variants on every run
let seed = 7;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const shuffle = <T>(list: T[]): T[] => {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j] as T, list[i] as T];
  }
  return list;
};
const NOISE = ' \n\t.,:;-/()[]#@|^=\'"0123456789aAzZ';
const noisy = (text: string) => {
  const chars = [...text];
  for (let k = 0; k < Math.max(1, chars.length / 30) && chars.length; k++) {
    const at = Math.floor(random() * chars.length);
    const op = random();
    if (op < 0.33) chars.splice(at, 1);
    else if (op < 0.66) chars.splice(at, 0, pick([...NOISE]));
    else chars[at] = pick([...NOISE]);
  }
  return chars.join('');
};

const variants: { title: string; text: string }[] = [];
for (const t of tickets) {
  variants.push(t, { title: t.title.toLowerCase(), text: t.text.toLowerCase() }, { title: t.title.toUpperCase(), text: t.text.toUpperCase() });
  variants.push({ title: t.title, text: shuffle(t.text.split('\n')).join('\n') }, { title: t.title, text: noisy(t.text) });
  variants.push({ title: t.title, text: t.text.replace(/\n/g, ' ') }, { title: t.title, text: t.text.replace(/ /g, '  ') });
  const other = pick(tickets);
  variants.push({ title: `${t.title} ${other.title}`, text: `${t.text}\n${other.text}` });
}
const words = tickets.flatMap((t) => t.text.split(' '));
for (let i = 0; i < tickets.length * 2; i++) {
  const at = Math.floor(random() * Math.max(1, words.length - 60));
  variants.push({ title: '', text: words.slice(at, at + 3 + Math.floor(random() * 57)).join(' ') });
}

const withDomains = createRedactor({ internalDomains: ['hospital.org', 'corp.local'] });
const plain = createRedactor();
const out = variants.map((t, i) => {
  try {
    return JSON.stringify({ i, ...(i % 2 ? withDomains : plain).redact({ title: t.title, text: t.text }, { budgetMs: 60_000 }) });
  } catch (error) {
    return JSON.stringify({ i, error: (error as Error).message });
  }
});
writeFileSync(outFile, out.join('\n') + '\n');
console.log(`${variants.length} redactions written to ${outFile}`);
