"""Hugging Face Trainer integration for the Velocitune mixing controller (extra `[hf]`).

- `WeightSchedule`: the stages `(apply_from_step, version, weights)` the run has used.
- `WeightedDomainSampler`: draws indices into a `ConcatDataset` of per-domain datasets, a pure
  function of (seed, step, schedule); it runs in the main process, so it works with
  `dataloader_num_workers > 0`.
- `VelocituneCallback`: every `update_every` steps evaluates the per-domain held-out loss (per
  token), reports it from global rank 0, broadcasts the reply to every rank, schedules the new
  weights past the data loader's prefetch window, and saves the schedule (and the controller's
  state, to rebuild a lost controller) in every checkpoint.
- `domain_loss`: the per-token mean loss of a causal LM on a dataset.
"""
from __future__ import annotations

import bisect
import json
import os
import random
import zlib
from typing import Dict, List, Mapping, Optional, Sequence

import torch
import torch.nn.functional as F
from torch.utils.data import DataLoader, Dataset, Sampler
from transformers import TrainerCallback

from . import Controller, Version

__all__ = ["WeightSchedule", "WeightedDomainSampler", "VelocituneCallback", "domain_loss"]

SCHEDULE_FILE = "velocitune.json"


class WeightSchedule:
    """Piecewise-constant weights: each stage applies from its step until the next stage's."""

    def __init__(self, domains: Sequence[str], initial: Mapping[str, float], version: int = 0):
        self.domains = list(domains)
        self.stages: List[dict] = [{"apply_from_step": 0, "version": version, "weights": [float(initial[d]) for d in self.domains]}]

    def add(self, apply_from_step: int, version: int, weights: Mapping[str, float]) -> None:
        """Adds a stage; stages stay sorted by step (a later stage at the same step replaces)."""
        stage = {"apply_from_step": int(apply_from_step), "version": int(version), "weights": [float(weights[d]) for d in self.domains]}
        self.stages = [s for s in self.stages if s["apply_from_step"] != stage["apply_from_step"]] + [stage]
        self.stages.sort(key=lambda s: s["apply_from_step"])

    def weights_at(self, step: int) -> List[float]:
        """The weights in effect at optimizer step `step`."""
        index = bisect.bisect_right([s["apply_from_step"] for s in self.stages], step) - 1
        return self.stages[max(index, 0)]["weights"]

    @property
    def version(self) -> int:
        """The version of the latest stage."""
        return self.stages[-1]["version"]

    def state_dict(self) -> dict:
        return {"domains": self.domains, "stages": self.stages}

    def load_state_dict(self, state: Mapping) -> None:
        if list(state["domains"]) != self.domains:
            raise ValueError(f"the saved schedule is for domains {state['domains']}, not {self.domains}")
        self.stages = [dict(s) for s in state["stages"]]


class WeightedDomainSampler(Sampler):
    """Indices into `ConcatDataset(datasets)` following a `WeightSchedule`.

    Sample k belongs to optimizer step `k // samples_per_step` (samples_per_step = per-device
    batch x gradient accumulation x world size when the loader is sharded across ranks). Each
    sample goes to the domain with the largest deficit (weight accumulated minus samples given),
    so realised proportions stay within one sample of the weights; each domain is read in a
    permutation seeded by (seed, domain, pass). The order is a pure function of (seed, step,
    schedule): a resumed run that replays its schedule gets the same batches.
    """

    def __init__(self, domain_sizes: Sequence[int], schedule: WeightSchedule, samples_per_step: int, seed: int = 0,
                 total_samples: Optional[int] = None):
        if any(size <= 0 for size in domain_sizes):
            raise ValueError(f"every domain needs at least one sample, got sizes {list(domain_sizes)}")
        self.sizes = list(domain_sizes)
        self.offsets = [sum(self.sizes[:i]) for i in range(len(self.sizes))]
        self.schedule = schedule
        self.samples_per_step = int(samples_per_step)
        self.seed = int(seed)
        self.total = total_samples if total_samples is not None else 10 ** 12
        self.position_step = 0   # the step of the next sample this sampler will yield

    def _order(self, domain: int, epoch: int) -> List[int]:
        rng = random.Random(zlib.crc32(f"{self.seed}:{self.schedule.domains[domain]}:{epoch}".encode()))
        order = list(range(self.sizes[domain]))
        rng.shuffle(order)
        return order

    def __iter__(self):
        k = len(self.sizes)
        deficits, positions, epochs = [0.0] * k, [0] * k, [0] * k
        orders = [self._order(d, 0) for d in range(k)]
        for sample in range(self.total):
            step = sample // self.samples_per_step
            self.position_step = step
            weights = self.schedule.weights_at(step)
            total = sum(weights)
            chosen = -1
            for d in range(k):
                if weights[d] > 0:
                    deficits[d] += weights[d] / total
                    if chosen < 0 or deficits[d] > deficits[chosen]:
                        chosen = d
                else:
                    deficits[d] = 0.0
            deficits[chosen] -= 1
            yield self.offsets[chosen] + orders[chosen][positions[chosen]]
            positions[chosen] += 1
            if positions[chosen] == self.sizes[chosen]:
                epochs[chosen] += 1
                positions[chosen] = 0
                orders[chosen] = self._order(chosen, epochs[chosen])

    def __len__(self) -> int:
        return self.total


