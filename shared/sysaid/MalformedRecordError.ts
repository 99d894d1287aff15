const SAFE_KEY = /^[A-Za-z0-9_.-]{1,64}$/;

/**
 * A SysAid record that does not have the shape the product relies on. Names the field key and
 * the problem, never the value. Permanent: the same record fails the same way until it changes.
 */
export class MalformedRecordError extends Error {
  override readonly name = 'MalformedRecordError';
  readonly code = 'MALFORMED_RECORD';
  readonly permanent = true;
  /** The key as given when it is a plain identifier, otherwise `(invalid key)`. */
  readonly fieldKey: string;

  constructor(
    fieldKey: string,
    readonly problem: string,
    /** The SR's id when it could be read. */
    readonly srId?: string,
  ) {
    const key = SAFE_KEY.test(fieldKey) ? fieldKey : '(invalid key)';
    super(`Malformed SysAid record: field "${key}" ${problem}`);
    this.fieldKey = key;
  }
}
