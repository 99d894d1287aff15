import { setTimeout as sleep } from 'node:timers/promises';

/** Short random pause after losing a conditional write, so racing writers spread out. */
export function conflictBackoff(attempt: number): Promise<void> {
  const ceiling = Math.min(200, 5 * 2 ** Math.min(attempt, 6));
  return sleep(Math.random() * ceiling);
}
