/** A webhook request we refuse; carries the HTTP status and a fixed, content-free message. */
export class WebhookError extends Error {
  override readonly name = 'WebhookError';
  constructor(
    readonly status: 400 | 401 | 404 | 413 | 415 | 503,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
