import { SingleBar, Presets } from 'cli-progress';
import { cliLogger, cliRuntime } from './cliRuntime.js';
import { formatSummary } from './formatSummary.js';

/** `sync [--dry-run]`: one catch-up now, with a progress bar on a terminal. */
export async function syncCommand(options: { dryRun: boolean; since?: string | undefined }): Promise<number> {
  const sinceMs = options.since === undefined ? undefined : Date.parse(options.since);
  if (sinceMs !== undefined && !Number.isFinite(sinceMs)) {
    console.error('sync: --since takes a date such as 2026-01-31 or 2026-01-31T08:00:00Z');
    return 2;
  }
  const runtime = await cliRuntime();
  const bar = process.stderr.isTTY ? new SingleBar({ format: 'sync [{bar}] {value} SRs | {action}', stream: process.stderr }, Presets.shades_classic) : undefined;
  bar?.start(0, 0, { action: '' });
  let seen = 0;
  const summary = await runtime.runCatchUp(cliLogger(), {
    ...(options.dryRun ? { dryRun: true } : {}),
    ...(sinceMs !== undefined ? { sinceMs } : {}),
    onOutcome: (outcome) => {
      seen++;
      bar?.setTotal(seen);
      bar?.update(seen, { action: outcome.action });
      if (options.dryRun) {
        const counts = Object.entries(outcome.redactionCounts)
          .map(([type, n]) => `${type}=${n}`)
          .join(',');
        process.stdout.write(`SR ${outcome.srId}: ${outcome.planned ?? outcome.action}${outcome.workItemId ? ` (work item ${outcome.workItemId})` : ''} redactions: ${counts || 'none'}\n`);
      }
    },
  });
  bar?.stop();
  if (summary.skipped) {
    console.log('Another catch-up is running; nothing done.');
    return 0;
  }
  console.log(formatSummary(summary));
  return summary.failed > 0 ? 1 : 0;
}
