import { InvalidStateKeyError } from './StateStoreError.js';

// Table Storage rejects these in PartitionKey/RowKey; control characters are rejected too.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[/\\#?\u0000-\u001f\u007f-\u009f]/;
const MAX_KEY_CHARS = 512;

/**
 * Validates a value used as a PartitionKey or RowKey. Ids are validated rather than escaped so a
 * row key always equals the id it names (an escape scheme would need to be reversible forever).
 */
export function assertValidKey(field: string, value: string): string {
  if (value.length === 0) throw new InvalidStateKeyError(field, 'empty');
  if (value.length > MAX_KEY_CHARS) throw new InvalidStateKeyError(field, `longer than ${MAX_KEY_CHARS} characters`);
  if (FORBIDDEN.test(value)) throw new InvalidStateKeyError(field, 'contains / \\ # ? or a control character');
  return value;
}

/** Table names are 3-63 letters and digits starting with a letter; the longest suffix is 5 characters. */
export function assertValidTablePrefix(prefix: string): string {
  if (!/^[A-Za-z][A-Za-z0-9]{0,57}$/.test(prefix)) {
    throw new InvalidStateKeyError('tablePrefix', 'must be 1-58 letters or digits, starting with a letter');
  }
  return prefix;
}