@torch.no_grad()
def domain_loss(model, dataset: Dataset, batch_size: int = 8) -> float:
    """Mean cross-entropy per predicted token of a causal LM over `dataset` (items are 1-D
    LongTensors of token ids, or dicts with "input_ids"): summed over tokens, divided by the
    token count, so long and short sequences weigh by their tokens."""
    was_training = model.training
    model.eval()
    device = next(model.parameters()).device
    total, count = 0.0, 0
    for batch in DataLoader(dataset, batch_size=batch_size, collate_fn=_stack):
        ids = batch.to(device)
        logits = model(input_ids=ids).logits[:, :-1]
        targets = ids[:, 1:]
        total += F.cross_entropy(logits.reshape(-1, logits.size(-1)).float(), targets.reshape(-1), reduction="sum").item()
        count += targets.numel()
    model.train(was_training)
    return total / max(count, 1)


def _stack(items):
    return torch.stack([item["input_ids"] if isinstance(item, dict) else item for item in items])


class VelocituneCallback(TrainerCallback):
    """Drives the mixture of a `Trainer` from a Velocitune controller.

    controller: a `Controller`; run_id: the run's id on it; sampler: the train dataloader's
    `WeightedDomainSampler`; eval_datasets: held-out dataset per domain (same order as the
    sampler's domains); l_target: target loss per domain; update_every: report every m steps;
    policy and mixer options as for `Controller.register`.
    """

    def __init__(self, controller: Controller, run_id: str, sampler: WeightedDomainSampler,
                 eval_datasets: Mapping[str, Dataset], l_target: Optional[Mapping[str, float]] = None,
                 update_every: int = 100, policy: str = "velocitune", eval_batch_size: int = 8, **mixer_options):
        self.controller, self.run_id, self.sampler = controller, run_id, sampler
        self.eval_datasets, self.l_target = dict(eval_datasets), l_target
        self.update_every, self.policy, self.eval_batch_size = int(update_every), policy, eval_batch_size
        self.mixer_options = mixer_options
        self.domains = sampler.schedule.domains
        self.history: List[dict] = []

    # -- helpers --------------------------------------------------------------------------

    def _losses(self, model) -> Dict[str, float]:
        return {d: domain_loss(model, self.eval_datasets[d], self.eval_batch_size) for d in self.domains}

    @staticmethod
    def _broadcast(value):
        """Sends rank 0's `value` to every rank (identity without torch.distributed)."""
        if torch.distributed.is_available() and torch.distributed.is_initialized():
            box = [value]
            torch.distributed.broadcast_object_list(box, src=0)
            return box[0]
        return value

    def _apply(self, version: Optional[Version]) -> None:
        if version is None:
            return
        # Weights must not change for batches the loader has already drawn: apply them no
        # earlier than the sampler's position (which runs ahead by the prefetch window).
        step = max(version.apply_from_step, self.sampler.position_step + 1)
        self.sampler.schedule.add(step, version.version, version.weights)

    # -- callback events ------------------------------------------------------------------

    def on_train_begin(self, args, state, control, model=None, **kwargs):
        checkpoint = os.path.join(args.output_dir, f"checkpoint-{state.global_step}", SCHEDULE_FILE)
        if state.global_step > 0 and os.path.exists(checkpoint):
            with open(checkpoint) as f:
                saved = json.load(f)
            self.sampler.schedule.load_state_dict(saved["schedule"])
            self.controller.run_id = self.run_id
            if state.is_world_process_zero and saved.get("controller"):
                self.controller.restore(saved["controller"], run_id=self.run_id)   # harmless if it survived
            return
        reply = None
        if state.is_world_process_zero:
            l_init = self._losses(model)
            options = dict(self.mixer_options)
            reply = self.controller.register(self.run_id, self.domains, l_init, self.l_target, policy=self.policy,
                                             initial_weights=dict(zip(self.domains, self.sampler.schedule.weights_at(0))),
                                             update_every=self.update_every, **options)
            self.history.append({"step": 0, "losses": l_init, "weights": reply.weights if reply else None})
        self._broadcast(reply)

    def on_step_end(self, args, state, control, model=None, **kwargs):
        if state.global_step % self.update_every != 0:
            return
        reply = None
        if state.is_world_process_zero:
            losses = self._losses(model)
            tokens = state.global_step * args.per_device_train_batch_size * args.gradient_accumulation_steps * args.world_size
            reply = self.controller.report(state.global_step, losses, tokens=tokens, base_version=self.sampler.schedule.version)
            self.history.append({"step": state.global_step, "losses": losses, "weights": reply.weights if reply else None})
        self._apply(self._broadcast(reply))

    def on_save(self, args, state, control, **kwargs):
        if not state.is_world_process_zero:
            return
        directory = os.path.join(args.output_dir, f"checkpoint-{state.global_step}")
        os.makedirs(directory, exist_ok=True)
        try:
            snapshot = self.controller.snapshot()
        except Exception:   # an unreachable controller must not stop checkpointing
            snapshot = None
        path = os.path.join(directory, SCHEDULE_FILE)
        with open(path + ".tmp", "w") as f:
            json.dump({"schedule": self.sampler.schedule.state_dict(), "controller": snapshot}, f)
        os.replace(path + ".tmp", path)
