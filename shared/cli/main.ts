#!/usr/bin/env node
import { parseArgs } from 'node:util';

const USAGE = `usage: sysaid-ado <command> [options]

commands:
  sync [--dry-run] [--since <date>]
                          run one catch-up now (dry run: write nothing, print the plan per SR;
                          --since: look at SRs changed since that ISO date instead of the watermark)
  replay <srId>           sync one SR now, clearing its failure/poison state on success
  status                  watermark, pending and failed/poison SRs
  check                   test the connections to SysAid, Azure DevOps, Key Vault and Table Storage
  redact --jsonl          redact {"id","title","text"} JSON lines from stdin to stdout
  demo                    run the whole product locally against simulators and Azurite

Configuration comes from environment variables (see README, "Configuration").`;

/** `sysaid-ado` entry: parse the command line and hand over to one command module. */
async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { 'dry-run': { type: 'boolean' }, since: { type: 'string' }, jsonl: { type: 'boolean' }, help: { type: 'boolean', short: 'h' }, tickets: { type: 'string' } },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return command || values.help ? 0 : 2;
  }
  switch (command) {
    case 'sync':
      return (await import('./syncCommand.js')).syncCommand({ dryRun: values['dry-run'] === true, since: values.since });
    case 'replay':
      return (await import('./replayCommand.js')).replayCommand(rest[0]);
    case 'status':
      return (await import('./statusCommand.js')).statusCommand();
    case 'check':
      return (await import('./checkCommand.js')).checkCommand();
    case 'redact':
      return (await import('./redactCommand.js')).redactCommand({ jsonl: values.jsonl === true });
    case 'demo':
      return (await import('./demoCommand.js')).demoCommand({ tickets: values.tickets ? Number(values.tickets) : undefined });
    default:
      console.error(`unknown command '${command.replace(/[^\w-]/g, '?').slice(0, 20)}'\n\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Messages of our errors are content-free; anything else is reported by class only.
    const message = error instanceof Error && (error as { safeMessage?: boolean }).safeMessage ? error.message : error instanceof Error ? error.name : 'error';
    console.error(`sysaid-ado: ${message}`);
    process.exitCode = 1;
  },
);
