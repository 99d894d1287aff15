import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const MAIN = path.resolve(import.meta.dirname, '../../../tools/sim/main.ts');

describe('npm run sim -- ado', () => {
  it('prints its org URL, serves with the given PAT, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'ado', '--port', '0', '--org', 'cliorg', '--project', 'CliProj', '--pat', 'cli-pat'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let output = '';
      const line = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /ADO simulator listening on (http:\/\/127\.0\.0\.1:\d+\/cliorg)/.exec(output);
          if (match) resolve(match[1]!);
        });
        child.once('exit', () => reject(new Error('simulator exited early')));
      });
      const auth = { Authorization: `Basic ${Buffer.from(':cli-pat').toString('base64')}` };
      const res = await fetch(`${line}/CliProj/_apis/wit/workItems/$Bug`, {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/json-patch+json' },
        body: JSON.stringify([{ op: 'add', path: '/fields/System.Title', value: 'from cli' }]),
      });
      expect(res.status).toBe(200);
      expect((await fetch(`${line}/_apis/ResourceAreas`)).status).toBe(401);
    } finally {
      const exited = child.exitCode === null ? once(child, 'exit') : Promise.resolve([child.exitCode]);
      child.kill('SIGTERM');
      const [code] = await exited;
      expect(code).toBe(0);
    }
  });
});
