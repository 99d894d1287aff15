import type { Span } from '../types.js';
import type { Pass } from './decode/builder.js';
import { html } from './decode/html.js';
import { jsonEscapes } from './decode/jsonEscapes.js';
import { quotedPrintable } from './decode/quotedPrintable.js';
import { urlEncoded } from './decode/urlEncoded.js';

/**
 * The ticket's text as a person reads it: HTML without its tags and with its entities decoded,
 * URL-encoded form posts decoded (one field per line), quoted-printable mail decoded, and JSON
 * escapes (\u00e9, \n) decoded. Detectors run on this view; each view character remembers the
 * stretch of the original it came from, so detections map back onto the original text (a
 * detection that covers part of an entity or a tag covers all of it: wider, never narrower).
 */
export interface PlainView {
  readonly text: string;
  /** Field ranges of the original, in view offsets. */
  fields(ranges: readonly { start: number; end: number }[]): { start: number; end: number }[];
  /** Detections in view offsets, moved onto the original; keys are taken from the view (decoded). */
  toOriginal(spans: readonly Span[]): Span[];
}

const HTML_GATE = /<\/?(?:p|br|div|span|b|i|u|strong|em|table|tr|td|th|li|ul|ol|a|font|h[1-6]|o:p|html|body)\b[^<>]{0,400}>|&(?:nbsp|amp|lt|gt|quot|apos|#\d{1,6}|#x[0-9a-fA-F]{1,5});/i;
const URL_GATE = /[A-Za-z_][\w.[\]-]{0,40}=[^\s&=]*&[A-Za-z_][\w.[\]-]{0,40}=/;
// quoted-printable mail: said so, or soft line breaks with the usual encoded bytes (a log's
// "date=2024-06-15" or "PID-3=7036395" is no such thing)
const QP_GATE = /quoted-printable|=\r?\n[^\n]{0,200}=(?:20|3D|0A|C3|E2|E9)/i;
// a \u escape, or a JSON string value holding a \n ("note": "line one\nline two")
const JSON_GATE = /\\u[0-9a-fA-F]{4}|"\s?:\s?"[^"\n]{0,400}\\n/;

/** The plain view of `text`, or undefined when nothing in it is encoded (most tickets). */
export function plainView(text: string): PlainView | undefined {
  // (no closures in here: run under tsx/esbuild keepNames, each would cost a defineProperty per ticket)
  let view: Pass | undefined;
  // (each gate's regex runs only on text holding the character it needs: most tickets hold none)
  if (text.includes('=') && QP_GATE.test(text)) view = decoded(view, text, quotedPrintable);
  let now = view?.text ?? text;
  if (now.includes('&') && URL_GATE.test(now)) {
    view = decoded(view, now, urlEncoded);
    now = view?.text ?? text;
  }
  if ((now.includes('<') || now.includes('&')) && HTML_GATE.test(now)) {
    view = decoded(view, now, html);
    now = view?.text ?? text;
  }
  if (now.includes('\\') && JSON_GATE.test(now)) view = decoded(view, now, jsonEscapes);
  return view ? mapped(view) : undefined;
}

/** The view after one more decoding pass over `current` (the view's text so far). */
function decoded(view: Pass | undefined, current: string, pass: (t: string) => Pass | undefined): Pass | undefined {
  const next = pass(current);
  if (!next) return view;
  return view ? compose(view, next) : next;
}

/** `inner` ran on the output of `outer`: where each character of `inner` comes from in the original. */
function compose(outer: Pass, inner: Pass): Pass {
  const from = inner.from.map((f) => outer.from[f] ?? outer.to[outer.to.length - 1] ?? 0);
  const to = inner.to.map((t) => (t > 0 ? (outer.to[t - 1] ?? 0) : (outer.from[0] ?? 0)));
  return { text: inner.text, from, to };
}

function mapped(view: Pass): PlainView {
  const { text, from, to } = view;
  /** The first view offset whose source starts at or after `original`. */
  const viewAt = (original: number): number => {
    let lo = 0;
    let hi = from.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((from[mid] ?? 0) < original) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    text,
    fields: (ranges) => ranges.map((r) => ({ start: viewAt(r.start), end: viewAt(r.end) })),
    toOriginal: (spans) =>
      spans
        .filter((s) => s.end > s.start)
        .map((s) => ({ ...s, start: from[s.start] ?? 0, end: to[s.end - 1] ?? 0, key: s.key ?? text.slice(s.start, s.end) })),
  };
}
