import type { Doc } from '../doc.js';

// Bounded classes, and the domain labels cannot contain the dot that separates them: linear.
const EMAIL = /[A-Za-z0-9_%+'-](?:[A-Za-z0-9._%+'-]{0,63})@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9-]{1,63}){1,8}/g;

/** Email addresses, staff and patients alike; their local parts are kept as name hints. */
export function detectEmails(doc: Doc, localParts: string[]): void {
  const text = doc.text;
  // Each match holds one '@', at most 64 characters in and at most 576 before its end: scanning a
  // window around each '@' (in order, after the last match) finds the matches a scan of the whole
  // text would, without walking the text between them.
  // (a match holds no other '@', so windows start after the previous one: linear however many)
  let from = 0;
  for (let sign = text.indexOf('@'), prev = -1; sign !== -1; prev = sign, sign = text.indexOf('@', Math.max(sign + 1, from))) {
    const start = Math.max(from, sign - 64, prev + 1);
    const window = text.slice(start, sign + 600);
    EMAIL.lastIndex = 0;
    const m = EMAIL.exec(window);
    if (!m || m.index >= sign - start) continue;
    const index = start + m.index;
    from = index + m[0].length;
    let value = m[0];
    while (value.endsWith('.') || value.endsWith('-')) value = value.slice(0, -1);
    const at = value.indexOf('@');
    if (!value.slice(at + 1).includes('.')) continue;
    doc.add(index, index + value.length, 'EMAIL', 80, value.toLowerCase());
    localParts.push(value.slice(0, at).toLowerCase());
  }
}
