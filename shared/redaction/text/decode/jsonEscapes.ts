import { Builder, type Pass } from './builder.js';

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: ' ', '"': '"', '/': '/' };

/** JSON string escapes: \uXXXX, \n, \t, \" and \/ (a doubled backslash stays one). */
export function jsonEscapes(text: string): Pass | undefined {
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
