import { FIRST_NAMES, LAST_NAMES } from '../sim/sysaid/ticketVocabulary.js';

const PATTERNS = [
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, // email
  /\(\d{3}\) \d{3}-\d{4}|\b\d{3}-\d{3}-\d{4}\b|\+1 \d{3} \d{3} \d{4}/g, // phone
  /\b\d{3}-\d{2}-\d{4}\b/g, // SSN
  /\b\d{2}\/\d{2}\/\d{4}\b/g, // DOB
  /\b\d{7}\b/g, // MRN digits
];

/**
 * The personal data the generator planted in a ticket's texts: structured values by pattern,
 * and every first or last name from the generator's vocabulary that appears as a whole word.
 */
export function plantedPii(texts: string[]): Set<string> {
  const found = new Set<string>();
  const names = new Set([...FIRST_NAMES, ...LAST_NAMES]);
  for (const text of texts) {
    for (const pattern of PATTERNS) for (const match of text.matchAll(pattern)) found.add(match[0]);
    for (const word of text.match(/[\p{L}'-]+/gu) ?? []) if (names.has(word)) found.add(word);
  }
  return found;
}

/** Which of `values` occur as whole words in `text`. */
export function leakedValues(values: Iterable<string>, text: string): string[] {
  const leaks: string[] = [];
  for (const value of values) {
    const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (new RegExp(`(?<![\\p{L}\\d])${escaped}(?![\\p{L}\\d])`, 'u').test(text)) leaks.push(value);
  }
  return leaks;
}
