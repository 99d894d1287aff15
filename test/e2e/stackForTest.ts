import { inject } from 'vitest';
import { startStack, type Stack, type StackOptions } from '../../tools/stack/startStack.js';
import type { Logger } from '../../shared/sync/ports.js';

/** The whole product against the simulators and the suite's Azurite, isolated by table prefix. */
export function stackForTest(options: StackOptions = {}): Promise<Stack> {
  return startStack({ azuriteTableUrl: inject('azuriteTableUrl'), ...options });
}

/** A logger that keeps every line, so tests can assert what was (not) logged. */
export function captureLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const push = (message: string): void => {
    lines.push(message);
  };
  return { lines, debug: push, info: push, warn: push, error: push };
}

export const HOUR = 3_600_000;
