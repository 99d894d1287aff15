import { createRedactor } from '../redaction/redactor.js';
import { redactJsonl } from './redactJsonl.js';
import { listSetting } from '../config/listSetting.js';

/** `redact --jsonl`: the redaction scorer's interface; needs no other configuration. */
export async function redactCommand(options: { jsonl: boolean }): Promise<number> {
  if (!options.jsonl) {
    console.error('usage: sysaid-ado redact --jsonl < tickets.jsonl > redacted.jsonl');
    return 2;
  }
  const redactor = createRedactor({
    internalDomains: listSetting(process.env.REDACTION_INTERNAL_DOMAINS),
    internalCidrs: listSetting(process.env.REDACTION_INTERNAL_CIDRS),
  });
  const result = await redactJsonl(process.stdin, process.stdout, redactor);
  if (result.failed > 0) console.error(`redact: ${result.failed} of ${result.lines} lines failed and were withheld`);
  return 0;
}
