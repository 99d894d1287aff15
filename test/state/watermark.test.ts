import { describe, expect, it } from 'vitest';
import { storeForTest } from './storeForTest.js';

describe('watermark', () => {
  it('starts absent, then only moves forward', async () => {
    const store = await storeForTest();
    expect(await store.getWatermark()).toBeNull();
    expect(await store.advanceWatermark(1_763_851_000_000)).toBe(1_763_851_000_000);
    expect(await store.advanceWatermark(1_763_850_000_000)).toBe(1_763_851_000_000);
    expect(await store.advanceWatermark(1_763_852_000_000)).toBe(1_763_852_000_000);
    expect((await store.getWatermark())?.updateTime).toBe(1_763_852_000_000);
  });

  it('ends at the maximum of 20 concurrent advances and is never seen going backwards', async () => {
    const store = await storeForTest();
    const base = 1_763_851_000_000;
    const values = Array.from({ length: 20 }, () => base + Math.floor(Math.random() * 1_000_000));
    const observed: number[] = [];
    let writing = true;
    const observer = (async () => {
      while (writing) {
        const mark = await store.getWatermark();
        if (mark) observed.push(mark.updateTime);
      }
    })();
    const returned = await Promise.all(values.map((v) => store.advanceWatermark(v)));
    writing = false;
    await observer;

    const max = Math.max(...values);
    expect((await store.getWatermark())?.updateTime).toBe(max);
    // Each call returns what is stored, which is at least what it asked for.
    returned.forEach((r, i) => expect(r).toBeGreaterThanOrEqual(values[i]!));
    for (let i = 1; i < observed.length; i++) expect(observed[i]!).toBeGreaterThanOrEqual(observed[i - 1]!);
  });
});
