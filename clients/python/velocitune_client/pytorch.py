"""PyTorch side of the Velocitune mixing controller, for any training loop (needs torch only).

- `WeightSchedule`: the stages `(apply_from_step, version, weights)` a run trains with; versions
  apply in version order only.
- `WeightedDomainSampler`: the rows of every optimizer step's *global* batch (all ranks, all
  micro-batches), a pure function of (seed, schedule); `rank_batches(rank)` gives one rank its
  disjoint micro-batches, and iterating the sampler itself gives the whole stream in the order
  Hugging Face's Trainer (through accelerate) shards it.
- `MixtureDriver`: every `update_every` optimizer steps, evaluates the per-domain held-out loss
  (sharded over the ranks, per-domain sums all-reduced), reports it from rank 0 alone, broadcasts
  the reply, and schedules the new weights on every rank from the same step, past the furthest
  step any rank's loader has already drawn.
- `domain_loss`, `domain_loss_sums`: the per-token loss of a causal LM on a dataset.

Global batch layout. Optimizer step s trains G = batch_size x gradient_accumulation x world_size
rows, the global samples s*G ... s*G + G - 1. Micro-batch a of rank r is the b = batch_size rows
at s*G + (a*W + r)*b ... + b - 1 (W = world_size). This is what accelerate's batch sharding does
with the sampler's stream (batch j goes to rank j mod W), and what `rank_batches` yields.
"""
from __future__ import annotations

import bisect
import logging
import math
import random
import zlib
from typing import Any, Callable, Dict, Iterator, List, Mapping, Optional, Sequence, Tuple

import torch
import torch.nn.functional as F
from torch.utils.data import Dataset, Sampler

from . import Controller, ControllerError, Version

__all__ = ["WeightSchedule", "WeightedDomainSampler", "RankBatches", "MixtureDriver", "MixtureError", "domain_loss",
           "domain_loss_sums", "initial_weights", "METRIC_PREFIX"]

log = logging.getLogger("velocitune_client")

METRIC_PREFIX = "velocitune"
"""Logged values are named `velocitune/version`, `velocitune/loss/DOMAIN`, ... (see `MixtureDriver`)."""


# -- torch.distributed helpers (each is the identity in a single process) ------------------

def _distributed() -> bool:
    return torch.distributed.is_available() and torch.distributed.is_initialized()


def _rank() -> int:
    return torch.distributed.get_rank() if _distributed() else 0


def _world_size() -> int:
    return torch.distributed.get_world_size() if _distributed() else 1


def _collective_device() -> torch.device:
    """Where tensors of a collective live: NCCL needs CUDA tensors, gloo takes CPU ones."""
    if _distributed() and "nccl" in str(torch.distributed.get_backend()).lower():
        return torch.device("cuda", torch.cuda.current_device())
    return torch.device("cpu")


def _broadcast(value: Any) -> Any:
    """Rank 0's `value` on every rank."""
    if not _distributed():
        return value
    box = [value]
    torch.distributed.broadcast_object_list(box, src=0)
    return box[0]


def _all_reduce(values: Sequence[float], op: str) -> List[float]:
    """Element-wise sum or max of `values` over the ranks (float64), the same on every rank."""
    if not _distributed():
        return [float(v) for v in values]
    tensor = torch.tensor([float(v) for v in values], dtype=torch.float64, device=_collective_device())
    torch.distributed.all_reduce(tensor, op=torch.distributed.ReduceOp.SUM if op == "sum" else torch.distributed.ReduceOp.MAX)
    return tensor.cpu().tolist()


# -- the schedule -------------------------------------------------------------------------

