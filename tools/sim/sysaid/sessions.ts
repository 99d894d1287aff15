import { randomBytes } from 'node:crypto';
import type { SimUser } from './types.js';

export interface Session {
  id: string;
  user: SimUser;
  accountId: string;
  lastUsed: number;
}

/** JSESSIONID sessions with an idle timeout, like the servlet container behind SysAid. */
export class Sessions {
  private readonly sessions = new Map<string, Session>();

  constructor(
    private ttlMs: number,
    private readonly now: () => number,
  ) {}

  create(user: SimUser, accountId: string): Session {
    const session: Session = { id: randomBytes(16).toString('hex').toUpperCase(), user, accountId, lastUsed: this.now() };
    this.sessions.set(session.id, session);
    return session;
  }

  /** The live session named by a Cookie header, touching it; undefined when absent or expired. */
  find(cookieHeader: string | undefined): Session | undefined {
    const id = readCookie(cookieHeader, 'JSESSIONID');
    if (id === undefined) return undefined;
    const session = this.sessions.get(id);
    if (!session) return undefined;
    const now = this.now();
    if (now - session.lastUsed > this.ttlMs) {
      this.sessions.delete(id);
      return undefined;
    }
    session.lastUsed = now;
    return session;
  }

  expireAll(): void {
    this.sessions.clear();
  }

  setTtl(ttlMs: number): void {
    this.ttlMs = ttlMs;
  }

  count(): number {
    return this.sessions.size;
  }
}

function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}
