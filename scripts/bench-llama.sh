#!/usr/bin/env bash
# SmolLM2-135M full fine-tuning (and optionally last-k) throughput, velocitune vs PyTorch eager
# (transformers' LlamaForCausalLM, fp32, AdamW), batch 4 x 256, alternated run by run so both see
# the same machine load. Needs a release build (swift build -c release) and the peer venv.
#   usage: scripts/bench-llama.sh [ROUNDS] [STEPS] [--last-k K]
set -euo pipefail
rounds="${1:-2}"; steps="${2:-3}"; shift $(( $# >= 2 ? 2 : $# )) || true
extra=("$@")
root="$(cd "$(dirname "$0")/.." && pwd)"
binary="${VELOCITUNE_BIN:-$root/.build/release/velocitune}"
python="${VELOCITUNE_PYTHON:-$HOME/.cache/velocitune/venv/bin/python}"
[[ -x "$binary" ]] || { echo "bench-llama: build first (swift build -c release), or set VELOCITUNE_BIN" >&2; exit 1; }
for ((round = 1; round <= rounds; round++)); do
  for threads in 1 2; do
    echo "round $round, $threads thread(s)"
    "$binary" bench llama --threads "$threads" --steps "$steps" --json "${extra[@]}"
    "$python" "$root/scripts/bench_llama_torch.py" --threads "$threads" --steps "$steps" "${extra[@]}" 2>/dev/null
  done
done
