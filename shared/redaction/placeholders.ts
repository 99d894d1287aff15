import { fold } from './text/fold.js';
import { letterRuns } from './text/letterRuns.js';
import type { PiiType } from './types.js';

const PARTICLES = new Set(['de', 'la', 'del', 'della', 'van', 'der', 'von', 'da', 'di', 'du', 'le', 'den', 'dos', 'das', 'y', 'ten', 'ter']);

function nameParts(value: string): string[] {
  const parts: string[] = [];
  for (const run of letterRuns(value)) {
    const p = fold(run);
    if (p.length >= 2 && !PARTICLES.has(p) && p !== 's') parts.push(p);
  }
  return parts;
}

// whitespace that compacting changes: a run of two, or one that is no plain space
const LOOSE_SPACE = /\s\s|[^\S ]/;

function normalise(type: PiiType, key: string): string {
  const lower = key.toLowerCase();
  // most keys have none: then there is nothing to replace
  const compact = (LOOSE_SPACE.test(lower) ? lower.replace(/\s+/g, ' ') : lower).trim();
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
  /** The first person seen with each name part: a part alone ("Laura") is that person. */
  private readonly people = new Map<string, number>();
  /** Every person's parts: a fuller or shorter form of a name is the same person, a shared surname alone is not. */
  private readonly persons: { id: number; parts: Set<string> }[] = [];

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
    let id = parts.length === 1 ? this.people.get(parts[0] as string) : parts.length > 1 ? this.sameName(parts) : undefined;
    if (id === undefined) {
      id = this.number('PERSON');
      this.persons.push({ id, parts: new Set(parts) });
    }
    for (const p of parts) if (!this.people.has(p)) this.people.set(p, id);
    return `[PERSON-${id}]`;
  }

  /**
   * The person whose name holds all of these parts, or all of whose parts these hold ("Laura
   * McClain", "Laura Anne McClain"): "Ernesto Aguirre" is not "Ximena Aguirre". The new parts are
   * added to that person.
   */
  private sameName(parts: string[]): number | undefined {
    for (const person of this.persons) {
      const known = parts.filter((p) => person.parts.has(p)).length;
      if (known === parts.length || (known === person.parts.size && known > 0)) {
        for (const p of parts) person.parts.add(p);
        return person.id;
      }
    }
    return undefined;
  }
}
