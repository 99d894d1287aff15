/**
 * Remembers a "not before" time from Retry-After on any response, even a 200, so the next request
 * to the same organisation waits it out instead of digging deeper into ADO's rate limit.
 */
export class ThrottleGate {
  private notBefore = 0;

  constructor(private readonly now: () => number) {}

  /** Called with the service's wait hint after a response. */
  defer(waitMs: number | undefined): void {
    if (waitMs === undefined || waitMs <= 0) return;
    this.notBefore = Math.max(this.notBefore, this.now() + waitMs);
  }

  /** Waits until the last hint has passed; the wait is consumed once served. */
  async wait(sleep: (ms: number) => Promise<void>): Promise<void> {
    const remaining = this.notBefore - this.now();
    if (remaining <= 0) return;
    this.notBefore = 0;
    await sleep(remaining);
  }

  /** A caller that already slept until `until` has served every hint up to then. */
  release(until: number): void {
    if (this.notBefore <= until) this.notBefore = 0;
  }
}
