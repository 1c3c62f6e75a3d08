#!/usr/bin/env python3
"""Continue pre-training a small GPT-2 with Hugging Face's Trainer, the mixture driven by a
Velocitune controller (`velocitune serve`), on one process or many.

The model is built from a config (no download), tokens are bytes (vocabulary 257), and the two
domains are folders of text (default: the demo corpus's prose and code). Every --update-every
steps the callback measures each domain's held-out loss per token (split over the ranks), rank 0
reports it, and every rank applies the controller's new weights from the same step. Rank 0
prints one JSON line with the weights it ended with.

    velocitune serve --port 8765 &
    python examples/hf_continue_pretraining.py --controller http://127.0.0.1:8765 --steps 200
    torchrun --nproc_per_node 2 examples/hf_continue_pretraining.py --controller http://127.0.0.1:8765 --steps 200

Needs torch and transformers (pip install "./clients/python[hf]").
"""
import argparse
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "clients", "python"))

import torch
from torch.utils.data import ConcatDataset, Dataset
from transformers import GPT2Config, GPT2LMHeadModel, Trainer, TrainerCallback, TrainingArguments

from velocitune_client import Controller
from velocitune_client.hf import METRIC_PREFIX, VelocituneCallback, WeightedDomainSampler, WeightSchedule, domain_loss
from velocitune_client.pytorch import initial_weights


class Blocks(Dataset):
    """Non-overlapping blocks of byte tokens (id = byte, 256 = end of document); with `rows`,
    items also carry their index in the concatenated training set (to trace what was trained)."""

    def __init__(self, texts, block, limit=None, offset=None):
        ids = []
        for text in texts:
            ids.extend(text)
            ids.append(256)
        self.blocks = [torch.tensor(ids[i:i + block]) for i in range(0, len(ids) - block + 1, block)][:limit]
        self.offset = offset

    def __len__(self):
        return len(self.blocks)

    def __getitem__(self, i):
        item = {"input_ids": self.blocks[i], "labels": self.blocks[i]}
        if self.offset is not None:
            item["row"] = torch.tensor(self.offset + i)
        return item


def read_domain(folder):
    paths = sorted(os.path.join(d, f) for d, _, files in os.walk(folder) for f in files if not f.startswith("."))
    return [open(p, "rb").read() for p in paths]


class StopAt(TrainerCallback):
    """Stops training (with a checkpoint) after a given step, as an interruption would."""

    def __init__(self, step):
        self.step = step

    def on_step_end(self, args, state, control, **kwargs):
        if state.global_step == self.step:
            control.should_save = True
            control.should_training_stop = True


