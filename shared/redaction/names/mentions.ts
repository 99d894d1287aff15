import type { Doc } from '../doc.js';
import { isCommonWord } from '../text/englishLexicon.js';
import { addPerson } from './addPerson.js';
import { nameLexicon } from './nameLexicon.js';
import { nameWord } from './namePart.js';

// Chat mentions and speakers by display name: "@Shabnam the test patient ...", "@Kovalenko, Oksana
// (RN)", a Slack export's "*Aigerim Bekmukhambetova*  1:26 PM". A mention names a person, unless it
// is @here, @channel, @everyone or a team. (Lower-case logins such as "@jdoe" are detectUsernames'.)

const MENTION = /(?<![\w.@])@(\p{Lu}[\p{L}\p{M}'’-]{1,30})(?:(,? )(\p{Lu}[\p{L}\p{M}'’-]{1,30}))?/gu;
const BOLD_SPEAKER = /^[ \t]*\*(\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,3})\*[ \t]{1,3}\d{1,2}:\d{2}(?:\s?[AaPp][Mm])?[ \t]*$/gmu;
const NOT_PEOPLE = new Set(['here', 'channel', 'everyone', 'all', 'team', 'oncall', 'on-call']);

/** A word that can be part of a mentioned person's name. */
function mentionWord(word: string): boolean {
  const lower = word.toLowerCase();
  return !NOT_PEOPLE.has(lower) && nameWord(lower);
}

export function mentions(doc: Doc): void {
  const text = doc.text;
  if (text.includes('@')) {
    MENTION.lastIndex = 0;
    for (let m = MENTION.exec(text); m; m = MENTION.exec(text)) {
      const first = m[1] ?? '';
      if (!mentionWord(first)) continue;
      // (a dot or a digit right after, with no second word: "@Shabnam.Wardak" starts an address or a handle)
      if (/^[.\w]/.test(text.slice(m.index + 1 + first.length, m.index + 2 + first.length)) && !m[2]) continue;
      const second = m[3];
      const lex = nameLexicon();
      const both = second !== undefined && mentionWord(second) && (lex.isName(second) || !isCommonWord(second)) && (m[2] === ', ' || lex.isName(first) || !isCommonWord(first));
      const start = m.index + 1;
      addPerson(doc, start, start + (both ? first.length + (m[2] ?? '').length + second.length : first.length));
    }
  }
  if (text.includes('*')) {
    BOLD_SPEAKER.lastIndex = 0;
    for (let m = BOLD_SPEAKER.exec(text); m; m = BOLD_SPEAKER.exec(text)) {
      const name = m[1] ?? '';
      if (!name.split(' ').every(mentionWord)) continue;
      const at = m.index + m[0].indexOf(name);
      addPerson(doc, at, at + name.length);
    }
  }
}
