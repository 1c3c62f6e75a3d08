#!/usr/bin/env python3
"""Continue pre-training with a plain torch.distributed loop (DDP, no Trainer), the mixture driven
by a Velocitune controller (`velocitune serve`).

The loop is the one torchtitan and Megatron-LM users know: build the model, wrap it in DDP, and
for each optimizer step run `--grad-accum` micro-batches (gradients synchronised on the last),
step the optimizer, then let the mixture driver act: every `--update-every` steps it evaluates
the held-out loss per domain on every rank (per-domain sums all-reduced), rank 0 reports it to
the controller, and the reply is broadcast and applied on every rank from the same step. Each
rank's loader takes its own disjoint micro-batches of every step's global batch
(`sampler.rank_batches(rank)`); checkpoints keep the model, the optimizer and the driver's state.

    velocitune serve --port 8765 &
    torchrun --nproc_per_node 2 examples/torch_distributed_loop.py --controller http://127.0.0.1:8765 --steps 200
    python examples/torch_distributed_loop.py --controller http://127.0.0.1:8765   # one process works too

The model is a small byte-level causal transformer (vocabulary 257); the domains are folders of
text (default: the demo corpus's prose and code). Rank 0 prints one JSON line per report (the
values a dashboard would plot) and, at the end, one with the schedule it trained with. Needs torch.
"""
import argparse
import contextlib
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "clients", "python"))

import torch
import torch.distributed as dist
import torch.nn as nn
import torch.nn.functional as F
from torch.nn.parallel import DistributedDataParallel
from torch.utils.data import ConcatDataset, DataLoader, Dataset

from velocitune_client import Controller
from velocitune_client.pytorch import MixtureDriver, WeightedDomainSampler, WeightSchedule, domain_loss, initial_weights


class Blocks(Dataset):
    """Non-overlapping blocks of byte tokens (id = byte, 256 = end of document); items carry
    their index in the concatenated training set as "row"."""

    def __init__(self, texts, block, limit=None, offset=0):
        ids = []
        for text in texts:
            ids.extend(text)
            ids.append(256)
        self.blocks = [torch.tensor(ids[i:i + block]) for i in range(0, len(ids) - block + 1, block)][:limit]
        self.offset = offset

    def __len__(self):
        return len(self.blocks)

    def __getitem__(self, i):
        return {"input_ids": self.blocks[i], "row": self.offset + i}


class TinyGPT(nn.Module):
    """A pre-norm causal transformer: embeddings, `layers` blocks, a final norm and the LM head."""

    def __init__(self, vocab=257, block=64, dim=64, layers=2, heads=2):
        super().__init__()
        self.embed, self.position = nn.Embedding(vocab, dim), nn.Embedding(block, dim)
        layer = nn.TransformerEncoderLayer(dim, heads, 4 * dim, dropout=0.0, batch_first=True, norm_first=True)
        self.blocks = nn.TransformerEncoder(layer, layers, enable_nested_tensor=False)
        self.norm, self.head = nn.LayerNorm(dim), nn.Linear(dim, vocab, bias=False)

    def forward(self, ids):
        length = ids.size(1)
        mask = nn.Transformer.generate_square_subsequent_mask(length, device=ids.device)
        x = self.embed(ids) + self.position(torch.arange(length, device=ids.device))
        return self.head(self.norm(self.blocks(x, mask=mask, is_causal=True)))


def read_domain(folder):
    paths = sorted(os.path.join(d, f) for d, _, files in os.walk(folder) for f in files if not f.startswith("."))
    return [open(p, "rb").read() for p in paths]


