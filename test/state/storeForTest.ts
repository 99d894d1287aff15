import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { createTableStateStore, type TableStateStore, type TableStateStoreOptions } from '../../shared/state/createTableStateStore.js';

/** A store on the run's Azurite with tables no other test file uses. */
export async function storeForTest(overrides: Partial<TableStateStoreOptions> = {}): Promise<TableStateStore> {
  const store = createTableStateStore({
    endpoint: inject('azuriteTableUrl'),
    tablePrefix: `t${randomBytes(5).toString('hex')}`,
    ...overrides,
  });
  await store.ensureTables();
  return store;
}

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}
