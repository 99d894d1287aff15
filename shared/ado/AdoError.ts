/**
 * A failed Azure DevOps call. The message names the operation, HTTP status and ADO error code
 * (e.g. TF401347) only: never the service's message text, request bodies or field values.
 */
export class AdoError extends Error {
  /** HTTP status, or 0 when no response arrived (connection refused, reset, timeout). */
  readonly status: number;
  /** ADO's message prefix, e.g. 'VS403351', 'TF201036', 'TF51535', 'TF401347'; or a socket code like 'ECONNRESET'. */
  readonly code: string | undefined;
  /** Whether the same request may succeed later (429, 5xx, network). */
  readonly retryable: boolean;
  /** How long the service asked us to wait (Retry-After / X-RateLimit-Delay), if it said. */
  readonly retryAfterMs: number | undefined;
  /** Which gateway operation failed: 'create', 'update', 'get', 'wiql', 'batch', 'connect'. */
  readonly operation: string;

  constructor(init: { operation: string; status: number; code?: string; retryable: boolean; retryAfterMs?: number; message?: string }) {
    super(init.message ?? describe(init.operation, init.status, init.code));
    this.name = 'AdoError';
    this.operation = init.operation;
    this.status = init.status;
    this.code = init.code;
    this.retryable = init.retryable;
    this.retryAfterMs = init.retryAfterMs;
  }
}

function describe(operation: string, status: number, code: string | undefined): string {
  const what = status === 0 ? 'no response' : `HTTP ${status}`;
  return `Azure DevOps ${operation} failed: ${what}${code ? ` (${code})` : ''}`;
}
