import type { Span } from '../types.js';

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

/** One pass's output: each character with the [from, to) of its source in the pass's input. */
class Builder {
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

interface Pass {
  text: string;
  from: number[];
  to: number[];
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
  let view: Pass | undefined;
  const apply = (pass: (t: string) => Pass | undefined) => {
    const next = pass(view?.text ?? text);
    if (next) view = view ? compose(view, next) : next;
  };
  // (each gate's regex runs only on text holding the character it needs: most tickets hold none)
  if (text.includes('=') && QP_GATE.test(text)) apply(quotedPrintable);
  const now = () => view?.text ?? text;
  if (now().includes('&') && URL_GATE.test(now())) apply(urlEncoded);
  if ((now().includes('<') || now().includes('&')) && HTML_GATE.test(now())) apply(html);
  if (now().includes('\\') && JSON_GATE.test(now())) apply(jsonEscapes);
  return view ? mapped(view) : undefined;
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

/** %XX bytes of UTF-8 from `at`: the characters they spell, each with its own bytes' stretch. */
function percentBytes(text: string, at: number, b: Builder): number {
  let i = at;
  const bytes: number[] = [];
  const starts: number[] = [];
  while (i + 2 < text.length && text[i] === '%' && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
    bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
    starts.push(i);
    i += 3;
  }
  let k = 0;
  while (k < bytes.length) {
    const lead = bytes[k] ?? 0;
    const len = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
    const group = bytes.slice(k, k + len);
    const end = k + len < starts.length ? (starts[k + len] ?? i) : i;
    b.put(Buffer.from(group).toString('utf8'), starts[k] ?? at, end);
    k += len;
  }
  return i;
}

// a run of key=value pairs joined by &: a form post, a webhook body, a query string
// (a value holds no =: each try then ends at the next one, so the scan stays linear)
const QUERY_RUN = /[A-Za-z_][\w.[\]-]{0,40}=[^\s&=]*(?:&[A-Za-z_][\w.[\]-]{0,40}=[^\s&=]*)+/g;

/** Form posts: %XX and + decoded, each & a line break, so every field reads as "key=value" on its line. */
function urlEncoded(text: string): Pass | undefined {
  const b = new Builder();
  let at = 0;
  let changed = false;
  QUERY_RUN.lastIndex = 0;
  for (let m = QUERY_RUN.exec(text); m; m = QUERY_RUN.exec(text)) {
    // a link's query string stays a link (the URL detector reads it whole)
    const word = text.slice(Math.max(0, text.lastIndexOf(' ', m.index), text.lastIndexOf('\n', m.index)), m.index);
    if (word.includes('://') || word.endsWith('?')) continue;
    b.copy(text, at, m.index);
    const end = m.index + m[0].length;
    for (let i = m.index; i < end; ) {
      const c = text[i];
      if (c === '%' && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) i = percentBytes(text, i, b);
      else {
        b.put(c === '+' ? ' ' : c === '&' ? '\n' : (c ?? ''), i, i + 1);
        i++;
      }
    }
    at = end;
    changed = true;
  }
  if (!changed) return undefined;
  b.copy(text, at, text.length);
  return { text: b.text, from: b.from, to: b.to };
}

// HTML's own tags (and Office's namespaced ones: o:p, w:WordDocument): "<luana.li@x.org>" is an address
const TAG = /<!--|<(\/?)((?:p|br|div|span|b|i|u|s|strong|em|table|tbody|thead|tfoot|tr|td|th|li|ul|ol|a|font|h[1-6]|html|body|head|title|style|script|meta|link|img|hr|pre|code|blockquote|center|small|big|sup|sub|section|article|header|footer|nav|dl|dt|dd|label|caption|col|colgroup|xml|[a-z]{1,3}:[a-z][\w]{0,30}))(?=[\s/>])[^<>]{0,2000}>/gi;
const BLOCK = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'hr', 'pre', 'title', 'body', 'html', 'head', 'section', 'article', 'header', 'footer', 'dd', 'dt', 'dl']);
const CELL = new Set(['td', 'th']);
const ROW = new Set(['tr', 'table', 'tbody', 'thead', 'tfoot']);
const HIDDEN = new Set(['style', 'script', 'head', 'title', 'xml']);
const ENTITY = /&(?:(nbsp|amp|lt|gt|quot|apos|ndash|mdash|rsquo|lsquo|rdquo|ldquo|hellip|middot|bull)|#(\d{1,6})|#x([0-9a-fA-F]{1,5}));/y;
const NAMED: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ndash: '–', mdash: '—', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', hellip: '…', middot: '·', bull: '•' };

/** Entities decoded in text[a, b). */
function entities(text: string, a: number, b: number, out: Builder): void {
  let at = a;
  for (let i = text.indexOf('&', a); i !== -1 && i < b; i = text.indexOf('&', i + 1)) {
    ENTITY.lastIndex = i;
    const m = ENTITY.exec(text);
    if (!m || i + m[0].length > b) continue;
    out.copy(text, at, i);
    const code = m[2] ? Number(m[2]) : m[3] ? parseInt(m[3], 16) : -1;
    const ch = m[1] ? (NAMED[m[1].toLowerCase()] ?? ' ') : code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
    out.put(ch, i, i + m[0].length);
    at = i + m[0].length;
    i = at - 1;
  }
  out.copy(text, at, b);
}

const ATTRIBUTE = /\b(?:href|src|title|alt|value|content)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/gi;

/** The values of a tag's text-bearing attributes, each between spaces, at their own places. */
function attributes(tag: string, at: number, b: Builder): void {
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(tag); m; m = ATTRIBUTE.exec(tag)) {
    const value = m[1] ?? m[2] ?? m[3] ?? '';
    if (!value) continue;
    const start = at + m.index + m[0].length - value.length - (m[3] === undefined ? 1 : 0);
    b.put(' ', start, start);
    b.copy(tag, start - at, start - at + value.length, at);
    b.put(' ', start + value.length, start + value.length);
  }
}

