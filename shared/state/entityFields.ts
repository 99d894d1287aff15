/** Typed readers for entity properties, and the writer for epoch-ms values. */

export type EntityProps = Record<string, unknown>;

/**
 * Epoch-ms values exceed Int32, and Azure infers the type of an untyped JSON number; an explicit
 * Double stores every integer below 2^53 exactly and reads back as a plain number.
 */
export function epochMs(value: number): { value: number; type: 'Double' } {
  return { value, type: 'Double' };
}

export function readNumber(entity: EntityProps, key: string): number | undefined {
  const value = entity[key];
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'object' && value !== null && 'value' in value) {
    const inner = value.value;
    const parsed = typeof inner === 'string' || typeof inner === 'number' ? Number(inner) : NaN;
    return Number.isFinite(parsed) ? parsed : undefined;
  }
  return undefined;
}

export function readString(entity: EntityProps, key: string): string | undefined {
  const value = entity[key];
  return typeof value === 'string' ? value : undefined;
}

export function readBoolean(entity: EntityProps, key: string): boolean | undefined {
  const value = entity[key];
  return typeof value === 'boolean' ? value : undefined;
}

/** A JSON-encoded object property; a missing or unreadable value gives `fallback`. */
export function readJson<T>(entity: EntityProps, key: string, fallback: T): T {
  const raw = readString(entity, key);
  if (raw === undefined) return fallback;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return fallback;
  }
}

/** Drops undefined properties so a Replace write leaves no stale column behind. */
export function defined<T extends Record<string, unknown>>(props: T): T {
  return Object.fromEntries(Object.entries(props).filter(([, value]) => value !== undefined)) as T;
}
