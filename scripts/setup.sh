#!/usr/bin/env bash
# Installs what velocitune needs on a fresh Debian or Ubuntu machine, skipping what is present:
#   system: OpenBLAS (libopenblas-dev) and pkg-config, which the default build links;
#   python (with --python): a virtual environment with the peers the test suite measures
#   against (numpy, scipy, tokenizers, safetensors, torch, transformers). It lives in
#   $VELOCITUNE_VENV (default ~/.cache/velocitune/venv) and is reused when present.
set -euo pipefail

with_python=0
[[ "${1:-}" == "--python" ]] && with_python=1

if ! command -v swift >/dev/null 2>&1; then
  echo "setup: the Swift toolchain (6.1 or newer) is required: https://www.swift.org/install/" >&2
  exit 1
fi

missing=()
pkg-config --exists openblas 2>/dev/null || missing+=(libopenblas-dev pkg-config)
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
  if ! "$venv/bin/python" -c "import numpy, scipy, tokenizers, safetensors, torch, transformers" 2>/dev/null; then
    echo "setup: installing Python peers into $venv"
    "$venv/bin/pip" install -q --disable-pip-version-check numpy scipy tokenizers safetensors torch transformers
  fi
fi
