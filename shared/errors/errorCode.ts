/**
 * A short, content-free code for any error, safe for logs, failure rows and audit records:
 * built only from the error's class name, HTTP status and service code, never its message.
 */
export function errorCode(error: unknown): string {
  if (!(error instanceof Error)) return 'UNKNOWN';
  const fields = error as Error & { status?: unknown; statusCode?: unknown; code?: unknown };
  const status = typeof fields.status === 'number' ? fields.status : typeof fields.statusCode === 'number' ? fields.statusCode : undefined;
  const code = typeof fields.code === 'string' && /^[A-Za-z0-9_.-]{1,40}$/.test(fields.code) ? fields.code : undefined;
  const name = /^[A-Za-z0-9_]{1,60}$/.test(error.name) ? error.name : 'Error';
  return [name, status, code].filter((part) => part !== undefined).join(':');
}

/** HTTP status carried by an error from any of our clients, if any. */
export function errorStatus(error: unknown): number | undefined {
  if (!(error instanceof Error)) return undefined;
  const fields = error as Error & { status?: unknown; statusCode?: unknown };
  if (typeof fields.status === 'number') return fields.status;
  if (typeof fields.statusCode === 'number') return fields.statusCode;
  return undefined;
}

/**
 * Errors that will fail the same way until someone changes configuration or data
 * (ADO validation, a malformed SysAid record): retrying on a schedule only burns quota.
 */
export function isPermanent(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const flagged = (error as Error & { permanent?: unknown; retryable?: unknown });
  if (flagged.permanent === true) return true;
  if (flagged.retryable === true) return false;
  const status = errorStatus(error);
  return status !== undefined && status >= 400 && status < 500 && ![401, 403, 404, 408, 409, 412, 429].includes(status);
}
