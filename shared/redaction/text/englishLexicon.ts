import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolveDataFile } from '../data/resolveDataFile.js';
import { ownString } from './ownString.js';
import { WordList } from './WordList.js';

/**
 * Common English words, from the lexicon that ships with `natural`'s Brill POS tagger (read as
 * data: importing `natural` itself is slow and noisy). A word counts as common when its lower-case
 * form is listed with any tag other than proper noun: "grant", "will", "bill" are; "sarah" is not.
 * Kept as one sorted WordList; the 4 MB lexicon is scanned, never parsed into an object.
 */
let words: WordList | undefined;

// (with help-desk words newer than the lexicon: "Teams recap" and "the spooler" are no logins, no names)
const EXTRA = `zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
  eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion first second third
  fourth fifth sixth seventh eighth ninth tenth eleventh twelfth last next login logon logout logoff signin signon signout
  username password passcode email emails online offline website webpage app apps wifi internet intranet laptop desktop
  workstation printer printers scanner reboot rebooted reset resets install installed update updates upgrade upgraded
  admin config settings dropdown popup tab tabs click clicked screen screens portal inbox outbox mailbox chart charts
  workspace workspaces spinner spinners browser browsers recap recaps debrief debriefs sender phish phishing phished charger chargers parser parsers loaner loaners coder coders
  spooler dongle dongles reimage reimaged reimaging failover failback hotfix hotfixes firmware timeout logfile logfiles
  workflow workflows relogin docking headset webcam webcams router routers hostname hostnames subnet subnets vpn
  workaround workarounds synced syncing resync uninstall uninstalled uninstalling spam malware ransomware spyware
  antivirus firewall firewalls backend middleware keystrokes screenshot screenshots touchscreen smartcard barcode
  barcodes wristband wristbands uptime endpoint metadata plugin plugins dropdowns checkbox checkboxes textbox tooltip
  hyperlink hyperlinks autofill autosave bluetooth signup passphrase reconnected troubleshoot troubleshooting timestamp
  timestamps filename filenames codec codecs encrypt encrypted encryption decrypt cybersecurity logins reboots
  rebooting offboarding onboarding unassigned multifactor screensaver toolbar taskbar thumbnails download downloads
  upload uploads uploaded downloaded auth cron timeline timelines postmortem handoff handover walkthrough cutover
  golive runbook playbook changelog roadmap signoff lockout lockouts pwd passwd`
  .split(/\s+/)
  .filter(Boolean);

/** Where natural's data is on disk (the only place that knows). */
function dataFiles(): { lexicon: string; stopWords: string } {
  return {
    lexicon: resolveDataFile('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json'),
    stopWords: resolveDataFile('natural/lib/natural/util/stopwords.js'),
  };
}

let stopWordList: string[] | undefined;

/** natural's English stop words (`exports.words = [...]`), read once. */
function stopWords(): string[] {
  if (!stopWordList) {
    const require = createRequire(import.meta.url);
    stopWordList = (require(dataFiles().stopWords) as { words: string[] }).words;
  }
  return stopWordList;
}

/**
 * The common words of a `{"word": ["TAG", ...], ...}` lexicon, read in one pass over the text
 * without building the object (the parsed form costs ~40 MB) and without a string per tag. Later
 * duplicates win, as in JSON.parse. Returns undefined when the text is not of that shape.
 */
function scanLexicon(json: string): string[] | undefined {
  const common = new Map<string, boolean>();
  let i = 0;
  const skip = () => {
    for (let c = json.charCodeAt(i); c === 32 || c === 10 || c === 13 || c === 9; c = json.charCodeAt(++i));
  };
  // end of the JSON string literal starting at i (the closing quote), or -1; `escaped` if it has a \\
  let escaped = false;
  const close = (): number => {
    escaped = false;
    if (json.charCodeAt(i) !== 34) return -1;
    for (let j = i + 1; j < json.length; j++) {
      const c = json.charCodeAt(j);
      if (c === 92) {
        escaped = true;
        j++;
      } else if (c === 34) return j;
      else if (c < 32) return -1;
    }
    return -1;
  };
  const decode = (from: number, to: number) => (escaped ? (JSON.parse(json.slice(from, to + 1)) as string) : json.slice(from + 1, to));
  const isProperNoun = (from: number, to: number) => {
    if (!escaped) return (to - from === 4 && json.startsWith('NNP', from + 1)) || (to - from === 5 && json.startsWith('NNPS', from + 1));
    const tag = decode(from, to);
    return tag === 'NNP' || tag === 'NNPS';
  };
  skip();
  if (json[i++] !== '{') return undefined;
  skip();
  if (json[i] === '}') i++;
  else
    for (;;) {
      const keyEnd = close();
      if (keyEnd === -1) return undefined;
      const word = decode(i, keyEnd);
      i = keyEnd + 1;
      skip();
      if (json[i++] !== ':') return undefined;
      skip();
      if (json[i++] !== '[') return undefined;
      let anyTag = false;
      skip();
      if (json[i] === ']') i++;
      else
        for (;;) {
          const tagEnd = close();
          if (tagEnd === -1) return undefined;
          if (!anyTag && !isProperNoun(i, tagEnd)) anyTag = true;
          i = tagEnd + 1;
          skip();
          const c = json[i++];
          if (c === ']') break;
          if (c !== ',') return undefined;
          skip();
        }
      if (word === word.toLowerCase()) common.set(word, anyTag);
      skip();
      const c = json[i++];
      if (c === '}') break;
      if (c !== ',') return undefined;
      skip();
    }
  skip();
  if (i !== json.length) return undefined;
  const out: string[] = [];
  for (const [word, isCommon] of common) if (isCommon) out.push(word);
  return out;
}

/** The old way, for a lexicon of another shape than expected. */
function parseLexicon(json: string): string[] {
  const lexicon = JSON.parse(json) as Record<string, unknown>;
  const out: string[] = [];
  for (const [word, tags] of Object.entries(lexicon)) {
    if (!Array.isArray(tags) || word !== word.toLowerCase()) continue;
    if (tags.some((t) => t !== 'NNP' && t !== 'NNPS')) out.push(word);
  }
  return out;
}

function load(): WordList {
  const json = readFileSync(dataFiles().lexicon, 'utf8');
  const out = scanLexicon(json) ?? parseLexicon(json);
  // the tagger's lexicon leaves out words its rules tag anyway (numbers, ordinals, function words)
  out.push(...stopWords(), ...EXTRA);
  return WordList.from(out);
}

let functionWords: Set<string> | undefined;

/** Function words (natural's English stop-word list): "in", "an", "but" are never names. */
export function isFunctionWord(word: string): boolean {
  functionWords ??= new Set(stopWords());
  return functionWords.has(word.toLowerCase());
}

// answers by the word as asked: the same words come back again and again (each ticket, each
// detector), and a Map look-up is cheaper than lower-casing and a look-up in the list. Bounded in entries
// and in word length (no long strings kept alive)
const commonCache = new Map<string, boolean>();
const CACHED_LENGTH = 40;

export function isCommonWord(word: string): boolean {
  let hit = commonCache.get(word);
  if (hit === undefined) {
    words ??= load();
    hit = words.has(word.toLowerCase());
    if (word.length <= CACHED_LENGTH) {
      if (commonCache.size >= 50_000) commonCache.clear();
      commonCache.set(ownString(word), hit);
    }
  }
  return hit;
}
