"""Hugging Face Trainer integration for the Velocitune mixing controller (extra `[hf]`).

- `WeightedDomainSampler.for_trainer(args, sizes, schedule)`: the train sampler, sized in global
  samples per optimizer step (per-device batch x gradient accumulation x world size); the
  Trainer (through accelerate) gives each rank its disjoint share of every step's rows. It runs
  in the main process, so `dataloader_num_workers > 0` works.
- `VelocituneCallback`: every `update_every` steps, the held-out loss per domain (sharded over
  the ranks by default), reported from global rank 0, the reply broadcast and scheduled on every
  rank from the same step past the loaders' prefetch window; the schedule (and the controller's
  state, to rebuild a lost controller) saved in every checkpoint; with `attach(trainer)`, the
  per-domain loss, weight and velocity and the controller version logged through
  `Trainer.log`, so every `report_to` integration (W&B, TensorBoard, MLflow) records them.
- `WeightSchedule`, `domain_loss`: as in `velocitune_client.pytorch`.
"""
from __future__ import annotations

import json
import os
from typing import Any, Dict, List, Mapping, Optional

from torch.utils.data import Dataset
from transformers import TrainerCallback

from . import Controller
from .pytorch import (METRIC_PREFIX, MixtureDriver, MixtureError, WeightedDomainSampler, WeightSchedule, domain_loss,
                      domain_loss_sums, log)

__all__ = ["WeightSchedule", "WeightedDomainSampler", "VelocituneCallback", "MixtureError", "domain_loss", "domain_loss_sums",
           "METRIC_PREFIX", "SCHEDULE_FILE"]

SCHEDULE_FILE = "velocitune.json"


class VelocituneCallback(TrainerCallback):
    """Drives the mixture of a `Trainer` from a Velocitune controller.

    controller: a `Controller`; run_id: the run's id on it; sampler: the train dataloader's
    `WeightedDomainSampler` (see `WeightedDomainSampler.for_trainer`); eval_datasets: held-out
    dataset per domain; l_target: target loss per domain; update_every: report every m steps;
    sharded_eval, tokens_per_sample, policy and mixer options as for `MixtureDriver`.

    Pass it in `callbacks=[...]` and call `callback.attach(trainer)` so its values reach the
    Trainer's logs (`velocitune/loss/DOMAIN`, `velocitune/weight/DOMAIN`,
    `velocitune/velocity/DOMAIN`, `velocitune/version`, `velocitune/apply_step`,
    `velocitune/unreachable`, at step 0 and at every report step).
    """

    def __init__(self, controller: Controller, run_id: str, sampler: WeightedDomainSampler,
                 eval_datasets: Mapping[str, Dataset], l_target: Optional[Mapping[str, float]] = None,
                 update_every: int = 100, policy: str = "velocitune", eval_batch_size: int = 8, sharded_eval: bool = True,
                 tokens_per_sample: Optional[int] = None, **mixer_options: Any):
        self.driver = MixtureDriver(controller, run_id, sampler, eval_datasets, l_target=l_target, update_every=update_every,
                                    policy=policy, eval_batch_size=eval_batch_size, sharded_eval=sharded_eval,
                                    tokens_per_sample=tokens_per_sample, **mixer_options)
        self.controller, self.run_id, self.sampler = controller, run_id, sampler
        self.update_every = int(update_every)
        self.trainer: Any = None

    @property
    def history(self) -> List[dict]:
        """Every evaluation on this rank: step, losses, the weights the controller answered."""
        return self.driver.history

    def attach(self, trainer: Any) -> "VelocituneCallback":
        """Adds this callback to `trainer` (if it is not there yet) and logs through
        `trainer.log`, so the values reach `state.log_history` and every `report_to` integration."""
        if self not in trainer.callback_handler.callbacks:
            trainer.add_callback(self)
        self.trainer = trainer
        return self

    def _log(self, logs: Optional[Dict[str, float]]) -> None:
        if logs and self.trainer is not None:
            self.trainer.log(dict(logs))

    def _check(self, args: Any) -> None:
        expected = args.per_device_train_batch_size * args.gradient_accumulation_steps * args.world_size
        if self.sampler.samples_per_step != expected:
            raise ValueError(f"the sampler counts {self.sampler.samples_per_step} samples per optimizer step, the Trainer "
                             f"trains {expected} (per-device batch {args.per_device_train_batch_size} x gradient accumulation "
                             f"{args.gradient_accumulation_steps} x world size {args.world_size}): build it with "
                             "WeightedDomainSampler.for_trainer(args, ...)")
        if args.max_steps > self.sampler.total_steps:
            raise ValueError(f"the sampler covers {self.sampler.total_steps} steps, the Trainer runs {args.max_steps}: "
                             "the Trainer would start over and repeat rows")
        accelerator = getattr(args, "accelerator_config", None)
        if getattr(accelerator, "split_batches", False) or getattr(accelerator, "dispatch_batches", None):
            raise ValueError("VelocituneCallback needs accelerate's default batch sharding (split_batches and "
                             "dispatch_batches off): each rank iterates the sampler and takes every world-size-th batch")

    # -- callback events ------------------------------------------------------------------

    def on_train_begin(self, args, state, control, model=None, **kwargs):
        self._check(args)
        if self.trainer is None and state.is_world_process_zero:
            log.warning("velocitune: VelocituneCallback is not attached (callback.attach(trainer)); its values stay out of "
                        "the Trainer's logs")
        if state.global_step > 0:
            path = os.path.join(args.output_dir, f"checkpoint-{state.global_step}", SCHEDULE_FILE)
            if not os.path.exists(path):
                raise FileNotFoundError(f"resuming at step {state.global_step}, but {path} does not exist: resume from a "
                                        "checkpoint the callback saved in output_dir")
            with open(path) as f:
                self.driver.load_state_dict(json.load(f))
            return
        self._log(self.driver.start(model))

    def on_step_end(self, args, state, control, model=None, **kwargs):
        self._log(self.driver.step(state.global_step, model))

    def on_save(self, args, state, control, **kwargs):
        if not state.is_world_process_zero:
            return
        directory = os.path.join(args.output_dir, f"checkpoint-{state.global_step}")
        os.makedirs(directory, exist_ok=True)
        path = os.path.join(directory, SCHEDULE_FILE)
        with open(path + ".tmp", "w") as f:
            json.dump(self.driver.state_dict(), f)
        os.replace(path + ".tmp", path)
