import { beforeAll, describe, expect, it } from 'vitest';
import type { Node } from 'web-tree-sitter';
import {
  declarations,
  infraSources,
  namedChildren,
  objectEntries,
  parseBicep,
  propertyValues,
  readRepoFile,
  stringValue,
  type Declaration,
} from './bicep.js';

interface Template {
  path: string;
  text: string;
  root: Node;
  decls: Declaration[];
}

const templates = new Map<string, Template>();

function template(path: string): Template {
  const found = templates.get(path);
  if (!found) throw new Error(`${path} was not loaded`);
  return found;
}

/** The params block of the one module in `path` whose registry path starts with `avmPath`. */
function avmParams(path: string, avmPath: string): Node {
  const modules = template(path).decls.filter(
    (d) => d.kind === 'module' && d.target?.startsWith(`br/public:avm/res/${avmPath}:`),
  );
  expect(modules, `${path} uses avm/res/${avmPath}`).toHaveLength(1);
  const params = objectEntries(modules[0]!.value!).find(([key]) => key === 'params');
  if (!params) throw new Error(`module avm/res/${avmPath} in ${path} has no params`);
  return params[1];
}

/** The value of a top-level key in a params block (nested objects are not searched). */
function param(params: Node, key: string): Node | undefined {
  return objectEntries(params).find(([k]) => k === key)?.[1];
}

function literal(node: Node | undefined): string | undefined {
  if (!node) return undefined;
  return stringValue(node) ?? node.text;
}

/** The role assignment objects of an AVM module, each as a key -> value-text map. */
function roleAssignments(params: Node): Array<Map<string, string>> {
  const list = param(params, 'roleAssignments');
  if (!list) return [];
  return namedChildren(list)
    .filter((n) => n.type === 'object')
    .map((o) => new Map(objectEntries(o).map(([k, v]) => [k, literal(v) ?? ''])));
}

/** The `roles` var of a template: role name -> role definition GUID. */
function rolesVar(path: string): Map<string, string> {
  const roles = template(path).decls.find((d) => d.kind === 'var' && d.name === 'roles');
  if (!roles?.value) return new Map();
  return new Map(objectEntries(roles.value).map(([k, v]) => [k, stringValue(v) ?? '']));
}

/** Drops // comments (not the // of a URL, which follows a colon). */
function stripComments(text: string): string {
  return text.replace(/(^|\s)\/\/.*$/gm, '$1');
}

beforeAll(async () => {
  for (const source of infraSources().filter((s) => s.path.endsWith('.bicep'))) {
    const root = (await parseBicep(source.text)).rootNode;
    templates.set(source.path, { ...source, root, decls: declarations(root) });
  }
});

describe('storage: identity only', () => {
  const file = 'infra/app/storage.bicep';

  it('disables shared keys, forces HTTPS and TLS 1.2, allows no public blobs', () => {
    const p = avmParams(file, 'storage/storage-account');
    expect(literal(param(p, 'allowSharedKeyAccess'))).toBe('false');
    expect(literal(param(p, 'supportsHttpsTrafficOnly'))).toBe('true');
    expect(literal(param(p, 'minimumTlsVersion'))).toBe('TLS1_2');
    expect(literal(param(p, 'allowBlobPublicAccess'))).toBe('false');
    expect(literal(param(p, 'defaultToOAuthAuthentication'))).toBe('true');
  });

  it('creates the deployment container and one table per state table name', () => {
    const p = avmParams(file, 'storage/storage-account');
    const containers = propertyValues(param(p, 'blobServices')!, 'containers');
    expect(containers.map((c) => propertyValues(c, 'name').map((n) => n.text))).toEqual([['deploymentContainerName']]);
    const tables = param(param(p, 'tableServices')!, 'tables');
    expect(tables?.text.replace(/\s+/g, ' ')).toBe('[for table in tableNames: { name: table }]');

    const main = template('infra/main.bicep');
    const suffixes = main.decls.find((d) => d.kind === 'var' && d.name === 'stateTableSuffixes')!;
    expect(namedChildren(suffixes.value!).map((n) => stringValue(n))).toEqual(['links', 'state', 'audit']);
    const prefix = main.decls.find((d) => d.kind === 'param' && d.name === 'stateTablePrefix')!;
    expect(stringValue(prefix.value!)).toBe('sysaidado');
    const storageModule = main.decls.find((d) => d.kind === 'module' && d.name === 'storage')!;
    expect(propertyValues(storageModule.value!, 'tableNames').map((n) => n.text)).toEqual(['stateTableNames']);
  });
});

