import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface PackageInfo {
  name: string;
  version: string;
  license: string;
  /** Absolute paths of the files that carry its licence: LICENSE/LICENCE/COPYING/NOTICE, else its README (some packages keep the licence text only there). */
  licenceFiles: string[];
}

/** Name, version, licence and licence files of the installed package in `dir`. */
export function readPackageInfo(dir: string): PackageInfo {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; version: string; license?: unknown };
  const files = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name).sort();
  const licences = files.filter((f) => /^(licen[cs]e|copying|notice)(\.[a-z]+)?$/i.test(f));
  const carriers = licences.length > 0 ? licences : files.filter((f) => /^readme(\.[a-z]+)?$/i.test(f));
  return {
    name: pkg.name,
    version: pkg.version,
    license: typeof pkg.license === 'string' ? pkg.license : 'see licence file',
    licenceFiles: carriers.map((f) => join(dir, f)),
  };
}
