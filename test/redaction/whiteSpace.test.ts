import { describe, expect, it } from 'vitest';
import { isJsSpace } from '../../shared/redaction/text/whiteSpace.js';

describe('isJsSpace', () => {
  it('is the regex class \\s and what trim removes, for every code unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const space = /\s/.test(ch);
      if (isJsSpace(c) !== space || (`a${ch}`.trim() === 'a') !== space) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });
});
