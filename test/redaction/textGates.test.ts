import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NAME_FORM_GATES } from '../../shared/redaction/names/nameForms.js';

// A gate is tested before a scan of the whole text to skip it: it must pass whenever the scan finds
// something. Texts of header words, names, quotes and white space (also past ASCII, across lines).
const piece = fc.constantFrom(
  'From', 'to', 'CC', 'sent by', 'Reply-To', 'on behalf of', 'à', 'À', 'Aan', 'von', 'a', 'an', 'kopie', 'x', 'Data', 'Photo',
  'Ana', 'Babatunde', 'Tunde', 'Abubakar', 'Oleksandr', 'Sasha', 'É', 'é', 'Jean-Luc', 'O’Neil', "Babatunde 'Tunde' Abubakar", 'Oleksandr "Sasha" ',
  ' (Sasha) ', ' “Ana” ', ' ‘É’ ', 'Ana (Tu) Li',
  ' ', '  ', '\t', '\n', '\r\n', '\u2028', '\u00a0', ':', ' : ', ': ', '"', '“', '”', "'", '‘', '’', '(', ')', '>', ',', ';', '<a@b.c>',
);
const text = fc.array(piece, { maxLength: 16 }).map((p) => p.join(''));

describe('text gates', () => {
  NAME_FORM_GATES.forEach(({ gate, scan }, i) => {
    it(`pass whenever the scan they stand for finds something: ${i}`, () => {
      const full = new RegExp(scan.source, scan.flags.replace(/[gy]/g, ''));
      let found = 0;
      fc.assert(
        fc.property(text, (t) => {
          if (!full.test(t)) return;
          found++;
          expect({ text: t, passed: gate.test(t) }).toEqual({ text: t, passed: true });
        }),
        { numRuns: 4000 },
      );
      // (the scan found something: the property was put to the test)
      expect(found).toBeGreaterThan(20);
    });
  });
});
