import { beforeAll, describe, expect, it } from 'vitest';
import { bicepparamAsBicep, declarations, parseBicep, readRepoFile, type Declaration } from './bicep.js';

let mainParams: Declaration[];

function requiredParams(): string[] {
  return mainParams.filter((d) => !d.value).map((d) => d.name);
}

beforeAll(async () => {
  const decls = declarations((await parseBicep(readRepoFile('infra/main.bicep'))).rootNode);
  mainParams = decls.filter((d) => d.kind === 'param');
});

describe('infra/main.parameters.json (azd)', () => {
  const file = JSON.parse(readRepoFile('infra/main.parameters.json')) as {
    parameters: Record<string, { value: unknown }>;
  };
  const names = () => Object.keys(file.parameters);

  it('names only parameters main.bicep declares', () => {
    const declared = new Set(mainParams.map((d) => d.name));
    expect(names().filter((n) => !declared.has(n))).toEqual([]);
  });

  it('supplies every required parameter from the azd environment', () => {
    expect(requiredParams().filter((n) => !names().includes(n))).toEqual([]);
    expect(file.parameters.environmentName?.value).toBe('${AZURE_ENV_NAME}');
    expect(file.parameters.location?.value).toBe('${AZURE_LOCATION}');
    for (const [name, { value }] of Object.entries(file.parameters)) {
      // Strings come from the azd environment (optionally with a default); literals are allowed.
      if (typeof value === 'string') expect(value, name).toMatch(/^\$\{[A-Z_]+(=[^}]*)?\}$/);
    }
  });

  it('defaults the ADO auth mode to entra', () => {
    expect(file.parameters.adoAuthMode?.value).toBe('${ADO_AUTH_MODE=entra}');
  });
});

describe('infra/main.bicepparam (az deployment group create)', () => {
  let assigned: string[];

  beforeAll(async () => {
    const text = readRepoFile('infra/main.bicepparam');
    expect(text).toMatch(/^using '\.\/main\.bicep'$/m);
    const decls = declarations((await parseBicep(bicepparamAsBicep(text))).rootNode);
    assigned = decls.filter((d) => d.kind === 'var').map((d) => d.name);
  });

  it('assigns only parameters main.bicep declares', () => {
    const declared = new Set(mainParams.map((d) => d.name));
    expect(assigned.filter((n) => !declared.has(n))).toEqual([]);
  });

  it('assigns every required parameter', () => {
    expect(requiredParams().filter((n) => !assigned.includes(n))).toEqual([]);
  });
});

describe('infra/bicepconfig.json', () => {
  const config = JSON.parse(readRepoFile('infra/bicepconfig.json')) as {
    analyzers: { core: { enabled: boolean; rules: Record<string, { level: string }> } };
  };

  it('turns the secret and hard-coding linter rules into errors', () => {
    expect(config.analyzers.core.enabled).toBe(true);
    for (const rule of [
      'outputs-should-not-contain-secrets',
      'secure-parameter-default',
      'secure-secrets-in-params',
      'use-secure-value-for-secure-inputs',
      'protect-commandtoexecute-secrets',
      'no-hardcoded-env-urls',
      'no-hardcoded-location',
      'no-unused-params',
      'no-unused-vars',
    ]) {
      expect(config.analyzers.core.rules[rule]?.level, rule).toBe('error');
    }
  });
});

