import type { Doc } from '../doc.js';
import { textBefore } from '../text/context.js';
import { ssnValid } from '../validators/ssnRules.js';

const SSN = /(?<![\d-])(\d{3})([- .]?)(\d{2})\2(\d{4})(?![\d]|-\d)/g;
const SSN_CUE = /\b(?:ssn|ss#|ss|social security|social|soc sec|ssa|tin|itin)\b/;

/**
 * SSNs in any layout. Separated ones count when valid by SSA rules; any 9 digits count after an
 * SSN cue (even when invalid: the writer said it is one); bare valid 9 digits need the cue too.
 */
export function detectSsns(doc: Doc): void {
  SSN.lastIndex = 0;
  for (let m = SSN.exec(doc.text); m; m = SSN.exec(doc.text)) {
    const [value, area = '', sep = '', group = '', serial = ''] = m;
    // a separated 3-2-4 number may stand after a long label ("SSN (last four on the form, full on ...): 293.11.5651")
    const cue = SSN_CUE.test(textBefore(doc, m.index, sep ? 64 : 30));
    const valid = ssnValid(area, group, serial);
    if (cue || (valid && (sep === '-' || sep === ' '))) doc.add(m.index, m.index + value.length, 'SSN', 60, area + group + serial);
  }
}
