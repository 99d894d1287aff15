import type { Doc } from '../doc.js';
import type { Span } from '../types.js';

const FQDN = /(?<![\w.@-])[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9-]{1,63}){1,8}(?![\w@-]|\.\w)/g;
// detections that an internal host name can look like; e-mail addresses and secrets still go
const YIELDS = new Set<Span['type']>(['PERSON', 'USERNAME', 'ID_NUMBER', 'DEVICE_ID']);

/** Drops name-like detections that lie inside host names of the organisation's own domains. */
export function keepInternalHosts(doc: Doc): void {
  if (!doc.network.hasDomains) return;
  const ranges: [number, number][] = [];
  FQDN.lastIndex = 0;
  for (let m = FQDN.exec(doc.text); m; m = FQDN.exec(doc.text)) if (doc.network.isInternalHost(m[0])) ranges.push([m.index, m.index + m[0].length]);
  if (!ranges.length) return;
  const inside = (s: Span) => ranges.some(([a, b]) => s.start >= a && s.end <= b);
  for (let i = doc.spans.length - 1; i >= 0; i--) {
    const s = doc.spans[i] as Span;
    if (YIELDS.has(s.type) && inside(s)) doc.spans.splice(i, 1);
  }
}
