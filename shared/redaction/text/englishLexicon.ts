import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Common English words, from the lexicon that ships with `natural`'s Brill POS tagger (read as
 * data: importing `natural` itself is slow and noisy). A word counts as common when its lower-case
 * form is listed with any tag other than proper noun: "grant", "will", "bill" are; "sarah" is not.
 */
let words: Set<string> | undefined;

function load(): Set<string> {
  const require = createRequire(import.meta.url);
  const file = require.resolve('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json');
  const lexicon = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const out = new Set<string>();
  for (const [word, tags] of Object.entries(lexicon)) {
    if (!Array.isArray(tags) || word !== word.toLowerCase()) continue;
    if (tags.some((t) => t !== 'NNP' && t !== 'NNPS')) out.add(word);
  }
  return out;
}

export function isCommonWord(word: string): boolean {
  words ??= load();
  return words.has(word.toLowerCase());
}
