import { errorStatus } from '../errors/errorCode.js';

/**
 * How the core recognises the two ADO outcomes it handles itself. Checked by shape, not class,
 * so the core does not import the ADO adapter (imports point from adapters to the core).
 */

/** ADO refused the patch because the rev moved (412 on `test /rev`). */
export function isRevisionConflict(error: unknown): boolean {
  return errorStatus(error) === 412;
}

/** A create whose outcome is unknown: it may or may not be stored. */
export function isAmbiguousWrite(error: unknown): boolean {
  return error instanceof Error && (error as Error & { ambiguous?: unknown }).ambiguous === true;
}
