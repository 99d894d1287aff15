import { createRuntime } from '../app/createRuntime.js';
import { safeLogger } from '../log/safeLogger.js';
import type { Logger } from '../sync/ports.js';

/** The CLI's runtime: same wiring as the functions, from the shell's environment. */
export async function cliRuntime(): Promise<Awaited<ReturnType<typeof createRuntime>>> {
  return createRuntime(process.env);
}

/** Log lines go to stderr so stdout stays for results. */
export function cliLogger(verbose = process.env.SYSAID_ADO_VERBOSE === '1'): Logger {
  const write = (line: string): void => {
    process.stderr.write(`${line}\n`);
  };
  const quiet = (): void => undefined;
  return safeLogger({ debug: verbose ? write : quiet, info: verbose ? write : quiet, warn: write, error: write });
}
