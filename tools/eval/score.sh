#!/usr/bin/env bash
# Scores the redactor on a labeled corpus (default: the dev corpus).
#   tools/eval/score.sh [CORPUS.jsonl] [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus=${1:-/work/shared/eval/dev.jsonl}
out=${2:-$(mktemp -d)}
name=$(basename "$corpus" .jsonl)
node /work/shared/eval/run.mjs "$corpus" --name ours --out "$out/$name.ours.jsonl" --json "$out/$name.ours.score.json" --examples 20 -- npx tsx tools/eval/redactCli.ts
echo "outputs in $out"
