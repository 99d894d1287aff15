import { describe, expect, it } from 'vitest';
import { WordList } from '../../shared/redaction/text/WordList.js';

describe('WordList', () => {
  it('finds each word at its sorted position, with its tag, and nothing else', () => {
    const list = WordList.from(['grant', 'ann', 'anna', 'grant', 'zoë', 'o-neil'], (w) => w.length);
    expect(list.size).toBe(5);
    expect(['ann', 'anna', 'grant', 'o-neil', 'zoë'].map((w) => list.indexOf(w))).toEqual([0, 1, 2, 3, 4]);
    expect(list.tag('anna')).toBe(4);
    expect(list.tag('zoë')).toBe(3);
    for (const w of ['', 'an', 'annas', 'Grant', 'grant ', 'zoe', 'oneil']) {
      expect(list.has(w)).toBe(false);
      expect(list.tag(w)).toBeUndefined();
    }
  });

  it('answers as a Set does over many words, and when empty', () => {
    const words: string[] = [];
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    for (let i = 0; i < 20_000; i++) words.push((next() % 1_000_000).toString(36));
    const set = new Set(words.slice(0, 10_000));
    const list = WordList.from(words.slice(0, 10_000));
    expect(list.size).toBe(set.size);
    for (const w of words) expect(list.has(w)).toBe(set.has(w));
    expect(WordList.from([]).has('a')).toBe(false);
  });

  it('takes words laid out in one string only when they are in order', () => {
    const packed = 'abe\nbea\ncal\n';
    const list = WordList.fromSorted(packed, Int32Array.of(0, 4, 8), Int32Array.of(3, 7, 11));
    expect(list?.indexOf('bea')).toBe(1);
    expect(list?.has('be')).toBe(false);
    expect(WordList.fromSorted(packed, Int32Array.of(4, 0), Int32Array.of(7, 3))).toBeUndefined();
  });
});
