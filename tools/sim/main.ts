#!/usr/bin/env node
/**
 * `npm run sim -- ado ...` / `npm run sim -- sysaid ...`: serve a simulator until stopped.
 * Each simulator owns its flags in its own cli module.
 */
const [which, ...rest] = process.argv.slice(2);

async function main(): Promise<void> {
  switch (which) {
    case 'ado': {
      const { runAdoSimulatorCli } = await import('./ado/cli.js');
      await runAdoSimulatorCli(rest);
      return;
    }
    case 'sysaid': {
      const { runSysAidSimulatorCli } = await import('./sysaid/cli.js');
      await runSysAidSimulatorCli(rest);
      return;
    }
    default:
      console.error('usage: npm run sim -- <ado|sysaid> [--port <p>] [options]  (--help for each)');
      process.exitCode = 2;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
