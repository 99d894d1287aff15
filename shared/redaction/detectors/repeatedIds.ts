import type { Doc } from '../doc.js';
import { bounded } from '../text/context.js';
import type { PiiType } from '../types.js';

// An identifier found once (after its cue, in its field) is the same identifier wherever else the
// ticket repeats it: "MRN 86-27-20-5 ... The check letter on 86-27-20-5 was keyed wrong".
const REPEATABLE = new Set<PiiType>(['MRN', 'ACCOUNT_NUMBER', 'HEALTH_PLAN_ID', 'DEVICE_ID', 'LICENSE_NUMBER', 'RX_NUMBER', 'SSN']);

function digits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

export function detectRepeatedIds(doc: Doc): void {
  const text = doc.text;
  const seen = new Set<string>();
  // (spans added here are not read again: the loop runs over those found before)
  const found = doc.spans.length;
  for (let i = 0; i < found; i++) {
    const s = doc.spans[i];
    if (!s || !REPEATABLE.has(s.type) || s.end - s.start < 6) continue;
    const value = text.slice(s.start, s.end);
    // long enough and numeric enough not to be a word or a small number
    if (seen.has(value) || digits(value) < 5) continue;
    seen.add(value);
    for (let at = text.indexOf(value); at !== -1; at = text.indexOf(value, at + value.length)) {
      if (at !== s.start && bounded(text, at, at + value.length)) doc.add(at, at + value.length, s.type, s.priority - 1, s.key);
    }
  }
}
