import type { Doc } from '../doc.js';
import { textBefore } from '../text/context.js';

const NUMBER = /(?<![\w.:/\\-])\d{7,18}(?![\w:/\\-]|\.\d)/g;
// numbers that describe systems, not people
const SYSTEM_CUE = /\b(?:(?:job|process|thread|correlation|request|session|transaction|message|event|order|case|ticket|trace|batch|run|task|build|change|log|error|incident|asset|po|invoice)\s?(?:id|#|no|number)|version|ver|v|build|release|error|err|code|event|event id|kb|port|pid|thread|process|queue|depth|count|size|bytes|kb|mb|gb|ms|seconds|job|batch|ticket|inc|chg|req|ritm|task|change|incident|case|order|control|msg|message|trace|correlation|request id|session|line|row|offset|hresult|status|exit)\W{0,3}$/;

const UNIT_AFTER = /^\s?(?:bytes|b|kb|mb|gb|tb|ms|sec|secs|seconds|minutes|records|rows|items|times|messages|entries|lines|files)\b/i;

/** Any other long run of digits is treated as an identifier of someone unless it describes a system. */
export function detectLongNumbers(doc: Doc): void {
  if (doc.longestDigitRun < 7) return;
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(doc.text); m; m = NUMBER.exec(doc.text)) {
    const v = m[0];
    // yyyymmdd[hhmm[ss]] stamps are system times
    if (/^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])?(?:[0-5]\d){0,2}$/.test(v) && v.length !== 8) continue;
    if (SYSTEM_CUE.test(textBefore(doc, m.index, 25))) continue;
    if (UNIT_AFTER.test(doc.text.slice(m.index + v.length, m.index + v.length + 12))) continue;
    doc.add(m.index, m.index + v.length, 'ID_NUMBER', 20, v);
  }
}
