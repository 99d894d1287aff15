import type { Doc } from '../doc.js';
import { charClass } from './charClass.js';

/** Lower-cased text before `offset` on the same line, at most `max` characters. */
export function textBefore(doc: Doc, offset: number, max: number): string {
  const from = Math.max(doc.lineStart(doc.lineOf(offset)), offset - max);
  return doc.lowerSlice(from, offset);
}

/** Lower-cased text after `offset` on the same line, at most `max` characters. */
export function textAfter(doc: Doc, offset: number, max: number): string {
  const to = Math.min(doc.lineEnd(doc.lineOf(offset)), offset + max);
  return doc.lowerSlice(offset, to);
}

const WORD_CH = /[\p{L}\p{M}\p{N}]/u;
const WORD_UNIT = charClass(WORD_CH);
const isWordUnit = WORD_UNIT.has;

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 ? isWordUnit(ch.charCodeAt(0)) : ch !== undefined && WORD_CH.test(ch);
}

/** True when text[start, end) is not glued to letters or digits on either side. */
export function bounded(text: string, start: number, end: number): boolean {
  return (start === 0 || !isWordUnit(text.charCodeAt(start - 1))) && (end >= text.length || !isWordUnit(text.charCodeAt(end)));
}
