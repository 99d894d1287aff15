import { cliLogger, cliRuntime } from './cliRuntime.js';
import { syncTicket } from '../sync/syncTicket.js';

/** `replay <srId>`: sync one SR now; on success its failure or poison row is cleared. */
export async function replayCommand(srId: string | undefined): Promise<number> {
  if (!srId || !/^[1-9]\d{0,11}$/.test(srId)) {
    console.error('usage: sysaid-ado replay <srId>   (a positive integer)');
    return 2;
  }
  const runtime = await cliRuntime();
  const outcome = await syncTicket(runtime.syncDeps(cliLogger()), srId, { runId: `replay-${Date.now()}` });
  if (outcome.action === 'not-found') {
    console.error(`SR ${srId} does not exist in SysAid.`);
    return 1;
  }
  if (outcome.action === 'fail') {
    console.error(`SR ${srId} failed again: ${outcome.errorCode ?? 'unknown error'} (see 'status').`);
    return 1;
  }
  await runtime.state.deleteFailure(srId);
  await runtime.state.deletePending(srId);
  console.log(`SR ${srId}: ${outcome.action}${outcome.workItemId !== undefined ? ` (work item ${outcome.workItemId})` : ''}`);
  return 0;
}
