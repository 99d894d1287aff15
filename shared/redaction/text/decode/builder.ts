/** One pass's output: each character with the [from, to) of its source in the pass's input. */
export class Builder {
  private readonly parts: string[] = [];
  readonly from: number[] = [];
  readonly to: number[] = [];
  /** The last character written. */
  last = '';

  /** Text standing for the source stretch [a, b). */
  put(s: string, a: number, b: number): void {
    if (!s) return;
    this.parts.push(s);
    this.last = s[s.length - 1] ?? '';
    for (let i = 0; i < s.length; i++) {
      this.from.push(a);
      this.to.push(b);
    }
  }

  /** text[a, b) as it is; `offset` places `text` in the source (a piece of it). */
  copy(text: string, a: number, b: number, offset = 0): void {
    if (b <= a) return;
    this.parts.push(text.slice(a, b));
    this.last = text[b - 1] ?? '';
    for (let i = a + offset; i < b + offset; i++) {
      this.from.push(i);
      this.to.push(i + 1);
    }
  }

  get text(): string {
    return this.parts.join('');
  }
}

/** A decoding pass's result: its text and, for each character, the [from, to) it came from. */
export interface Pass {
  text: string;
  from: number[];
  to: number[];
}
