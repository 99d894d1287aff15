import { parseArgs } from 'node:util';
import { startAdoSimulator } from './startAdoSimulator.js';
import type { FaultConfig } from './types.js';

const HELP = `usage: npm run sim -- ado [--port <p>] [--host 127.0.0.1] [--org <org>] [--project <project>]
       [--pat <token>]... [--bearer <token>]... [--area-path <path>]... [--iteration-path <path>]...
       [--field <ref>]... [--rate-limit <requests> --rate-window-ms <ms>] [--faults '<json FaultConfig>']
Control API (loopback, no auth): GET /_sim/workitems | /_sim/requests | /_sim/counters, PUT /_sim/faults, ...`;

/** `npm run sim -- ado ...`: serve until SIGINT/SIGTERM. */
export async function runAdoSimulatorCli(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      org: { type: 'string' },
      project: { type: 'string' },
      pat: { type: 'string', multiple: true },
      bearer: { type: 'string', multiple: true },
      'area-path': { type: 'string', multiple: true },
      'iteration-path': { type: 'string', multiple: true },
      field: { type: 'string', multiple: true },
      'rate-limit': { type: 'string' },
      'rate-window-ms': { type: 'string' },
      faults: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  const sim = await startAdoSimulator({
    port: values.port === undefined ? 0 : Number(values.port),
    host: values.host ?? '127.0.0.1',
    org: values.org ?? 'org',
    project: values.project ?? 'Project',
    pats: values.pat ?? [],
    bearerTokens: values.bearer ?? [],
    areaPaths: values['area-path'] ?? [],
    iterationPaths: values['iteration-path'] ?? [],
    extraFields: values.field ?? [],
    ...(values['rate-limit'] === undefined
      ? {}
      : { rateLimit: { limit: Number(values['rate-limit']), windowMs: Number(values['rate-window-ms'] ?? 300_000) } }),
    ...(values.faults === undefined ? {} : { faults: JSON.parse(values.faults) as FaultConfig }),
  });
  console.log(`ADO simulator listening on ${sim.url}`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await sim.close();
}
