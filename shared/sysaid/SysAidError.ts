/** Content-free codes for everything the SysAid client can fail with. */
export type SysAidErrorCode =
  | 'LOGIN_REJECTED'
  | 'LOGIN_BUDGET_EXHAUSTED'
  | 'UNAUTHORIZED'
  | 'SESSION_UNAVAILABLE'
  | 'RATE_LIMITED'
  | 'BAD_REQUEST'
  | 'INVALID_ID'
  | 'NOT_FOUND_PATH'
  | 'SERVER_ERROR'
  | 'NETWORK'
  | 'TIMEOUT'
  | 'INVALID_RESPONSE'
  | 'PAGING_STALLED';

/**
 * A failed SysAid call. The message names the operation and status only: never the server's
 * message, ticket text or credentials.
 */
export class SysAidError extends Error {
  override readonly name = 'SysAidError';
  /** Worth retrying later (429, 5xx, network, session trouble, another instance still logging in). */
  readonly retryable: boolean;
  /** Fails the same way until configuration or the request changes (bad id, wrong URL, rejected query). */
  readonly permanent: boolean;

  constructor(
    readonly code: SysAidErrorCode,
    message: string,
    readonly status?: number,
    /** For RATE_LIMITED: how long SysAid asked us to wait, when it said. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.retryable = ['RATE_LIMITED', 'SERVER_ERROR', 'NETWORK', 'TIMEOUT', 'LOGIN_BUDGET_EXHAUSTED', 'UNAUTHORIZED', 'SESSION_UNAVAILABLE'].includes(code);
    this.permanent = ['INVALID_ID', 'BAD_REQUEST', 'NOT_FOUND_PATH'].includes(code);
  }
}
