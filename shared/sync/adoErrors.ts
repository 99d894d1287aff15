import { errorStatus } from '../errors/errorCode.js';

/**
 * How the core recognises the two ADO outcomes it handles itself. Checked by name and shape,
 * not class, so the core does not import the ADO adapter (adapters depend on the core).
 */

/** The work item moved under us: `test /rev` failed (412) or a save raced (409). */
export function isRevisionConflict(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return error.name === 'RevisionConflictError' || errorStatus(error) === 412;
}

/** A create whose outcome is unknown: it may or may not be stored. */
export function isAmbiguousWrite(error: unknown): boolean {
  return error instanceof Error && (error.name === 'AmbiguousWriteError' || (error as Error & { ambiguous?: unknown }).ambiguous === true);
}
