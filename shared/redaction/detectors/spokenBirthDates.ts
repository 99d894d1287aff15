import type { Doc } from '../doc.js';

// "AGENT: and date of birth for verification / CALLER: five one, sixty-seven": a date of birth said
// in words, as a call transcript or voicemail writes it, on the line after the question. The
// answer is taken only when every word of it can be part of a spoken date.
const ASKED = /\b(?:date of birth|dob|birth ?date|birthday|born)\b/gi;
const SPEAKER = /^[ \t>-]*(?:[A-Za-z][\w .'()-]{0,30}:[ \t]*)?/;
const DATE_WORDS = new Set(
  `zero oh one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
  eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand and
  first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth
  sixteenth seventeenth eighteenth nineteenth twentieth thirtieth of the
  january february march april may june july august september october november december`
    .split(/\s+/)
    .filter(Boolean),
);
// (said numbers only: a typed date is the date rules' to find)
const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|oh|zero|hundred|thousand)$/;

export function detectSpokenBirthDates(doc: Doc): void {
  const lower = doc.lower;
  if (!lower.includes('birth') && !lower.includes('dob') && !lower.includes('born')) return;
  const text = doc.text;
  ASKED.lastIndex = 0;
  for (let m = ASKED.exec(text); m; m = ASKED.exec(text)) {
    const lineEnd = text.indexOf('\n', m.index);
    if (lineEnd < 0) break;
    const nextEnd = text.indexOf('\n', lineEnd + 1);
    const line = text.slice(lineEnd + 1, nextEnd < 0 ? text.length : nextEnd);
    const label = SPEAKER.exec(line)?.[0].length ?? 0;
    const answer = line.slice(label).replace(/[\s.,!?]+$/, '');
    const words = answer.toLowerCase().split(/[\s,/-]+/).filter(Boolean);
    if (words.length < 2 || words.length > 10 || !words.every((w) => DATE_WORDS.has(w)) || words.filter((w) => NUMBER_WORD.test(w)).length < 2) continue;
    const at = lineEnd + 1 + label;
    doc.add(at, at + answer.length, 'DOB', 45);
    ASKED.lastIndex = nextEnd < 0 ? text.length : nextEnd;
  }
}
