import type { Doc } from '../doc.js';
import { addPerson } from './addPerson.js';

// Names written in Chinese, Japanese or Korean script, which no name list here holds: after a
// patient or name label in those languages ("患者様：森田 千尋", "이름: 김민준"), and right before
// the same name in Latin letters in brackets ("孙丽娟 (Sun Lijuan)").

const CJK = String.raw`[\p{sc=Han}\p{sc=Hangul}\p{sc=Hiragana}\p{sc=Katakana}]`;
const NAME = String.raw`${CJK}{1,5}(?:[ \u3000・]${CJK}{1,5})?`;
const LABELLED = new RegExp(String.raw`(?:患者様?|氏名|姓名|名前|お名前|病人|病患|이름|환자|성명|환자명)\s{0,2}[：:]\s{0,2}(${NAME})`, 'gu');
const BEFORE_BRACKET = new RegExp(String.raw`(${NAME})\s?[（(]$`, 'u');
const GATE = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

export function cjkNames(doc: Doc): void {
  const text = doc.text;
  if (!GATE.test(text)) return;
  LABELLED.lastIndex = 0;
  for (let m = LABELLED.exec(text); m; m = LABELLED.exec(text)) {
    const name = m[1] ?? '';
    const at = m.index + m[0].length - name.length;
    addPerson(doc, at, at + name.length);
  }
  for (const span of doc.spans.filter((s) => s.type === 'PERSON')) {
    const from = Math.max(0, span.start - 14);
    const m = BEFORE_BRACKET.exec(text.slice(from, span.start));
    const name = m?.[1];
    if (!m || !name) continue;
    addPerson(doc, from + m.index, from + m.index + name.length);
  }
}