class WeightSchedule:
    """Piecewise-constant weights: each stage applies from its step until the next stage's.

    Stages are in step order and in version order at once: `add` refuses a version that is not
    newer than the latest stage's and never places a stage before the latest one, so a reply
    never lands behind a newer one (the sampler would otherwise go back to older weights).
    """

    def __init__(self, domains: Sequence[str], initial: Mapping[str, float], version: int = 0):
        self.domains = list(domains)
        self.stages: List[dict] = [{"apply_from_step": 0, "version": int(version),
                                    "weights": [float(initial[d]) for d in self.domains]}]

    def add(self, apply_from_step: int, version: int, weights: Mapping[str, float]) -> Optional[int]:
        """Adds a stage from `max(apply_from_step, the latest stage's step)`; a stage at the latest
        stage's step replaces it. Returns the step it applies from, or None (nothing changes)
        when `version` is not newer than the latest stage's version."""
        if int(version) <= self.version:
            return None
        step = max(int(apply_from_step), self.stages[-1]["apply_from_step"])
        stage = {"apply_from_step": step, "version": int(version), "weights": [float(weights[d]) for d in self.domains]}
        if step == self.stages[-1]["apply_from_step"]:
            self.stages[-1] = stage
        else:
            self.stages.append(stage)
        return step

    def weights_at(self, step: int) -> List[float]:
        """The weights in effect at optimizer step `step`."""
        index = bisect.bisect_right([s["apply_from_step"] for s in self.stages], step) - 1
        return self.stages[max(index, 0)]["weights"]

    @property
    def version(self) -> int:
        """The version of the latest stage."""
        return self.stages[-1]["version"]

    def state_dict(self) -> dict:
        """The schedule as JSON-compatible data (save it with every checkpoint)."""
        return {"domains": self.domains, "stages": [dict(s) for s in self.stages]}

    def load_state_dict(self, state: Mapping) -> None:
        """Restores a saved schedule (for the same domains, in the same order)."""
        if list(state["domains"]) != self.domains:
            raise ValueError(f"the saved schedule is for domains {state['domains']}, not {self.domains}")
        stages = [dict(s) for s in state["stages"]]
        for before, after in zip(stages, stages[1:]):
            if not (after["apply_from_step"] > before["apply_from_step"] and after["version"] > before["version"]):
                raise ValueError(f"the saved schedule is not in step and version order: {before} then {after}")
        self.stages = stages


def initial_weights(spec: str, sizes: Mapping[str, int]) -> Dict[str, float]:
    """The weights a run starts from, as the controller spells them: "natural" (proportional to
    each domain's training rows `sizes`), "uniform", or "name=w,name=w,..." (normalised; unnamed
    domains get 0). Raises ValueError naming the bad part and what was expected."""
    domains = list(sizes)
    if spec == "natural":
        total = sum(sizes.values())
        return {d: sizes[d] / total for d in domains}
    if spec == "uniform":
        return {d: 1 / len(domains) for d in domains}
    weights = {d: 0.0 for d in domains}
    for part in spec.split(","):
        name, sep, value = part.partition("=")
        if not sep or name.strip() not in weights:
            raise ValueError(f"initial weights {spec!r}: {part!r} is not name=weight for one of the domains {domains} "
                             "(expected natural, uniform or name=w,name=w,...)")
        try:
            weight = float(value)
        except ValueError:
            weight = float("nan")
        if not math.isfinite(weight) or weight < 0:
            raise ValueError(f"initial weights {spec!r}: the weight of {name.strip()!r} is {value!r}, expected a finite number >= 0")
        weights[name.strip()] = weight
    total = sum(weights.values())
    if total <= 0:
        raise ValueError(f"initial weights {spec!r}: the weights sum to 0, expected at least one above 0")
    return {d: w / total for d, w in weights.items()}


# -- the sampler ----------------------------------------------------------------------------

