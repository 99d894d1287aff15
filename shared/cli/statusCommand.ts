import { cliRuntime } from './cliRuntime.js';

/** `status`: where the catch-up stands and which SRs need attention. */
export async function statusCommand(): Promise<number> {
  const { state } = await cliRuntime();
  const watermark = await state.getWatermark();
  console.log(`Watermark: ${watermark ? new Date(watermark.updateTime).toISOString() : 'none yet (first catch-up has not run)'}`);
  const pending: string[] = [];
  for await (const row of state.listPending()) pending.push(`${row.srId} (since ${new Date(row.receivedAt).toISOString()})`);
  console.log(`Pending: ${pending.length}${pending.length ? `\n  ${pending.join('\n  ')}` : ''}`);
  const retrying: string[] = [];
  const poison: string[] = [];
  for await (const row of state.listFailures()) {
    const line = `${row.srId}: ${row.attempts} attempt(s), last error ${row.lastErrorCode}`;
    if (row.poison) poison.push(`${line} — run 'sysaid-ado replay ${row.srId}' after fixing the cause`);
    else retrying.push(`${line}, next retry ${new Date(row.nextRetryAt).toISOString()}`);
  }
  console.log(`Retrying: ${retrying.length}${retrying.length ? `\n  ${retrying.join('\n  ')}` : ''}`);
  console.log(`Poison: ${poison.length}${poison.length ? `\n  ${poison.join('\n  ')}` : ''}`);
  return poison.length > 0 ? 1 : 0;
}
