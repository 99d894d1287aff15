import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { call, login } from './simClient.js';

const tsxLoader = createRequire(import.meta.url).resolve('tsx');

describe('npm run sim -- sysaid', () => {
  it('serves generated tickets with the given credentials until SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', tsxLoader, 'tools/sim/main.ts', 'sysaid', '--port', '0', '--user', 'u1', '--password', 'p1', '--tickets', '25', '--seed', '4'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      let output = '';
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /SysAid simulator listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
          if (match) resolve(match[1]!);
        });
        child.once('exit', () => reject(new Error('simulator exited early')));
      });
      const cookie = await login(url, 'u1', 'p1');
      expect((await call(url, 'GET', '/sr/count', { cookie })).json).toEqual({ count: 25 });
    } finally {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const [code] = await exited;
      expect(code).toBe(0);
    }
  });
});
