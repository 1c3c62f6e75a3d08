#!/usr/bin/env bash
# Side-by-side encoding throughput, one thread: velocitune vs Hugging Face tokenizers on the same
# documents and tokenizer.json, runs alternated (the machine is shared and noisy), medians and the
# ratio printed.
#
# usage: scripts/bench-tokenizer.sh TOKENIZER.json TEXT_DIR [ROUNDS]
#   e.g. scripts/bench-tokenizer.sh corpus-out/tokenizer.json corpus/demo 5
set -euo pipefail
TOKENIZER=$1; TEXT=$2; ROUNDS=${3:-5}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN=${VELOCITUNE_BIN:-$ROOT/.build/release/velocitune}
PY=${VELOCITUNE_PYTHON:-${VELOCITUNE_VENV:-$HOME/.cache/velocitune/venv}/bin/python}
[[ -x "$BIN" ]] || { echo "build first: swift build -c release" >&2; exit 1; }
ours=(); theirs=()
for ((i = 0; i < ROUNDS; i++)); do
  ours+=("$("$BIN" bench tokenizer --tokenizer "$TOKENIZER" --text "$TEXT" --repeat 1 --json | "$PY" -c 'import json,sys; print(json.load(sys.stdin)["median_mb_per_s"])')")
  theirs+=("$("$PY" "$ROOT/scripts/bench_tokenizers_peer.py" --tokenizer "$TOKENIZER" --text "$TEXT" --repeat 1 | "$PY" -c 'import json,sys; print(json.load(sys.stdin)["median_mb_per_s"])')")
done
"$PY" - "${ours[*]}" "${theirs[*]}" <<'PYEOF'
import statistics, sys
ours = [float(x) for x in sys.argv[1].split()]
theirs = [float(x) for x in sys.argv[2].split()]
print("velocitune  MB/s:", " ".join(f"{x:.1f}" for x in ours), f"| median {statistics.median(ours):.1f}")
print("tokenizers  MB/s:", " ".join(f"{x:.1f}" for x in theirs), f"| median {statistics.median(theirs):.1f}")
print(f"ratio (velocitune / tokenizers): {statistics.median(ours) / statistics.median(theirs):.2f}x  (one thread each, alternated runs)")
PYEOF