describe('azure.yaml', () => {
  const text = readRepoFile('azure.yaml');

  it('provisions infra/main.bicep and deploys service api as a TypeScript function from the root', () => {
    expect(text).toMatch(/^infra:\n(?: {2}.*\n)*? {2}provider: bicep$/m);
    expect(text).toMatch(/^ {2}path: infra$/m);
    expect(text).toMatch(/^ {2}module: main$/m);
    const api = /^services:\n {2}api:\n((?: {4}.*\n?)+)/m.exec(text)?.[1] ?? '';
    expect(api).toMatch(/^ {4}project: \.$/m);
    expect(api).toMatch(/^ {4}language: ts$/m);
    expect(api).toMatch(/^ {4}host: function$/m);
  });

  it('matches the azd-service-name tag on the Function App', () => {
    expect(readRepoFile('infra/app/function.bicep')).toMatch(/'azd-service-name': 'api'/);
  });

  it('deploys the package npm run package builds (.package/app) as it is, without a remote build', () => {
    const api = /^services:\n {2}api:\n((?: {4}.*\n?)+)/m.exec(text)?.[1] ?? '';
    expect(api).toMatch(/^ {4}dist: \.package\/app$/m);
    expect(api).toMatch(/^ {4}remoteBuild: false$/m);
    const hook = /^ {4}hooks:\n {6}prepackage:\n((?: {8}.*\n?)+)/m.exec(api)?.[1] ?? '';
    expect([...hook.matchAll(/^ {8}(posix|windows):\n {10}shell: (\w+)\n {10}run: (.+)$/gm)].map((m) => m.slice(1))).toEqual([
      ['posix', 'sh', 'npm run package'],
      ['windows', 'pwsh', 'npm run package'],
    ]);
    const pkg = JSON.parse(readRepoFile('package.json')) as { main: string; scripts: Record<string, string> };
    expect(pkg.scripts.package).toBe('tsx tools/package/main.ts');
    // func start from the root still runs the tsc build
    expect(pkg.main).toBe('dist/functions/index.js');
  });
});

describe('.funcignore', () => {
  const lines = readRepoFile('.funcignore')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));

  it('leaves node_modules in (azd refuses remoteBuild: false when .funcignore excludes it)', () => {
    expect(lines.filter((l) => /^\/?(\*\*\/)?node_modules(\/.*)?$/.test(l))).toEqual([]);
  });

  it('keeps the built package and the sources out of a publish of the root', () => {
    expect(lines).toEqual(expect.arrayContaining(['.package/', '*.ts', 'test/', 'tools/', 'local.settings*.json']));
  });
});

describe('host.json', () => {
  const host = JSON.parse(readRepoFile('host.json')) as {
    version: string;
    extensionBundle: { id: string; version: string };
    functionTimeout: string;
    logging: {
      logLevel: Record<string, string>;
      applicationInsights: { samplingSettings: { isEnabled: boolean; excludedTypes: string } };
    };
    extensions: { http: { maxConcurrentRequests: number; maxOutstandingRequests: number } };
  };

  it('uses the v2 host with extension bundle 4', () => {
    expect(host.version).toBe('2.0');
    expect(host.extensionBundle).toEqual({ id: 'Microsoft.Azure.Functions.ExtensionBundle', version: '[4.*, 5.0.0)' });
  });

  it('times a run out after ten minutes, above the catch-up time budget', () => {
    expect(host.functionTimeout).toBe('00:10:00');
    const budget = mainParams.find((d) => d.name === 'backfillTimeBudgetSeconds')?.value?.text;
    expect(Number(budget)).toBeLessThan(600);
  });

  it('never logs at Debug/Trace level (which could include request content)', () => {
    for (const [category, level] of Object.entries(host.logging.logLevel)) {
      expect(['Information', 'Warning', 'Error', 'Critical', 'None'], category).toContain(level);
    }
    expect(host.logging.logLevel.Function).not.toMatch(/Debug|Trace/);
  });

  it('samples telemetry but keeps every request', () => {
    expect(host.logging.applicationInsights.samplingSettings.isEnabled).toBe(true);
    expect(host.logging.applicationInsights.samplingSettings.excludedTypes.split(';')).toContain('Request');
  });

  it('bounds HTTP concurrency', () => {
    expect(host.extensions.http.maxConcurrentRequests).toBeGreaterThan(0);
    expect(host.extensions.http.maxOutstandingRequests).toBeGreaterThanOrEqual(host.extensions.http.maxConcurrentRequests);
  });
});
