import { readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

const CALL = /\bresolveDataFile\(/g;
const LITERAL_CALL = /\bresolveDataFile\(\s*"([^"]+)"\s*\)/g;
const DEFINITION = /\bfunction resolveDataFile\(/g;
/** `require('pkg/file')` or `require.resolve('pkg/file')` through createRequire: esbuild leaves both to run time. */
const RUNTIME_REQUIRE = /\brequire(?:\.resolve)?\(\s*"([^"]+)"/g;

/**
 * The data files the bundled code reads at run time: every `resolveDataFile('...')` call in the
 * bundle's own sources (esbuild's metafile inputs outside node_modules). Fails the build, rather
 * than a request in Azure, when a source calls it with anything but a string literal, or reaches
 * a package file through a `require`/`require.resolve` that esbuild cannot bundle (the deployment
 * package has no node_modules to find it in).
 */
export function dataFileSpecifiers(root: string, inputs: string[]): string[] {
  const found = new Set<string>();
  for (const input of inputs) {
    if (input.includes('node_modules/') || !/\.[cm]?ts$/.test(input)) continue;
    const raw = readFileSync(join(root, input), 'utf8');
    if (!raw.includes('resolveDataFile') && !raw.includes('require')) continue;
    // esbuild's output has no comments or types, and every string in double quotes.
    const source = transformSync(raw, { loader: 'ts' }).code;
    for (const [, specifier] of source.matchAll(RUNTIME_REQUIRE)) {
      if (!isBuiltin(specifier!)) throw new Error(`${input}: require('${specifier}') at run time finds nothing in the deployment package; use resolveDataFile('${specifier}')`);
    }
    const calls = (source.match(CALL)?.length ?? 0) - (source.match(DEFINITION)?.length ?? 0);
    const literals = [...source.matchAll(LITERAL_CALL)].map((m) => m[1]!);
    if (literals.length !== calls) {
      throw new Error(`${input}: resolveDataFile must be called with a string literal, so the package knows which file to ship`);
    }
    for (const specifier of literals) {
      if (specifier.split('/').includes('..')) throw new Error(`${input}: resolveDataFile('${specifier}') must name a file inside a package`);
      found.add(specifier);
    }
  }
  return [...found].sort();
}
