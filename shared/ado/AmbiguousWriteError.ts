import { AdoError } from './AdoError.js';

/**
 * A write whose outcome is unknown: the request left, but a 5xx, timeout or dropped connection came
 * back. The work item may or may not exist. Never retried blindly: look it up by external id first.
 */
export class AmbiguousWriteError extends AdoError {
  constructor(init: { operation: 'create' | 'update'; status: number; code?: string }) {
    super({
      operation: init.operation,
      status: init.status,
      code: init.code,
      retryable: false,
      message: `Azure DevOps ${init.operation} outcome unknown (${init.status === 0 ? 'no response' : `HTTP ${init.status}`}${
        init.code ? `, ${init.code}` : ''
      }): look the work item up before writing again`,
    });
    this.name = 'AmbiguousWriteError';
  }
}
