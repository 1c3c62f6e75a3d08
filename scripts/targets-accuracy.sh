#!/usr/bin/env bash
# How good the targets are: for each setting, one `velocitune run` of an example experiment with
# its schedule set to cosine or constant and its runs cut to the static one, then the table of
# README "How good the targets are": each method's predicted target against the loss the static
# run reached at the budget, whether the 90% interval holds it, and the in-proxy backtest.
#   usage: scripts/targets-accuracy.sh [OUT_DIR] [SETTING ...]
#   settings: quick-cosine quick-constant full-cosine full-constant unseen-cosine unseen-constant
#   (default: these six), plentiful-cosine plentiful-constant trained-cosine trained-constant trained-quick-cosine
#   trained-quick-constant (on request). "unseen" builds a corpus
#   the method was not developed on from Debian packages (apt-get download libcoq-stdlib dict-devil;
#   CPython's standard library from this machine's /usr/lib/python3.*): code, Coq proofs, and the
#   Devil's Dictionary as the replay domain. "plentiful" is the full demo on the 73 MB full corpus
#   (scripts/build-corpus.sh the first time: ~60 MB of downloads, 13 minutes here beside a run), where a run
#   sees 0.14 passes over its data instead of 1.75: it tells whether the misses come from repetition.
#   "trained" is the full demo from a base pre-trained 4x longer (4,000 steps; "trained-quick": the
#   quick demo's, 3,200 steps): continual pre-training then sees fewer tokens than pre-training did,
#   as it does from a real base model.
# About 27 minutes on 2 cores for all six (measured 2026-12-02). Needs a release build (swift build -c release).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
binary="${VELOCITUNE_BIN:-$root/.build/release/velocitune}"
[[ -x "$binary" ]] || { echo "targets-accuracy: build first (swift build -c release), or set VELOCITUNE_BIN" >&2; exit 1; }
out="$(mkdir -p "${1:-targets-accuracy}" && cd "${1:-targets-accuracy}" && pwd)"; shift $(( $# >= 1 ? 1 : 0 ))
settings=("$@"); (( ${#settings[@]} )) || settings=(quick-cosine quick-constant full-cosine full-constant unseen-cosine unseen-constant)

unseen_corpus() {
  local dir="$out/unseen-text"
  [[ -f "$dir/.complete" ]] && return
  rm -rf "$dir" && mkdir -p "$dir/packages" && (cd "$dir/packages" && apt-get download libcoq-stdlib dict-devil >/dev/null)
  for deb in "$dir"/packages/*.deb; do dpkg -x "$deb" "$dir/root"; done
  python3 "$root/scripts/targets_accuracy.py" unseen-corpus "$dir"
  touch "$dir/.complete"
}

plentiful_corpus() {
  local dir="$out/full-corpus"
  [[ -f "$dir/.complete" ]] && return
  rm -rf "$dir" && "$root/scripts/build-corpus.sh" "$dir" >&2 && rm -rf "$dir/.work"
  touch "$dir/.complete"
}

for setting in "${settings[@]}"; do
  size="${setting%-*}"; schedule="${setting##*-}"
  case "$size" in
    quick|unseen|trained-quick) source_file="$root/examples/experiment-quick.yaml" ;;
    full|plentiful|trained) source_file="$root/examples/experiment.yaml" ;;
    *) echo "targets-accuracy: unknown setting $setting" >&2; exit 2 ;;
  esac
  [[ "$schedule" == cosine || "$schedule" == constant ]] || { echo "targets-accuracy: unknown schedule in $setting" >&2; exit 2; }
  [[ "$size" == unseen ]] && unseen_corpus
  [[ "$size" == plentiful ]] && plentiful_corpus
  python3 "$root/scripts/targets_accuracy.py" experiment "$source_file" "$out/$setting" "$schedule" "$size" "$root" > "$out/$setting.yaml"
  start=$(date +%s)
  (cd "$root" && "$binary" run "$out/$setting.yaml" --threads "${THREADS:-2}") > "$out/$setting.log" 2>&1
  echo "$setting: $(( $(date +%s) - start )) s" >&2
done
python3 "$root/scripts/targets_accuracy.py" table "$out" "${settings[@]}"
