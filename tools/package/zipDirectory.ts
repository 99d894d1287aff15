import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, type Zippable } from 'fflate';

/** Fixed timestamp of every entry, so the same files always make the same zip. */
const MTIME = new Date('2000-01-01T00:00:00Z');

/**
 * Zips the files under `dir` (paths relative to it, sorted, forward slashes, Unix mode 0644) into
 * `zipFile` at the highest compression. Returns the zip's size in bytes.
 */
export function zipDirectory(dir: string, zipFile: string): number {
  const entries: Zippable = {};
  const walk = (sub: string): void => {
    for (const e of readdirSync(join(dir, sub), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const rel = sub ? `${sub}/${e.name}` : e.name;
      if (e.isDirectory()) walk(rel);
      else if (e.isFile()) entries[rel] = [readFileSync(join(dir, rel)), { level: 9, mtime: MTIME, os: 3, attrs: 0o644 << 16 }];
    }
  };
  walk('');
  const zip = zipSync(entries);
  writeFileSync(zipFile, zip);
  return zip.byteLength;
}
