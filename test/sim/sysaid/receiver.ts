import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface Received {
  body: string;
  headers: IncomingHttpHeaders;
}

/**
 * A webhook receiver for tests. `answer` decides each reply (status and optional delay) from the
 * number of requests seen so far.
 */
export async function startReceiver(answer: (n: number) => { status: number; delayMs?: number } = () => ({ status: 200 })) {
  const received: Received[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const reply = answer(received.length);
      received.push({ body: Buffer.concat(chunks).toString('utf8'), headers: req.headers });
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!res.destroyed) res.writeHead(reply.status).end();
      }, reply.delayMs ?? 0);
      timers.add(timer);
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    received,
    /** Bodies as objects, without the timestamp (which follows the clock). */
    notices: () => received.map((r) => {
      const { timestamp: _t, ...rest } = JSON.parse(r.body) as Record<string, unknown>;
      return rest;
    }),
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      }),
  };
}
