import { beforeAll, describe, expect, it } from 'vitest';
import type { Node } from 'web-tree-sitter';
import { SETTINGS } from '../../shared/config/settings.js';
import {
  declarations,
  namedChildren,
  objectEntries,
  parseBicep,
  propertyValues,
  readRepoFile,
  stringValue,
  type Declaration,
} from './bicep.js';

/** Settings the Functions host itself reads; allowed in Bicep although the code never reads them. */
const HOST_SETTING = /^(AzureWebJobsStorage__\w+|APPLICATIONINSIGHTS_\w+|FUNCTIONS_\w+|WEBSITE_\w+|languageWorkers__node__arguments)$/;

/** Deliberate differences from the code's default, with the reason. */
const DEPLOYED_DEFAULT_OVERRIDES: Record<string, { value: string; why: string }> = {
  ADO_AUTH_MODE: { value: 'entra', why: 'a deployment has a managed identity, so no PAT is needed' },
};

let main: Declaration[];
let fn: Declaration[];

function find(decls: Declaration[], kind: Declaration['kind'], name: string): Declaration {
  const found = decls.find((d) => d.kind === kind && d.name === name);
  if (!found) throw new Error(`${kind} ${name} not found`);
  return found;
}

function objectKeys(node: Node | undefined): string[] {
  if (!node) throw new Error('no value');
  return objectEntries(node).map(([key]) => key);
}

/**
 * What a setting defaults to when the admin passes nothing: a literal, a param's default, a var's
 * literal, `string(<int param>)`, or `<var>.<property>`. `undefined` when it is only known at
 * deployment (a module output) or required.
 */
function deployedDefault(value: Node): string | undefined {
  const literal = stringValue(value);
  if (literal !== undefined) return literal;
  if (value.type === 'number') return value.text;
  if (value.type === 'identifier') {
    const decl = main.find((d) => (d.kind === 'param' || d.kind === 'var') && d.name === value.text);
    return decl?.value ? deployedDefault(decl.value) : undefined;
  }
  if (value.type === 'call_expression' && value.childForFieldName('function')?.text === 'string') {
    const arg = namedChildren(value.childForFieldName('arguments')!)[0];
    return arg ? deployedDefault(arg) : undefined;
  }
  if (value.type === 'member_expression') {
    const object = value.childForFieldName('object');
    const property = value.childForFieldName('property')?.text;
    if (object?.type !== 'identifier') return undefined;
    const decl = main.find((d) => d.kind === 'var' && d.name === object.text);
    if (!decl?.value || decl.value.type !== 'object') return undefined;
    const entry = objectEntries(decl.value).find(([key]) => key === property);
    return entry ? deployedDefault(entry[1]) : undefined;
  }
  return undefined;
}

beforeAll(async () => {
  main = declarations((await parseBicep(readRepoFile('infra/main.bicep'))).rootNode);
  fn = declarations((await parseBicep(readRepoFile('infra/app/function.bicep'))).rootNode);
});

