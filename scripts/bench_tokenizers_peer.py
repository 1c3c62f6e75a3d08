#!/usr/bin/env python3
"""Peer of `velocitune bench tokenizer`: Hugging Face tokenizers encoding the same documents with
the same tokenizer.json on one thread (RAYON_NUM_THREADS=1, encode_batch_fast). Prints one JSON object.

usage: bench_tokenizers_peer.py --tokenizer tokenizer.json --text DIR [--repeat 5]
"""
import os
os.environ["RAYON_NUM_THREADS"] = "1"          # before tokenizers starts its thread pool
os.environ["TOKENIZERS_PARALLELISM"] = "false"
import argparse, json, time
from tokenizers import Tokenizer


def documents(root):
    """Plain files under root, in byte order of relative paths, hidden entries skipped (as prepare)."""
    paths = []
    for directory, subdirs, files in os.walk(root):
        subdirs[:] = [d for d in subdirs if not d.startswith(".")]
        paths += [os.path.join(directory, f) for f in files if not f.startswith(".")]
    paths.sort(key=lambda p: os.path.relpath(p, root).encode())
    docs = []
    for path in paths:
        data = open(path, "rb").read()
        if data and b"\0" not in data[:8192]:
            docs.append(data.decode("utf-8", errors="surrogateescape"))
    return docs


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--tokenizer", required=True)
    p.add_argument("--text", required=True)
    p.add_argument("--repeat", type=int, default=5)
    a = p.parse_args()
    # Texts that are not valid UTF-8 cannot be passed to tokenizers as str; skip them (rare).
    docs = [d for d in documents(a.text) if not any(0xDC80 <= ord(c) <= 0xDCFF for c in d)]
    nbytes = sum(len(d.encode("utf-8")) for d in docs)
    rates, tokens = [], 0
    for _ in range(a.repeat):
        tok = Tokenizer.from_file(a.tokenizer)        # fresh cache each repeat, like the Swift side
        start = time.perf_counter()
        # encode_batch_fast (no offsets) is the library's fastest path; fall back on older versions.
        encode = getattr(tok, "encode_batch_fast", tok.encode_batch)
        out = encode(docs, add_special_tokens=False)
        rates.append(nbytes / 1e6 / (time.perf_counter() - start))
        tokens = sum(len(e.ids) for e in out)
    print(json.dumps({"tool": "tokenizers", "bytes": nbytes, "documents": len(docs), "tokens": tokens,
                      "mb_per_s": rates, "median_mb_per_s": sorted(rates)[len(rates) // 2]}))


if __name__ == "__main__":
    main()
