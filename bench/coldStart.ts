import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { buildPackage } from '../tools/package/buildPackage.js';
import { median, round } from './stats.js';

export interface ColdStartResult {
  importMs: number;
  importRunsMs: number[];
  allChunksImportMs: number;
  packageMb: number;
  unpackedMb: number;
  bundleMb: number;
  entryMb: number;
  dataMb: number;
  packageMethod: string;
}

/**
 * The deployment package exactly as `npm run package` makes it (built into a temporary folder),
 * unpacked from its zip outside the repository: the zip's size, and the median time fresh `node`
 * processes take to import its entry (what the Functions worker does at start-up), alone and
 * followed by every lazily loaded chunk.
 */
export async function measureColdStart(root: string, runs: number): Promise<ColdStartResult> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-pkg-'));
  try {
    const pkg = await buildPackage(root, join(dir, 'out'));
    const site = join(dir, 'site');
    for (const [path, bytes] of Object.entries(unzipSync(readFileSync(pkg.zipFile)))) {
      mkdirSync(dirname(join(site, path)), { recursive: true });
      writeFileSync(join(site, path), bytes);
    }
    const entry = join(site, 'index.js');
    const chunks = readdirSync(site).filter((f) => f.endsWith('.js') && f !== 'index.js').map((f) => join(site, f));
    const importRunsMs = timeImports(site, [entry], runs);
    return {
      importMs: median(importRunsMs),
      importRunsMs: importRunsMs.map((v) => round(v, 1)),
      allChunksImportMs: median(timeImports(site, [entry, ...chunks], runs)),
      packageMb: round(pkg.zipBytes / 1e6),
      unpackedMb: round(pkg.unpackedBytes / 1e6),
      bundleMb: round(pkg.bundleBytes / 1e6),
      entryMb: round(pkg.entryBytes / 1e6),
      dataMb: round(pkg.dataBytes / 1e6),
      packageMethod:
        'the zip `npm run package` writes (esbuild bundle split at the lazy imports + host.json + package.json + data files with licences; no node_modules), unpacked outside the repository; 1 MB = 10^6 B',
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Milliseconds to import `files` in order, timed inside each of `runs` fresh processes (node's own start-up excluded). */
function timeImports(cwd: string, files: string[], runs: number): number[] {
  const urls = JSON.stringify(files.map((f) => pathToFileURL(f).href));
  const script = `const t=performance.now();for(const u of ${urls})await import(u);process.stdout.write(String(performance.now()-t));`;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    // stderr ignored: outside the Functions host, @azure/functions warns that it runs in test mode
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    times.push(Number(out));
  }
  return times;
}
