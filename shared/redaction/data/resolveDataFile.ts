import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * The path of a data file that a package ships (`'humannames/list.txt'`), for reading at run time.
 *
 * The deployment package (`npm run package`) has no node_modules: it copies each such file to
 * `data/<specifier>` beside the bundle, and this module, bundled, sits in the bundle, so it looks
 * there first. Anywhere else (tests, tsx, `func start` from a checkout) that file does not exist
 * and Node resolves the specifier from node_modules as usual. `tools/package` finds the files to
 * copy by reading every `resolveDataFile('...')` call in the bundle's sources, so the specifier
 * must be a string literal.
 */
export function resolveDataFile(specifier: string): string {
  const beside = fileURLToPath(new URL(`data/${specifier}`, import.meta.url));
  if (existsSync(beside)) return beside;
  return createRequire(import.meta.url).resolve(specifier);
}
