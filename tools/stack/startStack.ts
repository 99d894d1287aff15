import { randomUUID } from 'node:crypto';
import { startAdoSimulator, type AdoSimulator, type AdoSimulatorOptions } from '../sim/ado/index.js';
import { startSysAidSimulator, type SysAidSimulator } from '../sim/sysaid/index.js';
import type { SysAidSimulatorOptions, WebhookOptions } from '../sim/sysaid/types.js';
import { startAzurite, type RunningAzurite } from '../azurite/startAzurite.js';
import { createRuntime, type RuntimeOverrides } from '../../shared/app/createRuntime.js';
import { serveFunctions, type LocalFunctionsHost } from '../demo/serveFunctions.js';
import type { LogSink } from '../../shared/log/safeLogger.js';

export const STACK_SECRETS = {
  sysaidUser: 'svc-ado-sync',
  sysaidPassword: 'sim-sysaid-password',
  adoPat: 'sim-ado-pat',
  webhookSecret: 'sim-webhook-secret',
} as const;

export interface StackOptions {
  /** Reuse a running Azurite (tests); otherwise one is started and stopped with the stack. */
  azuriteTableUrl?: string;
  ado?: AdoSimulatorOptions;
  sysaid?: SysAidSimulatorOptions;
  /** Webhook sender settings besides url and secret; `false` disables the sender. */
  webhook?: Partial<WebhookOptions> | false;
  /** Settings added to (or overriding) the stack's environment. */
  env?: Record<string, string>;
  overrides?: RuntimeOverrides;
  log?: LogSink;
}

export interface Stack {
  ado: AdoSimulator;
  sysaid: SysAidSimulator;
  functions: LocalFunctionsHost;
  webhookUrl: string;
  env: Record<string, string>;
  runtime: Awaited<ReturnType<typeof createRuntime>>;
  /** Another engine instance over the same services: its own clients and state objects. */
  newInstance(overrides?: RuntimeOverrides): ReturnType<typeof createRuntime>;
  close(): Promise<void>;
}

const silent: LogSink = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

/**
 * The whole product on loopback: both simulators, Azurite, the real runtime built from
 * environment settings exactly as in Azure, and the webhook function served over HTTP.
 */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const closers: Array<() => Promise<void>> = [];
  try {
    let tableUrl = options.azuriteTableUrl;
    if (!tableUrl) {
      const azurite: RunningAzurite = await startAzurite();
      closers.push(() => azurite.close());
      tableUrl = azurite.tableUrl;
    }
    const ado = await startAdoSimulator({ pat: STACK_SECRETS.adoPat, ...options.ado });
    closers.push(() => ado.close());
    const sysaid = await startSysAidSimulator({
      users: [{ userName: STACK_SECRETS.sysaidUser, password: STACK_SECRETS.sysaidPassword }],
      ...options.sysaid,
    });
    closers.push(() => sysaid.close());

    const env: Record<string, string> = {
      SYSAID_BASE_URL: sysaid.url,
      SYSAID_USERNAME: STACK_SECRETS.sysaidUser,
      SYSAID_PASSWORD: STACK_SECRETS.sysaidPassword,
      ADO_ORG_URL: ado.url,
      ADO_PROJECT: ado.project,
      ADO_AUTH_MODE: 'pat',
      ADO_PAT: STACK_SECRETS.adoPat,
      WEBHOOK_SECRET: STACK_SECRETS.webhookSecret,
      STATE_TABLE_ENDPOINT: tableUrl,
      STATE_TABLE_PREFIX: `t${randomUUID().replace(/-/g, '').slice(0, 12)}`,
      BACKFILL_INITIAL_LOOKBACK_HOURS: String(24 * 365 * 2),
      ...options.env,
    };
    const log = options.log ?? silent;
    const newInstance = (overrides: RuntimeOverrides = {}) => createRuntime(env, { ...options.overrides, ...overrides });
    const runtime = await newInstance();
    const functions = await serveFunctions(async () => runtime, log);
    closers.push(() => functions.close());
    const webhookUrl = `${functions.url}/api/sysaid/webhook`;
    if (options.webhook !== false) {
      sysaid.setWebhook({ url: webhookUrl, secret: STACK_SECRETS.webhookSecret, ...options.webhook });
    }
    return {
      ado,
      sysaid,
      functions,
      webhookUrl,
      env,
      runtime,
      newInstance,
      close: async () => {
        for (const close of closers.reverse()) await close();
      },
    };
  } catch (error) {
    for (const close of closers.reverse()) await close().catch(() => undefined);
    throw error;
  }
}
