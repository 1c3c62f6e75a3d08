"""Tests of velocitune_client.hf in one process (no server, no training): the callback refuses a
sampler that does not match the Trainer's arguments, with the numbers. Skipped without
transformers."""
import os
import sys
import types
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

try:
    import torch
    from velocitune_client.hf import VelocituneCallback, WeightedDomainSampler, WeightSchedule
except ImportError:   # the client alone needs neither torch nor transformers
    torch = None


def arguments(batch=4, accumulation=2, world=2, max_steps=40, **accelerator):
    """The fields of TrainingArguments the callback reads."""
    return types.SimpleNamespace(per_device_train_batch_size=batch, gradient_accumulation_steps=accumulation, world_size=world,
                                 max_steps=max_steps, accelerator_config=types.SimpleNamespace(**accelerator))


@unittest.skipIf(torch is None, "torch or transformers is not installed")
class CallbackTests(unittest.TestCase):
    def test_a_sampler_that_does_not_match_the_trainer_is_refused_with_the_numbers(self):
        schedule = WeightSchedule(["a", "b"], {"a": 0.5, "b": 0.5})
        held_out = {d: [torch.tensor([1, 2, 3])] for d in ("a", "b")}
        sampler = WeightedDomainSampler.for_trainer(arguments(), [10, 10], schedule)
        self.assertEqual((sampler.samples_per_step, sampler.total_steps), (16, 40))
        callback = VelocituneCallback(None, "run", sampler, held_out)
        callback._check(arguments())   # the arguments it was built from pass
        for args, says in ((arguments(world=1), "counts 16 samples per optimizer step, the Trainer trains 8 (per-device batch 4 "
                                                "x gradient accumulation 2 x world size 1)"),
                           (arguments(max_steps=41), "covers 40 steps, the Trainer runs 41"),
                           (arguments(split_batches=True), "split_batches and dispatch_batches off"),
                           (arguments(dispatch_batches=True), "split_batches and dispatch_batches off")):
            with self.assertRaises(ValueError) as caught:
                callback._check(args)
            self.assertIn(says, str(caught.exception))


if __name__ == "__main__":
    unittest.main()