class WeightedDomainSampler(Sampler):
    """Indices into `ConcatDataset(datasets)` following a `WeightSchedule`, step by step.

    domain_sizes: rows per domain (in the schedule's domain order); batch_size: rows per
    micro-batch on one rank; gradient_accumulation: micro-batches per optimizer step;
    world_size: data-parallel ranks; total_steps: optimizer steps the run takes (the stream ends
    there). Each optimizer step trains `samples_per_step` = batch_size x gradient_accumulation x
    world_size rows (the module docstring gives their layout over ranks and micro-batches).

    In every step, each domain gets the floor or the ceiling of its weight x samples_per_step
    rows (less than one row from its share of the step), the rounding carried over to the next
    steps so that totals follow the weights as well; the domains are interleaved within the
    step. Each domain is read in a permutation seeded by (seed, domain, pass), so no row repeats
    within a pass. The
    rows are a pure function of (seed, schedule): a resumed run with the same schedule gets the
    same rows. `position_step` is the furthest step whose rows have been drawn (-1 before any):
    the weights of steps up to it are fixed.
    """

    def __init__(self, domain_sizes: Sequence[int], schedule: WeightSchedule, batch_size: int, gradient_accumulation: int = 1,
                 world_size: int = 1, seed: int = 0, total_steps: Optional[int] = None):
        if any(int(size) <= 0 for size in domain_sizes):
            raise ValueError(f"every domain needs at least one sample, got sizes {list(domain_sizes)}")
        if len(domain_sizes) != len(schedule.domains):
            raise ValueError(f"{len(domain_sizes)} domain sizes for {len(schedule.domains)} domains")
        if batch_size < 1 or gradient_accumulation < 1 or world_size < 1:
            raise ValueError(f"batch_size, gradient_accumulation and world_size must be >= 1, got {batch_size}, "
                             f"{gradient_accumulation}, {world_size}")
        self.sizes = [int(size) for size in domain_sizes]
        self.offsets = [sum(self.sizes[:i]) for i in range(len(self.sizes))]
        self.schedule = schedule
        self.batch_size, self.gradient_accumulation, self.world_size = int(batch_size), int(gradient_accumulation), int(world_size)
        self.samples_per_step = self.batch_size * self.gradient_accumulation * self.world_size
        self.seed = int(seed)
        self.total_steps = int(total_steps) if total_steps is not None else 10 ** 9
        self.position_step = -1

    @classmethod
    def for_trainer(cls, args: Any, domain_sizes: Sequence[int], schedule: WeightSchedule, seed: int = 0) -> "WeightedDomainSampler":
        """A sampler sized from Hugging Face `TrainingArguments`: per-device batch, gradient
        accumulation, world size and `max_steps`."""
        return cls(domain_sizes, schedule, args.per_device_train_batch_size, args.gradient_accumulation_steps, args.world_size,
                   seed=seed, total_steps=args.max_steps if args.max_steps > 0 else None)

    def _order(self, domain: int, epoch: int) -> List[int]:
        """Domain `domain`'s rows (as `ConcatDataset` indices) in the order of pass `epoch`."""
        rng = random.Random(zlib.crc32(f"{self.seed}:{self.schedule.domains[domain]}:{epoch}".encode()))
        order = list(range(self.sizes[domain]))
        rng.shuffle(order)
        return [self.offsets[domain] + i for i in order]

    @staticmethod
    def _interleave(counts: Sequence[int]) -> List[int]:
        """The domain of each row of a step with `counts` rows per domain: smooth weighted round
        robin, exactly counts[d] rows of domain d, spread over the step."""
        size = sum(counts)
        credit = [0] * len(counts)
        pattern: List[int] = []
        for _ in range(size):
            chosen = -1
            for d, count in enumerate(counts):
                if count > 0:
                    credit[d] += count
                    if chosen < 0 or credit[d] > credit[chosen]:
                        chosen = d
            credit[chosen] -= size
            pattern.append(chosen)
        return pattern

    def steps(self, start_step: int = 0) -> Iterator[Tuple[int, List[int]]]:
        """(step, the step's global rows) from `start_step` on; earlier steps are counted (the
        state carries over) without drawing their rows."""
        k, size = len(self.sizes), self.samples_per_step
        carry, positions, passes = [0.0] * k, [0] * k, [0] * k
        orders: List[Optional[List[int]]] = [None] * k   # the current pass's order, made when needed
        patterns: Dict[Tuple[int, ...], List[int]] = {}
        for step in range(self.total_steps):
            weights = self.schedule.weights_at(step)
            total = sum(weights)
            quota = [w / total * size for w in weights]
            counts = [math.floor(q) for q in quota]
            live = [d for d in range(k) if weights[d] > 0]
            for d in range(k):
                if weights[d] <= 0:
                    carry[d] = 0.0
            # The rows left after rounding down go to the largest remainders, counting what
            # earlier steps' rounding gave or withheld, so totals follow the weights too.
            ranked = sorted(live, key=lambda d: (-(quota[d] - counts[d] + carry[d]), d))
            for i in range(size - sum(counts)):
                counts[ranked[i % len(ranked)]] += 1
            for d in live:
                carry[d] += quota[d] - counts[d]
            if step < start_step:
                for d in live:
                    positions[d] += counts[d]
                    if positions[d] >= self.sizes[d]:
                        passes[d] += positions[d] // self.sizes[d]
                        positions[d] %= self.sizes[d]
                        orders[d] = None
                continue
            taken: List[Iterator[int]] = []
            for d in range(k):
                rows_d: List[int] = []
                need = counts[d]
                while need > 0:
                    if orders[d] is None:
                        orders[d] = self._order(d, passes[d])
                    chunk = orders[d][positions[d]:positions[d] + need]
                    rows_d += chunk
                    need -= len(chunk)
                    positions[d] += len(chunk)
                    if positions[d] == self.sizes[d]:
                        passes[d] += 1
                        positions[d] = 0
                        orders[d] = None
                taken.append(iter(rows_d))
            key = tuple(counts)
            if key not in patterns:
                patterns[key] = self._interleave(counts)
            self.position_step = max(self.position_step, step)
            yield step, [next(taken[d]) for d in patterns[key]]

    def micro_batch(self, rows: Sequence[int], rank: int, micro: int) -> List[int]:
        """Rank `rank`'s micro-batch `micro` within one step's global rows."""
        start = (micro * self.world_size + rank) * self.batch_size
        return list(rows[start:start + self.batch_size])

    def rank_batches(self, rank: int, start_step: int = 0) -> "RankBatches":
        """The micro-batches of one rank, `gradient_accumulation` per step from `start_step`
        (a batch sampler: `DataLoader(dataset, batch_sampler=sampler.rank_batches(rank))`)."""
        if not 0 <= rank < self.world_size:
            raise ValueError(f"rank {rank} is outside the sampler's world size {self.world_size}")
        return RankBatches(self, rank, start_step)

    def domain_of(self, index: int) -> int:
        """The domain (position in the schedule's domains) of a `ConcatDataset` index."""
        return bisect.bisect_right(self.offsets, index) - 1

    def __iter__(self) -> Iterator[int]:
        for _, rows in self.steps():
            yield from rows

    def __len__(self) -> int:
        return self.total_steps * self.samples_per_step


