/**
 * A large, fixed set of words held compactly: sorted, in one string, found through a hash table of
 * their positions. ~20-28 bytes a word instead of the ~40 of a Set entry, and a few heap objects
 * instead of one per word. Each word may carry a number (`tag`), such as a frequency rank.
 */
export class WordList {
  /**
   * Open addressing, linear probing, at most 4/5 full: a slot holds a word's index + 1 in its low bits
   * (`indexMask`) and the high bits of the word's hash above them, 0 when empty. A binary search
   * missed the CPU caches at almost every one of its ~18 steps; a look-up here reads one slot or a
   * few neighbours, and a word's text only when the hash bits match.
   */
  private readonly slots: Uint32Array;
  private readonly indexMask: number;

  private constructor(
    /** Holds every word, at [starts[i], ends[i]), sorted by UTF-16 code units. */
    private readonly packed: string,
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
    private readonly tags: Uint32Array | undefined,
  ) {
    const n = starts.length;
    let size = 2;
    while (size * 4 < n * 5) size *= 2;
    this.slots = new Uint32Array(size);
    this.indexMask = 2 ** (32 - Math.clz32(n)) - 1;
    for (let i = 0; i < n; i++) {
      const hash = hashOf(packed, starts[i] as number, ends[i] as number);
      let at = hash & (size - 1);
      while (this.slots[at] !== 0) at = (at + 1) & (size - 1);
      this.slots[at] = (hash & ~this.indexMask) | (i + 1);
    }
  }

  /** Builds the list from words in any order, with duplicates; `tagOf` gives each word's number. */
  static from(words: string[], tagOf?: (word: string) => number): WordList {
    words.sort();
    let n = 0;
    for (let i = 0; i < words.length; i++) if (i === 0 || words[i] !== words[i - 1]) words[n++] = words[i] as string;
    words.length = n;
    const starts = new Int32Array(n);
    const ends = new Int32Array(n);
    let at = 0;
    for (let i = 0; i < n; i++) {
      starts[i] = at;
      at += (words[i] as string).length;
      ends[i] = at++;
    }
    const tags = tagOf ? Uint32Array.from(words, tagOf) : undefined;
    const packed = n ? words.join('\n') + '\n' : '';
    // flatten now: a joined string is a tree of pieces until first read
    packed.charCodeAt(0);
    return new WordList(packed, starts, ends, tags);
  }

  /**
   * A list over words already laid out in one string, at [starts[i], ends[i]), in strictly
   * ascending order (checked): no string per word is made. Undefined when they are not in order.
   */
  static fromSorted(packed: string, starts: Int32Array, ends: Int32Array): WordList | undefined {
    for (let i = 1; i < starts.length; i++) {
      if (compare(packed, starts[i - 1] as number, ends[i - 1] as number, packed, starts[i] as number, ends[i] as number) >= 0) return undefined;
    }
    return new WordList(packed, starts, ends, undefined);
  }

  get size(): number {
    return this.starts.length;
  }

  /** Position of `word` in the sorted list, or -1. */
  indexOf(word: string): number {
    const hash = hashOf(word, 0, word.length);
    const high = hash & ~this.indexMask;
    const mask = this.slots.length - 1;
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const slot = this.slots[at] as number;
      if (slot === 0) return -1;
      if ((slot & ~this.indexMask) !== high) continue;
      const i = (slot & this.indexMask) - 1;
      if (compare(this.packed, this.starts[i] as number, this.ends[i] as number, word, 0, word.length) === 0) return i;
    }
  }

  has(word: string): boolean {
    return this.indexOf(word) !== -1;
  }

  /** The number stored with `word`, or undefined when the word is not listed. */
  tag(word: string): number | undefined {
    const i = this.indexOf(word);
    return i === -1 || !this.tags ? undefined : this.tags[i];
  }
}

/** Code-unit order of a[aFrom, aTo) and b[bFrom, bTo), as Array.prototype.sort orders strings. */
function compare(a: string, aFrom: number, aTo: number, b: string, bFrom: number, bTo: number): number {
  const aLen = aTo - aFrom;
  const bLen = bTo - bFrom;
  const common = aLen < bLen ? aLen : bLen;
  for (let k = 0; k < common; k++) {
    const diff = a.charCodeAt(aFrom + k) - b.charCodeAt(bFrom + k);
    if (diff !== 0) return diff;
  }
  return aLen - bLen;
}

/** FNV-1a of s[from, to), by UTF-16 code units. */
function hashOf(s: string, from: number, to: number): number {
  let hash = 0x811c9dc5;
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ s.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
