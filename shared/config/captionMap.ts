import { SettingValueError } from './ConfigError.js';

/**
 * Parses `caption=value;caption=value`. Captions and values are trimmed; empty entries (a trailing
 * `;`) are ignored; a caption may not repeat, ignoring case, since lookups ignore case.
 * Errors name the entry by position, never its text.
 */
export function parseCaptionMap<T>(text: string, parseValue: (value: string) => T | undefined, valueRule: string): Record<string, T> {
  const entries: [string, T][] = [];
  const seen = new Set<string>();
  const parts = text.split(';');
  parts.forEach((part, index) => {
    if (part.trim() === '') return;
    const at = part.indexOf('=');
    const position = `entry ${index + 1}`;
    if (at < 0) throw new SettingValueError(`${position} has no '=' (expected caption=value;...)`);
    const caption = part.slice(0, at).trim();
    const rawValue = part.slice(at + 1).trim();
    if (caption === '') throw new SettingValueError(`${position} has an empty caption`);
    if (rawValue === '') throw new SettingValueError(`${position} has an empty value`);
    const folded = caption.toLowerCase();
    if (seen.has(folded)) throw new SettingValueError(`${position} repeats a caption`);
    seen.add(folded);
    const value = parseValue(rawValue);
    if (value === undefined) throw new SettingValueError(`${position}: value must be ${valueRule}`);
    entries.push([caption, value]);
  });
  if (entries.length === 0) throw new SettingValueError('has no caption=value entries');
  // fromEntries defines own properties, so a caption like `__proto__` cannot touch the prototype.
  return Object.fromEntries(entries);
}

/** The inverse of parseCaptionMap, for writing a map back into a setting. */
export function formatCaptionMap(map: Record<string, string | number>): string {
  return Object.entries(map)
    .map(([caption, value]) => `${caption}=${String(value)}`)
    .join(';');
}
