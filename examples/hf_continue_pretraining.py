#!/usr/bin/env python3
"""Continue pre-training a small GPT-2 with Hugging Face's Trainer, the mixture driven by a
Velocitune controller (`velocitune serve`).

The model is built from a config (no download), tokens are bytes (vocabulary 257), and the two
domains are folders of text (default: the demo corpus's prose and code). Every --update-every
steps the callback measures each domain's held-out loss per token, reports it, and applies the
controller's new weights to the sampler. Prints one JSON line with the weights it ended with.

    velocitune serve --port 8765 &
    python examples/hf_continue_pretraining.py --controller http://127.0.0.1:8765 --steps 200

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
from velocitune_client.hf import VelocituneCallback, WeightedDomainSampler, WeightSchedule, domain_loss


class Blocks(Dataset):
    """Non-overlapping blocks of byte tokens (id = byte, 256 = end of document)."""

    def __init__(self, texts, block):
        ids = []
        for text in texts:
            ids.extend(text)
            ids.append(256)
        self.blocks = [torch.tensor(ids[i:i + block]) for i in range(0, len(ids) - block + 1, block)]

    def __len__(self):
        return len(self.blocks)

    def __getitem__(self, i):
        return {"input_ids": self.blocks[i], "labels": self.blocks[i]}


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
    """A Trainer whose training batches come from the Velocitune sampler."""

    def __init__(self, *args, velocitune_sampler=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.velocitune_sampler = velocitune_sampler

    def _get_train_sampler(self, *args, **kwargs):
        return self.velocitune_sampler


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
    parser.add_argument("--batch", type=int, default=8)
    parser.add_argument("--target-ratio", type=float, default=0.6, help="targets as a fraction of each domain's initial loss")
    parser.add_argument("--output-dir", default="demo-output/hf-example")
    parser.add_argument("--workers", type=int, default=0, help="data loader workers (the sampler stays in the main process)")
    parser.add_argument("--resume", action="store_true", help="continue from the latest checkpoint in --output-dir")
    parser.add_argument("--stop-at", type=int, help="stop with a checkpoint after this step (continue later with --resume)")
    args = parser.parse_args()

    torch.manual_seed(0)
    domains, train, held_out = [], [], {}
    for spec in args.domains.split(","):
        name, folder = spec.split("=", 1)
        texts = read_domain(folder)
        split = max(1, len(texts) // 10)
        domains.append(name)
        train.append(Blocks(texts[split:], args.block))
        held_out[name] = [item["input_ids"] for item in Blocks(texts[:split], args.block)][:32]

    config = GPT2Config(vocab_size=257, n_positions=args.block, n_embd=64, n_layer=2, n_head=2, bos_token_id=256, eos_token_id=256)
    model = GPT2LMHeadModel(config)
    natural = {d: len(t) / sum(len(x) for x in train) for d, t in zip(domains, train)}
    schedule = WeightSchedule(domains, natural)
    sampler = WeightedDomainSampler([len(t) for t in train], schedule, samples_per_step=args.batch, seed=0,
                                    total_samples=args.steps * args.batch)
    # Targets: a fraction of each domain's loss under the freshly built model.
    l_target = {d: args.target_ratio * domain_loss(model, held_out[d]) for d in domains}
    controller = Controller(args.controller, token=args.token)
    callback = VelocituneCallback(controller, args.run_id, sampler, held_out, l_target=l_target, update_every=args.update_every)
    training = TrainingArguments(output_dir=args.output_dir, max_steps=args.steps, per_device_train_batch_size=args.batch,
                                 learning_rate=2e-3, warmup_steps=10, lr_scheduler_type="constant_with_warmup",
                                 save_steps=args.save_every, logging_steps=max(args.steps // 10, 1), report_to=[], use_cpu=True,
                                 dataloader_num_workers=args.workers, seed=0, disable_tqdm=True)
    callbacks = [callback] + ([StopAt(args.stop_at)] if args.stop_at else [])
    trainer = MixtureTrainer(model=model, args=training, train_dataset=ConcatDataset(train), callbacks=callbacks,
                             velocitune_sampler=sampler)
    resume = None
    if args.resume:
        checkpoints = sorted((d for d in os.listdir(args.output_dir) if d.startswith("checkpoint-")), key=lambda d: int(d.split("-")[1]))
        resume = os.path.join(args.output_dir, checkpoints[-1]) if checkpoints else None
    trainer.train(resume_from_checkpoint=resume)
    print(json.dumps({"domains": domains, "initial_weights": natural, "stages": schedule.stages, "final_weights": dict(zip(domains, schedule.weights_at(args.steps))),
                      "versions": len(controller.versions()), "history": callback.history}))


if __name__ == "__main__":
    main()
