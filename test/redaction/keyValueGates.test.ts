import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PAIR_TRIES } from '../../shared/redaction/detectors/keyValues.js';

// detectKeyValues tries its Key: value pattern only where mayPairAt allows: it must allow every
// place the pattern matches. Random texts of keys, notes, separators, padding and line breaks of
// every kind (a key's separator on the next line, a comma ending a line before a key).
const piece = fc.constantFrom(
  'Name', 'Patient name', 'DOB', 'Mother-Baby Unit', 'x', 'Jo Li', '12', 'é', '(Last First)', '(a, b/c)', '(', ')',
  ':', '=', '-', '--', '->', '...', '.', ' ', '  ', '\t', '\n', '\r', '\r\n', '\u2028', '\u00a0', '|', ';', '{', ',', '>', '+', '#', '/',
);
const ws = fc.constantFrom('', ' ', '\n', '\r\n', ' \n ', '\u2028', '\t', '\n\n');
// a pair whose parts may stand on two lines ("Heartland Clinics\nPhone:", "Name\n: Jo", ",\nName: Jo")
const pair = fc
  .tuple(fc.constantFrom('', ',', '|', ';', '{', '\t', '- '), ws, fc.constantFrom('Name', 'Patient name', 'DOB', 'Mother-Baby Unit', 'x'), ws, fc.constantFrom('', '(Last First)', 'Phone'), ws, fc.constantFrom(':', '=', '-', ' - ', '->', '...'), fc.constantFrom(' Jo Li', '12', ''))
  .map((p) => p.join(''));
const text = fc.array(fc.oneof(piece, pair), { maxLength: 12 }).map((p) => p.join(''));

function firstSeparator(t: string, from: number): number {
  const found = [':', '=', '-', '...'].map((s) => t.indexOf(s, from)).filter((i) => i !== -1);
  return found.length ? Math.min(...found) : -1;
}

describe('key/value pair tries', () => {
  it('are allowed wherever the pattern matches (starts in text order, as the detector tries them)', () => {
    const re = new RegExp(PAIR_TRIES.pattern.source, PAIR_TRIES.pattern.flags);
    let matched = 0;
    let across = 0;
    fc.assert(
      fc.property(text, (t) => {
        const breaks = { from: 0, at: -1 };
        for (let at = 0; at < t.length; at++) {
          const separator = firstSeparator(t, at);
          if (separator === -1) break;
          re.lastIndex = at;
          if (!re.test(t)) continue;
          matched++;
          if (t.slice(at, separator).includes('\n')) across++;
          expect({ text: t, at, allowed: PAIR_TRIES.mayPairAt(t, at, separator, breaks) }).toEqual({ text: t, at, allowed: true });
        }
      }),
      { numRuns: 3000 },
    );
    expect(matched).toBeGreaterThan(3000);
    expect(across).toBeGreaterThan(300);
  });
});
