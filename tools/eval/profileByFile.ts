// Where the redactor's time goes, by source file: profiles tools/eval/bench.ts with V8's sampling
// profiler and sums self time per file under shared/redaction/, counting a regular expression's
// time to the file that ran it.   npx tsx tools/eval/profileByFile.ts [CORPUS.jsonl] [SECONDS] [TOP]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [corpus = '/work/shared/eval/dev.jsonl', seconds = '8', top = '40'] = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), 'prof-'));
const bench = new URL('./bench.ts', import.meta.url).pathname;
const out = execFileSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--import', 'tsx', bench, corpus, seconds], { encoding: 'utf8' });
process.stdout.write(out);
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}
const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile')) ?? '';
const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Profile;
rmSync(dir, { recursive: true, force: true });

const self = new Map<number, number>();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const parent = new Map<number, ProfileNode>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node);
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const place = (start: ProfileNode): string => {
  let node: ProfileNode | undefined = start;
  // a RegExp node has no URL of its own: count it where it was called from
  while (node && node.callFrame.functionName.startsWith('RegExp:')) node = parent.get(node.id);
  const url = node?.callFrame.url ?? '';
  if (url.includes('/redaction/')) return url.split('/redaction/')[1] ?? url;
  return node?.callFrame.functionName || '(other)';
};
const byFile = new Map<string, number>();
let total = 0;
let regexps = 0;
for (const [id, time] of self) {
  const node = byId.get(id);
  if (!node) continue;
  total += time;
  if (node.callFrame.functionName.startsWith('RegExp:')) regexps += time;
  const key = place(node);
  byFile.set(key, (byFile.get(key) ?? 0) + time);
}
console.log(`sampled ${(total / 1e3).toFixed(0)} ms; regular expressions ${((100 * regexps) / total).toFixed(1)}%`);
for (const [key, time] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, Number(top)))
  console.log(`${((100 * time) / total).toFixed(1).padStart(5)}%  ${key}`);
