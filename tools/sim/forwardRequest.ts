import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';

/** Passes one request through to `target` (host and port; the path is kept) and streams the answer back. */
export function forwardRequest(target: URL, req: IncomingMessage, res: ServerResponse): void {
  const upstream = httpRequest({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  upstream.on('error', () => res.destroy());
  req.pipe(upstream);
}
