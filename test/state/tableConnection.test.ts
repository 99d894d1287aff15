import { describe, expect, it } from 'vitest';
import { isAzuriteEndpoint } from '../../shared/state/azuriteDevAccount.js';
import { createTableStateStore } from '../../shared/state/createTableStateStore.js';
import { TableConnectionError } from '../../shared/state/createTableClient.js';
import { InvalidStateKeyError } from '../../shared/state/StateStoreError.js';

describe('table connection', () => {
  it.each([
    ['http://127.0.0.1:10002/devstoreaccount1', true],
    ['http://localhost:10002/devstoreaccount1/', true],
    ['http://[::1]:10002/devstoreaccount1', true],
    ['http://127.0.0.1:10002/otheraccount', false],
    ['https://devstoreaccount1.table.core.windows.net', false],
    ['not a url', false],
  ])('recognises %s as Azurite: %s', (endpoint, expected) => {
    expect(isAzuriteEndpoint(endpoint)).toBe(expected);
  });

  it('requires a TokenCredential for a real Azure endpoint', () => {
    expect(() => createTableStateStore({ endpoint: 'https://acct.table.core.windows.net', tablePrefix: 'sysaidado' })).toThrow(TableConnectionError);
  });

  it('refuses plain http to anything but a loopback Azurite', () => {
    const credential = { getToken: async () => ({ token: 't', expiresOnTimestamp: Date.now() + 60_000 }) };
    expect(() => createTableStateStore({ endpoint: 'http://acct.table.core.windows.net', tablePrefix: 'sysaidado', credential })).toThrow(TableConnectionError);
  });

  it.each(['', '1abc', 'with-dash', 'a'.repeat(59)])('refuses the table prefix %j', (tablePrefix) => {
    expect(() => createTableStateStore({ endpoint: 'http://127.0.0.1:10002/devstoreaccount1', tablePrefix })).toThrow(InvalidStateKeyError);
  });
});