class MixtureTrainer(Trainer):
    """A Trainer whose training batches come from the Velocitune sampler; it records the rows
    each optimizer step trained on this rank (items with a "row" field)."""

    def __init__(self, *args, velocitune_sampler=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.velocitune_sampler = velocitune_sampler
        self.trained_rows = []   # [step, rows of one micro-batch]

    def _get_train_sampler(self, *args, **kwargs):
        return self.velocitune_sampler

    def training_step(self, model, inputs, *args, **kwargs):
        rows = inputs.pop("row", None)
        if rows is not None:
            self.trained_rows.append([self.state.global_step, rows.tolist()])
        return super().training_step(model, inputs, *args, **kwargs)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--controller", required=True, help="controller URL, e.g. http://127.0.0.1:8765")
    parser.add_argument("--token", default=os.environ.get("VELOCITUNE_TOKEN"))
    parser.add_argument("--run-id", default="hf-example")
    parser.add_argument("--domains", default="prose=corpus/demo/prose,code=corpus/demo/code")
    parser.add_argument("--steps", type=int, default=200)
    parser.add_argument("--update-every", type=int, default=20)
    parser.add_argument("--save-every", type=int, default=50)
    parser.add_argument("--block", type=int, default=64)
    parser.add_argument("--batch", type=int, default=8, help="rows per device and micro-batch")
    parser.add_argument("--grad-accum", type=int, default=1, help="micro-batches per optimizer step")
    parser.add_argument("--limit-rows", type=int, help="use at most this many training rows per domain (several passes in a short run)")
    parser.add_argument("--policy", default="velocitune", help="the controller's mixing policy (velocitune, static, distance, no-target, linear)")
    parser.add_argument("--initial-weights", default="natural", help="natural (by training rows), uniform, or name=w,name=w,...")
    parser.add_argument("--target-ratio", type=float, default=0.6, help="targets as a fraction of each domain's initial loss")
    parser.add_argument("--output-dir", default="demo-output/hf-example")
    parser.add_argument("--workers", type=int, default=0, help="data loader workers (the sampler stays in the main process)")
    parser.add_argument("--eval-on", choices=["all-ranks", "rank0"], default="all-ranks",
                        help="held-out evaluation split over every rank (as FSDP needs) or on rank 0 alone")
    parser.add_argument("--report-to", default="none", help="Trainer integrations: none, tensorboard, wandb, mlflow, ... (comma-separated)")
    parser.add_argument("--retry-for", type=float, default=15.0, help="seconds to keep retrying an unreachable controller")
    parser.add_argument("--resume", action="store_true", help="continue from the latest checkpoint in --output-dir")
    parser.add_argument("--stop-at", type=int, help="stop with a checkpoint after this step (continue later with --resume)")
    parser.add_argument("--trace", help="directory: each rank writes rank-R.json (its schedule, the rows it trained, the logs)")
    args = parser.parse_args()

    torch.manual_seed(0)
    domains, train, held_out = [], [], {}
    for spec in args.domains.split(","):
        name, folder = spec.split("=", 1)
        texts = read_domain(folder)
        split = max(1, len(texts) // 10)
        domains.append(name)
        offset = sum(len(t) for t in train) if args.trace else None
        train.append(Blocks(texts[split:], args.block, args.limit_rows, offset))
        held_out[name] = [item["input_ids"] for item in Blocks(texts[:split], args.block)][:32]

    report_to = [] if args.report_to == "none" else args.report_to.split(",")
    training = TrainingArguments(output_dir=args.output_dir, max_steps=args.steps, per_device_train_batch_size=args.batch,
                                 gradient_accumulation_steps=args.grad_accum, learning_rate=2e-3, warmup_steps=10,
                                 lr_scheduler_type="constant_with_warmup", save_steps=args.save_every,
                                 logging_steps=max(args.steps // 10, 1), report_to=report_to, use_cpu=True,
                                 dataloader_num_workers=args.workers, seed=0, disable_tqdm=True,
                                 remove_unused_columns=False,   # keep "row" (popped before the forward)
                                 ddp_find_unused_parameters=False)
    config = GPT2Config(vocab_size=257, n_positions=args.block, n_embd=64, n_layer=2, n_head=2, bos_token_id=256, eos_token_id=256)
    model = GPT2LMHeadModel(config)
    try:
        initial = initial_weights(args.initial_weights, {d: len(t) for d, t in zip(domains, train)})
    except ValueError as error:
        parser.error(f"--initial-weights: {error}")
    schedule = WeightSchedule(domains, initial)
    # Global samples per optimizer step: per-device batch x gradient accumulation x world size.
    sampler = WeightedDomainSampler.for_trainer(training, [len(t) for t in train], schedule, seed=0)
    # Targets: a fraction of each domain's loss under the freshly built model (the same on every rank).
    l_target = {d: args.target_ratio * domain_loss(model, held_out[d]) for d in domains}
    controller = Controller(args.controller, token=args.token, retry_for=args.retry_for)
    callback = VelocituneCallback(controller, args.run_id, sampler, held_out, l_target=l_target, update_every=args.update_every,
                                  policy=args.policy, sharded_eval=args.eval_on == "all-ranks", tokens_per_sample=args.block)
    callbacks = [callback] + ([StopAt(args.stop_at)] if args.stop_at else [])
    trainer = MixtureTrainer(model=model, args=training, train_dataset=ConcatDataset(train), callbacks=callbacks,
                             velocitune_sampler=sampler)
    callback.attach(trainer)   # its values go into the Trainer's logs, hence to every report_to integration
    resume = None
    if args.resume:
        checkpoints = sorted((d for d in os.listdir(args.output_dir) if d.startswith("checkpoint-")), key=lambda d: int(d.split("-")[1]))
        resume = os.path.join(args.output_dir, checkpoints[-1]) if checkpoints else None
    trainer.train(resume_from_checkpoint=resume)

    rank = training.process_index
    logs = [entry for entry in trainer.state.log_history if any(k.startswith(METRIC_PREFIX + "/") for k in entry)]
    if args.trace:
        os.makedirs(args.trace, exist_ok=True)
        with open(os.path.join(args.trace, f"rank-{rank}.json"), "w") as f:
            json.dump({"rank": rank, "world_size": training.world_size, "domains": domains, "sizes": [len(t) for t in train],
                       "samples_per_step": sampler.samples_per_step, "batch": args.batch, "accumulation": args.grad_accum,
                       "stages": schedule.stages, "rows": trainer.trained_rows, "logs": logs}, f)
    if rank == 0:
        try:
            versions = len(controller.versions())
        except Exception:   # the controller is down: the run kept its last weights
            versions = None
        print(json.dumps({"domains": domains, "initial_weights": initial, "stages": schedule.stages,
                          "final_weights": dict(zip(domains, schedule.weights_at(args.steps))), "versions": versions,
                          "history": callback.history, "logs": logs}))


if __name__ == "__main__":
    main()
