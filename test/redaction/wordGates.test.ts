import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Budget } from '../../shared/redaction/budget.js';
import { Doc } from '../../shared/redaction/doc.js';
import { hintHits } from '../../shared/redaction/detectors/cueHints.js';
import { CUE_RULES } from '../../shared/redaction/detectors/identifiers.js';
import { ADDRESS_WORD_GATES } from '../../shared/redaction/detectors/address.js';
import { CREDENTIAL_WORD_GATES } from '../../shared/redaction/detectors/credentials.js';
import { DATE_WORD_GATES } from '../../shared/redaction/detectors/dates.js';
import { LOCAL_ADDRESS_WORD_GATES } from '../../shared/redaction/detectors/localAddresses.js';
import { SPOKEN_WORD_GATES } from '../../shared/redaction/detectors/spokenNumbers.js';
import { CALLED_BACK_WORD_GATES } from '../../shared/redaction/names/calledBack.js';
import { SIGNATURE_WORD_GATES } from '../../shared/redaction/names/signatures.js';
import type { WordGateOf } from '../../shared/redaction/text/wordGates.js';
import { NetworkAllowList } from '../../shared/redaction/validators/networkAllowList.js';

// Gates answered from the words of a text must pass whenever the scan of the whole text they stand
// for finds something: random texts of cue words, their beginnings, joiners, letters past ASCII and
// characters whose lower-case form differs in length or kind (İ, the Kelvin sign, Σ).
function docOf(text: string): Doc {
  return new Doc(text, [{ start: 0, end: text.length }], new Budget(10_000), new NetworkAllowList([], []));
}

const hints = [...CUE_RULES.hints.rulesOf.keys()];
const piece = fc.oneof(
  fc.constantFrom(...hints),
  fc.constantFrom(...hints).map((h) => h.toUpperCase()),
  fc.constantFrom(...hints).chain((h) => fc.integer({ min: 1, max: h.length }).map((n) => h.slice(0, n))),
  fc.constantFrom('jan', 'JAN', 'mAr', 'dec', 'ember', 'may', 'j', 'an', 'ssn', 'ss#', 's/n', 'social', 'security', 're-', 'get-', 'pt', 'id', '2fa', 'code', 'mr#'),
  // what the other gates stand for, whole and in parts
  fc.constantFrom(
    '12 Main St', '12 Oak St-Denis', '4410 N Oak Street Apt 4', '955 1/2 Elm Dr.', '12 ELM ST', '16585 church avenue, columbia', '123 oak st\n', 'Naperville, IL 60549',
    ' IL', ' New York', ' WA-', ' Québec', '7180, chemin de la Côte', '12 rue Saint-Denis', '3 ch. du Lac', '5 MONTÉE Ryan', 'Calle 2 #55', 'Ave. Ponce 1010',
    'Bo. Obrero 4', 'Urb. Valle 2', 'password=abc123', 'api-key: x9x9x9', 'Basic dXNlcjpwYXNz', 'BEARER abcdefgh123', 'user = jdoe', 'uid=jdoe',
    'sk-' + 'a'.repeat(22), 'sk--' + 'b'.repeat(21), 'eyJhbGciOi.eyJzdWIiOi.sig', 'AKIA' + 'A'.repeat(16), 'ghp_' + 'c'.repeat(30), 'AIza' + 'd'.repeat(35), 'xoxb-1234567890',
    'one two', 'oh-five', 'nine-one-1', 'Nine, six', 'cb 555-0142 reem', 'call back 555-123-4567 tomas', 'Call me at x4018 Ana.',
    'St', 'Dr', 'Way', 'rue', 'Calle', 'IL', 'sk', 'token', 'one', 'cb', '12', '60549', '2024', '555-1234',
    'Thx - Ana', 'thank you, ana', 'BEST', 'ok. thanks', 'Hi Ana,', 'Rodel: Hello Ana.', 'good morning Ana!', 'attn: x.', 'welcome back, é:',
    'age 92', 'Aged: 101', '95 y/o', '96YO', '101-year-old', '99 yrs old', ' mai ', ' août.', ' MÄRZ,', ' ſeptember\n', 'Sept', '18ſep2026',
  ),
  fc.constantFrom(' ', '  ', '\n', '-', "'", '’', '#', '/', '.', ':', '_', '9', 'x', 'é', 'É', 'e\u0301', '\u0301', 'д', '𝐚', 'İ', '\u212a', 'Σ', 'ſ', 'ß', '\t', ','),
);
const text = fc.array(piece, { maxLength: 14 }).map((p) => p.join(''));
const spaced = fc.array(piece, { maxLength: 10 }).map((p) => p.join(' '));
const anyText = fc.oneof(
  text,
  spaced,
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  // (a closing that ends the text and a speaker's greeting that opens it: the pieces above, put in
  // at random, make the first in about 1 text of 850, so 4,000 texts found none about once in 100 runs)
  text.map((t) => `${t}. Thanks!`),
  spaced.map((t) => `Rodel: Hi Ana, ${t}`),
);

