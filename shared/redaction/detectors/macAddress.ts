import type { Doc } from '../doc.js';

const MAC = /(?<![0-9A-Fa-f:-])[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}(?![0-9A-Fa-f:-])/g;
const MAC_DOTTED = /\b[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\b/g;

/** Hardware (MAC) addresses identify a person's device. */
export function detectMacAddresses(doc: Doc): void {
  const text = doc.text;
  // MAC needs a ':' or '-' between its groups, MAC_DOTTED a '.'
  for (const [re, seps] of [[MAC, [':', '-']], [MAC_DOTTED, ['.']]] as const) {
    if (!seps.some((c) => text.includes(c))) continue;
    re.lastIndex = 0;
    for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
      if (!/[a-f]/i.test(m[0]) && !/\d/.test(m[0])) continue;
      doc.add(m.index, m.index + m[0].length, 'DEVICE_ID', 55, m[0].toLowerCase().replace(/[^0-9a-f]/g, ''));
    }
  }
}
