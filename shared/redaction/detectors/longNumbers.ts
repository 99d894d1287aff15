import type { Doc } from '../doc.js';
import { textBefore } from '../text/context.js';
import { hasX12 } from './x12.js';

const NUMBER = /(?<![\w.:/\\-])\d{7,18}(?![\w:/\\-]|\.\d)/g;
// numbers that describe systems, not people
const SYSTEM_CUE = /\b(?:(?:job|process|thread|correlation|request|session|transaction|message|event|order|case|ticket|trace|batch|run|task|build|change|log|error|incident|asset|po|invoice)\s?(?:id|#|no|number)|version|ver|v|build|release|error|err|code|event|event id|kb|port|pid|thread|process|queue|depth|count|size|bytes|kb|mb|gb|ms|seconds|job|batch|ticket|inc|chg|req|ritm|task|change|incident|case|order|control|msg|message|trace|correlation|request id|session|line|row|offset|hresult|status|exit|interchange|icn)\W{0,3}$/;

const X12_END = /[*~\n]/;

const UNIT_AFTER = /^\s?(?:bytes|b|kb|mb|gb|tb|ms|sec|secs|seconds|minutes|records|rows|items|times|messages|entries|lines|files)\b/i;

// a letter or two before six or more digits ("W3965678", "G8789096", "U906929945"): record, account,
// employee and member numbers look like this (and "EMP-13554"); the ticket references that do carry their own
// prefixes, and a value after = belongs to its key (MSH-10=M9338103 is a control id)
const LETTERED = /(?<![\w.:/\\=-])(?:([A-Z]{1,2})\d{6,10}|EMP-\d{4,8})(?![\w:/\\-]|\.\d)/g;
const TICKET_PREFIXES = new Set(['CS', 'TS', 'KB', 'SR', 'WO', 'CR', 'PR', 'RQ', 'IN', 'PO', 'SO', 'CH', 'RF', 'TK', 'V']);

/** Any other long run of digits is treated as an identifier of someone unless it describes a system. */
export function detectLongNumbers(doc: Doc): void {
  // (a lettered id holds six digits in a row, "EMP-" four)
  if (doc.longestDigitRun >= 6 || (doc.longestDigitRun >= 4 && doc.text.includes('EMP-'))) letteredIds(doc);
  if (doc.longestDigitRun < 7) return;
  // in an X12 paste the elements that hold a person's data are read by detectX12; the other
  // numbers between * and * or ~ are control numbers, dates and codes
  const x12 = hasX12(doc.text);
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(doc.text); m; m = NUMBER.exec(doc.text)) {
    const v = m[0];
    if (x12 && doc.text[m.index - 1] === '*' && X12_END.test(doc.text[m.index + v.length] ?? '~')) continue;
    // milliseconds since 1970 (2001-2033): a system's time stamp
    if (v.length === 13 && (v[0] === '1' || v[0] === '2') && Number(v) < 2e12) continue;
    // yyyymmdd[hhmm[ss]] stamps are system times
    if (/^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])?(?:[0-5]\d){0,2}$/.test(v) && v.length !== 8) continue;
    if (SYSTEM_CUE.test(textBefore(doc, m.index, 25))) continue;
    if (UNIT_AFTER.test(doc.text.slice(m.index + v.length, m.index + v.length + 12))) continue;
    doc.add(m.index, m.index + v.length, 'ID_NUMBER', 20, v);
  }
}

function letteredIds(doc: Doc): void {
  LETTERED.lastIndex = 0;
  for (let m = LETTERED.exec(doc.text); m; m = LETTERED.exec(doc.text)) {
    if (TICKET_PREFIXES.has(m[1] ?? '') || SYSTEM_CUE.test(textBefore(doc, m.index, 25))) continue;
    doc.add(m.index, m.index + m[0].length, 'ID_NUMBER', 20, m[0]);
  }
}
