import type { Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface Listening {
  port: number;
  /** e.g. http://127.0.0.1:1234 */
  baseUrl: string;
  /** TCP connections accepted so far: tells whether clients reuse keep-alive connections. */
  connectionsAccepted(): number;
  /** Stops listening and ends every open (keep-alive) connection. */
  close(): Promise<void>;
}

/**
 * Starts `server` on `host:port` (0 = a free port) and tracks its sockets, so `close()` never
 * hangs on a client's keep-alive connection. Shared by the simulators and the local functions host.
 */
export async function listenOnLoopback(server: Server, port = 0, host = '127.0.0.1'): Promise<Listening> {
  const sockets = new Set<Socket>();
  let accepted = 0;
  server.on('connection', (socket) => {
    accepted += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const bound = (server.address() as AddressInfo).port;
  return {
    port: bound,
    baseUrl: `http://${host.includes(':') ? `[${host}]` : host}:${bound}`,
    connectionsAccepted: () => accepted,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      server.closeAllConnections();
      await closed;
    },
  };
}
