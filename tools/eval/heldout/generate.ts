// Held-out corpus generator CLI.
//   npx tsx tools/eval/heldout/generate.ts --count 1000 --seed 1 --out /tmp/heldout.jsonl
//   npx tsx tools/eval/heldout/generate.ts --family b --count 1000 --seed 11 --out /tmp/heldoutB.jsonl
//   npx tsx tools/eval/heldout/generate.ts --family c --count 1000 --seed 21 --out /tmp/heldoutC.jsonl
//   npx tsx tools/eval/heldout/generate.ts --family d --count 1000 --seed 41 --out /tmp/heldoutD.jsonl
//   npx tsx tools/eval/heldout/generate.ts --family e --count 1000 --seed 51 --out /tmp/heldoutE.jsonl
//   npx tsx tools/eval/heldout/generate.ts --family f --count 1000 --seed 61 --out /tmp/heldoutF.jsonl
//   npx tsx tools/eval/heldout/generate.ts --family g --count 1000 --seed 71 --out /tmp/heldoutG.jsonl
// Writes one {"id","group","template","title","text","pii","keep"} per line; same seed, same file.

import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { labelProblems } from './check.js';
import { ORGS } from './keep.js';
import { Rng } from './random.js';
import { TEMPLATES } from './templates.js';
import { TEMPLATES_B } from './templatesB.js';
import { TEMPLATES_C } from './templatesC.js';
import { TEMPLATES_D } from './templatesD.js';
import { TEMPLATES_E } from './templatesE.js';
import { TEMPLATES_F } from './templatesF.js';
import { TEMPLATES_G } from './templatesG.js';
import { Ticket } from './ticket.js';

/** a template of either family */
interface AnyTemplate {
  name: string;
  group: string;
  make(t: Ticket): { title: string; text: string };
}

export type Family = 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g';

/** templates, id prefix and template-name prefix of each family (family a is the original corpus) */
const FAMILIES: Record<Family, { templates: readonly AnyTemplate[]; idPrefix: string; tplPrefix: string }> = {
  a: { templates: TEMPLATES, idPrefix: 'H', tplPrefix: 'H.' },
  b: { templates: TEMPLATES_B, idPrefix: 'HB', tplPrefix: 'HB.' },
  c: { templates: TEMPLATES_C, idPrefix: 'HC', tplPrefix: 'HC.' },
  d: { templates: TEMPLATES_D, idPrefix: 'HD', tplPrefix: 'HD.' },
  e: { templates: TEMPLATES_E, idPrefix: 'HE', tplPrefix: 'HE.' },
  f: { templates: TEMPLATES_F, idPrefix: 'HF', tplPrefix: 'HF.' },
  g: { templates: TEMPLATES_G, idPrefix: 'HG', tplPrefix: 'HG.' },
};

interface Options {
  count: number;
  seed: number;
  out: string | null;
  verbose: boolean;
  family: Family;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { count: 1000, seed: 1, out: null, verbose: false, family: 'a' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--count') o.count = Number(argv[++i]);
    else if (a === '--seed') o.seed = Number(argv[++i]);
    else if (a === '--out') o.out = argv[++i] ?? null;
    else if (a === '--verbose') o.verbose = true;
    else if (a === '--family') {
      const f = argv[++i];
      if (f !== 'a' && f !== 'b' && f !== 'c' && f !== 'd' && f !== 'e' && f !== 'f' && f !== 'g') {
        console.error('--family must be a, b, c, d, e, f or g');
        process.exit(2);
      }
      o.family = f;
    } else {
      console.error('usage: generate.ts [--family a|b|c|d|e|f|g] [--count N] [--seed S] [--out FILE.jsonl] [--verbose]');
      process.exit(2);
    }
  }
  if (!Number.isInteger(o.count) || o.count < 1 || !Number.isInteger(o.seed)) {
    console.error('--count must be a positive integer and --seed an integer');
    process.exit(2);
  }
  return o;
}

const MAX_TRIES = 50;

export function generate(count: number, seed: number, log: (s: string) => void = () => {}, family: Family = 'a'): string[] {
  const { templates, idPrefix, tplPrefix } = FAMILIES[family];
  const master = new Rng(seed);
  const out: string[] = [];
  let redraws = 0;
  // every template gets an equal share; the order within each round is shuffled by the seed
  const order: AnyTemplate[] = [];
  while (order.length < count) order.push(...master.sample(templates, templates.length));
  for (let i = 0; i < count; i++) {
    const tpl = order[i]!;
    const rng = master.fork(i);
    let line: string | null = null;
    for (let tryN = 0; tryN < MAX_TRIES && !line; tryN++) {
      const t = new Ticket(rng, rng.pick(ORGS));
      const { title, text } = tpl.make(t);
      const problems = labelProblems(title, text, t.pii, t.keep);
      if (problems.length) {
        redraws++;
        log(`${tpl.name}: redraw (${problems.join('; ')})`);
        continue;
      }
      const id = `${idPrefix}${String(seed)}-${String(i + 1).padStart(5, '0')}`;
      line = JSON.stringify({ id, group: tpl.group, template: `${tplPrefix}${tpl.name}`, title, text, pii: t.pii, keep: t.keep });
    }
    if (!line) throw new Error(`template ${tpl.name}: no fair ticket in ${MAX_TRIES} draws`);
    out.push(line);
  }
  log(`${redraws} redraws`);
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const o = parseArgs(process.argv.slice(2));
  const lines = generate(o.count, o.seed, o.verbose ? (s) => console.error(s) : undefined, o.family);
  const body = lines.join('\n') + '\n';
  if (o.out) {
    fs.writeFileSync(o.out, body);
    console.error(`wrote ${lines.length} tickets to ${o.out}`);
  } else process.stdout.write(body);
}
