import { AdoError } from './AdoError.js';

/**
 * The work item changed since it was read: `test /rev` failed (412, VS403351) or a save raced (409).
 * Re-read and re-plan. When `afterRetry` is set, an earlier attempt of this same update got no clear
 * answer and may itself be the change that moved the rev on.
 */
export class RevisionConflictError extends AdoError {
  readonly afterRetry: boolean;

  constructor(init: { status: number; code?: string; afterRetry: boolean }) {
    super({ operation: 'update', status: init.status, code: init.code, retryable: false });
    this.name = 'RevisionConflictError';
    this.afterRetry = init.afterRetry;
  }
}
