#!/usr/bin/env bash
# Scores the redactor beyond the dev corpus it was tuned on: the dev corpus itself, the same
# corpus in all lower case and all upper case, and the held-out generator's template families
# (tools/eval/heldout) at seeds used for tuning and seeds never looked at. One line per corpus
# (the scorer's last line), then the per-type tables in OUT_DIR.
#   bash tools/eval/generalisation.sh [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:-$(mktemp -d)}
mkdir -p "$out"
dev=/work/shared/eval/dev.jsonl

# the dev corpus with every text and label lower-cased / upper-cased alike
node -e '
const fs = require("fs");
const [src, dir] = process.argv.slice(1);
for (const [name, f] of [["dev-lower", (s) => s.toLowerCase()], ["dev-upper", (s) => s.toUpperCase()]]) {
  const lines = [];
  for (const l of fs.readFileSync(src, "utf8").split("\n")) {
    if (!l.trim()) continue;
    const t = JSON.parse(l);
    t.title = f(t.title); t.text = f(t.text);
    t.pii = t.pii.map((p) => ({ ...p, value: f(p.value) }));
    t.keep = t.keep.map((k) => ({ ...k, value: f(k.value) }));
    lines.push(JSON.stringify(t));
  }
  fs.writeFileSync(`${dir}/${name}.jsonl`, lines.join("\n") + "\n");
}' "$dev" "$out"

# family:seed pairs; the first seed of each family was used to find misses, the second never
specs=(a:1 a:2 b:11 b:12 c:21 c:22 d:41 d:42 e:51 e:52 f:61 f:62 g:71 g:72)
for spec in "${specs[@]}"; do
  npx tsx tools/eval/heldout/generate.ts --family "${spec%%:*}" --count 1000 --seed "${spec##*:}" --out "$out/heldout-${spec%%:*}${spec##*:}.jsonl" >/dev/null 2>&1
done

corpora=("$dev" "$out/dev-lower.jsonl" "$out/dev-upper.jsonl")
for spec in "${specs[@]}"; do corpora+=("$out/heldout-${spec%%:*}${spec##*:}.jsonl"); done
# (named one by one: a glob would also pick up the .ours.jsonl outputs of an earlier run in OUT_DIR)
for corpus in "${corpora[@]}"; do
  name=$(basename "$corpus" .jsonl)
  line=$(bash tools/eval/score.sh "$corpus" "$out" 2>&1 | tee "$out/$name.txt" | grep '^recall=' || echo 'recall=? (scorer failed)')
  printf '%-14s %s\n' "$name" "$line"
done
echo "per-type tables in $out/*.txt"
