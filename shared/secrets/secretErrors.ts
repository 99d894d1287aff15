/** The secret store could not be read (down, forbidden, timed out) and no fresh cached value exists. */
export class SecretUnavailableError extends Error {
  override readonly name = 'SecretUnavailableError';
  /** `cause` is kept for diagnosis but is not part of the message. */
  constructor(readonly secretName: string, options?: { cause?: unknown }) {
    super(`Secret '${secretName}' is unavailable`, options);
  }
}

/** No secret of that name exists. */
export class SecretNotFoundError extends Error {
  override readonly name = 'SecretNotFoundError';
  constructor(readonly secretName: string) {
    super(`Secret '${secretName}' does not exist`);
  }
}
