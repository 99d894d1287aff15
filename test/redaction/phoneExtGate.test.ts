import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Budget } from '../../shared/redaction/budget.js';
import { Doc } from '../../shared/redaction/doc.js';
import { PHONE_WORD_GATES } from '../../shared/redaction/detectors/phone.js';
import { NetworkAllowList } from '../../shared/redaction/validators/networkAllowList.js';

// The word gate of bare extensions ("x4018", "ext. 5-9560", "extensión 6490", "poste 4653") must pass
// whenever their scan finds one: random texts of those shapes, their pieces, joiners and characters
// whose case or width is unusual (İ, the Kelvin sign, ſ, Ó).
function docOf(text: string): Doc {
  return new Doc(text, [{ start: 0, end: text.length }], new Budget(10_000), new NetworkAllowList([], []));
}

const gate = PHONE_WORD_GATES.find((g) => g.scan.source.includes('poste'));
const piece = fc.oneof(
  fc.constantFrom('x4018', 'X5-9560', 'ext. 1234', 'Ext.\t12-345', 'EXT 123456', 'ext1234', 'extension 4653', 'EXTENSIÓN 6490', 'extensión\n649', 'poste 4653', 'Poste\u00a0123'),
  fc.constantFrom('x', 'X', 'ext', 'Ext.', 'exte', 'extension', 'extensión', 'poste', 'text', 'next', 'box', 'ſ', 'Ó', 'ó', 'İ', '\u212a', 'é', 'e\u0301'),
  fc.constantFrom('1', '12', '123', '1234', '12-', '5-', '1234567', ' ', '  ', '\n', '\t', '.', '-', "'", '’', '_', ',', ':', '/'),
);
const text = fc.array(piece, { maxLength: 10 }).map((p) => p.join(''));
const spaced = fc.array(piece, { maxLength: 8 }).map((p) => p.join(' '));

describe('the word gate of bare extensions', () => {
  it('passes whenever the scan finds an extension', () => {
    expect(gate).toBeDefined();
    if (!gate) return;
    let found = 0;
    fc.assert(
      fc.property(fc.oneof(text, spaced), (t) => {
        const scan = new RegExp(gate.scan.source, gate.scan.flags.replace('g', ''));
        if (!scan.test(t)) return;
        found++;
        expect({ t, passed: (docOf(t).wordBits & gate.bit) !== 0 }).toEqual({ t, passed: true });
      }),
      { numRuns: 3000 },
    );
    expect(found).toBeGreaterThan(100);
  });

  it('spares texts with no extension word', () => {
    if (!gate) return;
    expect(docOf('the next box of text, 1234 fixed').wordBits & gate.bit).toBe(0);
    expect(docOf('call x4018').wordBits & gate.bit).not.toBe(0);
  });
});
