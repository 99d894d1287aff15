import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Budget } from '../../shared/redaction/budget.js';
import { Doc } from '../../shared/redaction/doc.js';
import { POSTCODE_WORDS, UK_POSTCODE, ZIP_GATE, zipAfterState } from '../../shared/redaction/detectors/address.js';
import { CA_POSTAL } from '../../shared/redaction/detectors/localAddresses.js';
import { DATE_SCAN_GATES } from '../../shared/redaction/detectors/dates.js';
import { PHONE_WORD_GATES } from '../../shared/redaction/detectors/phone.js';
import { IDENTIFIER_WORD_GATES } from '../../shared/redaction/detectors/identifiers.js';
import { CHAT_HANDLE, chatHandleMatches, USERNAME_WORD_GATES } from '../../shared/redaction/detectors/usernames.js';
import { NetworkAllowList } from '../../shared/redaction/validators/networkAllowList.js';

// Word gates that the structured detectors try their scans from, word by word: every match the scan
// of the whole text finds (and `accept` keeps) must lie in a word that passes the gate. Random texts of
// the shapes the scans look for, their pieces, joiners, letters past ASCII and characters whose
// lower-case form differs in length or kind (İ, the Kelvin sign, Σ).
function docOf(text: string): Doc {
  return new Doc(text, [{ start: 0, end: text.length }], new Budget(10_000), new NetworkAllowList([], []));
}

interface GateOfMatches {
  bit: number;
  scan: RegExp;
  accept?: (match: string) => boolean;
  /** The gate passes for the word that holds the start of each match, not only for some word of the text. */
  perWord?: boolean;
}

const piece = fc.oneof(
  fc.constantFrom('m088943', 'ab12345', 'inc0012345', 'x1234', 'Ab1234', 'abcd1234', 'a123456789'),
  fc.constantFrom('jsmith', 'ggilbert', 'costan', 'jsmith2', 'smithj', 'jsmith1234', 'mgarcia', 'garciam', 'JSmith', 'printer', 'hello', 'aaaaaaaaaaaaaaaaaaaaaa'),
  fc.constantFrom('Jun 28', 'June 5th, 2023', '28 Jun. 2023', '10-NOV-2013', '5/Jan/98', 'Jan-20-2024', '18JAN2026', '18ſep2026', '3rd of May 2024', '12 août 2024', '1 de octubre de 2024', '1936. augusztus 17', 'december twentieth nineteen thirty-eight', 'the twenty-second of February', 'May the 4th'),
  fc.constantFrom('LS8 2DN', 'MK9 3AB', 'SW1A 1AA', 'K1A 0B1', 'H2X 1Y4-', 'J1H 6B9é', '2DN', '0B1', 'K1A'),
  fc.constantFrom('call 5-1234', 'dial  6-8538', 'CALL 6-8538', 'Menon, 5-6397', '3-2298.', '5-1234x', '55-1234', '5-12345', 'x5-1234 or', 'é5-1234'),
  fc.constantFrom('M1234567', '123-45-67', '12-34567', 'MR12345678', '1EG4-TE5-MK73', '1EG4TE5MK73', 'AB1234567', 'a91234567', '1234567', 'MR', 'M', 'EG4'),
  fc.constantFrom(' ', '  ', '\n', '-', "'", '’', '#', '/', '\\', '.', '@', ':', '_', '9', '12', 'x', 'é', 'É', 'e\u0301', '\u0301', 'д', '𝐚', 'İ', '\u212a', 'Σ', 'ſ', 'ß', '\t', ','),
);
const text = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''));
const spaced = fc.array(piece, { maxLength: 8 }).map((p) => p.join(' '));
const anyText = fc.oneof(text, spaced, fc.string({ maxLength: 40 }));

const gates: GateOfMatches[] = [...USERNAME_WORD_GATES.map((g) => ({ ...g, perWord: true })), ...IDENTIFIER_WORD_GATES, ...DATE_SCAN_GATES, ...PHONE_WORD_GATES, { bit: POSTCODE_WORDS, scan: UK_POSTCODE }, { bit: POSTCODE_WORDS, scan: CA_POSTAL }];

