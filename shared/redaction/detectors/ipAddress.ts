import { isIPv6 } from 'node:net';
import type { Doc } from '../doc.js';
import { textBefore } from '../text/context.js';

// (?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?!\d|\.\d), with the look-behind moved after the first digit,
// where it asks the same: the regex engine then skips ahead to digits (about twice as fast)
const V4 = /\d(?<![\d.]\d)\d{0,2}\.(?:\d{1,3}\.){2}\d{1,3}(?!\d|\.\d)/g;
// each group consumes a colon, so the repetition cannot loop on empty input
const V6 = /(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|\d{1,3}(?:\.\d{1,3}){3})?(?![\w:])/g;
const MAC_LIKE = /^[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){5}$/;
// nearest cue before the address decides whose it is (an asset tag names hospital equipment: "(asset AT-1, 10.2.3.4")
// (public, external, wan: group 3, they name another address when this one is internal)
const CUE = /\b(?:(my|user'?s?|client|workstation|pc|laptop|desktop|home|source|src|caller|device|phone|iphone|remote|patient'?s?|personal|from ip|his|her)|(server|srv|host|hostname|router|gateway|gw|interface|vip|dns|database|db|node|cluster|printer|print server|listener|firewall|switch|load balancer|proxy|dicom|pacs|appliance|controller|smtp|relay|asset|asset tag|service tag|service|portal|web server)|(public|external|wan))\b/g;
const VERSION_CUE = /\b(?:v|ver|version|build|release|firmware|fw|driver|agent|client|app|bios|os|patch|update|sp|rev|revision)\s*[.:]?\s*$/;

// a host name (letters, digits and dashes or dots, with a digit) followed by a slash, a comma or "at"/"on"
const HOST_BETWEEN = /\s(?=[a-z0-9.-]{0,40}\d)[a-z][a-z0-9]*(?:[.-][a-z0-9]+)+\s*(?:\/|\(|,|at|on)?\s*$/;
const USER_AFTER = /^\s{0,2}[(,-]?\s{0,2}(?:her|his|my|their|the user'?s|user'?s?|patient'?s?|home|personal|client)\b/i;

function userOwned(doc: Doc, start: number, end = start): boolean {
  if (USER_AFTER.test(doc.text.slice(end, end + 30))) return true;
  let before = textBefore(doc, start, 60);
  // cues of an earlier sentence own nothing here ("New phone 1-406-... . Address validation service at 10.x")
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! '));
  if (stop >= 0) before = before.slice(stop + 2);
  let last: 'user' | 'server' | undefined;
  CUE.lastIndex = 0;
  // an internal address is never the public one: "public IP 1.2.3.4. Portal on host (10.1.2.3)"
  let lastAt = 0;
  for (let m = CUE.exec(before); m; m = CUE.exec(before)) if (!m[3]) {
    last = m[1] ? 'user' : 'server';
    lastAt = m.index + m[0].length;
  }
  // a host named after the user cue is whose address it is: "both users on VM-CITRIX-08 / 10.1.2.3"
  if (last === 'user' && HOST_BETWEEN.test(before.slice(lastAt))) return false;
  return last === 'user';
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/**
 * Length of the run of hex digits ending just before i (at most 5). At module level: a closure made
 * per call costs a name-keeping wrapper call in the build.
 */
function hexRun(text: string, i: number): number {
  let n = 0;
  while (n < 5 && i - 1 - n >= 0 && isHex(text.charCodeAt(i - 1 - n))) n++;
  return n;
}

/** /[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}:/.test(text), looking only around the colons. */
function threeHexGroups(text: string): boolean {
  let colons = 0;
  for (let i = text.indexOf(':'); i !== -1; i = text.indexOf(':', i + 1)) {
    // a colon after 1-4 hex digits continues the chain when they follow the previous colon directly
    const run = hexRun(text, i);
    if (run === 0) colons = 0;
    else if (colons > 0 && text.charCodeAt(i - run - 1) === 58 && run <= 4) colons++;
    else colons = 1;
    if (colons === 3) return true;
  }
  return false;
}

/**
 * IP addresses of users. Addresses outside the internal ranges are always someone's; internal ones
 * are servers (kept) unless the words before them say they belong to a user's machine.
 */
export function detectIpAddresses(doc: Doc): void {
  const text = doc.text;
  V4.lastIndex = text.includes('.') ? 0 : text.length;
  for (let m = V4.exec(text); m; m = V4.exec(text)) {
    const value = m[0];
    if (value.split('.').some((o) => Number(o) > 255 || (o.length > 1 && o.startsWith('0')))) continue;
    if (VERSION_CUE.test(textBefore(doc, m.index, 12))) continue;
    if (!doc.network.isInternalIp(value) || userOwned(doc, m.index, m.index + value.length)) doc.add(m.index, m.index + value.length, 'IP_ADDRESS', 55, value);
  }
  doc.budget.check();
  if (!text.includes('::') && !threeHexGroups(text)) return;
  V6.lastIndex = 0;
  for (let m = V6.exec(text); m; m = V6.exec(text)) {
    const value = m[0];
    if (MAC_LIKE.test(value) || !isIPv6(value)) continue;
    if (!doc.network.isInternalIp(value) || userOwned(doc, m.index)) doc.add(m.index, m.index + value.length, 'IP_ADDRESS', 55, value.toLowerCase());
  }
}
