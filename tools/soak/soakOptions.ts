/** Command-line flags of `npm run soak`. */
export interface SoakOptions {
  tickets: number;
  /** Share of ADO requests that fail (5xx, 429, resets, commit-then-fail). */
  faultRate: number;
  /** Share of webhook notices duplicated or reordered. */
  duplicateRate: number;
  /** Runs of the model-based property test afterwards (0 skips it). */
  propertyRuns: number;
  /** Random webhook bodies for the fuzz afterwards (0 skips it). */
  fuzzRuns: number;
  seed: number;
}

export function parseSoakOptions(argv: string[]): SoakOptions {
  const options: SoakOptions = { tickets: 200, faultRate: 0.1, duplicateRate: 0.2, propertyRuns: 0, fuzzRuns: 0, seed: 42 };
  const numberFlags: Record<string, keyof SoakOptions> = {
    '--tickets': 'tickets',
    '--faults': 'faultRate',
    '--duplicates': 'duplicateRate',
    '--property-runs': 'propertyRuns',
    '--fuzz-runs': 'fuzzRuns',
    '--seed': 'seed',
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = (argv[i] ?? '').split('=', 2) as [string, string | undefined];
    const key = numberFlags[flag];
    if (!key) throw new Error(`unknown flag ${flag}`);
    const raw = inline ?? argv[++i];
    const value = Number(raw);
    if (raw === undefined || !Number.isFinite(value) || value < 0) throw new Error(`${flag} needs a non-negative number`);
    options[key] = value;
  }
  return options;
}