describe('detector word gates', () => {
  it('pass whenever the scan they stand for finds something (for the word holding it, when tried word by word)', () => {
    const found = new Set<number>();
    fc.assert(
      fc.property(anyText, (t) => {
        const doc = docOf(t);
        gates.forEach((g, i) => {
          const scan = new RegExp(g.scan.source, g.scan.flags.replace(/[gy]/g, '') + 'g');
          for (let m = scan.exec(t); m; m = scan.exec(t)) {
            if (m[0].length === 0) scan.lastIndex++;
            if (g.accept && !g.accept(m[0])) continue;
            found.add(i);
            const at = m.index;
            const bits = g.perWord ? (doc.words().find((w) => w.tok.start <= at && at < w.tok.end)?.gates ?? 0) : doc.wordBits;
            expect({ gate: i, text: t, at, passed: (bits & g.bit) !== 0 }).toEqual({ gate: i, text: t, at, passed: true });
          }
        });
      }),
      { numRuns: 4000 },
    );
    // (each scan found something in some text: the property was put to the test)
    expect([...found].sort((a, b) => a - b)).toEqual(gates.map((_, i) => i));
  });
});

// Scans tried only around a character every match holds must find what a scan of the whole text finds.
describe('scans tried around a character', () => {
  const show = (m: RegExpExecArray): string => `${m.index}:${m.join('|')}`;
  // a handle line's parts in order, each perhaps left out or spoilt
  const line = fc
    .tuple(
      fc.constantFrom('\n', '\r', '\u2028', '\u2029', 'x', '', ':'),
      fc.constantFrom('', ' ', '\t ', '[ '),
      fc.constantFrom('', '[', ']'),
      fc.constantFrom('10:02', '1:2', '9:15:30', '123:45', '5', '10::02'),
      fc.constantFrom('', ' pm', 'AM', '\n', ' '),
      fc.constantFrom('', ']'),
      fc.constantFrom(' ', '  ', '', '\t', '    '),
      fc.constantFrom('jlee', 'a.b-c', '7x', '', 'é'),
      fc.constantFrom(': ', ':', ':\t', ' '),
    )
    .map((p) => p.join(''));
  const lines = fc.array(fc.oneof(line, fc.constantFrom('10:02 ', ': ', '\n', 'ab')), { maxLength: 6 }).map((p) => p.join(''));
  it('chat handle lines', () => {
    const global = new RegExp(CHAT_HANDLE.source, CHAT_HANDLE.flags.replace('y', 'g'));
    fc.assert(
      fc.property(fc.oneof(lines, fc.string({ maxLength: 30 })), (t) => {
        expect([...chatHandleMatches(t)].map(show)).toEqual([...t.matchAll(global)].map(show));
      }),
      { numRuns: 3000 },
    );
    expect([...chatHandleMatches('[10:02] jlee: hi\n 9:15 AM  ana.b: ok\nx 1:2 no: y')].map((m) => m[1])).toEqual(['jlee', 'ana.b']);
  });
});

// Cues read from the words must hold whenever the scan they stand for finds something.
describe('cues read from the words', () => {
  const part = fc.constantFrom('ny 10001', 'ca  94105-1234', 'wa\u00a098101', 'or\n\n12345', 'xin 123456', 'NY 10001', 'ny 1234', ' ', '  ', '\n', 'in', '1', '12345', 'é', '-', "'", 'n', 'y');
  const texts = fc.oneof(fc.array(part, { maxLength: 8 }).map((p) => p.join('')), fc.array(part, { maxLength: 8 }).map((p) => p.join(' ')));
  it('a ZIP after a state code', () => {
    let found = 0;
    fc.assert(
      fc.property(texts, (t) => {
        const zip = ZIP_GATE.test(t);
        if (zip) found++;
        expect({ t, zip: zipAfterState(docOf(t)) }).toEqual({ t, zip });
      }),
      { numRuns: 3000 },
    );
    expect(found).toBeGreaterThan(0);
  });
});
