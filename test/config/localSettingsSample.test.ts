import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../shared/config/loadConfig.js';
import { SETTINGS } from '../../shared/config/settings.js';

const sample = JSON.parse(readFileSync(new URL('../../local.settings.sample.json', import.meta.url), 'utf8')) as {
  IsEncrypted: boolean;
  Values: Record<string, string>;
};

/** Env-var names of the secrets for local runs without Key Vault (secret name in upper-snake). */
const LOCAL_SECRET_VARS = ['SYSAID_PASSWORD', 'ADO_PAT', 'WEBHOOK_SECRET', 'WEBHOOK_SECRET_NEXT'];
const HOST_KEYS = ['FUNCTIONS_WORKER_RUNTIME', 'AzureWebJobsStorage', 'languageWorkers__node__arguments'];

describe('local.settings.sample.json', () => {
  it('lists every setting, with its default where it has one', () => {
    expect(sample.IsEncrypted).toBe(false);
    for (const spec of SETTINGS) {
      expect(sample.Values, spec.name).toHaveProperty(spec.name);
      if ('default' in spec) expect(sample.Values[spec.name], spec.name).toBe(spec.default);
    }
  });

  it('holds nothing besides settings, host keys and empty local secret slots', () => {
    const known = new Set<string>([...SETTINGS.map((s) => s.name), ...HOST_KEYS, ...LOCAL_SECRET_VARS]);
    expect(Object.keys(sample.Values).filter((key) => !known.has(key))).toEqual([]);
    for (const name of LOCAL_SECRET_VARS) expect(sample.Values[name]).toBe('');
    expect(sample.Values).toMatchObject({ FUNCTIONS_WORKER_RUNTIME: 'node', AzureWebJobsStorage: 'UseDevelopmentStorage=true' });
    // `func start` runs the Node worker with the arguments the deployment gives it
    const nodeWorker = JSON.parse(readFileSync(new URL('../../infra/app/nodeWorker.json', import.meta.url), 'utf8')) as { arguments: string };
    expect(sample.Values.languageWorkers__node__arguments).toBe(nodeWorker.arguments);
  });

  it('is a configuration the loader accepts', () => {
    expect(() => loadConfig(sample.Values)).not.toThrow();
  });
});
