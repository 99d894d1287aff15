import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Budget } from '../../shared/redaction/budget.js';
import { Doc } from '../../shared/redaction/doc.js';
import { hintHits } from '../../shared/redaction/detectors/cueHints.js';
import { CUE_RULES } from '../../shared/redaction/detectors/identifiers.js';
import { MONTH_WORDS } from '../../shared/redaction/detectors/dates.js';
import { NetworkAllowList } from '../../shared/redaction/validators/networkAllowList.js';

// Gates answered from the words of a text must pass whenever the scan of the whole text they stand
// for finds something: random texts of cue words, their beginnings, joiners, letters past ASCII and
// characters whose lower-case form differs in length or kind (İ, the Kelvin sign, Σ).
function docOf(text: string): Doc {
  return new Doc(text, [{ start: 0, end: text.length }], new Budget(10_000), new NetworkAllowList([], []));
}

const hints = [...CUE_RULES.hints.rulesOf.keys()];
const piece = fc.oneof(
  fc.constantFrom(...hints),
  fc.constantFrom(...hints).map((h) => h.toUpperCase()),
  fc.constantFrom(...hints).chain((h) => fc.integer({ min: 1, max: h.length }).map((n) => h.slice(0, n))),
  fc.constantFrom('jan', 'JAN', 'mAr', 'dec', 'ember', 'may', 'j', 'an', 'ssn', 'ss#', 's/n', 'social', 'security', 're-', 'get-', 'pt', 'id', '2fa', 'code', 'mr#'),
  fc.constantFrom(' ', '  ', '\n', '-', "'", '’', '#', '/', '.', ':', '_', '9', 'x', 'é', 'É', 'e\u0301', '\u0301', 'д', '𝐚', 'İ', '\u212a', 'Σ', 'ſ', 'ß', '\t', ','),
);
const text = fc.array(piece, { maxLength: 14 }).map((p) => p.join(''));
const spaced = fc.array(piece, { maxLength: 10 }).map((p) => p.join(' '));
const anyText = fc.oneof(text, spaced, fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }));

/** The places a scan of the whole text with the hint pattern finds (resuming one character after each). */
function scanHits(t: string): { at: number[]; rules: number[]; any: number } {
  const re = new RegExp(CUE_RULES.hints.re.source, 'gi');
  const hits = { at: [] as number[], rules: [] as number[], any: 0 };
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const rules = CUE_RULES.hints.rulesOf.get(m[0].toLowerCase()) ?? 0;
    hits.at.push(m.index);
    hits.rules.push(rules);
    hits.any |= rules;
    re.lastIndex = m.index + 1;
  }
  return hits;
}

describe('word gates', () => {
  it('find the cue hints a scan of the whole text finds, in order', () => {
    fc.assert(
      fc.property(anyText, (t) => {
        expect(hintHits(docOf(t), CUE_RULES.hints)).toEqual(scanHits(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('pass the month gate whenever the lower-cased text holds a month', () => {
    fc.assert(
      fc.property(anyText, (t) => {
        const doc = docOf(t);
        expect((doc.wordBits & MONTH_WORDS) !== 0).toBe(/jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/.test(doc.lower));
      }),
      { numRuns: 2000 },
    );
  });

  it('find hints in ticket lines', () => {
    const t = 'Pt ID: 1234, SSN# and s/n: X; social\nsecurity; re-enrolled; éssn; x-mrn; to token';
    expect(hintHits(docOf(t), CUE_RULES.hints).at).toEqual(scanHits(t).at);
    expect(scanHits(t).at.length).toBeGreaterThan(6);
  });
});