describe('Key Vault', () => {
  const file = 'infra/app/keyvault.bicep';

  it('uses RBAC, soft delete and the standard SKU, and is no deployment/disk-encryption vault', () => {
    const p = avmParams(file, 'key-vault/vault');
    expect(literal(param(p, 'enableRbacAuthorization'))).toBe('true');
    expect(literal(param(p, 'enableSoftDelete'))).toBe('true');
    expect(Number(literal(param(p, 'softDeleteRetentionInDays')))).toBeGreaterThanOrEqual(7);
    expect(literal(param(p, 'sku'))).toBe('standard');
    for (const key of ['enableVaultForDeployment', 'enableVaultForTemplateDeployment', 'enableVaultForDiskEncryption']) {
      expect(literal(param(p, key)), key).toBe('false');
    }
    expect(param(p, 'accessPolicies'), 'no access policies with RBAC').toBeUndefined();
    expect(param(p, 'secrets'), 'the template creates no secret').toBeUndefined();
  });

  it('gives the identity Key Vault Secrets User and nothing more', () => {
    const assignments = roleAssignments(avmParams(file, 'key-vault/vault'));
    expect(assignments.map((a) => a.get('roleDefinitionIdOrName'))).toEqual(['Key Vault Secrets User']);
    expect(rolesVar(file).get('Key Vault Secrets User')).toBe('4633458b-17de-408a-b874-0445c86b69e6');
  });
});

describe('monitoring', () => {
  const file = 'infra/app/monitoring.bicep';

  it('disables local auth on Application Insights and Log Analytics', () => {
    expect(literal(param(avmParams(file, 'insights/component'), 'disableLocalAuth'))).toBe('true');
    const features = param(avmParams(file, 'operational-insights/workspace'), 'features');
    expect(literal(param(features!, 'disableLocalAuth'))).toBe('true');
  });

  it('gives the identity Monitoring Metrics Publisher on Application Insights', () => {
    const assignments = roleAssignments(avmParams(file, 'insights/component'));
    expect(assignments.map((a) => a.get('roleDefinitionIdOrName'))).toEqual(['metricsPublisherId']);
    expect(rolesVar(file).get('Monitoring Metrics Publisher')).toBe('3913510d-42f4-4e42-8a64-420c390055eb');
    const varText = template(file).decls.find((d) => d.name === 'metricsPublisherId')!.value!.text;
    expect(varText).toContain("roles['Monitoring Metrics Publisher']");
  });
});

/** The role name an assignment's roleDefinitionIdOrName stands for: a literal, or a var built from roles['...']. */
function roleName(file: string, value: string): string {
  const decl = template(file).decls.find((d) => d.kind === 'var' && d.name === value);
  if (!decl) return value;
  return /roles\['([^']+)'\]/.exec(decl.value?.text ?? '')?.[1] ?? `unresolved ${value}`;
}

/** Every AVM role assignment in `file`, with the role it grants resolved. */
function grants(file: string): Array<{ module: string; role: string; assignment: Map<string, string> }> {
  return template(file)
    .decls.filter((d) => d.kind === 'module' && d.target?.startsWith('br/public:avm/'))
    .flatMap((module) =>
      roleAssignments(objectEntries(module.value!).find(([k]) => k === 'params')![1]).map((assignment) => ({
        module: module.target!.replace(/^br\/public:avm\/res\/|:[^:]+$/g, ''),
        role: roleName(file, assignment.get('roleDefinitionIdOrName') ?? ''),
        assignment,
      })),
    );
}

