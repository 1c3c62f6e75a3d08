#!/usr/bin/env python3
"""Reads a velocitune token shard with numpy (the format in README.md, "Shard format")."""
import sys, zlib
import numpy as np

def read_shard(path):
    data = open(path, "rb").read()
    assert data[:8] == b"VTSHARD\0", "not a velocitune shard"
    version, width, count, docs, vocab, crc = np.frombuffer(data[8:40], dtype="<u4,<u4,<u8,<u8,<u4,<u4")[0]
    assert version == 1 and width in (2, 4)
    body = data[64:]
    assert len(body) == count * width, "truncated"
    assert zlib.crc32(body) == crc, "checksum mismatch"
    tokens = np.frombuffer(body, dtype="<u2" if width == 2 else "<u4")
    return tokens, int(docs), int(vocab), int(width)

if __name__ == "__main__":
    tokens, docs, vocab, width = read_shard(sys.argv[1])
    print(f"tokens={len(tokens)} documents={docs} vocab={vocab} width={width} crc=ok")
    print(" ".join(map(str, tokens.tolist())))
