import { relative, resolve } from 'node:path';
import { buildPackage } from './buildPackage.js';

/**
 * `npm run package [-- --out=DIR]`: the deployment package, in DIR/app (default `.package/app`,
 * what `azd deploy` ships: azure.yaml `dist`) and zipped as DIR/sysaid-ado-sync.zip.
 */
async function main(): Promise<void> {
  const root = resolve(import.meta.dirname, '..', '..');
  const out = process.argv.slice(2).find((a) => a.startsWith('--out='))?.slice('--out='.length) ?? '.package';
  const p = await buildPackage(root, resolve(root, out));
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
  const shown = (path: string) => relative(process.cwd(), path) || '.';
  console.log(`${shown(p.zipFile)}: ${mb(p.zipBytes)} zipped, ${mb(p.unpackedBytes)} unpacked (bundle ${mb(p.bundleBytes)} of which index.js ${mb(p.entryBytes)}, data/ ${mb(p.dataBytes)})`);
  console.log(`${shown(p.appDir)}: the same files unpacked; data/ holds ${p.dataFiles.join(', ')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
