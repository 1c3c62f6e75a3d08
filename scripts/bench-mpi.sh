#!/usr/bin/env bash
# Data-parallel throughput of `velocitune train` over MPI: 1 process x 1 thread, 1 process x 2
# threads and 2 ranks x 1 thread, alternated round by round, on the `ref` shape (4 layers, 256 wide,
# context 256, batch 8; the vocabulary is the corpus's). Prints per configuration the median
# tokens/s over the rounds (each round's figure is the median step after 3 warm-up steps), the
# scaling efficiency against 1 x 1 per core, the shares of step time spent summing gradients and
# waiting for the slower rank before the sum, and the bandwidth of the sum per rank.
#   scripts/bench-mpi.sh [--binary .build-mpi/debug/velocitune] [--data CORPUS] [--rounds 3] [--steps 30]
set -euo pipefail
cd "$(dirname "$0")/.."
binary=.build-mpi/debug/velocitune data="" rounds=3 steps=30
while (($#)); do
  case "$1" in
    --binary) binary=$2; shift 2 ;;
    --data) data=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --steps) steps=$2; shift 2 ;;
    *) echo "bench-mpi: unknown option $1 (expected --binary, --data, --rounds, --steps)" >&2; exit 2 ;;
  esac
done
[[ -x "$binary" ]] || { echo "bench-mpi: no MPI build at $binary (make test builds it; its kernels are optimised in every configuration)" >&2; exit 2; }
command -v mpirun >/dev/null || { echo "bench-mpi: mpirun not found (scripts/setup.sh --mpi)" >&2; exit 2; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
if [[ -z "$data" ]]; then
  data="$scratch/corpus"
  "$binary" prepare --domain shell=corpus/demo/shell --domain code=corpus/demo/code --domain math=corpus/demo/math \
    --domain prose=corpus/demo/prose --vocab-size 4096 --out "$data" >/dev/null
fi
export OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1 OMPI_MCA_btl_vader_single_copy_mechanism=none
model=(--n-layer 4 --n-head 4 --n-embd 256 --block-size 256 --batch-size 8 --max-steps "$steps" --eval-every 100000
       --eval-tokens 256 --test-tokens 0 --checkpoint-every 100000 --warmup-steps 5)
for round in $(seq "$rounds"); do
  for config in "1 1" "1 2" "2 1"; do
    read -r ranks threads <<<"$config"
    out="$scratch/run-$ranks-$threads-$round"
    mpirun -np "$ranks" --oversubscribe --bind-to none --mca btl self,vader "$binary" train --data "$data" --out "$out" \
      --threads "$threads" "${model[@]}" >/dev/null 2>&1
    echo "$ranks $threads $out"
  done
done | python3 -c '
import json, statistics, sys
runs = {}
for line in sys.stdin:
    ranks, threads, out = line.split()
    events = [json.loads(l) for l in open(out + "/metrics.jsonl")]
    train = [e for e in events if e["event"] == "train"][3:]
    step_s = sum(8 * 256 / e["tokens_per_s"] for e in train)
    info = next(e for e in events if e["event"] == "end").get("info", {})
    reduce_s, wait_s = float(info.get("allreduce_s", 0)), float(info.get("rank_wait_s", 0))
    floats, steps = int(info.get("gradient_floats", 0)), len([e for e in events if e["event"] == "train"])
    # Each rank sends and receives 2 (N - 1) / N of the gradient per sum (reduce-scatter, all-gather).
    moved = 2 * (int(ranks) - 1) / int(ranks) * 4 * floats * steps
    runs.setdefault((int(ranks), int(threads)), []).append(
        (statistics.median(e["tokens_per_s"] for e in train), reduce_s / step_s, wait_s / step_s, moved / reduce_s if reduce_s else 0))
base = statistics.median(f[0] for f in runs[(1, 1)])
print("ranks x threads  tokens/s  per round          efficiency  all-reduce share  waiting share  bandwidth per rank")
for (ranks, threads), figures in sorted(runs.items()):
    rate = statistics.median(f[0] for f in figures)
    reduce_share, wait_share = statistics.median(f[1] for f in figures), statistics.median(f[2] for f in figures)
    bandwidth = statistics.median(f[3] for f in figures)
    rounds = ", ".join(f"{f[0]:.0f}" for f in figures)
    print(f"{ranks} x {threads}            {rate:8.0f}  {rounds:18s} {rate / base / (ranks * threads):6.2f}      {100 * reduce_share:5.1f}%            "
          f"{100 * wait_share:5.1f}%         {bandwidth / 1e9:5.2f} GB/s" if bandwidth else
          f"{ranks} x {threads}            {rate:8.0f}  {rounds:18s} {rate / base / (ranks * threads):6.2f}      -                 -              -")
'
