import { spawnSync } from 'node:child_process';
import { parseSoakOptions } from './soakOptions.js';
import { runSoak } from './runSoak.js';

/**
 * `npm run soak -- --tickets N [--property-runs 1000] [--fuzz-runs 100000]`: the whole system
 * against the simulators under faults, duplicates and kills, then SysAid checked against ADO and
 * every sink. The last line is the verdict; exit code 1 unless nothing was duplicated, lost or leaked.
 */
async function main(): Promise<number> {
  const options = parseSoakOptions(process.argv.slice(2));
  let ok = true;
  if (options.propertyRuns > 0 || options.fuzzRuns > 0) {
    const files = [options.propertyRuns > 0 ? 'test/reliability/propertyModel.test.ts' : '', options.fuzzRuns > 0 ? 'test/reliability/hostileWebhooks.test.ts' : ''].filter(Boolean);
    const result = spawnSync('npx', ['vitest', 'run', ...files], {
      stdio: 'inherit',
      env: { ...process.env, PROPERTY_RUNS: String(options.propertyRuns || 100), FUZZ_RUNS: String(options.fuzzRuns || 10_000) },
    });
    console.log(`soak property-runs=${options.propertyRuns} fuzz-runs=${options.fuzzRuns} status=${result.status === 0 ? 'pass' : 'FAIL'}`);
    ok = result.status === 0;
  }
  const result = await runSoak(options, (line) => console.log(line));
  console.log(`soak tickets=${options.tickets} faults=${result.faults} duplicates=${result.duplicates} lost=${result.lost} leaks=${result.leaks}`);
  return ok && result.duplicates === 0 && result.lost === 0 && result.leaks === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`soak failed: ${error instanceof Error ? error.name : 'error'}`);
    console.error(error);
    process.exit(2);
  },
);
