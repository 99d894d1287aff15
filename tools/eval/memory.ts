// Resident cost of the redactor in a fresh process: RSS and heap before loading, and after
// createRedactor() plus one redaction (which loads the word lists).
//   node --expose-gc --import tsx tools/eval/memory.ts
import { createRedactor } from '../../shared/redaction/redactor.js';

const gc = (globalThis as { gc?: () => void }).gc;
const mb = (n: number) => (n / 1e6).toFixed(1);
gc?.();
const before = process.memoryUsage();
const redactor = createRedactor();
redactor.redact({ title: 'Printer', text: 'Hi Ana, call Laura McClain at 555-123-4567 about MRN 1234567.' });
gc?.();
const after = process.memoryUsage();
console.log(`rss ${mb(before.rss)} -> ${mb(after.rss)} MB (+${mb(after.rss - before.rss)}); heapUsed ${mb(before.heapUsed)} -> ${mb(after.heapUsed)} MB (+${mb(after.heapUsed - before.heapUsed)}); external +${mb(after.external - before.external)} MB`);
