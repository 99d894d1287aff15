import { beforeAll, describe, expect, it } from 'vitest';
import type { Node } from 'web-tree-sitter';
import {
  declarations,
  infraSources,
  objectEntries,
  parseBicep,
  stringValue,
  type Declaration,
} from './bicep.js';

const parsed = new Map<string, Declaration[]>();
const roots = new Map<string, Node>();

function description(decl: Declaration): string | undefined {
  const arg = decl.decorators.get('description')?.[0];
  return arg ? stringValue(arg) : undefined;
}

beforeAll(async () => {
  for (const source of infraSources().filter((s) => s.path.endsWith('.bicep'))) {
    const root = (await parseBicep(source.text)).rootNode;
    roots.set(source.path, root);
    parsed.set(source.path, declarations(root));
  }
});

describe('Bicep conventions (AVM style)', () => {
  it('reads every template', () => {
    expect(parsed.size).toBeGreaterThanOrEqual(5);
    expect(parsed.get('infra/main.bicep')?.filter((d) => d.kind === 'param').length).toBeGreaterThan(10);
  });

  it('describes every parameter, starting with Required. or Optional. as its default says', () => {
    const problems: string[] = [];
    for (const [path, decls] of parsed) {
      for (const decl of decls.filter((d) => d.kind === 'param')) {
        const text = description(decl);
        const where = `${path}: param ${decl.name}`;
        if (!text) problems.push(`${where} has no @description`);
        else if (!/^(Required|Optional)\. \S/.test(text)) problems.push(`${where}: description must start with Required. or Optional.`);
        else if (text.startsWith('Required.') && decl.value) problems.push(`${where} is Required. but has a default`);
        else if (text.startsWith('Optional.') && !decl.value) problems.push(`${where} is Optional. but has no default`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('uses every parameter and variable it declares (the linter\'s no-unused-params/vars)', () => {
    const unused: string[] = [];
    for (const [path, decls] of parsed) {
      // Identifiers that are references, not object keys or declaration names.
      const references = roots
        .get(path)!
        .descendantsOfType('identifier')
        .filter((n): n is Node => n !== null)
        .filter((n) => {
          const parent = n.parent;
          if (!parent) return false;
          if (parent.type === 'object_property' && parent.namedChildren[0]?.id === n.id) return false;
          if (/_declaration$/.test(parent.type) && parent.namedChildren[0]?.id === n.id) return false;
          return true;
        })
        .map((n) => n.text);
      for (const decl of decls.filter((d) => d.kind === 'param' || d.kind === 'var')) {
        if (!references.includes(decl.name)) unused.push(`${path}: ${decl.kind} ${decl.name}`);
      }
    }
    expect(unused).toEqual([]);
  });

  it('describes every output', () => {
    const undescribed = [...parsed].flatMap(([path, decls]) =>
      decls.filter((d) => d.kind === 'output' && !description(d)?.trim()).map((d) => `${path}: output ${d.name}`),
    );
    expect(undescribed).toEqual([]);
  });

  it('pins every registry module to an exact version of an Azure Verified Module', () => {
    const modules = [...parsed.values()].flat().filter((d) => d.kind === 'module');
    const remote = modules.filter((d) => !d.target?.startsWith('app/') && !d.target?.startsWith('./'));
    expect(remote.length).toBeGreaterThanOrEqual(7);
    for (const module of remote) {
      expect(module.target, module.name).toMatch(/^br\/public:avm\/res\/[a-z-]+\/[a-z-]+:\d+\.\d+\.\d+$/);
    }
    const used = remote.map((m) => m.target!.replace(/^br\/public:avm\/res\/|:.*$/g, '')).sort();
    expect(used).toEqual([
      'insights/component',
      'key-vault/vault',
      'managed-identity/user-assigned-identity',
      'operational-insights/workspace',
      'storage/storage-account',
      'web/serverfarm',
      'web/site',
    ]);
  });

  it('passes enableTelemetry (default off) to every AVM module', () => {
    for (const [path, decls] of parsed) {
      for (const module of decls.filter((d) => d.kind === 'module' && d.target?.startsWith('br/public:avm/'))) {
        const params = objectEntries(module.value!).find(([key]) => key === 'params')![1];
        const telemetry = objectEntries(params).find(([key]) => key === 'enableTelemetry')?.[1];
        expect(telemetry?.text, `${path}: ${module.target}`).toBe('enableTelemetry');
      }
      const param = decls.find((d) => d.kind === 'param' && d.name === 'enableTelemetry');
      if (param) expect(param.value?.text, `${path}: enableTelemetry default`).toBe('false');
    }
  });

  it('chooses the costly or irreversible AVM defaults explicitly', () => {
    const storage = parsed.get('infra/app/storage.bicep')!;
    expect(storage.find((d) => d.kind === 'param' && d.name === 'skuName')?.value?.text).toBe("'Standard_LRS'");
    const main = parsed.get('infra/main.bicep')!;
    expect(main.find((d) => d.kind === 'param' && d.name === 'storageSkuName')?.value?.text).toBe("'Standard_LRS'");
    expect(main.find((d) => d.kind === 'param' && d.name === 'adoAuthMode')?.value?.text).toBe("'entra'");
    const sources = new Map(infraSources().map((s) => [s.path, s.text]));
    expect(sources.get('infra/app/keyvault.bicep')).toMatch(/enablePurgeProtection: enablePurgeProtection/);
    expect(sources.get('infra/app/keyvault.bicep')).toMatch(/sku: 'standard'/);
    expect(sources.get('infra/app/function.bicep')).toMatch(/zoneRedundant: false/);
    expect(sources.get('infra/app/function.bicep')).toMatch(/alwaysReady: \[\]/);
  });
});
