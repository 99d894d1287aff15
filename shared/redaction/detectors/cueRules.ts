import type { Doc } from '../doc.js';
import { bounded } from '../text/context.js';
import type { PiiType } from '../types.js';

/**
 * A context word followed (after separators and a few filler words) by a value of a given
 * shape: "MRN: E123456", "Rx number on the order is 6827094", "my PIN (1681)".
 * The cue stays, the value goes.
 */
export interface CueRule {
  type: PiiType;
  /** Global, case-insensitive; matched on whole words. */
  cue: RegExp;
  /** Sticky; the value shape. */
  value: RegExp;
  /** Extra check on the matched value. */
  accept?: (value: string) => boolean;
  priority?: number;
  /** How many filler words may stand between cue and value. */
  maxFillers?: number;
  /**
   * Lower-case beginnings (ASCII), one of which every match of the cue starts with: the cue is
   * scanned for only when one of them stands at a word start in the text.
   */
  hints?: readonly string[];
}

const FILLERS = new Set([
  'is', 'was', 'are', 'number', 'num', 'no', 'nbr', 'id', 'on', 'the', 'order', 'file', 'of', 'for', 'to', 'be', 'it', 'as',
  'card', 'patient', 'pt', 'record', 'code', 'value', 'my', 'his', 'her', 'their', 'new', 'old', 'temp', 'temporary', 'ending',
  'in', 'at', 'used', 'tried', 'set', 'reset', 'and', 'with', 'shows', 'listed', 'reads', 'says',
]);
const SEP = /[\s:#=(),.\-'"/\\*[\]]*/y;
const FILLER_WORD = /[A-Za-z]+/y;

/** Applies cue rules: for each cue occurrence, finds the value within a few words after it. */
export function applyCueRules(doc: Doc, rules: readonly CueRule[]): void {
  const text = doc.text;
  const present = hintsIn(text, rules);
  for (const rule of rules) {
    if (rule.hints && !rule.hints.some((h) => present.has(h))) continue;
    rule.cue.lastIndex = 0;
    for (let m = rule.cue.exec(text); m; m = rule.cue.exec(text)) {
      const cueStart = m.index;
      const cueEnd = m.index + m[0].length;
      if (m[0].length === 0) {
        rule.cue.lastIndex++;
        continue;
      }
      if (!bounded(text, cueStart, cueEnd)) continue;
      findValue(doc, rule, cueEnd);
    }
    doc.budget.check();
  }
}

interface HintScan {
  /** Every hint after \b, case-insensitive like the cues, longest first: a match is the longest hint there. */
  re: RegExp;
  /** For each hint, the hints it starts with (itself included). */
  prefixes: Map<string, string[]>;
}
const hintScans = new WeakMap<readonly CueRule[], HintScan>();

/** Which of the rules' hints stand at a word start in the text: one scan for all of them. */
function hintsIn(text: string, rules: readonly CueRule[]): Set<string> {
  let scan = hintScans.get(rules);
  if (!scan) {
    const hints = [...new Set(rules.flatMap((r) => r.hints ?? []))].sort((a, b) => b.length - a.length);
    const escape = (h: string) => h.replace(/[.*+?^${}()|[\]\\/#]/g, '\\$&');
    scan = {
      re: new RegExp(`\\b(?:${hints.map(escape).join('|')})`, 'gi'),
      prefixes: new Map(hints.map((h) => [h, hints.filter((p) => h.startsWith(p))])),
    };
    hintScans.set(rules, scan);
  }
  const found = new Set<string>();
  const re = scan.re;
  re.lastIndex = 0;
  // resume one character after each match: "ss#" also starts "ss"
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (const p of scan.prefixes.get(m[0].toLowerCase()) ?? []) found.add(p);
    re.lastIndex = m.index + 1;
  }
  return found;
}

function findValue(doc: Doc, rule: CueRule, from: number): void {
  const text = doc.text;
  const lineEnd = doc.lineEnd(doc.lineOf(from));
  let pos = from;
  const maxFillers = rule.maxFillers ?? 3;
  for (let fillers = 0; fillers <= maxFillers && pos < lineEnd; fillers++) {
    SEP.lastIndex = pos;
    SEP.exec(text);
    pos = Math.min(SEP.lastIndex, lineEnd);
    rule.value.lastIndex = pos;
    const v = rule.value.exec(text);
    if (v && v[0].length > 0 && v.index + v[0].length <= lineEnd && bounded(text, v.index, v.index + v[0].length)) {
      // a value never ends in sentence punctuation ("NPI 1234567893." keeps its full stop)
      const value = v[0].replace(/[.-]+$/, '');
      if (value && bounded(text, v.index, v.index + value.length) && (!rule.accept || rule.accept(value))) {
        doc.add(v.index, v.index + value.length, rule.type, rule.priority ?? 45);
        return;
      }
    }
    FILLER_WORD.lastIndex = pos;
    const w = FILLER_WORD.exec(text);
    if (!w || !FILLERS.has(w[0].toLowerCase())) return;
    pos = FILLER_WORD.lastIndex;
  }
}

/** Values that carry at least `n` digits. */
export const digitsAtLeast = (n: number) => (value: string) => (value.match(/\d/g)?.length ?? 0) >= n;