describe('role assignments', () => {
  const expected: Array<[string, string, string, string]> = [
    ['infra/app/storage.bicep', 'storage/storage-account', 'Storage Blob Data Owner', 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'],
    ['infra/app/storage.bicep', 'storage/storage-account', 'Storage Table Data Contributor', '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'],
    ['infra/app/keyvault.bicep', 'key-vault/vault', 'Key Vault Secrets User', '4633458b-17de-408a-b874-0445c86b69e6'],
    ['infra/app/monitoring.bicep', 'insights/component', 'Monitoring Metrics Publisher', '3913510d-42f4-4e42-8a64-420c390055eb'],
  ];
  const files = [...new Set(expected.map(([file]) => file))];

  it('grants exactly these roles, each on its own resource', () => {
    const actual = files.flatMap((file) => grants(file).map((g) => [file, g.module, g.role]));
    expect(actual.sort()).toEqual(expected.map(([file, module, role]) => [file, module, role]).sort());
  });

  it.each(expected)('%s: role id of %s / %s is %s', (file, _module, role, roleGuid) => {
    expect(rolesVar(file).get(role)).toBe(roleGuid);
  });

  it('grants to the app identity as a service principal, named guid(scope, principal, role)', () => {
    for (const file of files) {
      for (const { role, assignment } of grants(file)) {
        expect(assignment.get('principalId'), file).toBe('principalId');
        expect(assignment.get('principalType'), file).toBe('ServicePrincipal');
        const name = /^guid\((\w+), principalId, (\w+)\)$/.exec(assignment.get('name') ?? '');
        expect(name, `${file}: ${role} has a deterministic name`).not.toBeNull();
        const scope = template(file).decls.find((d) => d.kind === 'var' && d.name === name![1]);
        expect(scope?.value?.text, `${file}: ${role} name is scoped to the resource id`).toMatch(/^resourceId\('Microsoft\./);
        expect(roleName(file, name![2]!), `${file}: ${role} name uses its own role id`).toBe(role);
      }
    }
  });

  it('grants nothing through hand-written role assignment resources or at subscription scope', () => {
    for (const [path, t] of templates) {
      expect(t.text, path).not.toMatch(/Microsoft\.Authorization\/roleAssignments/);
      expect(t.text, path).not.toMatch(/targetScope\s*=\s*'(subscription|managementGroup|tenant)'/);
      for (const role of ['Owner', 'Contributor', 'User Access Administrator', 'Key Vault Administrator', 'Key Vault Secrets Officer']) {
        expect(t.text, `${path} must not grant ${role}`).not.toMatch(new RegExp(`roleDefinitionIdOrName:\\s*'${role}'`));
      }
    }
  });
});

describe('Function App', () => {
  const file = 'infra/app/function.bicep';

  it('runs on Flex Consumption (FC1) with Node 20 through functionAppConfig', () => {
    expect(literal(param(avmParams(file, 'web/serverfarm'), 'skuName'))).toBe('FC1');
    const site = avmParams(file, 'web/site');
    const runtime = param(param(site, 'functionAppConfig')!, 'runtime')!;
    expect(literal(param(runtime, 'name'))).toBe('node');
    expect(literal(param(runtime, 'version'))).toBe('20');
    const storage = propertyValues(param(site, 'functionAppConfig')!, 'authentication')[0]!;
    expect(literal(param(storage, 'type'))).toBe('UserAssignedIdentity');
  });

  it('is HTTPS only with TLS 1.2, FTP off and no basic publishing credentials', () => {
    const site = avmParams(file, 'web/site');
    expect(literal(param(site, 'httpsOnly'))).toBe('true');
    const siteConfig = param(site, 'siteConfig')!;
    expect(literal(param(siteConfig, 'minTlsVersion'))).toBe('1.2');
    expect(literal(param(siteConfig, 'ftpsState'))).toBe('Disabled');
    const policies = namedChildren(param(site, 'basicPublishingCredentialsPolicies')!).map(
      (o) => new Map(objectEntries(o).map(([k, v]) => [k, literal(v)])),
    );
    expect(policies.map((p) => [p.get('name'), p.get('allow')]).sort()).toEqual([
      ['ftp', 'false'],
      ['scm', 'false'],
    ]);
  });

  it('runs as the user-assigned identity only', () => {
    const identities = param(avmParams(file, 'web/site'), 'managedIdentities')!;
    expect(literal(param(identities, 'systemAssigned'))).toBe('false');
    expect(param(identities, 'userAssignedResourceIds')?.text.replace(/\s+/g, '')).toBe('[identityResourceId]');
  });
});

describe('no secrets', () => {
  const forbidden: Array<[RegExp, string]> = [
    [/AccountKey\s*=/i, 'storage account key in a connection string'],
    [/SharedAccessKey\s*=/i, 'shared access key'],
    [/SharedAccessSignature|\bsig=/i, 'SAS token'],
    [/\blistKeys\s*\(/i, 'listKeys()'],
    [/\blist(Secrets|ConnectionStrings|AccountSas|ServiceSas|Credentials?)\s*\(/i, 'list*() secret function'],
    [/\bgetSecret\s*\(/, 'Key Vault secret passed into the deployment'],
    [/\bsecretsExportConfiguration\b/, 'AVM export of storage keys to Key Vault'],
    [/\bstorageAccountResourceId\s*:/, 'AVM site would derive an AzureWebJobsStorage connection (keys or accountName)'],
    [/-----BEGIN/, 'PEM material'],
  ];

  it.each(forbidden)('no template contains %s (%s)', (pattern) => {
    for (const source of infraSources()) {
      const withoutComments = stripComments(source.text);
      expect(withoutComments, source.path).not.toMatch(pattern);
    }
  });

  it('holds no long base64-looking literal (an account key, a PAT, a client secret)', () => {
    for (const source of infraSources()) {
      const tokens = stripComments(source.text).match(/[A-Za-z0-9+/=_-]{32,}/g) ?? [];
      const keyLike = tokens.filter((t) => /\d/.test(t) && /[a-z]/.test(t) && /[A-Z]/.test(t));
      expect(keyLike, source.path).toEqual([]);
    }
  });

  it('declares no secure or secret-like parameter at all', () => {
    for (const [path, t] of templates) {
      for (const decl of t.decls.filter((d) => d.kind === 'param')) {
        expect(decl.decorators.has('secure'), `${path}: param ${decl.name} is @secure()`).toBe(false);
        expect(decl.name, `${path}: param ${decl.name} looks like a secret`).not.toMatch(
          /(password|secret|pat|token|key|connectionstring|credentials?)$/i,
        );
      }
    }
  });

  it('outputs nothing secret', () => {
    for (const [path, t] of templates) {
      for (const decl of t.decls.filter((d) => d.kind === 'output')) {
        const value = decl.value?.text ?? '';
        expect(value, `${path}: output ${decl.name}`).not.toMatch(/listKeys|primaryKey|instrumentationKey|secret/i);
        expect(decl.decorators.has('secure'), `${path}: output ${decl.name}`).toBe(false);
      }
    }
  });

  it('the example parameter file carries no secret value', () => {
    const text = stripComments(readRepoFile('infra/main.bicepparam')) + readRepoFile('infra/main.parameters.json');
    expect(text).not.toMatch(/password|pat\b|secret\s*=|token/i);
  });
});
