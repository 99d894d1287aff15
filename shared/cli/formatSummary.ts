import type { CatchUpSummary } from '../sync/runCatchUp.js';

/** The one-line result users and scripts read. */
export function formatSummary(summary: Pick<CatchUpSummary, 'created' | 'updated' | 'unchanged' | 'failed' | 'stale' | 'busy'>): string {
  return `Created: ${summary.created}, Updated: ${summary.updated}, Unchanged: ${summary.unchanged + summary.stale + summary.busy}, Failed: ${summary.failed}`;
}
