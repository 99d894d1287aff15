// Throughput on tickets the process has not seen: bench.ts passes over one corpus again and again,
// so the redactor's word caches hit more often than on a stream of new tickets. This warms up on
// the dev corpus (lexicons loaded, caches as after a first batch), then redacts every ticket of
// the given corpora once.   npx tsx tools/eval/benchStream.ts CORPUS.jsonl [CORPUS.jsonl ...]
import { readFileSync } from 'node:fs';
import { createRedactor } from '../../shared/redaction/redactor.js';

interface Ticket {
  title: string;
  text: string;
}
const read = (file: string): Ticket[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Ticket);

const files = process.argv.slice(2);
if (files.length === 0) throw new Error('usage: benchStream.ts CORPUS.jsonl [CORPUS.jsonl ...]');
const redactor = createRedactor();
for (const t of read('/work/shared/eval/dev.jsonl')) redactor.redact({ title: t.title, text: t.text }, { budgetMs: 10_000 });

const tickets = files.flatMap(read);
const bytes = tickets.reduce((a, t) => a + Buffer.byteLength(t.title) + Buffer.byteLength(t.text), 0);
const cpu0 = process.cpuUsage();
const start = performance.now();
for (const t of tickets) redactor.redact({ title: t.title, text: t.text }, { budgetMs: 10_000 });
const secs = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSecs = (cpu.user + cpu.system) / 1e6;
console.log(`${tickets.length} new tickets (${(bytes / 1e6).toFixed(2)} MB), each once`);
console.log(`wall ${secs.toFixed(2)} s: ${(bytes / 1e6 / secs).toFixed(2)} MB/s; cpu ${cpuSecs.toFixed(2)} s: ${(bytes / 1e6 / cpuSecs).toFixed(2)} MB/s; ${((cpuSecs * 1000) / tickets.length).toFixed(3)} cpu-ms/ticket`);
