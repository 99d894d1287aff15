/** One setting that is missing or invalid: its name and why, never its value. */
export interface ConfigProblem {
  name: string;
  reason: string;
}

/** Every configuration problem found at once, so an admin fixes them in one pass. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: readonly ConfigProblem[]) {
    super(`Invalid configuration (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map((p) => `  ${p.name}: ${p.reason}`).join('\n')}`);
  }
}

/** Thrown by a setting parser; the reader turns it into a ConfigProblem under the setting's name. */
export class SettingValueError extends Error {
  override readonly name = 'SettingValueError';
}
