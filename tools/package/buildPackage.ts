import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, sep } from 'node:path';
import { build } from 'esbuild';
import { bundleOptions } from './bundleOptions.js';
import { dataFileSpecifiers } from './dataFileSpecifiers.js';
import { packageDirOf } from './packageDirOf.js';
import { readPackageInfo, type PackageInfo } from './readPackageInfo.js';
import { zipDirectory } from './zipDirectory.js';

export const ZIP_NAME = 'sysaid-ado-sync.zip';

export interface PackageResult {
  /** The unpacked package: what azd zips and deploys (azure.yaml `dist`). */
  appDir: string;
  zipFile: string;
  zipBytes: number;
  /** Every file under appDir. */
  unpackedBytes: number;
  /** index.js and its chunks. */
  bundleBytes: number;
  /** index.js alone: what the Functions worker imports at start-up. */
  entryBytes: number;
  /** Everything under data/, licences included. */
  dataBytes: number;
  /** The `resolveDataFile` specifiers shipped under data/. */
  dataFiles: string[];
}

/**
 * Builds the deployment package in `<outDir>/app` and zips it to `<outDir>/sysaid-ado-sync.zip`:
 * - `index.js`: functions/index.ts and everything it imports statically, a minified ES module,
 *   and beside it one chunk per lazily imported adapter (`createRuntime-<hash>.js`, ...);
 * - `host.json`, and a `package.json` with `main: index.js` and no dependencies;
 * - `data/<specifier>` for every file the code reads through `resolveDataFile`, with each
 *   package's licence files and a `package.json` marking its `.js` data as CommonJS;
 * - `THIRD-PARTY-NOTICES.txt`: name, version, licence and licence text of every package in the
 *   bundle or in data/.
 * Nothing else: no node_modules, no source maps.
 */
export async function buildPackage(root: string, outDir: string): Promise<PackageResult> {
  const appDir = join(outDir, 'app');
  const zipFile = join(outDir, ZIP_NAME);
  rmSync(appDir, { recursive: true, force: true });
  rmSync(zipFile, { force: true });
  mkdirSync(appDir, { recursive: true });

  const result = await build({ ...bundleOptions(root), entryPoints: { index: join(root, 'functions/index.ts') }, outdir: appDir });
  const outputs = Object.entries(result.metafile.outputs).filter(([path]) => path.endsWith('.js'));
  const bundled = new Set(outputs.flatMap(([, o]) => Object.entries(o.inputs).filter(([, v]) => v.bytesInOutput > 0).map(([path]) => path)));

  const app = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string; description: string; license: string };
  copyFileSync(join(root, 'host.json'), join(appDir, 'host.json'));
  writeJson(join(appDir, 'package.json'), {
    name: app.name,
    version: app.version,
    description: app.description,
    license: app.license,
    private: true,
    type: 'module',
    main: 'index.js',
    engines: { node: '>=20' },
  });

  const dataFiles = dataFileSpecifiers(root, Object.keys(result.metafile.inputs));
  const dataPackages = copyDataFiles(root, join(appDir, 'data'), dataFiles);

  const bundledPackages = new Map<string, PackageInfo>();
  for (const path of bundled) {
    const dir = packageDirOf(path);
    if (dir && !bundledPackages.has(dir)) bundledPackages.set(dir, readPackageInfo(join(root, dir)));
  }
  writeFileSync(join(appDir, 'THIRD-PARTY-NOTICES.txt'), notices([...bundledPackages.values()], dataPackages));

  const zipBytes = zipDirectory(appDir, zipFile);
  return {
    appDir,
    zipFile,
    zipBytes,
    unpackedBytes: duBytes(appDir),
    bundleBytes: outputs.reduce((sum, [, o]) => sum + o.bytes, 0),
    entryBytes: statSync(join(appDir, 'index.js')).size,
    dataBytes: duBytes(join(appDir, 'data')),
    dataFiles,
  };
}

/** Copies each data file to `<dataDir>/<specifier>`, and once per package its licence files and a CommonJS package.json. */
function copyDataFiles(root: string, dataDir: string, specifiers: string[]): PackageInfo[] {
  const resolve = createRequire(join(root, 'package.json')).resolve;
  const packages = new Map<string, PackageInfo>();
  mkdirSync(dataDir, { recursive: true });
  for (const specifier of specifiers) {
    const source = resolve(specifier);
    const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
    const target = join(dataDir, ...specifier.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(source, target);
    if (packages.has(name)) continue;
    const info = readPackageInfo(packageRoot(source, name));
    if (info.licenceFiles.length === 0) throw new Error(`${name} ships no licence file to copy with its data`);
    const pkgDir = join(dataDir, ...name.split('/'));
    for (const file of info.licenceFiles) copyFileSync(file, join(pkgDir, basename(file)));
    // The package root is `type: module`; the data's .js files are CommonJS, as in their package.
    writeJson(join(pkgDir, 'package.json'), { name: info.name, version: info.version, license: info.license, type: 'commonjs' });
    packages.set(name, info);
  }
  return [...packages.values()];
}

/** The folder of the installed package `name` that `file` belongs to. */
function packageRoot(file: string, name: string): string {
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === name) return dir;
  }
  throw new Error(`no package.json of ${name} above ${file.split(sep).join('/')}`);
}

function notices(bundled: PackageInfo[], data: PackageInfo[]): string {
  const byKey = new Map<string, { info: PackageInfo; where: Set<string> }>();
  for (const [list, where] of [[bundled, 'the bundle'], [data, 'data/']] as const) {
    for (const info of list) {
      const key = `${info.name}@${info.version}`;
      const entry = byKey.get(key) ?? { info, where: new Set<string>() };
      entry.where.add(where);
      byKey.set(key, entry);
    }
  }
  const rule = '='.repeat(80);
  const sections = [...byKey.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, { info, where }]) => {
      const texts = info.licenceFiles.map((f) => readFileSync(f, 'utf8').trim());
      return `${rule}\n${key} (${info.license}), in ${[...where].join(' and ')}\n${rule}\n${texts.join('\n\n') || '(no licence file in the package)'}\n`;
    });
  return `Third-party software in this deployment package (index.js and its chunks are an esbuild bundle; data/ holds copied data files).\n\n${sections.join('\n')}`;
}

function writeJson(file: string, value: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

function duBytes(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.size;
  let total = 0;
  for (const name of readdirSync(path)) total += duBytes(join(path, name));
  return total;
}