/**
 * HTML: tags dropped (block tags become line breaks, a table's rows lines and its cells tabs, as a
 * pasted table reads), entities decoded, style and script dropped. White space with a line break
 * between tags is the source's layout, not the page's: it is dropped.
 */
function html(text: string): Pass {
  const b = new Builder();
  let at = 0;
  let hidden = '';
  let cells = 0;
  const between = (end: number) => {
    if (hidden || at >= end) return;
    const gap = text.slice(at, end);
    if (gap.trim() === '' && gap.includes('\n')) return;
    entities(text, at, end, b);
  };
  TAG.lastIndex = 0;
  for (let m = TAG.exec(text); m; m = TAG.exec(text)) {
    const name = (m[2] ?? '').toLowerCase();
    const closing = m[1] === '/';
    // a comment runs to its close (found by indexOf: linear however many open ones there are)
    const end = m[0] === '<!--' ? text.indexOf('-->', m.index + 4) : m.index + m[0].length;
    if (end === -1) break;
    between(m.index);
    at = m[0] === '<!--' ? end + 3 : end;
    TAG.lastIndex = at;
    if (m[0] === '<!--') continue;
    if (hidden) {
      if (closing && name === hidden) hidden = '';
      continue;
    }
    // a link's target or an image's text is text too ("mailto:ana@x.org", a portal link with a patient id)
    if (!closing && m[0].includes('=')) attributes(m[0], m.index, b);
    if (!closing && HIDDEN.has(name) && !m[0].endsWith('/>')) hidden = name;
    else if (ROW.has(name)) {
      // one line per row, however many tags close and open it
      cells = 0;
      if (b.last !== '\n') b.put('\n', m.index, at);
    } else if (BLOCK.has(name)) b.put('\n', m.index, at);
    else if (CELL.has(name) && !closing && cells++ > 0) b.put('\t', m.index, at);
  }
  between(text.length);
  return { text: b.text, from: b.from, to: b.to };
}

/** Quoted-printable mail: soft line breaks joined, =XX bytes decoded. */
function quotedPrintable(text: string): Pass {
  const b = new Builder();
  let at = 0;
  for (let i = text.indexOf('='); i !== -1; i = text.indexOf('=', i + 1)) {
    const soft = text[i + 1] === '\n' ? 2 : text[i + 1] === '\r' && text[i + 2] === '\n' ? 3 : 0;
    if (soft) {
      b.copy(text, at, i);
      at = i + soft;
      i = at - 1;
      continue;
    }
    if (!/^[0-9A-F]{2}$/.test(text.slice(i + 1, i + 3))) continue;
    b.copy(text, at, i);
    // a run of =XX bytes, decoded as UTF-8
    const bytes: number[] = [];
    let j = i;
    while (text[j] === '=' && /^[0-9A-F]{2}$/.test(text.slice(j + 1, j + 3))) {
      bytes.push(parseInt(text.slice(j + 1, j + 3), 16));
      j += 3;
    }
    b.put(Buffer.from(bytes).toString('utf8'), i, j);
    at = j;
    i = j - 1;
  }
  b.copy(text, at, text.length);
  return { text: b.text, from: b.from, to: b.to };
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: ' ', '"': '"', '/': '/' };

/** JSON string escapes: \uXXXX, \n, \t, \" and \/ (a doubled backslash stays one). */
function jsonEscapes(text: string): Pass | undefined {
  const b = new Builder();
  let at = 0;
  let changed = false;
  for (let i = text.indexOf('\\'); i !== -1; i = text.indexOf('\\', i + 1)) {
    const next = text[i + 1] ?? '';
    if (next === '\\') {
      i++;
      continue;
    }
    let ch: string | undefined;
    let len = 2;
    if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
      ch = String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
      len = 6;
    } else ch = ESCAPES[next];
    if (ch === undefined) continue;
    b.copy(text, at, i);
    b.put(ch, i, i + len);
    at = i + len;
    i = at - 1;
    changed = true;
  }
  if (!changed) return undefined;
  b.copy(text, at, text.length);
  return { text: b.text, from: b.from, to: b.to };
}
