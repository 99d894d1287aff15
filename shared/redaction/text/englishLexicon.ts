import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolveDataFile } from '../data/resolveDataFile.js';

/**
 * Common English words, from the lexicon that ships with `natural`'s Brill POS tagger (read as
 * data: importing `natural` itself is slow and noisy). A word counts as common when its lower-case
 * form is listed with any tag other than proper noun: "grant", "will", "bill" are; "sarah" is not.
 */
let words: Set<string> | undefined;

const EXTRA = `zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
  eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion first second third
  fourth fifth sixth seventh eighth ninth tenth eleventh twelfth last next login logon logout logoff signin signon signout
  username password passcode email emails online offline website webpage app apps wifi internet intranet laptop desktop
  workstation printer printers scanner reboot rebooted reset resets install installed update updates upgrade upgraded
  admin config settings dropdown popup tab tabs click clicked screen screens portal inbox outbox mailbox chart charts`
  .split(/\s+/)
  .filter(Boolean);

function load(): Set<string> {
  const require = createRequire(import.meta.url);
  const file = resolveDataFile('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json');
  const lexicon = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const out = new Set<string>();
  for (const [word, tags] of Object.entries(lexicon)) {
    if (!Array.isArray(tags) || word !== word.toLowerCase()) continue;
    if (tags.some((t) => t !== 'NNP' && t !== 'NNPS')) out.add(word);
  }
  // the tagger's lexicon leaves out words its rules tag anyway (numbers, ordinals, function words)
  const stop = require(resolveDataFile('natural/lib/natural/util/stopwords.js')) as { words: string[] };
  for (const w of stop.words) out.add(w);
  for (const w of EXTRA) out.add(w);
  return out;
}

let functionWords: Set<string> | undefined;

/** Function words (natural's English stop-word list): "in", "an", "but" are never names. */
export function isFunctionWord(word: string): boolean {
  if (!functionWords) {
    const require = createRequire(import.meta.url);
    functionWords = new Set((require(resolveDataFile('natural/lib/natural/util/stopwords.js')) as { words: string[] }).words);
  }
  return functionWords.has(word.toLowerCase());
}

export function isCommonWord(word: string): boolean {
  words ??= load();
  return words.has(word.toLowerCase());
}
