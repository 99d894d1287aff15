import { createServer, type IncomingMessage, type Server } from 'node:http';
import azureFunctions from '@azure/functions';

// The package is CommonJS; Node's ESM loader sees these classes only on its default export.
const { HttpRequest, InvocationContext } = azureFunctions;
import { listenOnLoopback } from '../sim/listenOnLoopback.js';
import { createWebhookHandler } from '../../functions/webhook.js';
import type { Runtime } from '../../shared/app/Runtime.js';
import type { LogSink } from '../../shared/log/safeLogger.js';

export interface LocalFunctionsHost {
  /** e.g. http://127.0.0.1:7071 ; the webhook is at /api/sysaid/webhook */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves the real webhook function on loopback without Azure Functions Core Tools: each request
 * becomes an `HttpRequest` + `InvocationContext`, exactly what the host would pass.
 */
export async function serveFunctions(getRuntime: () => Promise<Runtime>, log: LogSink, port = 0): Promise<LocalFunctionsHost> {
  const handler = createWebhookHandler(getRuntime);
  let invocations = 0;
  const server: Server = createServer((req, res) => {
    void (async () => {
      if (req.method !== 'POST' || !req.url?.startsWith('/api/sysaid/webhook')) {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"code":"NOT_FOUND"}}');
        return;
      }
      const body = await readAll(req);
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers[name] = value;
      const request = new HttpRequest({ method: 'POST', url: `http://127.0.0.1${req.url}`, headers, body: { bytes: body } });
      const context = new InvocationContext({
        functionName: 'sysaidWebhook',
        invocationId: `local-${++invocations}`,
        logHandler: (level, ...args) => {
          const line = args.map(String).join(' ');
          if (level === 'error') log.error(line);
          else if (level === 'warning') log.warn(line);
          else if (level === 'information') log.info(line);
          else log.debug(line);
        },
      });
      const response = await handler(request, context);
      res.writeHead(response.status ?? 200, { 'content-type': 'application/json' }).end(JSON.stringify(response.jsonBody ?? {}));
    })().catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  const listening = await listenOnLoopback(server, port);
  return { url: listening.baseUrl, close: () => listening.close() };
}

function readAll(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
