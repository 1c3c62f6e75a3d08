#!/usr/bin/env python3
"""Generates mathematics_dataset question/answer pairs deterministically, one file per module.

Runs in a virtual environment with mathematics-dataset 1.0.1, sympy 1.4, numpy 1.23.5, absl-py
and six (scripts/build-corpus.sh creates it). Each module gets its own seed (CRC32 of its name)
and its own process, and sympy's Dummy numbering is pinned, so modules can be generated in
parallel and the output is byte-identical from run to run (run with PYTHONHASHSEED=0).

usage: math_questions.py --out DIR [--per-module N] [--jobs N]
"""
import argparse
import multiprocessing
import os
import random
import zlib

import numpy as np
from absl import flags
from sympy.core.symbol import Dummy

from mathematics_dataset import generate
from mathematics_dataset.util import composition


def _expand_entities_in_order(context, **kwargs):
    """composition.expand_entities, except that duplicates are removed in first-seen order
    instead of through a set of objects hashed by memory address (whose order, and so the
    shuffle that follows, changed from run to run)."""
    kwargs = kwargs.copy()
    entities = list(context.child_entities)
    for key, maybe_entity in kwargs.items():
        if isinstance(maybe_entity, composition.Entity):
            entities.append(maybe_entity)
            kwargs[key] = maybe_entity.handle
    entities = list(dict.fromkeys(entities))
    random.shuffle(entities)
    descriptions = []
    for entity in entities:
        descriptions.append(entity.child_description)
        if not entity.expression_used:
            descriptions.append(entity.description)
    return " ".join(d for d in descriptions if d), kwargs


composition.expand_entities = _expand_entities_in_order


def modules():
    flags.FLAGS(["math_questions"])          # absl flags with their defaults (no module filter)
    generate.init_modules(train_split=False)
    return list(generate.filtered_modules["train"].items())


def write_module(job):
    name, count, out = job
    seed = zlib.crc32(name.encode())
    random.seed(seed)
    np.random.seed(seed)
    # sympy numbers its Dummy symbols from a base drawn from an unseeded Random() at import; their
    # hashes steer set iteration and so the printed answers. Pin the numbering per module.
    Dummy._base_dummy_index = 1_000_000
    Dummy._count = 0
    module = dict(modules())[name]
    path = os.path.join(out, name + ".txt")
    with open(path + ".tmp", "w", encoding="utf-8") as f:
        for _ in range(count):
            problem, _ = generate.sample_from_module(module)
            f.write(f"{problem.question}\n{problem.answer}\n")
    os.replace(path + ".tmp", path)
    return name


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True)
    parser.add_argument("--per-module", type=int, default=2000)
    parser.add_argument("--jobs", type=int, default=os.cpu_count())
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    jobs = [(name, args.per_module, args.out) for name, _ in modules()]
    # A fresh process per module: generator state (sympy caches, composition globals) from one
    # module would otherwise leak into the next and make output depend on scheduling.
    with multiprocessing.Pool(args.jobs, maxtasksperchild=1) as pool:
        for done in pool.imap_unordered(write_module, jobs):
            print(f"  {done}", flush=True)


if __name__ == "__main__":
    main()
