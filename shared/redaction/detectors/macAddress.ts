import type { Doc } from '../doc.js';

// sticky: tried only where the separators stand ("aa:bb:..." has one at +2 and the same at +5;
// "aaaa.bbbb.cccc" a dot at +4 and at +9), in text order, which finds what a scan would
const MAC = /(?<![0-9A-Fa-f:-])[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}(?![0-9A-Fa-f:-])/y;
const MAC_DOTTED = /\b[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\b/y;
// 12 hex digits with no separators are a MAC only right after the word ("laptop MAC d82e9bab3122")
const MAC_BARE = /\bmac(?:\s?address|\s?addr)?(?:\s?(?:is|=|:|#))?\s{0,2}([0-9a-f]{12})\b/gi;

function detectBareMacs(doc: Doc): void {
  if (!doc.lower.includes('mac')) return;
  MAC_BARE.lastIndex = 0;
  for (let m = MAC_BARE.exec(doc.text); m; m = MAC_BARE.exec(doc.text)) {
    const value = m[1] ?? '';
    if (!/\d/.test(value)) continue;
    const at = m.index + m[0].length - value.length;
    doc.add(at, at + value.length, 'DEVICE_ID', 55, value.toLowerCase());
  }
}

/** Hardware (MAC) addresses identify a person's device. */
export function detectMacAddresses(doc: Doc): void {
  detectBareMacs(doc);
  const text = doc.text;
  for (const [re, seps, offset, gap] of [[MAC, ':-', 2, 3], [MAC_DOTTED, '.', 4, 5]] as const) {
    const starts: number[] = [];
    for (const sep of seps) {
      for (let i = text.indexOf(sep, offset); i !== -1; i = text.indexOf(sep, i + 1)) if (text[i + gap] === sep) starts.push(i - offset);
    }
    if (seps.length > 1) starts.sort((a, b) => a - b);
    let end = 0;
    for (const start of starts) {
      if (start < end) continue;
      re.lastIndex = start;
      const m = re.exec(text);
      if (!m) continue;
      end = m.index + m[0].length;
      if (!/[a-f]/i.test(m[0]) && !/\d/.test(m[0])) continue;
      doc.add(m.index, end, 'DEVICE_ID', 55, m[0].toLowerCase().replace(/[^0-9a-f]/g, ''));
    }
  }
}
