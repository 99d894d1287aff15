import { timingSafeEqual } from 'node:crypto';

/** Accepted credentials; replaced at runtime to test secret rotation. */
export class Credentials {
  private pats: string[];
  private bearers: string[];

  constructor(pats: string[], bearerTokens: string[]) {
    this.pats = [...pats];
    this.bearers = [...bearerTokens];
  }

  set(update: { pats?: string[]; bearerTokens?: string[] }): void {
    if (update.pats) this.pats = [...update.pats];
    if (update.bearerTokens) this.bearers = [...update.bearerTokens];
  }

  /**
   * PAT as `Basic base64(anyUser:pat)` (ADO ignores the user name) or `Bearer <token>`.
   * Returns the identity key used for rate limiting, or undefined when not authorised.
   */
  authenticate(header: string | undefined): string | undefined {
    if (!header) return undefined;
    const [scheme, credential = ''] = header.split(/\s+/, 2);
    if (scheme?.toLowerCase() === 'basic') {
      const decoded = Buffer.from(credential, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      const pat = colon >= 0 ? decoded.slice(colon + 1) : decoded;
      const index = this.pats.findIndex((p) => same(p, pat));
      return index >= 0 ? `pat:${index}` : undefined;
    }
    if (scheme?.toLowerCase() === 'bearer') {
      return this.bearers.some((t) => same(t, credential)) ? 'bearer' : undefined;
    }
    return undefined;
  }
}

function same(expected: string, actual: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(actual);
  return a.length === b.length && timingSafeEqual(a, b);
}
