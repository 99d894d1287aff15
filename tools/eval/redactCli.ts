// Stand-in for `sysaid-ado redact --jsonl` until the CLI wires it: JSONL on stdin, redacted JSONL on stdout.
//   npx tsx tools/eval/redactCli.ts [--internal-domain D]... [--internal-cidr C]... < in.jsonl > out.jsonl
import { redactJsonl } from '../../shared/cli/redactJsonl.js';
import { createRedactor } from '../../shared/redaction/redactor.js';

const domains: string[] = [];
const cidrs: string[] = [];
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--internal-domain') domains.push(args[++i] ?? '');
  else if (args[i] === '--internal-cidr') cidrs.push(args[++i] ?? '');
}
const redactor = createRedactor({ internalDomains: domains, ...(cidrs.length ? { internalCidrs: cidrs } : {}) });
const { lines, failed } = await redactJsonl(process.stdin, process.stdout, redactor);
// failed tickets are already in the output as "[REDACTION FAILED]" (or skipped when malformed): report, don't abort
if (failed) process.stderr.write(`redact: ${failed} of ${lines} lines failed\n`);
