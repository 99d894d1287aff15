import type { Doc } from '../doc.js';

/** Lower-cased text before `offset` on the same line, at most `max` characters. */
export function textBefore(doc: Doc, offset: number, max: number): string {
  const from = Math.max(doc.lineStart(doc.lineOf(offset)), offset - max);
  return doc.text.slice(from, offset).toLowerCase();
}

/** Lower-cased text after `offset` on the same line, at most `max` characters. */
export function textAfter(doc: Doc, offset: number, max: number): string {
  const to = Math.min(doc.lineEnd(doc.lineOf(offset)), offset + max);
  return doc.text.slice(offset, to).toLowerCase();
}

const WORD_CH = /[\p{L}\p{M}\p{N}]/u;

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CH.test(ch);
}

/** True when text[start, end) is not glued to letters or digits on either side. */
export function bounded(text: string, start: number, end: number): boolean {
  return !isWordChar(text[start - 1]) && !isWordChar(text[end]);
}
