import type { Logger } from '../sync/ports.js';
import { budgetFreesInMs, recentLogins, type LoginBudget } from './LoginBudget.js';
import { SysAidError } from './SysAidError.js';
import type { LoginLease, SysAidSessionStore } from './SysAidSessionStore.js';

export interface LoginLeaseTiming {
  /** How long a holder may take to log in before another instance may try (default 30 s). */
  ttlMs: number;
  /** How long a waiter polls for the holder's session before deferring its work (default 10 s). */
  maxWaitMs: number;
  /** First poll delay, doubled per poll up to `maxPollMs` (defaults 100 ms and 1 s). */
  firstPollMs: number;
  maxPollMs: number;
}

export const DEFAULT_LOGIN_LEASE_TIMING: LoginLeaseTiming = { ttlMs: 30_000, maxWaitMs: 10_000, firstPollMs: 100, maxPollMs: 1_000 };

export interface CoordinatedLoginDeps {
  store: SysAidSessionStore;
  /** This instance's lease owner id. */
  owner: string;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  budget: LoginBudget;
  timing: LoginLeaseTiming;
  /** One login attempt, no retries; throws SysAidError (RATE_LIMITED on a 429). */
  login: () => Promise<string>;
  logger?: Logger;
}

type LeaseState = 'free' | 'held' | 'paused';

/**
 * A session SysAid has not rejected, with at most one instance of the fleet logging in at a time
 * and never more logins than the budget allows across all of them. The instance that wins the
 * login lease (a conditional write) logs in and stores the session; the others poll the stored
 * session for a bounded time, then fail with a retryable SESSION_UNAVAILABLE so the SR is deferred.
 * A crashed holder's lease expires after `ttlMs`. A 429 on login pauses every instance's logins
 * for the time SysAid asked, instead of retrying the login.
 */
export async function coordinateLogin(deps: CoordinatedLoginDeps, rejected: string | null): Promise<{ id: string; loggedIn: boolean }> {
  let waitedMs = 0;
  for (let poll = 0; ; poll += 1) {
    // Lease before session: a login that finished after this lease read has changed the lease
    // row, so our conditional take below loses instead of logging in a second time.
    const lease = await readShared(deps, () => deps.store.getLease());
    const stored = await readShared(deps, () => deps.store.get());
    if (stored && stored.jsessionId !== rejected) return { id: stored.jsessionId, loggedIn: false };

    const now = deps.now();
    const state = leaseState(lease, now, deps);
    if (state === 'paused' && lease) {
      throw new SysAidError('RATE_LIMITED', 'SysAid logins are paused after a 429 on login', 429, lease.until - now);
    }
    if (state === 'free') {
      const recent = recentLogins(lease?.loginTimes ?? [], now, deps.budget);
      if (recent.length >= deps.budget.count) {
        throw new SysAidError('LOGIN_BUDGET_EXHAUSTED', 'SysAid login budget for this window is spent', undefined, budgetFreesInMs(recent, now, deps.budget));
      }
      const taken = await take(deps, lease, [...recent, now], now);
      if (taken) return { id: await loginAsHolder(deps, taken, stored?.etag ?? null), loggedIn: true };
    }

    if (waitedMs >= deps.timing.maxWaitMs) {
      throw new SysAidError('SESSION_UNAVAILABLE', 'No shared SysAid session appeared while another instance was logging in');
    }
    const delay = Math.min(deps.timing.firstPollMs * 2 ** Math.min(poll, 20), deps.timing.maxPollMs, deps.timing.maxWaitMs - waitedMs);
    await deps.sleep(delay);
    waitedMs += delay;
  }
}

function leaseState(lease: LoginLease | null, now: number, deps: CoordinatedLoginDeps): LeaseState {
  if (!lease || lease.until <= now || lease.owner === deps.owner) return 'free';
  // A holder whose clock runs far ahead must not lock every other instance out.
  if (lease.until - now > Math.max(deps.timing.ttlMs, deps.budget.windowMs)) return 'free';
  return lease.owner === '' ? 'paused' : 'held';
}

/** The login attempt is recorded as it is taken, so a crash mid-login still counts against the budget. */
async function take(deps: CoordinatedLoginDeps, lease: LoginLease | null, loginTimes: number[], now: number): Promise<LoginLease | null> {
  try {
    return await deps.store.putLease({ owner: deps.owner, until: now + deps.timing.ttlMs, loginTimes }, lease?.etag ?? null);
  } catch {
    // Another instance took it first (or the write failed): wait for its session like any loser.
    return null;
  }
}

async function loginAsHolder(deps: CoordinatedLoginDeps, lease: LoginLease, sessionEtag: string | null): Promise<string> {
  let id: string;
  try {
    id = await deps.login();
  } catch (error) {
    const rateLimited = error instanceof SysAidError && error.code === 'RATE_LIMITED';
    const pauseMs = rateLimited ? Math.min(deps.budget.windowMs, error.retryAfterMs ?? deps.budget.windowMs) : 0;
    await release(deps, lease, pauseMs > 0 ? deps.now() + pauseMs : 0);
    throw error;
  }
  try {
    await deps.store.put(id, sessionEtag);
  } catch {
    // Someone stored a session after our lease expired; ours is valid too, keep using it.
    deps.logger?.warn('SysAid session not shared: the session store write lost or failed');
  }
  // Stored before released: a waiter that finds the lease free also finds the session.
  await release(deps, lease, 0);
  return id;
}

/** Frees the lease (or pauses logins until `until`), keeping the login times for the budget. */
async function release(deps: CoordinatedLoginDeps, lease: LoginLease, until: number): Promise<void> {
  try {
    await deps.store.putLease({ owner: '', until, loginTimes: lease.loginTimes }, lease.etag);
  } catch {
    // Taken over after it expired, or the store failed: either way it expires by itself.
    deps.logger?.warn('SysAid login lease not released; it will expire');
  }
}

async function readShared<T>(deps: CoordinatedLoginDeps, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch {
    // Without the shared rows a login here could be one of many: defer rather than risk a storm.
    deps.logger?.warn('SysAid session store unreadable; deferring instead of logging in');
    throw new SysAidError('SESSION_UNAVAILABLE', 'The shared SysAid session store could not be read');
  }
}
