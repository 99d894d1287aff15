/** Logins allowed per window: SysAid answers 429 beyond 2 per 5 minutes per account. */
export interface LoginBudget {
  count: number;
  windowMs: number;
}

export const SYSAID_LOGIN_BUDGET: LoginBudget = { count: 2, windowMs: 5 * 60_000 };

/**
 * Login times that still count against the budget at `now`, oldest first. Times more than a
 * window ahead are dropped too: an instance whose clock runs far ahead must not block the rest.
 */
export function recentLogins(times: readonly number[], now: number, budget: LoginBudget): number[] {
  return times.filter((t) => now - t < budget.windowMs && t - now < budget.windowMs).sort((a, b) => a - b);
}

/** How long until the oldest recent login leaves the window. */
export function budgetFreesInMs(recent: readonly number[], now: number, budget: LoginBudget): number {
  return Math.max(0, (recent[0] ?? now) + budget.windowMs - now);
}
