import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleOptions } from '../../tools/package/bundleOptions.js';

const root = join(import.meta.dirname, '..', '..');
const MAX_ZIP_BYTES = 10e6;
const PLANTED = { name: 'Maria Gonzalez', phone: '(555) 867-5309' };

// Stands in for the Functions worker: it hands `@azure/functions-core` to `require` (as the Node
// worker does by wrapping Module.prototype.require) and prints what the app registered.
const FAKE_WORKER = `
const Module = require('node:module');
const registered = [];
const core = {
  setProgrammingModel() {},
  getProgrammingModel() { return undefined; },
  registerFunction(metadata) { registered.push(metadata); return { dispose() {} }; },
  registerHook() { return { dispose() {} }; },
  log() {},
};
const original = Module.prototype.require;
Module.prototype.require = function (id) { return id === '@azure/functions-core' ? core : original.apply(this, arguments); };
process.on('exit', () => process.stdout.write(JSON.stringify(registered)));
`;

let work: string;
let site: string;
let zipBytes: number;
let entries: string[];
let cliOutput: string;

/** A child `node` in the unpacked package with nothing but PATH: no settings, no NODE_PATH, no NODE_OPTIONS. */
function node(args: string[]): string {
  return execFileSync(process.execPath, args, { cwd: site, env: { PATH: process.env.PATH }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

beforeAll(async () => {
  // Outside the repository, so no node_modules folder is above the package.
  work = mkdtempSync(join(tmpdir(), 'sysaid-package-'));
  cliOutput = execFileSync('npm', ['run', '--silent', 'package', '--', `--out=${join(work, 'out')}`], { cwd: root, encoding: 'utf8' });

  // Deploy the zip, not the folder it was made from: unpack it into the site.
  const zip = readFileSync(join(work, 'out', 'sysaid-ado-sync.zip'));
  zipBytes = zip.byteLength;
  site = join(work, 'site');
  const files = unzipSync(zip);
  entries = Object.keys(files).sort();
  for (const [path, bytes] of Object.entries(files)) {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), bytes);
  }
}, 60_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('deployment package (npm run package)', () => {
  it(`is a zip of at most ${MAX_ZIP_BYTES / 1e6} MB holding the bundle, host.json, package.json and data files, and no node_modules`, () => {
    expect(zipBytes).toBeLessThanOrEqual(MAX_ZIP_BYTES);
    expect(cliOutput).toMatch(/sysaid-ado-sync\.zip: \d+\.\d\d MB zipped, \d+\.\d\d MB unpacked/);
    expect(entries).toEqual(expect.arrayContaining(['index.js', 'host.json', 'package.json', 'THIRD-PARTY-NOTICES.txt', 'data/humannames/list.txt']));
    expect(entries.filter((e) => e.includes('node_modules/') || /\.(ts|map)$/.test(e))).toEqual([]);
    const pkg = JSON.parse(readFileSync(join(site, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(pkg).toMatchObject({ type: 'module', main: 'index.js' });
    expect(pkg).not.toHaveProperty('dependencies');
    expect(readFileSync(join(site, 'host.json'), 'utf8')).toBe(readFileSync(join(root, 'host.json'), 'utf8'));
    for (let dir = site; dir !== dirname(dir); dir = dirname(dir)) expect(existsSync(join(dir, 'node_modules')), dir).toBe(false);
  });

  it('imports in a fresh node with no settings, registering both functions and running nothing else', () => {
    writeFileSync(join(work, 'fakeWorker.cjs'), FAKE_WORKER);
    const script = `await import(${JSON.stringify(pathToFileURL(join(site, 'index.js')).href)});`;
    const registered = JSON.parse(node(['--require', join(work, 'fakeWorker.cjs'), '--input-type=module', '-e', script])) as {
      name: string;
      bindings: Record<string, { type: string; route?: string; schedule?: string }>;
    }[];
    expect(registered.map((f) => f.name)).toEqual(['sysaidWebhook', 'sysaidBackfill']);
    const bindings = registered.flatMap((f) => Object.values(f.bindings));
    expect(bindings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'httpTrigger', route: 'sysaid/webhook' }),
        expect.objectContaining({ type: 'timerTrigger', schedule: '%BACKFILL_SCHEDULE%' }),
      ]),
    );
  });

  it('redacts through the bundled code with the word lists from data/, node_modules out of reach', async () => {
    // A probe built exactly like the entry (same esbuild options, same folder), so its redactor
    // and resolveDataFile run from chunks beside data/ as the functions' do.
    await build({ ...bundleOptions(root), entryPoints: { probe: join(root, 'test/package/redactProbe.ts') }, outdir: site });
    const dataFiles = entries
      .filter((e) => e.startsWith('data/'))
      .map((e) => e.slice('data/'.length))
      .filter((e) => !/^(@[^/]+\/)?[^/]+\/(package\.json|(licen[cs]e|copying|notice|readme)(\.[a-z]+)?)$/i.test(e));
    expect(dataFiles.length).toBeGreaterThan(0);
    const text = `${PLANTED.name} called from ${PLANTED.phone} about her printer.`;
    const out = JSON.parse(node([join(site, 'probe.js'), text, JSON.stringify(dataFiles)])) as {
      redacted?: string;
      error?: string;
      resolved: string[];
      nodeModulesReachable: boolean;
    };
    expect(out.error).toBeUndefined();
    expect(out.redacted).toBe('[PERSON-1] called from [PHONE-1] about her printer.');
    for (const planted of [...PLANTED.name.split(' '), '867-5309']) expect(out.redacted).not.toContain(planted);
    expect(out.resolved).toEqual(dataFiles.map((f) => join(site, 'data', ...f.split('/'))));
    expect(out.nodeModulesReachable).toBe(false);
  });
});
