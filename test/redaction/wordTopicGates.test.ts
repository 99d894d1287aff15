import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Budget } from '../../shared/redaction/budget.js';
import { Doc } from '../../shared/redaction/doc.js';
import { CREDENTIAL_WORD_GATES } from '../../shared/redaction/detectors/credentials.js';
import { PHONE_WORD_GATES } from '../../shared/redaction/detectors/phone.js';
import type { WordGateOf } from '../../shared/redaction/text/wordGates.js';
import { NetworkAllowList } from '../../shared/redaction/validators/networkAllowList.js';

// A word gate must pass whenever the scan it stands for finds something: random texts of the words
// the scan looks for, their pieces, joiners and characters whose case or width is unusual (İ, the
// Kelvin sign, ſ, Ó).
function docOf(text: string): Doc {
  return new Doc(text, [{ start: 0, end: text.length }], new Budget(10_000), new NetworkAllowList([], []));
}

function passesWhenScanFinds(gate: WordGateOf | undefined, piece: fc.Arbitrary<string>): void {
  expect(gate).toBeDefined();
  if (!gate) return;
  const scan = new RegExp(gate.scan.source, gate.scan.flags.replace(/[gy]/g, ''));
  const text = fc.array(piece, { maxLength: 10 }).map((p) => p.join(''));
  const spaced = fc.array(piece, { maxLength: 8 }).map((p) => p.join(' '));
  let found = 0;
  fc.assert(
    fc.property(fc.oneof(text, spaced), (t) => {
      if (!scan.test(t)) return;
      found++;
      expect({ t, passed: (docOf(t).wordBits & gate.bit) !== 0 }).toEqual({ t, passed: true });
    }),
    { numRuns: 3000 },
  );
  // (the scan found something often: the property was put to the test)
  expect(found).toBeGreaterThan(100);
}

describe('the word gate of a ticket about passwords', () => {
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

  it('passes whenever the topic scan finds its word', () => passesWhenScanFinds(gate, piece));

  it('spares texts without the topic', () => {
    if (!gate) return;
    expect(docOf('I passed the upward path; pwned').wordBits & gate.bit).toBe(0);
    expect(docOf('reset my Password-please').wordBits & gate.bit).not.toBe(0);
  });
});

describe('the word gate of bare extensions ("x4018", "ext. 5-9560", "extensión 6490", "poste 4653")', () => {
  const gate = PHONE_WORD_GATES.find((g) => g.scan.source.includes('poste'));
  const piece = fc.oneof(
    fc.constantFrom('x4018', 'X5-9560', 'ext. 1234', 'Ext.\t12-345', 'EXT 123456', 'ext1234', 'extension 4653', 'EXTENSIÓN 6490', 'extensión\n649', 'poste 4653', 'Poste\u00a0123'),
    fc.constantFrom('x', 'X', 'ext', 'Ext.', 'exte', 'extension', 'extensión', 'poste', 'text', 'next', 'box', 'ſ', 'Ó', 'ó', 'İ', '\u212a', 'é', 'e\u0301'),
    fc.constantFrom('1', '12', '123', '1234', '12-', '5-', '1234567', ' ', '  ', '\n', '\t', '.', '-', "'", '’', '_', ',', ':', '/'),
  );

  it('passes whenever the scan finds an extension', () => passesWhenScanFinds(gate, piece));

  it('spares texts with no extension word', () => {
    if (!gate) return;
    expect(docOf('the next box of text, 1234 fixed').wordBits & gate.bit).toBe(0);
    expect(docOf('call x4018').wordBits & gate.bit).not.toBe(0);
  });
});
