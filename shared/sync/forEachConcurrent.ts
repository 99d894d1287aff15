/**
 * Runs `work` over an async iterable with at most `concurrency` in flight, pulling the next item
 * only while `keepGoing()` says so. Items carry their position, so callers can tell which prefix
 * of the sequence is complete.
 */
export async function forEachConcurrent<T>(
  items: AsyncIterable<T> | Iterable<T>,
  concurrency: number,
  work: (item: T, index: number) => Promise<void>,
  keepGoing: () => boolean = () => true,
): Promise<{ pulled: number; exhausted: boolean }> {
  const iterator = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : toAsync(items);
  let pulled = 0;
  let exhausted = false;
  // Pulls are chained so two workers never call next() at the same time.
  let pulling: Promise<unknown> = Promise.resolve();
  const pull = (): Promise<{ item: T; index: number } | undefined> => {
    const result = pulling.then(async () => {
      if (exhausted || !keepGoing()) return undefined;
      const next = await iterator.next();
      if (next.done) {
        exhausted = true;
        return undefined;
      }
      return { item: next.value, index: pulled++ };
    });
    pulling = result.catch(() => undefined);
    return result;
  };
  const worker = async (): Promise<void> => {
    for (let next = await pull(); next; next = await pull()) await work(next.item, next.index);
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  } finally {
    if (!exhausted) await iterator.return?.();
  }
  return { pulled, exhausted };
}

async function* toAsync<T>(items: Iterable<T>): AsyncGenerator<T> {
  yield* items;
}
