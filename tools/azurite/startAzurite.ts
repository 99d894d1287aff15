import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import path from 'node:path';

/** Azurite's well-known development account: public, documented, not a secret. */
export const AZURITE_ACCOUNT = 'devstoreaccount1';
export const AZURITE_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface RunningAzurite {
  /** Table endpoint, e.g. http://127.0.0.1:12345/devstoreaccount1 */
  tableUrl: string;
  connectionString: string;
  close(): Promise<void>;
}

/**
 * Starts Azurite's Table service on a free loopback port, in memory, without telemetry.
 * Azurite reports port 0 literally, so a free port is chosen first; a lost race is retried.
 */
export async function startAzurite(): Promise<RunningAzurite> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(await freePort());
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

async function startOnce(port: number): Promise<RunningAzurite> {
  const require = createRequire(import.meta.url);
  const bin = path.join(path.dirname(require.resolve('azurite/package.json')), 'dist/src/table/main.js');
  const child = spawn(
    process.execPath,
    [bin, '--tableHost', '127.0.0.1', '--tablePort', String(port), '--disableTelemetry', '--inMemoryPersistence', '--skipApiVersionCheck', '--silent'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await waitForStart(child);
  const tableUrl = `http://127.0.0.1:${port}/${AZURITE_ACCOUNT}`;
  return {
    tableUrl,
    connectionString: `DefaultEndpointsProtocol=http;AccountName=${AZURITE_ACCOUNT};AccountKey=${AZURITE_KEY};TableEndpoint=${tableUrl};`,
    async close() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function waitForStart(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('Azurite did not start within 30 s'));
    }, 30_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (output.includes('successfully started')) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        child.stdout?.resume();
        child.stderr?.resume();
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Azurite exited with code ${String(code)} before listening`));
    });
  });
}
