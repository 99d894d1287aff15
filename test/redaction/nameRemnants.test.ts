import { describe, expect, it } from 'vitest';
import { textRedactor } from './redactText.js';

// What is left of a known name: the particle between two of its parts, a part cut short at the end
// of a field (badge printers truncate). Every example is invented; each removal has a look-alike
// that must stay.
const text = textRedactor();

describe('redactor: the rest of a known name', () => {
  it.each([
    ['a particle between two parts of a name', 'Legal name ... Nurul Aisyah binti Osman\nAD displayName ... Osman, Nurul', 'binti'],
    ['a surname a badge cut short', 'Legal name ..... Larysa Vladimirovna Golubeva\nEpic ..... GOLUBEVA, LARYSA V\nBadge printed ..... LARYSA VLADIMIROVNA GO\nPreferred ..... Larysa Golubeva', ' GO'],
    ['a surname cut short after a particle', 'Epic ..... OSMAN, NURUL AISYAH\nBadge printed ..... NURUL AISYAH BINTI OSM', 'OSM'],
  ])('removes %s', (_label, input, value) => {
    expect(text(input)).not.toContain(value);
  });

  it.each([
    ['a particle that is an ordinary word elsewhere', 'Ludwig van Beethoven called; Beethoven said the van is outside', 'the van is'],
    ['a short word after a name that starts none of its parts', 'Patient Anna Smith\nANNA SMITH GO', 'GO'],
    ['a word in another case than the name before it', 'Patient Anna Goldberg\nGoldberg GO', 'GO'],
    ['a prefix of a part in the middle of a line', 'Patient Anna Goldberg\nANNA GO live tomorrow', 'GO live'],
  ])('keeps %s', (_label, input, kept) => {
    expect(text(input)).toContain(kept);
  });
});
