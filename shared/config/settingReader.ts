import { ConfigError, SettingValueError, type ConfigProblem } from './ConfigError.js';
import { SETTINGS, type SettingName, type SettingSpec } from './settings.js';

const SPECS = new Map<string, SettingSpec>(SETTINGS.map((spec) => [spec.name, spec]));

/**
 * Reads settings by name, applying defaults from SETTINGS and collecting every problem instead of
 * stopping at the first. A blank value counts as unset (portals often leave empty app settings).
 */
export class SettingReader {
  private readonly problems: ConfigProblem[] = [];
  /** Names read so far; a test checks that the loader reads every setting in the table. */
  readonly names = new Set<SettingName>();

  constructor(private readonly env: Record<string, string | undefined>) {}

  /** A setting that has a default or is required. */
  required<T>(name: SettingName, parse: (value: string) => T): T {
    const value = this.read(name, parse);
    // Placeholder only when already reported; `finish` throws before it can escape.
    return value as T;
  }

  /** A setting that may be absent. */
  optional<T>(name: SettingName, parse: (value: string) => T): T | undefined {
    return this.read(name, parse);
  }

  problem(name: string, reason: string): void {
    this.problems.push({ name, reason });
  }

  /** Throws a ConfigError listing every problem found, if any. */
  finish(): void {
    if (this.problems.length > 0) throw new ConfigError(this.problems);
  }

  private read<T>(name: SettingName, parse: (value: string) => T): T | undefined {
    this.names.add(name);
    const spec = SPECS.get(name);
    const raw = this.env[name]?.trim();
    const value = raw ? raw : spec?.default;
    if (value === undefined || value === '') {
      if (!spec?.optional) this.problem(name, 'missing (required)');
      return undefined;
    }
    try {
      return parse(value);
    } catch (error) {
      // Only our own reasons are shown; anything else could quote the value.
      this.problem(name, error instanceof SettingValueError ? error.message : 'invalid');
      return undefined;
    }
  }
}
