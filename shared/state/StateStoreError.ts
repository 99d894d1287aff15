/** A key the state store refuses: Table keys forbid `/ \ # ?` and control characters. The value is never echoed. */
export class InvalidStateKeyError extends Error {
  override readonly name = 'InvalidStateKeyError';
  constructor(readonly field: string, reason: string) {
    super(`Invalid ${field}: ${reason}`);
  }
}

/** A conditional read-modify-write kept losing to other writers; the caller may try again later. */
export class StateContentionError extends Error {
  override readonly name = 'StateContentionError';
  constructor(readonly operation: string, readonly attempts: number) {
    super(`${operation} lost ${attempts} conditional writes in a row`);
  }
}
