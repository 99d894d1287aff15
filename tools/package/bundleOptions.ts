import type { BuildOptions } from 'esbuild';

/**
 * Bundled CommonJS code still expects `require`, `__filename` and `__dirname`, which an ES module
 * does not have: esbuild's `require` shim falls back to a global `require` (for Node built-ins and
 * `@azure/functions-core`), and azure-devops-node-api's WebApi reads `__dirname/package.json` when
 * it is constructed. Defined once at the top of the bundle, from the bundle's own URL.
 */
const BANNER = [
  "import { createRequire as __bundleCreateRequire } from 'node:module';",
  "import { fileURLToPath as __bundleFileURLToPath } from 'node:url';",
  "import { dirname as __bundleDirname } from 'node:path';",
  'const require = __bundleCreateRequire(import.meta.url);',
  'const __filename = __bundleFileURLToPath(import.meta.url);',
  'const __dirname = __bundleDirname(__filename);',
].join('\n');

/**
 * esbuild options of the deployment bundle, shared with anything that must behave exactly like
 * it (the package test's probe); the caller adds `entryPoints` and `outdir`. ES modules for
 * Node 20, minified; names kept so error class names and stack traces stay readable;
 * `@azure/functions-core` is left out because the Functions worker provides it at run time.
 *
 * Split: every dynamic `import()` (the adapters `createRuntime` loads on the first invocation)
 * becomes a chunk of its own, so importing the entry stays as cheap as the code intends. Entry
 * and chunks share one folder, the one `data/` sits beside.
 */
export function bundleOptions(root: string): BuildOptions & { metafile: true } {
  return {
    absWorkingDir: root,
    bundle: true,
    splitting: true,
    entryNames: '[name]',
    chunkNames: '[name]-[hash]',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    keepNames: true,
    legalComments: 'none',
    external: ['@azure/functions-core'],
    banner: { js: BANNER },
    metafile: true,
    logLevel: 'warning',
  };
}
