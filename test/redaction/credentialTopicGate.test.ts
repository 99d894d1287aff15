import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Budget } from '../../shared/redaction/budget.js';
import { Doc } from '../../shared/redaction/doc.js';
import { CREDENTIAL_WORD_GATES } from '../../shared/redaction/detectors/credentials.js';
import { NetworkAllowList } from '../../shared/redaction/validators/networkAllowList.js';

// The word gate of a ticket about passwords must pass whenever the topic's scan finds its word: random
// texts of the topic words in any case, their pieces, joiners and characters whose case or width is
// unusual (İ, the Kelvin sign, ſ).
function docOf(text: string): Doc {
  return new Doc(text, [{ start: 0, end: text.length }], new Budget(10_000), new NetworkAllowList([], []));
}

const gate = CREDENTIAL_WORD_GATES.find((g) => g.scan.source.includes('passphrase'));
const words = ['password', 'passwd', 'pwd', 'passcode', 'passphrase', 'credential', 'credentials', 'pw'];
const piece = fc.oneof(
  fc.constantFrom(...words),
  fc.constantFrom(...words).map((w) => w.toUpperCase()),
  fc.constantFrom(...words).map((w) => w[0]?.toUpperCase() + w.slice(1)),
  fc.constantFrom(...words).chain((w) => fc.integer({ min: 1, max: w.length }).map((n) => w.slice(0, n))),
  fc.constantFrom('pass', 'word', 's', 'd', 'x', '1', '_', 'é', 'İ', '\u212a', 'ſ', 'ß', 'Σ'),
  fc.constantFrom(' ', '\n', '-', "'", '’', '.', ':', '=', '/', '@'),
);
const text = fc.array(piece, { maxLength: 10 }).map((p) => p.join(''));
const spaced = fc.array(piece, { maxLength: 8 }).map((p) => p.join(' '));

describe('the word gate of a ticket about passwords', () => {
  it('passes whenever the topic scan finds its word', () => {
    expect(gate).toBeDefined();
    if (!gate) return;
    let found = 0;
    fc.assert(
      fc.property(fc.oneof(text, spaced), (t) => {
        if (!gate.scan.test(t)) return;
        found++;
        expect({ t, passed: (docOf(t).wordBits & gate.bit) !== 0 }).toEqual({ t, passed: true });
      }),
      { numRuns: 3000 },
    );
    expect(found).toBeGreaterThan(100);
  });

  it('spares texts without the topic', () => {
    if (!gate) return;
    expect(docOf('I passed the upward path; pwned').wordBits & gate.bit).toBe(0);
    expect(docOf('reset my Password-please').wordBits & gate.bit).not.toBe(0);
  });
});
