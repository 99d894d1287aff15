import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CARET_SCAN } from '../../shared/redaction/names/caretNames.js';
import { type GatedScan, gatedMatches } from '../../shared/redaction/names/gatedMatches.js';
import { INITIALLED_SCAN, LAST_FIRST_SCAN } from '../../shared/redaction/names/lowerCaseForms.js';
import { MANGLED_SCAN } from '../../shared/redaction/names/mangledNames.js';
import { MIXED_COMMA_SCAN, UPPER_COMMA_SCAN } from '../../shared/redaction/names/nameForms.js';

// Each gated pattern must find exactly what a scan of every position finds: the gate is a speed-up only.
const SCANS: Record<string, GatedScan> = {
  caret: CARET_SCAN,
  initialled: INITIALLED_SCAN,
  lastFirst: LAST_FIRST_SCAN,
  mangled: MANGLED_SCAN,
  mixedComma: MIXED_COMMA_SCAN,
  upperComma: UPPER_COMMA_SCAN,
};

const show = (m: RegExpExecArray): string => `${m.index}:${m.join('|')}`;
function fullScan(text: string, scan: GatedScan): string[] {
  const global = new RegExp(scan.sticky.source, scan.sticky.flags.replace('y', 'g'));
  return [...text.matchAll(global)].map(show);
}

// words and separators that sit on the gates' edges: marks, astral letters, apostrophes, long words
const word = fc.constantFrom('ab', 'anna', 'é', '𝐚𝐛', "o'neil", 'x-y', 'b', 'Cd', 'e\u0301e', '', 'AB', 'ÉLAN', 'Smith', 'O’Neil', 'DE-LA', '𝐀𝐁', 'X', 'a'.repeat(35), 'B'.repeat(42), 'Zaj?c', '?a?lar', '1?a', 'ł?');
const separator = fc.constantFrom(' ', '. ', ', ', ' c. ', ' 𝐚. ', 'e. ', '-', "'", '^', ',', ' ^', '\u0301', '1', '?', ': ', '\n');
const wordy = fc.array(fc.tuple(word, separator), { maxLength: 14 }).map((parts) => parts.map(([w, s]) => w + s).join(''));
const chars = fc.array(fc.constantFrom('a', 'é', 'Z', ' ', ',', '.', "'", '’', '-', '\u0301', '𝐚', '𝐀', '\n', '^', '?', '1', 'Ω'), { maxLength: 80 }).map((c) => c.join(''));

describe('gatedMatches', () => {
  for (const [name, scan] of Object.entries(SCANS)) {
    it(`finds what a full scan finds: ${name}`, () => {
      fc.assert(
        fc.property(fc.oneof(wordy, chars), (text) => {
          expect([...gatedMatches(text, scan)].map(show)).toEqual(fullScan(text, scan));
        }),
        { numRuns: 400 },
      );
    });
  }

  it('finds them in ordinary ticket lines', () => {
    const text = 'Pt SMITH, JOHN A. and Lopez, Maria seen; garrett, john j; elijah n. morse; PID|1||X^DOE^JANE; Bart?omiej Zaj?c';
    for (const scan of Object.values(SCANS)) expect([...gatedMatches(text, scan)].map(show)).toEqual(fullScan(text, scan));
    expect([...gatedMatches(text, UPPER_COMMA_SCAN)].map((m) => m[0])).toEqual(['SMITH, JOHN A.']);
  });

  it('refuses a pattern without flag y or a gate without flag g', () => {
    expect(() => [...gatedMatches('a', { ...CARET_SCAN, sticky: /a/g })]).toThrow();
    expect(() => [...gatedMatches('a', { ...CARET_SCAN, gate: /a/ })]).toThrow();
  });
});