describe('Function App settings in Bicep match shared/config/settings.ts', () => {
  it('wires the product settings and the host settings into the app', () => {
    const functionModule = find(main, 'module', 'functionApp');
    expect(functionModule.target).toBe('app/function.bicep');
    expect(propertyValues(functionModule.value!, 'appSettings').map((v) => v.text)).toEqual(['appSettings']);

    const site = fn.find((d) => d.kind === 'module' && d.target?.startsWith('br/public:avm/res/web/site:'));
    expect(site, 'the site module').toBeDefined();
    const configs = propertyValues(site!.value!, 'configs')[0]!;
    const appsettings = namedChildren(configs).find(
      (c) => c.type === 'object' && objectEntries(c).some(([k, v]) => k === 'name' && stringValue(v) === 'appsettings'),
    );
    expect(appsettings, "a configs entry named 'appsettings'").toBeDefined();
    const properties = objectEntries(appsettings!).find(([k]) => k === 'properties')![1];
    expect(properties.text.replace(/\s+/g, '')).toBe('union(hostSettings,appSettings)');
  });

  it('sets every setting the code reads', () => {
    const set = objectKeys(find(main, 'var', 'appSettings').value);
    const missing = SETTINGS.map((s) => s.name).filter((name) => !set.includes(name));
    expect(missing, 'settings in SETTINGS but not in infra/main.bicep var appSettings').toEqual([]);
    expect(set).toContain('BACKFILL_SCHEDULE');
  });

  it('sets no product setting the code does not read', () => {
    const known = new Set<string>(SETTINGS.map((s) => s.name));
    const unknown = objectKeys(find(main, 'var', 'appSettings').value).filter((name) => !known.has(name));
    expect(unknown, 'settings in Bicep that shared/config/settings.ts does not define').toEqual([]);
  });

  it('adds only the host\'s own settings on top, identity-based', () => {
    const hostEntries = objectEntries(find(fn, 'var', 'hostSettings').value!);
    const hostKeys = hostEntries.map(([key]) => key);
    expect(hostKeys.filter((key) => !HOST_SETTING.test(key)), 'non-host settings in hostSettings').toEqual([]);
    const known = new Set<string>(SETTINGS.map((s) => s.name));
    expect(hostKeys.filter((key) => known.has(key)), 'product settings belong in main.bicep').toEqual([]);

    const byKey = new Map(hostEntries);
    expect(stringValue(byKey.get('AzureWebJobsStorage__credential')!)).toBe('managedidentity');
    expect(byKey.get('AzureWebJobsStorage__clientId')?.text).toBe('identityClientId');
    for (const service of ['blob', 'queue', 'table']) {
      expect(byKey.get(`AzureWebJobsStorage__${service}ServiceUri`)?.text).toBe(
        `'https://\${storageAccountName}.${service}.\${storageSuffix}'`,
      );
    }
    expect(byKey.get('APPLICATIONINSIGHTS_AUTHENTICATION_STRING')?.text).toBe(
      "'Authorization=AAD;ClientId=${identityClientId}'",
    );
    // the Node worker's arguments come from the file the backfill benchmark also reads
    expect(byKey.get('languageWorkers__node__arguments')?.text).toBe("loadJsonContent('nodeWorker.json').arguments");
    const nodeWorker = JSON.parse(readRepoFile('infra/app/nodeWorker.json')) as { arguments: string };
    expect(nodeWorker.arguments).toMatch(/^--max-old-space-size=\d+$/);
    expect(hostKeys).not.toContain('AzureWebJobsStorage');
    expect(hostKeys.some((key) => /^FUNCTIONS_(WORKER_RUNTIME|EXTENSION_VERSION)$/.test(key)), 'not allowed on Flex').toBe(
      false,
    );
  });

  it('deploys the code\'s defaults unless a deliberate override says otherwise', () => {
    const values = new Map(objectEntries(find(main, 'var', 'appSettings').value!));
    const mismatches: string[] = [];
    const unresolved: string[] = [];
    for (const setting of SETTINGS) {
      const value = values.get(setting.name);
      if (!value) continue; // reported by 'sets every setting the code reads'
      const deployed = deployedDefault(value);
      const override = DEPLOYED_DEFAULT_OVERRIDES[setting.name];
      const expected = override?.value ?? ('default' in setting ? setting.default : undefined);
      if (expected === undefined) continue;
      if (deployed === undefined) unresolved.push(setting.name);
      else if (deployed !== expected) mismatches.push(`${setting.name}: Bicep '${deployed}', code '${expected}'`);
    }
    expect(mismatches).toEqual([]);
    expect(unresolved, 'settings with a code default but no static default in Bicep').toEqual([]);
  });

  it('leaves optional settings empty by default and makes required ones required parameters', () => {
    const values = new Map(objectEntries(find(main, 'var', 'appSettings').value!));
    for (const setting of SETTINGS) {
      const value = values.get(setting.name);
      if (!value || 'default' in setting) continue;
      const deployed = deployedDefault(value);
      if ('optional' in setting && setting.optional) {
        // Known only at deployment (KEY_VAULT_URL, AZURE_CLIENT_ID) or empty unless the admin sets it.
        if (deployed !== undefined) expect(deployed, setting.name).toBe('');
      } else if (value.type === 'identifier') {
        const param = find(main, 'param', value.text);
        expect(param.value, `${setting.name} is required: its param ${value.text} has no default`).toBeUndefined();
      } else {
        expect(value.type, `${setting.name} comes from a deployed resource`).toBe('member_expression');
        expect(value.text).toMatch(/\.outputs\./);
      }
    }
  });
});
