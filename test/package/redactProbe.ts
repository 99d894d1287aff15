// Bundled by package.test.ts with the deployment bundle's esbuild options into a copy of the
// package outside the repository, then run there with `node`: it redacts its argument through
// the bundled redactor, whose word lists come from data/ beside the bundle, and reports where
// those files resolved and whether node_modules could have served them instead.
import { createRequire } from 'node:module';
import { WebApi, getPersonalAccessTokenHandler } from 'azure-devops-node-api';
import { resolveDataFile } from '../../shared/redaction/data/resolveDataFile.js';
import { createRedactor } from '../../shared/redaction/redactor.js';

function reachableFromNodeModules(specifier: string): boolean {
  try {
    createRequire(import.meta.url).resolve(specifier);
    return true;
  } catch {
    return false;
  }
}

const specifiers = JSON.parse(process.argv[3] ?? '[]') as string[];
let redacted: string | undefined;
let error: string | undefined;
try {
  redacted = createRedactor().redact({ text: process.argv[2] ?? '' }, { budgetMs: 10_000 }).fields.text;
} catch (e) {
  error = `${String(e)}; cause: ${String((e as { cause?: unknown }).cause)}`;
}
// WebApi reads __dirname/package.json when constructed: the bundle banner must provide __dirname.
new WebApi('https://dev.azure.com/probe', getPersonalAccessTokenHandler('not-a-token'));
process.stdout.write(
  JSON.stringify({
    redacted,
    error,
    resolved: specifiers.map((s) => resolveDataFile(s)),
    nodeModulesReachable: specifiers.some(reachableFromNodeModules),
  }),
);
