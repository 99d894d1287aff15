import { createServer } from 'node:http';
import { forwardRequest } from '../tools/sim/forwardRequest.js';
import { listenOnLoopback } from '../tools/sim/listenOnLoopback.js';

export interface CountingProxy {
  /** Same path layout as the target, on the proxy's port. */
  urlFor(targetUrl: string): string;
  count(): number;
  close(): Promise<void>;
}

/** Forwards every HTTP request to `target` (e.g. Azurite) and counts them: the table calls the engine makes. */
export async function startCountingProxy(targetUrl: string): Promise<CountingProxy> {
  const target = new URL(targetUrl);
  let requests = 0;
  const server = createServer((req, res) => {
    requests++;
    forwardRequest(target, req, res);
  });
  const listening = await listenOnLoopback(server, 0, '127.0.0.1');
  return {
    urlFor: (url) => {
      const u = new URL(url);
      u.port = String(listening.port);
      return u.toString().replace(/\/$/, '');
    },
    count: () => requests,
    close: () => listening.close(),
  };
}
