// Label self-check, using the scorer's matching rules (see /work/shared/eval/lib.mjs), so that a
// generated ticket can never be unfair: every labelled value is in the text verbatim, a perfect
// redaction (replacing exactly the labelled PII) leaks nothing by the scorer's rules, and every
// keep value survives that perfect redaction. Tickets that fail are drawn again.

import type { KeepType, Label, PiiType } from './ticket.js';

const WORD_CH = /[\p{L}\p{M}\p{N}]/u;
const isWordCh = (ch: string | undefined): boolean => ch !== undefined && WORD_CH.test(ch);

function findBounded(hay: string, needle: string, from = 0): number {
  if (!needle) return -1;
  const sb = isWordCh(needle[0]);
  const eb = isWordCh(needle[needle.length - 1]);
  let i = hay.indexOf(needle, from);
  while (i !== -1) {
    if ((!sb || !isWordCh(hay[i - 1])) && (!eb || !isWordCh(hay[i + needle.length]))) return i;
    i = hay.indexOf(needle, i + 1);
  }
  return -1;
}

function containsWord(hay: string, word: string): boolean {
  const w = word.toLowerCase();
  const h = hay.toLowerCase();
  let i = h.indexOf(w);
  while (i !== -1) {
    if (!isWordCh(h[i - 1]) && !isWordCh(h[i + w.length])) return true;
    i = h.indexOf(w, i + 1);
  }
  return false;
}

const PARTICLES = new Set(['de', 'la', 'del', 'della', 'van', 'der', 'von', 'da', 'di', 'du', 'le', 'den', 'dos', 'das', 'y', 'ten', 'ter']);
const nameParts = (v: string): string[] => v.split(/[^\p{L}\p{M}]+/u).filter((p) => p.length >= 2 && !PARTICLES.has(p.toLowerCase()));

const ADDRESS_STOP = new Set(
  ('street st avenue ave road rd drive dr lane ln boulevard blvd court ct circle cir way place pl terrace ter ' +
    'parkway pkwy highway hwy route rte suite ste apt apartment unit bldg building floor fl trail trl square sq ' +
    'north south east west box p.o po rural hc the of and lot pier slip space trlr room dept hngr').split(' ')
);
const addressWords = (v: string): string[] =>
  v.split(/[^\p{L}\p{M}\p{N}]+/u).filter((w) => w.length >= 3 && /\p{L}/u.test(w) && !ADDRESS_STOP.has(w.toLowerCase()));

function digitChunks(s: string): string[] {
  const out: string[] = [];
  for (const piece of s.split(/[^0-9 \t\-./()+]+/)) {
    const d = piece.replace(/\D/g, '');
    if (d) out.push(d);
  }
  return out;
}

/** why `value` would still count as leaked in `hay`, or null */
export function leakReason(type: string, value: string, hay: string): string | null {
  if (findBounded(hay.toLowerCase(), value.toLowerCase()) !== -1) return 'verbatim';
  if (type === 'PERSON') for (const part of nameParts(value)) if (containsWord(hay, part)) return `name part "${part}"`;
  if (type === 'ADDRESS') for (const w of addressWords(value)) if (containsWord(hay, w)) return `address word "${w}"`;
  const chunks = digitChunks(hay);
  for (const c of digitChunks(value)) if (c.length >= 6 && chunks.some((h) => h.includes(c))) return `digits ${c}`;
  return null;
}

function countOccurrences(hay: string, needle: string): number {
  let n = 0;
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** the perfect redaction: exactly the labelled PII strings replaced, longest first */
export function oracleRedact(s: string, pii: Label[]): string {
  const vals = [...new Set(pii.map((p) => p.value))].sort((a, b) => b.length - a.length);
  for (const v of vals) {
    let out = '';
    let pos = 0;
    for (let i = findBounded(s, v); i !== -1; i = findBounded(s, v, pos)) {
      out += s.slice(pos, i) + '\u25AE';
      pos = i + v.length;
    }
    s = out + s.slice(pos);
  }
  return s;
}

/** problems with a ticket's labels; empty when the ticket is fair */
export function labelProblems(title: string, text: string, pii: Label<PiiType>[], keep: Label<KeepType>[]): string[] {
  const all = `${title}\n${text}`;
  const problems: string[] = [];
  for (const l of [...pii, ...keep]) if (!all.includes(l.value)) problems.push(`${l.type} ${JSON.stringify(l.value)} not in text`);
  const residual = oracleRedact(all, pii);
  for (const p of pii) {
    const why = leakReason(p.type, p.value, residual);
    if (why) problems.push(`${p.type} ${JSON.stringify(p.value)} leaks after perfect redaction (${why})`);
  }
  for (const k of keep) if (countOccurrences(residual, k.value) < 1) problems.push(`${k.type} ${JSON.stringify(k.value)} lost in perfect redaction`);
  return problems;
}
