import type { HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import type { Runtime } from '../shared/app/Runtime.js';
import { handleWebhook, type WebhookRequest } from '../shared/webhook/handleWebhook.js';
import { WebhookError } from '../shared/webhook/WebhookError.js';
import { safeLogger } from '../shared/log/safeLogger.js';
import { errorCode } from '../shared/errors/errorCode.js';

/**
 * POST /api/sysaid/webhook. Thin: adapt the Functions request, let the shared handler decide,
 * map its answer to JSON. Configuration problems answer 503 without detail (logged by name).
 */
export function createWebhookHandler(getRuntime: () => Promise<Runtime>) {
  return async function sysaidWebhook(request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> {
    const logger = safeLogger(context);
    let runtime: Runtime;
    try {
      runtime = await getRuntime();
    } catch (error) {
      logger.error(`webhook runtime-unavailable error=${errorCode(error)}`);
      return json(503, { error: { code: 'UNAVAILABLE', message: 'The sync service is not configured correctly; see its logs' } });
    }
    const response = await handleWebhook(toWebhookRequest(request), runtime.webhookDeps(logger));
    return json(response.status, response.body);
  };
}

function json(status: number, body: Record<string, unknown>): HttpResponseInit {
  return { status, jsonBody: body, headers: { 'content-type': 'application/json', 'cache-control': 'no-store' } };
}

export function toWebhookRequest(request: HttpRequest): WebhookRequest {
  return {
    header: (name) => request.headers.get(name),
    readBody: async (limit) => {
      const declared = Number(request.headers.get('content-length') ?? '0');
      if (declared > limit) throw tooLarge();
      if (!request.body) return '';
      // Read the stream ourselves so an undeclared (chunked) huge body is cut off at the limit.
      const chunks: Uint8Array[] = [];
      let size = 0;
      for await (const chunk of request.body as AsyncIterable<Uint8Array>) {
        size += chunk.byteLength;
        // Leaving the loop cancels the stream, so the rest of a huge body is never read.
        if (size > limit) throw tooLarge();
        chunks.push(chunk);
      }
      return Buffer.concat(chunks).toString('utf8');
    },
  };
}

function tooLarge(): WebhookError {
  return new WebhookError(413, 'PAYLOAD_TOO_LARGE', 'Body is larger than allowed');
}
