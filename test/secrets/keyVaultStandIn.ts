import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { selfSignedCert } from './selfSignedCert.js';

export const STANDIN_TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';

export interface SeenRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  status: number;
}

export interface KeyVaultStandIn {
  /** Vault URL, https://127.0.0.1:<port> */
  url: string;
  /** PEM of the stand-in's self-signed certificate: the client's trusted CA. */
  ca: string;
  seen: SeenRequest[];
  setSecret(name: string, value: string): void;
  /** Answers 403 Forbidden for this secret (an identity without access). */
  forbid(name: string): void;
  /** While down, every connection is dropped without an answer. */
  setDown(down: boolean): void;
  close(): Promise<void>;
}

/**
 * A loopback HTTPS stand-in for Key Vault's data plane, enough for SecretClient.getSecret: the
 * challenge handshake (401 + WWW-Authenticate to an unauthenticated request, then a bearer token),
 * `GET /secrets/{name}/{version}?api-version=...` with the service's JSON shapes.
 */
export async function startKeyVaultStandIn(expectedToken: string): Promise<KeyVaultStandIn> {
  const { cert, key } = selfSignedCert();
  const secrets = new Map<string, { value: string; version: string; updated: number }>();
  const forbidden = new Set<string>();
  const seen: SeenRequest[] = [];
  let down = false;
  let url = '';

  const server: Server = createServer({ cert, key }, (req, res) => {
    if (down) {
      req.socket.destroy();
      return;
    }
    const path = req.url ?? '/';
    const answer = (status: number, body?: unknown, headers: Record<string, string> = {}): void => {
      seen.push({ method: req.method ?? '', path, authorization: req.headers.authorization, status });
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-ms-keyvault-service-version': '1.9.0.0', ...headers });
      res.end(body === undefined ? undefined : JSON.stringify(body));
    };
    req.resume();
    req.on('end', () => {
      const requestUrl = new URL(path, url);
      if (req.headers.authorization !== `Bearer ${expectedToken}`) {
        answer(401, { error: { code: 'Unauthorized', message: 'AKV10000: Request is missing a Bearer or PoP token.' } }, {
          'www-authenticate': `Bearer authorization="https://login.microsoftonline.com/${STANDIN_TENANT}", resource="https://vault.azure.net"`,
        });
        return;
      }
      if (!requestUrl.searchParams.get('api-version')) {
        answer(400, { error: { code: 'BadParameter', message: 'The request URI contains an invalid API version' } });
        return;
      }
      const match = /^\/secrets\/([0-9A-Za-z-]+)\/?([0-9a-f]*)$/.exec(requestUrl.pathname);
      if (req.method !== 'GET' || !match) {
        answer(400, { error: { code: 'BadParameter', message: 'Unsupported request' } });
        return;
      }
      const name = match[1]!;
      if (forbidden.has(name)) {
        answer(403, { error: { code: 'Forbidden', message: 'Caller is not authorized to perform action on resource.', innererror: { code: 'ForbiddenByRbac' } } });
        return;
      }
      const secret = secrets.get(name);
      if (!secret || (match[2] && match[2] !== secret.version)) {
        answer(404, {
          error: {
            code: 'SecretNotFound',
            message: `A secret with (name/id) ${name} was not found in this key vault. If you recently deleted this secret you may be able to recover it using the correct recovery command. For help resolving this issue, please see https://go.microsoft.com/fwlink/?linkid=2125182`,
          },
        });
        return;
      }
      answer(200, {
        value: secret.value,
        id: `${url}/secrets/${name}/${secret.version}`,
        attributes: { enabled: true, created: secret.updated, updated: secret.updated, recoveryLevel: 'Recoverable+Purgeable', recoverableDays: 90 },
        tags: {},
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    ca: cert,
    seen,
    setSecret: (name, value) => secrets.set(name, { value, version: randomBytes(16).toString('hex'), updated: Math.floor(Date.now() / 1000) }),
    forbid: (name) => forbidden.add(name),
    setDown: (value) => {
      down = value;
      // Drop idle keep-alive sockets too, so the next request has to connect (and fail) afresh.
      if (value) server.closeIdleConnections();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
