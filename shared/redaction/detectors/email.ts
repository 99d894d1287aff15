import type { Doc } from '../doc.js';

// Bounded classes, and the domain labels cannot contain the dot that separates them: linear.
const EMAIL = /[A-Za-z0-9_%+'-](?:[A-Za-z0-9._%+'-]{0,63})@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9-]{1,63}){1,8}/g;

/** Email addresses, staff and patients alike; their local parts are kept as name hints. */
export function detectEmails(doc: Doc, localParts: string[]): void {
  if (!doc.text.includes('@')) return;
  EMAIL.lastIndex = 0;
  for (let m = EMAIL.exec(doc.text); m; m = EMAIL.exec(doc.text)) {
    let value = m[0];
    while (value.endsWith('.') || value.endsWith('-')) value = value.slice(0, -1);
    const at = value.indexOf('@');
    if (!value.slice(at + 1).includes('.')) continue;
    doc.add(m.index, m.index + value.length, 'EMAIL', 80, value.toLowerCase());
    localParts.push(value.slice(0, at).toLowerCase());
  }
}
