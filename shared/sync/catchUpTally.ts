import type { SyncOutcome } from './syncOutcome.js';
import type { CatchUpSummary } from './runCatchUp.js';

/** Counts outcomes of a run for its summary line. */
export class CatchUpTally {
  created = 0;
  updated = 0;
  unchanged = 0;
  stale = 0;
  busy = 0;
  failed = 0;
  retried = 0;
  listed = 0;

  constructor(private readonly runId: string) {}

  add(outcome: SyncOutcome): void {
    if (outcome.parent) this.add(outcome.parent);
    // A dry run counts what it would have done.
    const action = outcome.action === 'dry-run' ? plannedAction(outcome.planned) : outcome.action;
    switch (action) {
      case 'create':
      case 'adopt':
        this.created++;
        break;
      case 'update':
        this.updated++;
        break;
      case 'skip-unchanged':
        this.unchanged++;
        break;
      case 'skip-stale':
        this.stale++;
        break;
      case 'skip-busy':
        this.busy++;
        break;
      case 'fail':
        this.failed++;
        break;
      default:
        break;
    }
  }

  summary(complete: boolean): CatchUpSummary {
    return {
      runId: this.runId,
      created: this.created,
      updated: this.updated,
      unchanged: this.unchanged,
      stale: this.stale,
      busy: this.busy,
      failed: this.failed,
      retried: this.retried,
      listed: this.listed,
      complete,
    };
  }
}

function plannedAction(planned: string | undefined): SyncOutcome['action'] {
  switch (planned) {
    case 'create':
    case 'resume-create':
      return 'create';
    case 'update':
      return 'update';
    case 'skip-stale':
      return 'skip-stale';
    case 'busy':
      return 'skip-busy';
    default:
      return 'skip-unchanged';
  }
}
