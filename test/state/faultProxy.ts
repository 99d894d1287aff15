import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { forwardRequest } from '../../tools/sim/forwardRequest.js';
import type { AddressInfo } from 'node:net';

export type Fault = 'pass' | '503' | '500' | 'hang';

export interface FaultProxy {
  /** Table endpoint through the proxy (same account path as the target). */
  url: string;
  /** Requests seen, in order: method and path. */
  seen: string[];
  /** Fault for the next requests, consumed one per request; afterwards every request passes. */
  faults: Fault[];
  close(): Promise<void>;
}

/** A loopback HTTP proxy in front of Azurite that can answer 5xx or never answer. */
export async function startFaultProxy(targetTableUrl: string): Promise<FaultProxy> {
  const target = new URL(targetTableUrl);
  const proxy: Omit<FaultProxy, 'url' | 'close'> = { seen: [], faults: [] };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    proxy.seen.push(`${req.method ?? ''} ${req.url ?? ''}`);
    const fault = proxy.faults.shift() ?? 'pass';
    if (fault === 'hang') {
      req.resume();
      return;
    }
    if (fault !== 'pass') {
      req.resume();
      res.writeHead(Number(fault), { 'content-type': 'application/json' }).end('{"odata.error":{"code":"ServerBusy","message":{"value":"busy"}}}');
      return;
    }
    forwardRequest(target, req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const running: FaultProxy = Object.assign(proxy, {
    url: `http://127.0.0.1:${port}${target.pathname}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
  return running;
}
