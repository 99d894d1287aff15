/** Why a redaction failed. Codes only: an error never carries ticket content. */
export type RedactionErrorCode = 'BUDGET_EXCEEDED' | 'INVALID_INPUT' | 'INTERNAL';

/**
 * Thrown whenever redaction cannot vouch for its output. Callers send nothing then (fail closed).
 * The message is fixed per code, so logging it can never leak what was being redacted.
 */
export class RedactionError extends Error {
  override readonly name = 'RedactionError';
  readonly code: RedactionErrorCode;

  constructor(code: RedactionErrorCode) {
    super(`redaction failed: ${code}`);
    this.code = code;
  }
}
