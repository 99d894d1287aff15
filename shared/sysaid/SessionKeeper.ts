import type { Logger } from '../sync/ports.js';
import { coordinateLogin, type LoginLeaseTiming } from './coordinateLogin.js';
import { budgetFreesInMs, recentLogins, type LoginBudget } from './LoginBudget.js';
import { SysAidError } from './SysAidError.js';
import type { SysAidSessionStore } from './SysAidSessionStore.js';

type Session = { id: string; loggedIn: boolean };

/**
 * Keeps one JSESSIONID for the process and shares it through the store, so cold instances reuse
 * a session instead of logging in. Logs in only when neither memory nor the store has a session
 * SysAid still accepts; concurrent callers share one renewal; with a store, instances take turns
 * through a login lease and share one login budget (coordinateLogin), so a cold fleet or a server
 * that keeps answering 401 cannot cause a login storm.
 */
export class SessionKeeper {
  private held: string | null = null;
  private inFlight: Promise<Session> | null = null;
  /** This instance's own logins: the only budget when there is no store. */
  private loginTimes: number[] = [];
  /** Logins this keeper made (for tests and metrics). */
  logins = 0;

  constructor(
    private readonly deps: {
      login(): Promise<string>;
      store?: SysAidSessionStore;
      /** Lease owner id, unique per instance. */
      owner: string;
      now: () => number;
      sleep: (ms: number) => Promise<void>;
      budget: LoginBudget;
      leaseTiming: LoginLeaseTiming;
      logger?: Logger;
    },
  ) {}

  /** A session to use: memory, else the store, else a new login. */
  async current(): Promise<Session> {
    if (this.held) return { id: this.held, loggedIn: false };
    return this.shared(() => this.obtain(null, true));
  }

  /**
   * SysAid rejected `rejected`. Returns a newer session someone already stored, or logs in when
   * `allowLogin` (throws UNAUTHORIZED otherwise).
   */
  async renew(rejected: string, allowLogin: boolean): Promise<Session> {
    if (this.held && this.held !== rejected) return { id: this.held, loggedIn: false };
    return this.shared(() => this.obtain(rejected, allowLogin));
  }

  private async shared(work: () => Promise<Session>): Promise<Session> {
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

  private async obtain(rejected: string | null, allowLogin: boolean): Promise<Session> {
    const stored = await this.readStore();
    let session: Session;
    if (stored && stored.jsessionId !== rejected) {
      session = { id: stored.jsessionId, loggedIn: false };
    } else if (!allowLogin) {
      throw new SysAidError('UNAUTHORIZED', 'SysAid rejected a freshly created session', 401);
    } else if (this.deps.store) {
      const { store, owner, now, sleep, budget, leaseTiming: timing, logger } = this.deps;
      session = await coordinateLogin({ store, owner, now, sleep, budget, timing, login: () => this.login(), ...(logger ? { logger } : {}) }, rejected);
    } else {
      session = { id: await this.login(), loggedIn: true };
    }
    this.held = session.id;
    return session;
  }

  /** One login within this instance's own budget: the only budget without a store, a backstop with one. */
  private async login(): Promise<string> {
    const now = this.deps.now();
    this.loginTimes = recentLogins(this.loginTimes, now, this.deps.budget);
    if (this.loginTimes.length >= this.deps.budget.count) {
      throw new SysAidError('LOGIN_BUDGET_EXHAUSTED', 'SysAid login budget for this window is spent', undefined, budgetFreesInMs(this.loginTimes, now, this.deps.budget));
    }
    this.loginTimes.push(now);
    this.logins += 1;
    return this.deps.login();
  }

  private async readStore(): Promise<{ jsessionId: string; etag: string } | null> {
    if (!this.deps.store) return null;
    try {
      return await this.deps.store.get();
    } catch {
      this.deps.logger?.warn('SysAid session store unreadable');
      return null;
    }
  }
}
