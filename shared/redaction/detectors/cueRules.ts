import type { Doc } from '../doc.js';
import { bounded } from '../text/context.js';
import { typedInCapitals } from '../text/typedInCapitals.js';
import { cueHints, hintHits, type CueHints } from './cueHints.js';
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
  /** In a line typed in capitals the value is checked in lower case ("MY USER ID IS REYNOLDSS"). */
  caseless?: boolean;
  priority?: number;
  /** How many filler words may stand between cue and value. */
  maxFillers?: number;
  /**
   * Lower-case beginnings (ASCII where the cue can be typed without accents: "poliza" beside "póliza"), one of which every match of the cue starts with: the cue is
   * tried only where one of them stands at a word start in the text.
   */
  hints?: readonly string[];
}

const FILLERS = new Set([
  'is', 'was', 'are', 'number', 'num', 'no', 'nbr', 'id', 'on', 'the', 'order', 'file', 'of', 'for', 'to', 'be', 'it', 'as',
  // (Spanish and French: 'mi usuario es', 'mon numéro est')
  'es', 'est', 'mi', 'mon', 'ma',
  'card', 'patient', 'pt', 'record', 'code', 'value', 'my', 'his', 'her', 'their', 'new', 'old', 'temp', 'temporary', 'ending',
  'in', 'at', 'used', 'tried', 'set', 'reset', 'and', 'with', 'shows', 'listed', 'reads', 'says', 'authorization', 'form',
]);
// (scanned forms read a colon as a semicolon: "Vehicle plate; TZ6-G029")
const SEP = /[\s:;#=(),.\-'"/\\*[\]]*/y;
const FILLER_WORD = /[A-Za-z]+/y;

/** A list of cue rules made ready to apply (when its module loads: see `cueHints`). */
export interface CueRuleList {
  rules: readonly CueRule[];
  /** Per rule: its cue made sticky (or kept global when it has no hints), and its bit (0 without hints). */
  cues: RegExp[];
  bits: number[];
  hints: CueHints;
}

export function cueRuleList(rules: readonly CueRule[]): CueRuleList {
  if (rules.length > 31) throw new RangeError('at most 31 cue rules per list');
  // (findValue reads a value as running from where it is tried to lastIndex)
  for (const r of rules) if (!r.value.sticky) throw new Error(`a cue rule's value is sticky: /${r.value.source}/${r.value.flags}`);
  const bits = rules.map((r, i) => (r.hints ? 1 << i : 0));
  const hints = [...new Set(rules.flatMap((r) => r.hints ?? []))];
  const rulesOf = new Map<string, number>();
  for (const h of hints) {
    let mask = 0;
    rules.forEach((r, i) => {
      if (r.hints?.some((p) => h.startsWith(p))) mask |= 1 << i;
    });
    rulesOf.set(h, mask);
  }
  return {
    rules,
    cues: rules.map((r, i) => (bits[i] ? new RegExp(r.cue.source, r.cue.flags.replace('g', '') + 'y') : r.cue)),
    bits,
    hints: cueHints(hints, rulesOf),
  };
}

/** Applies cue rules: for each cue occurrence, finds the value within a few words after it. */
export function applyCueRules(doc: Doc, list: CueRuleList): void {
  const text = doc.text;
  const rules = list.rules;
  const hits = hintHits(doc, list.hints);
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r] as CueRule;
    const cue = list.cues[r] as RegExp;
    const bit = list.bits[r] as number;
    if (bit === 0) {
      // no hints: scan the whole text
      cue.lastIndex = 0;
      for (let m = cue.exec(text); m; m = cue.exec(text)) {
        if (m[0].length === 0) cue.lastIndex++;
        else if (bounded(text, m.index, m.index + m[0].length)) findValue(doc, rule, m.index + m[0].length);
      }
    } else {
      if ((hits.any & bit) === 0) continue;
      // every match starts where one of the rule's hints does: trying the cue (sticky) there, in
      // text order and past the previous match, finds what a scan of the whole text would
      let end = 0;
      for (let h = 0; h < hits.at.length; h++) {
        const at = hits.at[h] as number;
        if (((hits.rules[h] as number) & bit) === 0 || at < end) continue;
        // (test, not exec: only where the match ends is needed, no result array)
        cue.lastIndex = at;
        if (!cue.test(text) || cue.lastIndex === at) continue;
        end = cue.lastIndex;
        if (bounded(text, at, end)) findValue(doc, rule, end);
      }
    }
    doc.budget.check();
  }
}

function findValue(doc: Doc, rule: CueRule, from: number): void {
  const text = doc.text;
  let lineEnd = doc.lineEnd(doc.lineOf(from));
  let pos = from;
  // a cue that ends its line ("MRN:", a hard-wrapped "CLAIM") takes its value from the next line;
  // logins are left out: the next line of prose would start with an ordinary word
  if (lineEnd - from <= 3 && lineEnd < text.length && rule.type !== 'USERNAME' && rule.type !== 'CREDENTIAL' && text.slice(from, lineEnd).trim().replace(/[:#]+$/, '') === '') {
    pos = lineEnd + 1;
    lineEnd = doc.lineEnd(doc.lineOf(pos));
  }
  const maxFillers = rule.maxFillers ?? 3;
  for (let fillers = 0; fillers <= maxFillers && pos < lineEnd; fillers++) {
    // (SEP always matches, maybe empty: test moves lastIndex past it without a result array)
    SEP.lastIndex = pos;
    SEP.test(text);
    pos = Math.min(SEP.lastIndex, lineEnd);
    // (test, not exec: the value is sticky, so it runs from pos to lastIndex; no result array)
    const re = rule.value;
    re.lastIndex = pos;
    const end = re.test(text) ? re.lastIndex : pos;
    if (end > pos && end <= lineEnd && bounded(text, pos, end)) {
      // a value never ends in sentence punctuation ("NPI 1234567893." keeps its full stop)
      const value = trimDotsAndDashes(text.slice(pos, end));
      if (value && bounded(text, pos, pos + value.length) && (!rule.accept || rule.accept(judged(doc, rule, value, pos)))) {
        doc.add(pos, pos + value.length, rule.type, rule.priority ?? 45);
        return;
      }
    }
    // (test, not exec: the word's lower case is read from the text lower-cased once; no result array)
    FILLER_WORD.lastIndex = pos;
    if (!FILLER_WORD.test(text) || !FILLERS.has(doc.lowerSlice(pos, FILLER_WORD.lastIndex))) return;
    pos = FILLER_WORD.lastIndex;
  }
}

/** The value as the rule's check sees it: in lower case when the rule allows and its line is typed in capitals. */
function judged(doc: Doc, rule: CueRule, value: string, at: number): string {
  if (!rule.caseless || value !== value.toUpperCase() || value === value.toLowerCase()) return value;
  return typedInCapitals(doc.line(doc.lineOf(at))) ? value.toLowerCase() : value;
}

/** s without trailing . and - (as s.replace(/[.-]+$/, ''), without a regex per value). */
function trimDotsAndDashes(s: string): string {
  let end = s.length;
  while (end > 0 && (s.charCodeAt(end - 1) === 46 || s.charCodeAt(end - 1) === 45)) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** Values that carry at least `n` (ASCII) digits. */
export const digitsAtLeast = (n: number) => (value: string) => countDigits(value) >= n;

function countDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}
