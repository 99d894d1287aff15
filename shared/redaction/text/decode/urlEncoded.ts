import { Builder, type Pass } from './builder.js';

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
export function urlEncoded(text: string): Pass | undefined {
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
