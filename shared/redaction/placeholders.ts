import { fold } from './text/fold.js';
import { letterRuns } from './text/letterRuns.js';
import type { PiiType } from './types.js';

const PARTICLES = new Set(['de', 'la', 'del', 'della', 'van', 'der', 'von', 'da', 'di', 'du', 'le', 'den', 'dos', 'das', 'y', 'ten', 'ter']);

function nameParts(value: string): string[] {
  return letterRuns(value)
    .map(fold)
    .filter((p) => p.length >= 2 && !PARTICLES.has(p) && p !== 's');
}

function normalise(type: PiiType, key: string): string {
  const compact = key.toLowerCase().replace(/\s+/g, ' ').trim();
  let digits = 0;
  let letters = 0;
  for (let i = 0; i < compact.length; i++) {
    const c = compact.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c >= 97 && c <= 122) letters++;
  }
  // reformatted numbers are the same value: (252) 633-7327 and 252.633.7327
  return digits >= 5 && digits >= letters * 2 ? `${type}:${compact.replace(/\D/g, '')}` : `${type}:${compact}`;
}

/**
 * Numbers placeholders per ticket: the same value gets the same `[TYPE-n]` in every field, and
 * the parts of a known full name map to that person ("Laura McClain", "Laura", "McClain").
 * Placeholders hold only A-Z, 0-9, '-', '[' and ']', so they are HTML-safe.
 */
export class Placeholders {
  private readonly next = new Map<PiiType, number>();
  private readonly values = new Map<string, string>();
  private readonly people = new Map<string, number>();

  private number(type: PiiType): number {
    const n = (this.next.get(type) ?? 0) + 1;
    this.next.set(type, n);
    return n;
  }

  for(type: PiiType, key: string): string {
    if (type === 'PERSON') return this.person(key);
    const id = normalise(type, key);
    let label = this.values.get(id);
    if (!label) {
      label = `[${type}-${this.number(type)}]`;
      this.values.set(id, label);
    }
    return label;
  }

  private person(key: string): string {
    const parts = nameParts(key);
    let id: number | undefined;
    for (const p of parts) {
      id = this.people.get(p);
      if (id !== undefined) break;
    }
    id ??= this.number('PERSON');
    for (const p of parts) if (!this.people.has(p)) this.people.set(p, id);
    return `[PERSON-${id}]`;
  }
}
