import { Builder, type Pass } from './builder.js';

/** Quoted-printable mail: soft line breaks joined, =XX bytes decoded. */
export function quotedPrintable(text: string): Pass {
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
