/**
 * Gates answered from the words of a text. A detector's gate is a test every match of its pattern
 * passes, run to skip the pattern's scan; when every match holds something inside one word (as
 * `tokenize` splits text), the gate can instead ask whether any word of the text passes a test of
 * that word. Each word's answers are worked out once, with its other facts (see
 * `names/wordInfo.ts`), and kept as bits; a text's answers are the OR of its words' bits
 * (`Doc.wordBits`): one bit test instead of a scan of the text.
 *
 * Why such a test holds whenever the whole-text one does: a word is a maximal run of
 * [\p{L}\p{M}\p{N}_] joined by single ' ’ or -, so the characters either side of a word are never
 * ASCII word characters ([A-Za-z0-9_]): a run of ASCII word characters never spans two words, and
 * a non-Unicode \b at a word's ends is a \b of the word alone. Lower-casing the text (`Doc.lower`)
 * lower-cases each word alone (only Σ looks at its neighbours, and only to choose σ or ς), and turns
 * no character outside a word into an ASCII letter.
 */

/** A word gate and a scan it stands for, of the text or lower-cased (`Doc.lower`): listed for the property test. */
export interface WordGateOf {
  bit: number;
  scan: RegExp;
  lower?: boolean;
}

/** One word's test: the word as it stands and lower-cased. */
export type WordTest = (word: string, lower: string) => boolean;

const tests: WordTest[] = [];
let judged = false;

/** Registers a test of one word (when a module loads); returns its bit in `Doc.wordBits`. */
export function wordGate(test: WordTest): number {
  // words judged before the test was known would lack its bit (cached facts are never redone)
  if (judged) throw new Error('word gates must be registered before the first word is judged');
  if (tests.length >= 31) throw new RangeError('at most 31 word gates');
  tests.push(test);
  return 1 << (tests.length - 1);
}

/** A gate of one pattern tested on each word lower-cased (as a scan of `Doc.lower` would be). */
export function lowerWordGate(pattern: RegExp): number {
  const re = nonGlobal(pattern);
  return wordGate((_, lower) => re.test(lower));
}

/** A gate of one pattern tested on each word as it stands (as a scan of `Doc.text` would be). */
export function textWordGate(pattern: RegExp): number {
  const re = nonGlobal(pattern);
  return wordGate((word) => re.test(word));
}

function nonGlobal(pattern: RegExp): RegExp {
  if (pattern.global || pattern.sticky) throw new Error(`a word gate's pattern keeps no position: /${pattern.source}/${pattern.flags}`);
  return pattern;
}

/** The bits of the gates `word` passes (for its cached facts). */
export function gateBits(word: string): number {
  judged = true;
  const lower = word.toLowerCase();
  let bits = 0;
  for (let i = 0; i < tests.length; i++) if ((tests[i] as WordTest)(word, lower)) bits |= 1 << i;
  return bits;
}