/** The places a scan of the whole text with the hint pattern finds (resuming one character after each). */
function scanHits(t: string): { at: number[]; rules: number[]; any: number } {
  const re = new RegExp(CUE_RULES.hints.re.source, 'gi');
  const hits = { at: [] as number[], rules: [] as number[], any: 0 };
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const rules = CUE_RULES.hints.rulesOf.get(m[0].toLowerCase()) ?? 0;
    hits.at.push(m.index);
    hits.rules.push(rules);
    hits.any |= rules;
    re.lastIndex = m.index + 1;
  }
  return hits;
}

describe('word gates', () => {
  it('find the cue hints a scan of the whole text finds, in order', () => {
    fc.assert(
      fc.property(anyText, (t) => {
        expect(hintHits(docOf(t), CUE_RULES.hints)).toEqual(scanHits(t));
      }),
      { numRuns: 3000 },
    );
  });

  const gates: WordGateOf[] = [...DATE_WORD_GATES, ...ADDRESS_WORD_GATES, ...LOCAL_ADDRESS_WORD_GATES, ...CREDENTIAL_WORD_GATES, ...SPOKEN_WORD_GATES, ...CALLED_BACK_WORD_GATES, ...SIGNATURE_WORD_GATES];
  it('pass whenever the scan they stand for finds something', () => {
    const scans = gates.map((g) => ({ ...g, scan: new RegExp(g.scan.source, g.scan.flags.replace(/[gy]/g, '')) }));
    const found = new Set<number>();
    fc.assert(
      fc.property(anyText, (t) => {
        const doc = docOf(t);
        scans.forEach((g, i) => {
          if (!g.scan.test(g.lower ? doc.lower : t)) return;
          found.add(i);
          expect({ gate: i, text: t, passed: (doc.wordBits & g.bit) !== 0 }).toEqual({ gate: i, text: t, passed: true });
        });
      }),
      { numRuns: 4000 },
    );
    // (each scan found something in some text: the property was put to the test)
    expect([...found].sort((a, b) => a - b)).toEqual(scans.map((_, i) => i));
  });

  // sign-offs and greetings, for the gates of names/signatures.ts: closing and greeting words (also
  // in capitals, with the Kelvin sign or a long s, which /iu takes for k and s) between what may
  // stand before and after them, or pieces of them run together
  const signWords = ['thanks', 'Thank you', 'thnks', 'THX', 'thanx', 'tks', 'tnx', 'tx', 'ty', 'regards', 'Cheers', 'best', 'THAN\u212aS', 'thankſ'];
  const greetWords = ['hi', 'Hello', 'hey', 'dear', 'good morning', 'Good evening', 'morning', 'afternoon', 'greetings', 'attn:', 'attn', 'welcome back,', 'Welcome,'];
  const signOff = fc.oneof(
    fc
      .tuple(
        fc.constantFrom('', 'ok. ', 'Done! ', '> ', '"', 'Rodel: ', 'Tu (RN): ', 'x,', 'a'),
        fc.constantFrom(...signWords, ...greetWords),
        fc.constantFrom('', ' ', '  ', ' - ', '-', '~', ', ', '! ', ': ', '2 ', '_', "'", 'e\u0301 ', '\u0301 ', '\n'),
        fc.constantFrom('Ana', 'ana', 'Jürgen', 'O’Neil', 'x', 'é', 'Ana Li', ''),
        fc.constantFrom('', ',', '!', '.', ' "', '\n', ' x'),
      )
      .map((p) => p.join('')),
    fc.array(fc.oneof(fc.constantFrom(...signWords, ...greetWords), fc.constantFrom(' ', ', ', '. ', ': ', '-', 'Ana', 'é', '\u0301')), { maxLength: 8 }).map((p) => p.join('')),
    // (a chat speaker's greeting on its own: the shapes above make one in about 1 text of 600, so a
    // run of 3,000 found none about once in 170 runs and failed the check that every scan found something)
    fc
      .tuple(
        fc.constantFrom('Rodel: ', 'Tu (RN): ', '> ana: ', 'x:'),
        fc.constantFrom('hi', 'Hello', 'hey', 'dear', 'good morning', 'Good evening', 'thanks'),
        fc.constantFrom(' ', '  ', '\n', ''),
        fc.constantFrom('Ana', 'Jürgen', 'O’Neil', 'é', ''),
        fc.constantFrom(',', '!', '.', '', ' x'),
      )
      .map((p) => p.join('')),
  );
  it('pass on sign-offs and greetings whenever the scan they stand for finds something', () => {
    const found = new Set<number>();
    fc.assert(
      fc.property(signOff, (t) => {
        const doc = docOf(t);
        SIGNATURE_WORD_GATES.forEach((g, i) => {
          if (!g.scan.test(t)) return;
          found.add(i);
          expect({ gate: i, text: t, passed: (doc.wordBits & g.bit) !== 0 }).toEqual({ gate: i, text: t, passed: true });
        });
      }),
      { numRuns: 3000 },
    );
    expect([...found].sort((a, b) => a - b)).toEqual(SIGNATURE_WORD_GATES.map((_, i) => i));
  });

  it('find hints in ticket lines', () => {
    const t = 'Pt ID: 1234, SSN# and s/n: X; social\nsecurity; re-enrolled; éssn; x-mrn; to token';
    expect(hintHits(docOf(t), CUE_RULES.hints).at).toEqual(scanHits(t).at);
    expect(scanHits(t).at.length).toBeGreaterThan(6);
  });
});
