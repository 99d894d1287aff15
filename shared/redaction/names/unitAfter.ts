import { ORG_HEADS } from './vocabulary.js';

/** Words that name a wing or part of a building after a floor number ("5 North", "4 Tower"). */
const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'tower', 'wing', 'pavilion']);
const UNIT_WORDS = [...DIRECTIONS, ...[...ORG_HEADS].filter((w) => /^[a-z-]{3,}$/.test(w)), 'ortho', 'surg', 'med', 'onc', 'peds', 'main', 'step-down'];
const UNIT_AFTER = new RegExp(`^ \\d{1,2}[A-Za-z]? (?:${UNIT_WORDS.join('|')})(?![\\p{L}-])`, 'iu');

/**
 * Whether a floor and a unit follow a word that ends at `end` ("Marsh 3 ICU", "lamb 4 west"): the
 * word names a wing after someone, and is no person's name or login.
 */
export function unitFollows(text: string, end: number): boolean {
  const digit = text.charCodeAt(end + 1);
  return text.charCodeAt(end) === 32 && digit >= 48 && digit <= 57 && UNIT_AFTER.test(text.slice(end, end + 24));
}

/** Whether the word `lower` at `start` names a floor's wing, a floor number and a space before it ("5 North"): a unit, not a name. */
export function wingOfFloor(text: string, start: number, lower: string): boolean {
  const digit = text.charCodeAt(start - 2);
  return DIRECTIONS.has(lower) && digit >= 48 && digit <= 57 && text.charCodeAt(start - 1) === 32;
}
