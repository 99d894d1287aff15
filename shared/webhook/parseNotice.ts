import { WebhookError } from './WebhookError.js';

/** What a webhook tells us: only that an SR changed. The record itself is read from the API. */
export interface WebhookNotice {
  srId: string;
  event?: 'sr.created' | 'sr.updated';
  srVersion?: number;
}

const SR_ID = /^[1-9]\d{0,11}$/;

/**
 * Accepts SysAid's `sr.created` / `sr.updated` notices and plain `{"id": ...}` bodies
 * (also `sr_id`, `srId`, or the id under `data`/`payload`/`sr`). Errors never quote the body.
 */
export function parseNotice(rawBody: string): WebhookNotice {
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch {
    // Covers malformed JSON and nesting deep enough to exhaust the parser's stack.
    throw new WebhookError(400, 'INVALID_JSON', 'Body is not valid JSON');
  }
  if (!isObject(body)) throw new WebhookError(400, 'INVALID_BODY', 'Body must be a JSON object');
  const holder = [body, body.data, body.payload, body.sr].find((candidate) => isObject(candidate) && idOf(candidate) !== undefined);
  const rawId = holder && isObject(holder) ? idOf(holder) : undefined;
  if (rawId === undefined) throw new WebhookError(400, 'MISSING_ID', 'Body carries no service request id');
  const srId = typeof rawId === 'number' && Number.isSafeInteger(rawId) ? String(rawId) : typeof rawId === 'string' ? rawId.trim() : '';
  if (!SR_ID.test(srId)) throw new WebhookError(400, 'INVALID_ID', 'Service request id must be a positive integer');

  const notice: WebhookNotice = { srId };
  const event = body.event ?? body.eventType ?? body.type;
  if (event === 'sr.created' || event === 'sr.updated') notice.event = event;
  else if (event !== undefined) throw new WebhookError(400, 'UNKNOWN_EVENT', 'Unsupported event type');
  const version = body.sr_version ?? body.srVersion ?? (holder && isObject(holder) ? holder.sr_version : undefined);
  const parsedVersion = typeof version === 'string' && /^\d{1,15}$/.test(version) ? Number(version) : version;
  if (typeof parsedVersion === 'number' && Number.isSafeInteger(parsedVersion) && parsedVersion >= 0) notice.srVersion = parsedVersion;
  return notice;
}

function idOf(value: Record<string, unknown>): unknown {
  return value.id ?? value.sr_id ?? value.srId;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
