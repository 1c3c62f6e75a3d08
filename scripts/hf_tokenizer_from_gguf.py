#!/usr/bin/env python3
"""Builds a Hugging Face `tokenizers` tokenizer from a GGUF file's byte-level BPE metadata, as
SmolLM2's own tokenizer.json is: BPE (vocab, merges), pre-tokenizer Sequence[Digits(individual),
ByteLevel(add_prefix_space=False)], ByteLevel decoder, control/user-defined tokens as special added
tokens. Then encodes each text of a JSON list read from stdin and prints the id lists (JSON).

usage: hf_tokenizer_from_gguf.py GGUF [OUT_TOKENIZER.json]
"""
import json, sys
import gguf
from tokenizers import Tokenizer, AddedToken, models, pre_tokenizers, decoders

reader = gguf.GGUFReader(sys.argv[1])
tokens = reader.fields["tokenizer.ggml.tokens"].contents()
types = reader.fields["tokenizer.ggml.token_type"].contents()
merges = [tuple(m.split(" ", 1)) for m in reader.fields["tokenizer.ggml.merges"].contents()]
pre = reader.fields["tokenizer.ggml.pre"].contents()
assert pre in ("smollm", "starcoder", "refact"), pre
tokenizer = Tokenizer(models.BPE(vocab={t: i for i, t in enumerate(tokens)}, merges=merges, fuse_unk=False, byte_fallback=False))
tokenizer.pre_tokenizer = pre_tokenizers.Sequence([pre_tokenizers.Digits(individual_digits=True),
                                                   pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=True)])
tokenizer.decoder = decoders.ByteLevel()
tokenizer.add_special_tokens([AddedToken(t, special=True, normalized=False) for t, ty in zip(tokens, types) if ty in (3, 4)])
if len(sys.argv) > 2:
    tokenizer.save(sys.argv[2])
texts = json.load(sys.stdin)
print(json.dumps([tokenizer.encode(t, add_special_tokens=False).ids for t in texts]))