class RankBatches(Sampler):
    """One rank's micro-batches of a `WeightedDomainSampler` (see `rank_batches`)."""

    def __init__(self, sampler: WeightedDomainSampler, rank: int, start_step: int = 0):
        self.sampler, self.rank, self.start_step = sampler, int(rank), int(start_step)

    def __iter__(self) -> Iterator[List[int]]:
        for _, rows in self.sampler.steps(self.start_step):
            for micro in range(self.sampler.gradient_accumulation):
                yield self.sampler.micro_batch(rows, self.rank, micro)

    def __len__(self) -> int:
        return max(self.sampler.total_steps - self.start_step, 0) * self.sampler.gradient_accumulation


# -- evaluation ---------------------------------------------------------------------------

def _logits(model: torch.nn.Module, ids: torch.Tensor) -> torch.Tensor:
    output = model(ids)
    return output.logits if hasattr(output, "logits") else output


def _row(item: Any) -> torch.Tensor:
    return item["input_ids"] if isinstance(item, Mapping) else item


@torch.no_grad()
def domain_loss_sums(model: torch.nn.Module, dataset: Dataset, batch_size: int = 8, rank: int = 0, world_size: int = 1,
                     logits_fn: Optional[Callable[[torch.nn.Module, torch.Tensor], torch.Tensor]] = None) -> Tuple[float, int]:
    """(summed cross-entropy, predicted tokens) of a causal LM over rows `rank`, `rank + world_size`,
    ... of `dataset` (items: 1-D LongTensors of token ids, or dicts with "input_ids", all of one
    length). Every rank runs the same number of forward passes of the same size (short shares
    are padded with a row whose loss is not counted), as FSDP and tensor parallelism require.
    `logits_fn(model, ids)` gives the logits (default: `model(ids)`, or its `.logits`)."""
    logits_fn = logits_fn or _logits
    was_training = model.training
    model.eval()
    device = next(model.parameters()).device
    per_rank = math.ceil(len(dataset) / world_size)
    rows = list(range(rank, len(dataset), world_size))
    rows += [-1] * (per_rank - len(rows))
    total, count = 0.0, 0
    for start in range(0, per_rank, batch_size):
        chunk = rows[start:start + batch_size]
        ids = torch.stack([_row(dataset[i if i >= 0 else 0]) for i in chunk]).to(device)
        keep = torch.tensor([i >= 0 for i in chunk], device=device)
        logits = logits_fn(model, ids)[:, :-1]
        targets = ids[:, 1:]
        losses = F.cross_entropy(logits.reshape(-1, logits.size(-1)).float(), targets.reshape(-1), reduction="none")
        total += losses.view(len(chunk), -1).sum(dim=1)[keep].double().sum().item()
        count += int(keep.sum().item()) * targets.size(1)
    model.train(was_training)
    return total, count


