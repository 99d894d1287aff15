import type { Doc } from '../doc.js';
import { addPerson } from './addPerson.js';

// Names written in a script the name lists do not hold (Chinese, Japanese, Korean, Cyrillic,
// Greek, Hebrew, Arabic, Devanagari, Thai): after a patient or name label in those languages
// ("患者様：森田 千尋", "Пациент: Людмила Голубева"), and right before the same name in Latin
// letters in brackets ("孙丽娟 (Sun Lijuan)", "משה הלברשטם (Moshe Halberstam)").

const CJK = String.raw`[\p{sc=Han}\p{sc=Hangul}\p{sc=Hiragana}\p{sc=Katakana}]`;
const NAME = String.raw`${CJK}{1,5}(?:[ \u3000・]${CJK}{1,5})?`;
// other scripts, written with spaces between the parts: Cyrillic, Greek, Hebrew, Arabic, Devanagari, Thai
const WORD = String.raw`[\p{sc=Cyrillic}\p{sc=Greek}\p{sc=Hebrew}\p{sc=Arabic}\p{sc=Devanagari}\p{sc=Thai}][\p{sc=Cyrillic}\p{sc=Greek}\p{sc=Hebrew}\p{sc=Arabic}\p{sc=Devanagari}\p{sc=Thai}\p{M}'’-]{0,30}`;
const SPACED = String.raw`${WORD}(?: ${WORD}){0,3}`;
const LABELLED = new RegExp(String.raw`(?:患者様?|氏名|姓名|名前|お名前|病人|病患|이름|환자|성명|환자명)\s{0,2}[：:]\s{0,2}(${NAME})|(?:Пациент(?:ка)?|ФИО|Имя|Пацієнт|מטופל(?:ת)?|שם|بیمار|مريض|المريض|اسم|Ασθενής|रोगी|मरीज)\s{0,2}:\s{0,2}(${SPACED})`, 'gu');
const BEFORE_BRACKET = new RegExp(String.raw`(${NAME}|${SPACED})\s?[（(]$`, 'u');
const LATIN_AFTER = /^\s?[（(](\p{Lu}[\p{L}\p{M}'’-]{1,30}(?: \p{Lu}[\p{L}\p{M}'’-]{1,30}){0,3})[）)]/u;
const GATE = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0370-\u03ff\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff]|\p{sc=Devanagari}|\p{sc=Thai}/u;

export function cjkNames(doc: Doc): void {
  const text = doc.text;
  if (!GATE.test(text)) return;
  LABELLED.lastIndex = 0;
  for (let m = LABELLED.exec(text); m; m = LABELLED.exec(text)) {
    const name = m[1] ?? m[2] ?? '';
    const at = m.index + m[0].length - name.length;
    addPerson(doc, at, at + name.length);
    // and its Latin spelling in brackets right after: "Людмила Голубева (Lyudmila Golubeva)"
    const latin = LATIN_AFTER.exec(text.slice(at + name.length, at + name.length + 70));
    if (latin?.[1]) addPerson(doc, at + name.length + latin[0].indexOf(latin[1]), at + name.length + latin[0].indexOf(latin[1]) + latin[1].length);
  }
  for (const span of doc.spans.filter((s) => s.type === 'PERSON')) {
    const from = Math.max(0, span.start - 60);
    const m = BEFORE_BRACKET.exec(text.slice(from, span.start));
    const name = m?.[1];
    if (!m || !name) continue;
    addPerson(doc, from + m.index, from + m.index + name.length);
  }
}
