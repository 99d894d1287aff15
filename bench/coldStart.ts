import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, statSync, readdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, round } from './stats.js';

export interface ColdStartResult {
  importMs: number;
  importRunsMs: number[];
  packageMb: number;
  packageMethod: string;
  bundleMb: number;
  bundleImportMs: number;
}

/** Expects a fresh `npm run build`. Median import time of the built functions entry in fresh processes, and the deployment package size. */
export function measureColdStart(root: string, runs: number): ColdStartResult {
  const entry = join(root, 'dist/functions/index.js');
  const importRunsMs = timeImports(entry, runs);

  // The package as deployed: what .funcignore leaves, with production node_modules from the lock file.
  const dir = mkdtempSync(join(tmpdir(), 'bench-pkg-'));
  try {
    cpSync(join(root, 'dist/functions'), join(dir, 'dist/functions'), { recursive: true });
    cpSync(join(root, 'dist/shared'), join(dir, 'dist/shared'), { recursive: true });
    for (const f of ['host.json', 'package.json', 'package-lock.json']) copyFileSync(join(root, f), join(dir, f));
    execFileSync('flock', ['/tmp/npm.lock', 'npm', 'ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--silent'], { cwd: dir, stdio: 'inherit' });
    rmSync(join(dir, 'package-lock.json'));
    const packageMb = round(duBytes(dir) / 1e6);

    // What an esbuild bundle of the entry would weigh (not the build we ship).
    const bundle = join(dir, 'bundle.mjs');
    const esbuild = join(root, 'node_modules/.bin/esbuild');
    const built = existsSync(esbuild)
      ? spawnSync(esbuild, [join(root, 'functions/index.ts'), '--bundle', '--platform=node', '--format=esm', '--minify', '--external:@azure/functions-core', `--outfile=${bundle}`,
          '--banner:js=import{createRequire as __cr}from"module";const require=__cr(import.meta.url);'], { cwd: root, stdio: 'ignore' })
      : undefined;
    const ok = built?.status === 0 && existsSync(bundle);
    return {
      importMs: median(importRunsMs),
      importRunsMs: importRunsMs.map((v) => round(v, 1)),
      packageMb,
      packageMethod: 'copy of dist/functions + dist/shared + host.json + package.json, then `npm ci --omit=dev --ignore-scripts`; apparent bytes of every file (1 MB = 10^6 B)',
      bundleMb: ok ? round(statSync(bundle).size / 1e6) : NaN,
      bundleImportMs: ok ? median(timeImports(bundle, runs)) : NaN,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function timeImports(file: string, runs: number): number[] {
  const script = `const t=performance.now();await import(${JSON.stringify(file)});process.stdout.write(String(performance.now()-t));`;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    times.push(Number(out));
  }
  return times;
}

function duBytes(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.size;
  let total = 0;
  for (const name of readdirSync(path)) total += duBytes(join(path, name));
  return total;
}
