import type { Logger } from '../sync/ports.js';
import { SysAidError } from './SysAidError.js';

/** Where instances share one SysAid session (Table Storage in production). */
export interface SysAidSessionStore {
  get(): Promise<{ jsessionId: string; etag: string } | null>;
  /** Stores a session if `etag` still matches (no row exists when null); throws when it lost. */
  put(jsessionId: string, etag: string | null): Promise<unknown>;
}

export interface LoginBudget {
  /** Logins allowed per window (default 2, SysAid's own limit). */
  count: number;
  windowMs: number;
}

interface Held {
  jsessionId: string;
}

/**
 * Keeps one JSESSIONID for the process and shares it through the store, so cold instances reuse
 * a session instead of logging in. Logs in only when neither memory nor the store has a session
 * SysAid still accepts; concurrent callers share one renewal; and never more than the login
 * budget per window, so a server that keeps answering 401 cannot cause a login storm.
 */
export class SessionKeeper {
  private held: Held | null = null;
  private inFlight: Promise<{ id: string; loggedIn: boolean }> | null = null;
  private readonly loginTimes: number[] = [];
  /** Logins this keeper made (for tests and metrics). */
  logins = 0;

  constructor(
    private readonly deps: {
      login(): Promise<string>;
      store?: SysAidSessionStore;
      now: () => number;
      budget: LoginBudget;
      logger?: Logger;
    },
  ) {}

  /** A session to use: memory, else the store, else a new login. */
  async current(): Promise<{ id: string; loggedIn: boolean }> {
    if (this.held) return { id: this.held.jsessionId, loggedIn: false };
    return this.shared(async () => {
      const stored = await this.readStore();
      if (stored) {
        this.held = { jsessionId: stored.jsessionId };
        return { id: stored.jsessionId, loggedIn: false };
      }
      return { id: await this.login(null), loggedIn: true };
    });
  }

  /**
   * SysAid rejected `rejected`. Returns a newer session someone already stored, or logs in when
   * `allowLogin` (throws UNAUTHORIZED otherwise).
   */
  async renew(rejected: string, allowLogin: boolean): Promise<{ id: string; loggedIn: boolean }> {
    if (this.held && this.held.jsessionId !== rejected) return { id: this.held.jsessionId, loggedIn: false };
    return this.shared(async () => {
      const stored = await this.readStore();
      if (stored && stored.jsessionId !== rejected) {
        this.held = { jsessionId: stored.jsessionId };
        return { id: stored.jsessionId, loggedIn: false };
      }
      if (!allowLogin) throw new SysAidError('UNAUTHORIZED', 'SysAid rejected a freshly created session', 401);
      return { id: await this.login(stored?.etag ?? null), loggedIn: true };
    });
  }

  private async shared(work: () => Promise<{ id: string; loggedIn: boolean }>): Promise<{ id: string; loggedIn: boolean }> {
    if (this.inFlight) {
      const { id } = await this.inFlight;
      return { id, loggedIn: false };
    }
    this.inFlight = work();
    try {
      return await this.inFlight;
    } finally {
      this.inFlight = null;
    }
  }

  private async login(etag: string | null): Promise<string> {
    const now = this.deps.now();
    while (this.loginTimes.length > 0 && now - (this.loginTimes[0] as number) >= this.deps.budget.windowMs) this.loginTimes.shift();
    if (this.loginTimes.length >= this.deps.budget.count) {
      throw new SysAidError('LOGIN_BUDGET_EXHAUSTED', 'SysAid login budget for this window is spent');
    }
    this.loginTimes.push(now);
    this.logins += 1;
    const id = await this.deps.login();
    this.held = { jsessionId: id };
    if (this.deps.store) {
      try {
        await this.deps.store.put(id, etag);
      } catch {
        // Another instance stored its own session first; ours is valid too, keep using it.
        this.deps.logger?.warn('SysAid session not shared: the session store write lost or failed');
      }
    }
    return id;
  }

  private async readStore(): Promise<{ jsessionId: string; etag: string } | null> {
    if (!this.deps.store) return null;
    try {
      return await this.deps.store.get();
    } catch {
      this.deps.logger?.warn('SysAid session store unreadable; continuing with a local session');
      return null;
    }
  }
}
