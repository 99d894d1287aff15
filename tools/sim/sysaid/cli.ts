import { parseArgs } from 'node:util';
import { iterateTickets } from './generateTickets.js';
import { startSysAidSimulator } from './startSysAidSimulator.js';
import type { SysAidSimulatorOptions } from './types.js';

const HELP = `usage: npm run sim -- sysaid [--port <p>] [--host 127.0.0.1] [--user <u> --password <pw>] [--account <id>]
       [--tickets N --seed S] [--webhook-url URL [--webhook-secret S] [--webhook-signing-secret S]]
       [--session-ttl-ms ms] [--no-limits] [--refuse-update-time-filter] [--ignore-update-time-filter] [--hide-sr-version]
Control API (loopback, no auth): GET /_sim/records | /_sim/requests | /_sim/counters | /_sim/deliveries,
  POST /_sim/records, PATCH /_sim/records/{id}, POST /_sim/expire-sessions, ...`;

/** `npm run sim -- sysaid ...`: serve until SIGINT/SIGTERM. */
export async function runSysAidSimulatorCli(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      user: { type: 'string' },
      password: { type: 'string' },
      account: { type: 'string' },
      tickets: { type: 'string' },
      seed: { type: 'string' },
      'webhook-url': { type: 'string' },
      'webhook-secret': { type: 'string' },
      'webhook-signing-secret': { type: 'string' },
      'session-ttl-ms': { type: 'string' },
      'no-limits': { type: 'boolean' },
      'refuse-update-time-filter': { type: 'boolean' },
      'ignore-update-time-filter': { type: 'boolean' },
      'hide-sr-version': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  const options: SysAidSimulatorOptions = {
    port: values.port === undefined ? 0 : Number(values.port),
    host: values.host ?? '127.0.0.1',
    users: [{ userName: values.user ?? 'sysaid', password: values.password ?? 'sysaid', ...(values.account ? { accountId: values.account } : {}) }],
    ...(values.account ? { defaultAccountId: values.account } : {}),
    records: iterateTickets({ seed: Number(values.seed ?? 1), count: Number(values.tickets ?? 0) }),
    limits: { enabled: !values['no-limits'] },
    refuseUpdateTimeFilter: values['refuse-update-time-filter'] ?? false,
    ignoreUpdateTimeFilter: values['ignore-update-time-filter'] ?? false,
    exposeSrVersion: !values['hide-sr-version'],
    ...(values['session-ttl-ms'] ? { sessionTtlMs: Number(values['session-ttl-ms']) } : {}),
    ...(values['webhook-url']
      ? {
          webhook: {
            url: values['webhook-url'],
            ...(values['webhook-secret'] ? { secret: values['webhook-secret'] } : {}),
            ...(values['webhook-signing-secret'] ? { signingSecret: values['webhook-signing-secret'] } : {}),
          },
        }
      : {}),
  };
  const sim = await startSysAidSimulator(options);
  console.log(`SysAid simulator listening on ${sim.url}`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await sim.close();
}
