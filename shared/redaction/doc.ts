import type { Budget } from './budget.js';
import type { NetworkAllowList } from './validators/networkAllowList.js';
import { isForeignText } from './text/foreignText.js';
import { tokenize, type Token } from './text/tokenize.js';
import { wordInfos, type WordInfo } from './names/wordInfo.js';
import type { PiiType, Span } from './types.js';

// What measureRuns counts: ASCII digits (which are also VIN characters), and the letters of a VIN
// ([A-HJ-NPR-Z]); 0 for every other character
const DIGIT = 1;
const VIN_LETTER = 2;
const RUN_KIND = new Uint8Array(128);
for (let c = 48; c <= 57; c++) RUN_KIND[c] = DIGIT;
for (let c = 65; c <= 90; c++) if (c !== 73 && c !== 79 && c !== 81) RUN_KIND[c] = VIN_LETTER;

/**
 * One ticket under redaction: all its fields joined (so a name seen in the title is known in the
 * notes), the detections so far, and lazily built views (lines, tokens) shared by detectors.
 */
export class Doc {
  readonly spans: Span[] = [];
  /** Lower-cased name parts known to belong to people in this ticket. */
  readonly nameParts = new Set<string>();
  private lineStarts: number[] | undefined;
  private tokenList: Token[] | undefined;
  private infos: WordInfo[] | undefined;
  private gates = -1;
  private lowerText: string | undefined;
  private aligned: boolean | undefined;
  private digitRun = -1;
  private vinRun = -1;
  private foreignText: boolean | undefined;

  constructor(
    readonly text: string,
    /** [start, end) of each field in `text`. */
    readonly fields: readonly { start: number; end: number }[],
    readonly budget: Budget,
    readonly network: NetworkAllowList,
  ) {}

  add(start: number, end: number, type: PiiType, priority: number, key?: string): void {
    if (end <= start) return;
    this.spans.push(key === undefined ? { start, end, type, priority } : { start, end, type, priority, key });
  }

  private starts(): number[] {
    if (!this.lineStarts) {
      const starts = [0];
      for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.lineStarts = starts;
    }
    return this.lineStarts;
  }

  get lineCount(): number {
    return this.starts().length;
  }

  lineOf(offset: number): number {
    const starts = this.starts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  lineStart(line: number): number {
    return this.starts()[line] ?? this.text.length;
  }

  lineEnd(line: number): number {
    const next = this.starts()[line + 1];
    return next === undefined ? this.text.length : next - 1;
  }

  /** Start offsets of the lines that hold `ch`, in order (line-anchored patterns run only there). */
  lineStartsWith(ch: string): number[] {
    const out: number[] = [];
    const text = this.text;
    for (let i = text.indexOf(ch); i !== -1; ) {
      const line = this.lineOf(i);
      out.push(this.lineStart(line));
      const end = this.lineEnd(line);
      i = text.indexOf(ch, end);
    }
    return out;
  }

  line(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }

  /** The whole text lower-cased once (for cue-word pre-checks; see `lowerSlice` for offsets). */
  get lower(): string {
    this.lowerText ??= this.text.toLowerCase();
    return this.lowerText;
  }

  /**
   * text.slice(from, to).toLowerCase(), from the text lower-cased once when that is the same thing:
   * it is unless lower-casing changes a length (İ) or depends on what follows (final Σ).
   */
  lowerSlice(from: number, to: number): string {
    this.aligned ??= this.lower.length === this.text.length && !this.text.includes('Σ');
    return this.aligned ? this.lower.slice(from, to) : this.text.slice(from, to).toLowerCase();
  }

  /** Length of the longest run of ASCII digits: detectors of long numbers skip texts without one. */
  get longestDigitRun(): number {
    if (this.digitRun < 0) this.measureRuns();
    return this.digitRun;
  }

  /** Length of the longest run of [A-HJ-NPR-Z0-9] (the characters of a VIN). */
  get longestVinRun(): number {
    if (this.vinRun < 0) this.measureRuns();
    return this.vinRun;
  }

  private measureRuns(): void {
    let digits = 0;
    let vin = 0;
    let digitRun = 0;
    let vinRun = 0;
    const text = this.text;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // one table look-up per character (most are neither)
      const kind = c < 128 ? (RUN_KIND[c] as number) : 0;
      if (kind === 0) {
        digitRun = 0;
        vinRun = 0;
        continue;
      }
      if (kind === DIGIT) {
        if (++digitRun > digits) digits = digitRun;
      } else digitRun = 0;
      if (++vinRun > vin) vin = vinRun;
    }
    this.digitRun = digits;
    this.vinRun = vin;
  }

  tokens(): Token[] {
    this.tokenList ??= tokenize(this.text);
    return this.tokenList;
  }

  /** Facts of every word (the name detector's; the same objects whoever asks first). */
  words(): WordInfo[] {
    this.infos ??= wordInfos(this.tokens(), this.text);
    return this.infos;
  }

  /** The word gates some word of the text passes (see `text/wordGates.ts`): bits of gates that may let a scan find something. */
  get wordBits(): number {
    if (this.gates < 0) {
      let bits = 0;
      for (const w of this.words()) bits |= w.gates;
      this.gates = bits;
    }
    return this.gates;
  }

  /** Written mostly in another language than English (see `text/foreignText.ts`); judged once, when first asked. */
  get foreign(): boolean {
    this.foreignText ??= isForeignText(this.tokens());
    return this.foreignText;
  }
}