def domain_loss(model: torch.nn.Module, dataset: Dataset, batch_size: int = 8,
                logits_fn: Optional[Callable[[torch.nn.Module, torch.Tensor], torch.Tensor]] = None) -> float:
    """Mean cross-entropy per predicted token of a causal LM over the whole `dataset`, in this
    process: summed over tokens, divided by the token count."""
    total, count = domain_loss_sums(model, dataset, batch_size, logits_fn=logits_fn)
    return total / max(count, 1)


# -- the driver ---------------------------------------------------------------------------

class MixtureError(RuntimeError):
    """The controller refused a request (or rank 0 failed talking to it); raised on every rank."""


class MixtureDriver:
    """Everything between a training loop and the controller; call it on every rank.

    controller: a `Controller` (used on rank 0 only); run_id: the run's id on it; sampler: the
    run's `WeightedDomainSampler` (on every rank, with the same schedule); eval_datasets:
    held-out dataset per domain; l_target: target loss per domain; update_every: report every m
    optimizer steps; sharded_eval: evaluate each domain's rows split over the ranks and
    all-reduce the per-domain sums (every rank takes part in every forward, as FSDP needs), or
    on rank 0 alone (False); tokens_per_sample: tokens in a training row, to report tokens
    consumed (None: not reported); logits_fn: `logits_fn(model, ids)` for models whose forward
    is not `model(ids)`; policy and mixer options as for `Controller.register`.

    In a loop: `start(model)` before the first step (or `load_state_dict(saved)` when
    resuming), `step(step, model)` after every optimizer step (`step` = steps done), and
    `state_dict()` on rank 0 into every checkpoint. `step` returns, at report steps, the values
    to log (the same dict on every rank):

    - `velocitune/loss/DOMAIN`: held-out loss per token at this step
    - `velocitune/weight/DOMAIN`: the weights the run trains with from `velocitune/apply_step` on
    - `velocitune/velocity/DOMAIN`: the controller's velocity (absent when it did not answer)
    - `velocitune/version`: the controller version in the schedule; `velocitune/apply_step`:
      the optimizer step it applies from; `velocitune/unreachable`: 1 when the controller did not
      answer (every rank keeps the last weights), else 0
    """

    def __init__(self, controller: Controller, run_id: str, sampler: WeightedDomainSampler, eval_datasets: Mapping[str, Dataset],
                 l_target: Optional[Mapping[str, float]] = None, update_every: int = 100, policy: str = "velocitune",
                 eval_batch_size: int = 8, sharded_eval: bool = True, tokens_per_sample: Optional[int] = None,
                 logits_fn: Optional[Callable[[torch.nn.Module, torch.Tensor], torch.Tensor]] = None, **mixer_options: Any):
        if update_every < 1:
            raise ValueError(f"update_every must be >= 1, got {update_every}")
        self.controller, self.run_id, self.sampler = controller, run_id, sampler
        self.schedule = sampler.schedule
        self.domains = list(self.schedule.domains)
        missing = [d for d in self.domains if d not in eval_datasets]
        if missing:
            raise ValueError(f"no held-out dataset for domains {missing}")
        self.eval_datasets = {d: eval_datasets[d] for d in self.domains}
        self.l_target = dict(l_target) if l_target is not None else None
        self.update_every, self.policy, self.eval_batch_size = int(update_every), policy, int(eval_batch_size)
        self.sharded_eval, self.tokens_per_sample, self.logits_fn = sharded_eval, tokens_per_sample, logits_fn
        self.mixer_options = mixer_options
        self.history: List[dict] = []
        self.l_init: Optional[Dict[str, float]] = None
        self._registered = False

    # -- public -------------------------------------------------------------------------

    def evaluate(self, model: torch.nn.Module) -> Dict[str, float]:
        """Held-out loss per token of every domain, the same on every rank (a collective when
        sharded: call it on every rank)."""
        rank, world = (_rank(), _world_size()) if self.sharded_eval else (0, 1)
        sums: List[float] = []
        if self.sharded_eval or rank == 0:
            for d in self.domains:
                sums.extend(domain_loss_sums(model, self.eval_datasets[d], self.eval_batch_size, rank, world, self.logits_fn))
        if self.sharded_eval:
            sums = _all_reduce(sums, "sum")
            return {d: sums[2 * i] / max(sums[2 * i + 1], 1) for i, d in enumerate(self.domains)}
        return _broadcast({d: sums[2 * i] / max(sums[2 * i + 1], 1) for i, d in enumerate(self.domains)} if _rank() == 0 else None)

    def check_ranks(self) -> None:
        """Stops every rank with the same `MixtureError` unless every rank drives the same run: a
        sampler built for this world size, and the same domains, rows per domain, global batch
        layout, seed, steps, update interval and schedule as rank 0 (a collective; `start` and
        `load_state_dict` call it)."""
        world = _world_size()
        if self.sampler.world_size != world:
            message = (f"the sampler is built for world size {self.sampler.world_size}, torch.distributed runs {world} "
                       f"ranks: build it with world_size={world}")
        else:
            message = None
        mine = self._fingerprint()
        if _distributed():
            every: List[Any] = [None] * world
            torch.distributed.all_gather_object(every, (mine, message))
        else:
            every = [(mine, message)]
        problems = [f"rank {r}: {m}" for r, (_, m) in enumerate(every) if m]
        reference = every[0][0]
        for r, (theirs, _) in enumerate(every[1:], start=1):
            differing = [key for key in reference if theirs.get(key) != reference[key]]
            if differing:
                problems.append(f"rank {r} differs from rank 0 in {', '.join(differing)} ("
                                + "; ".join(f"{key}: {theirs.get(key)!r} vs {reference[key]!r}" for key in differing) + ")")
        if problems:
            raise MixtureError("velocitune: the ranks do not drive the same run: " + "; ".join(problems))

    def start(self, model: torch.nn.Module) -> Dict[str, float]:
        """A fresh run: checks that every rank drives the same run (`check_ranks`), measures
        `l_init`, registers the run from rank 0 (with the schedule's initial weights) and
        returns the values to log at step 0."""
        self.check_ranks()
        self.l_init = self.evaluate(model)
        result = self._on_rank0(self._register)
        logs = self._logs(0, self.l_init, result, applied=0)
        self.history.append({"step": 0, "losses": self.l_init, "weights": result.weights if result else None})
        return logs

    def step(self, step: int, model: torch.nn.Module) -> Optional[Dict[str, float]]:
        """After optimizer step `step` (steps done): at multiples of `update_every`, evaluates,
        reports from rank 0, broadcasts the reply and schedules it on every rank; returns the
        values to log then, else None."""
        if step <= 0 or step % self.update_every != 0:
            return None
        losses = self.evaluate(model)
        # The furthest step any rank's loader has drawn rows for: the weights up to it are fixed.
        drawn = int(_all_reduce([self.sampler.position_step], "max")[0])
        tokens = step * self.sampler.samples_per_step * self.tokens_per_sample if self.tokens_per_sample else None
        reply = self._on_rank0(lambda: self._report(step, losses, tokens))
        applied = None
        if reply is not None:
            applied = self.schedule.add(max(reply.apply_from_step, drawn + 1), reply.version, reply.weights)
        self.history.append({"step": step, "losses": losses, "weights": reply.weights if reply else None,
                             "version": reply.version if reply else None, "apply_from_step": applied})
        return self._logs(step, losses, reply, applied)

    def state_dict(self) -> dict:
        """What a checkpoint keeps: the schedule and (on rank 0) the controller's snapshot, to
        rebuild a lost controller. Not a collective."""
        snapshot = None
        if _rank() == 0:
            try:
                snapshot = self.controller.snapshot()
            except Exception as error:   # an unreachable controller must not stop checkpointing
                log.warning("velocitune: no controller snapshot in this checkpoint (%s)", error)
        return {"schedule": self.schedule.state_dict(), "controller": snapshot, "l_init": self.l_init}

    def load_state_dict(self, state: Mapping[str, Any]) -> None:
        """Resumes from a checkpoint's `state_dict()` on every rank: restores the schedule and,
        from rank 0, the run on the controller (harmless if it survived)."""
        self.schedule.load_state_dict(state["schedule"])
        self.l_init = state.get("l_init")
        self.controller.run_id = self.run_id
        snapshot = state.get("controller")

        def restore() -> bool:
            if snapshot:
                try:
                    self.controller.restore(snapshot, run_id=self.run_id)
                except ControllerError as error:
                    if error.status != 0:
                        raise
                    log.warning("velocitune: controller unreachable on resume (%s); keeping the saved schedule", error.detail)
            return True
        self._on_rank0(restore)
        self._registered = True
        self.check_ranks()

    # -- internals ----------------------------------------------------------------------

    def _fingerprint(self) -> Dict[str, Any]:
        """What must be the same on every rank."""
        sampler = self.sampler
        return {"domains": self.domains, "sizes": sampler.sizes, "batch_size": sampler.batch_size,
                "gradient_accumulation": sampler.gradient_accumulation, "world_size": sampler.world_size, "seed": sampler.seed,
                "total_steps": sampler.total_steps, "update_every": self.update_every, "sharded_eval": self.sharded_eval,
                "eval_rows": [len(self.eval_datasets[d]) for d in self.domains], "stages": self.schedule.stages}

    def _on_rank0(self, call: Callable[[], Any]) -> Any:
        """`call()` on rank 0, its result broadcast; an exception there is raised on every rank."""
        outcome: Tuple[str, Any] = ("ok", None)
        if _rank() == 0:
            try:
                outcome = ("ok", call())
            except Exception as error:
                outcome = ("error", f"{type(error).__name__}: {error}")
        outcome = _broadcast(outcome)
        if outcome[0] == "error":
            raise MixtureError(f"velocitune (rank 0): {outcome[1]}")
        return outcome[1]

    def _register(self) -> Optional[Version]:
        assert self.l_init is not None
        reply = self.controller.register(self.run_id, self.domains, self.l_init, self.l_target, policy=self.policy,
                                         initial_weights=dict(zip(self.domains, self.schedule.weights_at(0))),
                                         update_every=self.update_every, **self.mixer_options)
        self._registered = reply is not None
        return reply

    def _report(self, step: int, losses: Mapping[str, float], tokens: Optional[int]) -> Optional[Version]:
        if not self._registered:
            # The controller was down when the run started: register now (same l_init), then report.
            if self.l_init is None or self._register() is None:
                return None
        return self.controller.report(step, losses, tokens=tokens, base_version=self.schedule.version)

    def _logs(self, step: int, losses: Mapping[str, float], reply: Optional[Version], applied: Optional[int]) -> Dict[str, float]:
        p = METRIC_PREFIX
        logs: Dict[str, float] = {f"{p}/loss/{d}": float(losses[d]) for d in self.domains}
        if reply is not None and applied is not None:
            logs.update({f"{p}/weight/{d}": float(reply.weights[d]) for d in self.domains})
            logs.update({f"{p}/velocity/{d}": float(v) for d, v in reply.velocity.items()})
            logs[f"{p}/version"], logs[f"{p}/apply_step"] = float(reply.version), float(applied)
        else:
            stage = self.schedule.stages[-1]
            logs.update({f"{p}/weight/{d}": w for d, w in zip(self.domains, stage["weights"])})
            logs[f"{p}/version"], logs[f"{p}/apply_step"] = float(stage["version"]), float(stage["apply_from_step"])
        logs[f"{p}/unreachable"] = 0.0 if reply is not None else 1.0
        return logs