def latest_checkpoint(directory):
    steps = sorted(int(d.split("-")[1]) for d in os.listdir(directory) if d.startswith("checkpoint-")) if os.path.isdir(directory) else []
    return os.path.join(directory, f"checkpoint-{steps[-1]}", "state.pt") if steps else None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--controller", required=True, help="controller URL, e.g. http://127.0.0.1:8765")
    parser.add_argument("--token", default=os.environ.get("VELOCITUNE_TOKEN"))
    parser.add_argument("--run-id", default="torch-loop-example")
    parser.add_argument("--domains", default="prose=corpus/demo/prose,code=corpus/demo/code")
    parser.add_argument("--steps", type=int, default=200)
    parser.add_argument("--update-every", type=int, default=20)
    parser.add_argument("--save-every", type=int, default=50)
    parser.add_argument("--block", type=int, default=64)
    parser.add_argument("--batch", type=int, default=4, help="rows per rank and micro-batch")
    parser.add_argument("--grad-accum", type=int, default=2, help="micro-batches per optimizer step")
    parser.add_argument("--limit-rows", type=int, help="use at most this many training rows per domain (several passes in a short run)")
    parser.add_argument("--policy", default="velocitune", help="the controller's mixing policy (velocitune, static, distance, no-target, linear)")
    parser.add_argument("--initial-weights", default="natural", help="natural (by training rows), uniform, or name=w,name=w,...")
    parser.add_argument("--target-ratio", type=float, default=0.6, help="targets as a fraction of each domain's initial loss")
    parser.add_argument("--output-dir", default="demo-output/torch-loop-example")
    parser.add_argument("--workers", type=int, default=0, help="data loader workers per rank")
    parser.add_argument("--retry-for", type=float, default=15.0, help="seconds to keep retrying an unreachable controller")
    parser.add_argument("--resume", action="store_true", help="continue from the latest checkpoint in --output-dir")
    parser.add_argument("--stop-at", type=int, help="stop with a checkpoint after this step (continue later with --resume)")
    parser.add_argument("--tensorboard", help="directory for TensorBoard event files (rank 0; needs tensorboard)")
    parser.add_argument("--trace", help="directory: each rank writes rank-R.json (its schedule, the rows it trained, the logs)")
    args = parser.parse_args()

    distributed = "RANK" in os.environ   # started by torchrun
    if distributed:
        dist.init_process_group("nccl" if torch.cuda.is_available() else "gloo")
    rank, world = (dist.get_rank(), dist.get_world_size()) if distributed else (0, 1)
    device = torch.device("cuda", int(os.environ.get("LOCAL_RANK", 0))) if torch.cuda.is_available() else torch.device("cpu")
    torch.manual_seed(0)

    domains, train, held_out = [], [], {}
    for spec in args.domains.split(","):
        name, folder = spec.split("=", 1)
        texts = read_domain(folder)
        split = max(1, len(texts) // 10)
        domains.append(name)
        train.append(Blocks(texts[split:], args.block, args.limit_rows, offset=sum(len(t) for t in train)))
        held_out[name] = [item["input_ids"] for item in Blocks(texts[:split], args.block)][:32]

    model = TinyGPT(block=args.block).to(device)
    try:
        initial = initial_weights(args.initial_weights, {d: len(t) for d, t in zip(domains, train)})
    except ValueError as error:
        parser.error(f"--initial-weights: {error}")
    schedule = WeightSchedule(domains, initial)
    sampler = WeightedDomainSampler([len(t) for t in train], schedule, batch_size=args.batch, gradient_accumulation=args.grad_accum,
                                    world_size=world, seed=0, total_steps=args.steps)
    l_target = {d: args.target_ratio * domain_loss(model, held_out[d]) for d in domains}
    controller = Controller(args.controller, token=args.token, retry_for=args.retry_for)
    driver = MixtureDriver(controller, args.run_id, sampler, held_out, l_target=l_target, update_every=args.update_every,
                           policy=args.policy, tokens_per_sample=args.block)
    ddp = DistributedDataParallel(model) if distributed else model
    optimizer = torch.optim.AdamW(model.parameters(), lr=2e-3, weight_decay=0.0)
    warmup = 10
    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda step: min(1.0, (step + 1) / warmup))

    writer = None
    if args.tensorboard and rank == 0:
        from torch.utils.tensorboard import SummaryWriter
        writer = SummaryWriter(args.tensorboard)
    logged = []

    def record(step, logs):
        if logs is None:
            return
        logged.append({"step": step, **logs})
        if rank == 0:
            print(json.dumps({"step": step, **logs}), flush=True)
            for key, value in logs.items():
                if writer is not None:
                    writer.add_scalar(key, value, step)

    start = 0
    checkpoint = latest_checkpoint(args.output_dir) if args.resume else None
    if checkpoint:
        saved = torch.load(checkpoint, map_location=device, weights_only=False)
        model.load_state_dict(saved["model"])
        optimizer.load_state_dict(saved["optimizer"])
        scheduler.load_state_dict(saved["scheduler"])
        start = saved["step"]
        driver.load_state_dict(saved["mixture"])
    else:
        record(0, driver.start(model))

    # This rank's micro-batches of every global batch, from the step the run is at.
    loader = DataLoader(ConcatDataset(train), batch_sampler=sampler.rank_batches(rank, start_step=start), num_workers=args.workers)
    batches = iter(loader)
    trained = []   # [step, rows of one micro-batch]
    for step in range(start, args.steps):
        for micro in range(args.grad_accum):
            batch = next(batches)
            trained.append([step, batch["row"].tolist()])
            ids = batch["input_ids"].to(device)
            last = micro == args.grad_accum - 1
            with contextlib.nullcontext() if last or not distributed else ddp.no_sync():
                logits = ddp(ids)[:, :-1]
                loss = F.cross_entropy(logits.reshape(-1, logits.size(-1)), ids[:, 1:].reshape(-1)) / args.grad_accum
                loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        scheduler.step()
        optimizer.zero_grad(set_to_none=True)
        done = step + 1
        record(done, driver.step(done, model))   # evaluation (every rank), report (rank 0), broadcast, schedule
        if done % args.save_every == 0 or done == args.stop_at:
            if rank == 0:
                directory = os.path.join(args.output_dir, f"checkpoint-{done}")
                os.makedirs(directory, exist_ok=True)
                torch.save({"model": model.state_dict(), "optimizer": optimizer.state_dict(), "scheduler": scheduler.state_dict(),
                            "step": done, "mixture": driver.state_dict()}, os.path.join(directory, "state.pt.tmp"))
                os.replace(os.path.join(directory, "state.pt.tmp"), os.path.join(directory, "state.pt"))
            if distributed:
                dist.barrier()
        if done == args.stop_at:
            break

    if writer is not None:
        writer.close()
    if args.trace:
        os.makedirs(args.trace, exist_ok=True)
        with open(os.path.join(args.trace, f"rank-{rank}.json"), "w") as f:
            json.dump({"rank": rank, "world_size": world, "domains": domains, "sizes": [len(t) for t in train],
                       "samples_per_step": sampler.samples_per_step, "batch": args.batch, "accumulation": args.grad_accum,
                       "stages": schedule.stages, "rows": trained, "logs": logged}, f)
    if rank == 0:
        print(json.dumps({"domains": domains, "initial_weights": initial, "stages": schedule.stages,
                          "final_weights": dict(zip(domains, schedule.weights_at(args.steps))), "history": driver.history}))
    if distributed:
        # Every rank leaves together, and the DDP wrapper (which holds the process group and its
        # gloo threads) goes first: destroying the group while a peer still talks to it, or
        # while DDP still references it, can abort the process at exit.
        dist.barrier()
        del ddp
        dist.destroy_process_group()


if __name__ == "__main__":
    main()
