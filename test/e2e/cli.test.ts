import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { stackForTest, HOUR } from './stackForTest.js';
import type { Stack } from '../../tools/stack/startStack.js';

let stack: Stack;
const now = Date.now();

beforeAll(async () => {
  stack = await stackForTest({
    sysaid: {
      records: [
        { id: 400, title: 'Scanner on 2 West fails for Rosa Diaz', description: 'Rosa Diaz, DOB 03/04/1961', insertTime: now - HOUR, updateTime: now - HOUR },
        { id: 401, title: 'Fax queue stuck', description: 'Fax server fx01 queue', insertTime: now - HOUR, updateTime: now - HOUR + 1 },
      ],
    },
    webhook: false,
  });
});
afterAll(async () => {
  await stack.close();
});

function cli(args: string[], extraEnv: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'shared/cli/main.ts', ...args], {
      env: { PATH: process.env.PATH ?? '', ...stack.env, ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

describe('sysaid-ado CLI against the simulators and Azurite', () => {
  it('sync --dry-run plans per SR with redaction counts and writes nothing', async () => {
    const result = await cli(['sync', '--dry-run']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/SR 400: create redactions: .*PERSON=\d/);
    expect(result.stdout).toContain('Created: 2, Updated: 0, Unchanged: 0, Failed: 0');
    expect(result.stdout + result.stderr).not.toMatch(/Rosa|Diaz|1961/);
    expect(stack.ado.counters().writes).toBe(0);
  });

  it('sync creates the Bugs and prints the summary line; status shows the watermark', async () => {
    const result = await cli(['sync']);
    expect(result.stdout).toContain('Created: 2, Updated: 0, Unchanged: 0, Failed: 0');
    expect(stack.ado.workItems()).toHaveLength(2);
    const status = await cli(['status']);
    expect(status.stdout).toMatch(/Watermark: \d{4}-/);
    expect(status.stdout).toContain('Poison: 0');
  });

  it('replay re-syncs one SR and rejects a bad id', async () => {
    stack.sysaid.updateFields(401, { title: 'Fax queue stuck again' });
    const replay = await cli(['replay', '401']);
    expect(replay.code).toBe(0);
    expect(replay.stdout).toMatch(/SR 401: update \(work item \d+\)/);
    expect((await cli(['replay', 'abc'])).code).toBe(2);
  });

  it('check reports each component; a wrong setting is named without its value', async () => {
    const ok = await cli(['check']);
    expect(ok.stdout).toMatch(/OK {3}configuration[\s\S]*OK {3}SysAid[\s\S]*OK {3}Azure DevOps/);
    const bad = await cli(['check'], { ADO_ORG_URL: 'not a url', BACKFILL_CONCURRENCY: '-3' });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('ADO_ORG_URL');
    expect(bad.stdout).toContain('BACKFILL_CONCURRENCY');
    expect(bad.stdout).not.toContain('not a url');
  });

  it('redact --jsonl redacts lines from stdin', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'shared/cli/main.ts', 'redact', '--jsonl'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stdin.end('{"id":"1","title":"Call John Smith","text":"SSN 123-45-6789, phone 919-288-0600"}\n');
    await new Promise((resolve) => child.on('close', resolve));
    const line = JSON.parse(out.trim()) as { id: string; title: string; text: string };
    expect(line.id).toBe('1');
    expect(JSON.stringify(line)).not.toMatch(/Smith|123-45-6789|919-288-0600/);
  });
});
