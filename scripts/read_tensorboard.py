#!/usr/bin/env python3
"""Prints every scalar of a TensorBoard log directory as JSON, read by tensorboard's own
EventAccumulator: {"tag": [[step, value], ...], ...}. Used by the test suite to check
`velocitune train --tensorboard DIR`."""
import json
import sys

from tensorboard.backend.event_processing.event_accumulator import EventAccumulator


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: read_tensorboard.py LOGDIR")
    accumulator = EventAccumulator(sys.argv[1], size_guidance={"scalars": 0})
    accumulator.Reload()
    scalars = {tag: [[e.step, e.value] for e in accumulator.Scalars(tag)] for tag in accumulator.Tags()["scalars"]}
    json.dump(scalars, sys.stdout, sort_keys=True)


if __name__ == "__main__":
    main()
