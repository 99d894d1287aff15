/**
 * A direct-mapped cache in front of a Map of words: one slot per hash value (the low bits), holding
 * the last value stored there. A word met again is found by an array read and one string compare,
 * with no hashing of the string (the caller hashed it while scanning). The value carries its word,
 * which decides a hit; a miss (empty slot or another word there) falls back to the Map.
 */
export class HashedSlots<V extends { readonly word: string }> {
  private readonly slots: (V | undefined)[];
  private readonly mask: number;

  constructor(bits: number) {
    this.mask = (1 << bits) - 1;
    this.slots = new Array<V | undefined>(this.mask + 1).fill(undefined);
  }

  get(hash: number, word: string): V | undefined {
    const value = this.slots[hash & this.mask];
    return value !== undefined && value.word === word ? value : undefined;
  }

  set(hash: number, value: V): void {
    this.slots[hash & this.mask] = value;
  }
}
