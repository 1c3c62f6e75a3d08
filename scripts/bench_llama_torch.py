#!/usr/bin/env python3
"""PyTorch eager side of `velocitune bench llama`: transformers' LlamaForCausalLM built from
SmolLM2-135M's config (random weights, fp32, eager attention), AdamW, random tokens. Prints one
JSON line: median step seconds, tokens/s and peak RSS.

usage: bench_llama_torch.py [--threads N] [--steps N] [--batch B] [--time T] [--last-k K]
"""
import argparse, json, resource, time
import torch, transformers


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--threads", type=int, default=1); ap.add_argument("--steps", type=int, default=4)
    ap.add_argument("--batch", type=int, default=4); ap.add_argument("--time", type=int, default=256)
    ap.add_argument("--last-k", type=int, default=None)
    a = ap.parse_args()
    torch.set_num_threads(a.threads); torch.manual_seed(0)
    config = transformers.LlamaConfig(hidden_size=576, intermediate_size=1536, num_hidden_layers=30, num_attention_heads=9,
                                      num_key_value_heads=3, head_dim=64, rms_norm_eps=1e-5, rope_theta=100000.0, vocab_size=49152,
                                      max_position_embeddings=8192, tie_word_embeddings=True, attn_implementation="eager")
    model = transformers.LlamaForCausalLM(config).float().train()
    params = list(model.parameters())
    if a.last_k is not None:
        for p in model.parameters():
            p.requires_grad_(False)
        for layer in model.model.layers[len(model.model.layers) - a.last_k:]:
            for p in layer.parameters():
                p.requires_grad_(True)
        model.model.norm.weight.requires_grad_(True)
        params = [p for p in model.parameters() if p.requires_grad]
    decay = [p for p in params if p.dim() >= 2]; other = [p for p in params if p.dim() < 2]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": 0.1}, {"params": other, "weight_decay": 0.0}], lr=3e-4,
                            betas=(0.9, 0.95), eps=1e-8, foreach=True)
    times, loss, cpu0, wall0 = [], 0.0, 0.0, 0.0
    for step in range(a.steps + 1):
        if step == 1:
            cpu0, wall0 = time.process_time(), time.perf_counter()
        idx = torch.randint(0, config.vocab_size, (a.batch, a.time + 1))
        started = time.perf_counter()
        logits = model(input_ids=idx[:, :-1]).logits
        loss = torch.nn.functional.cross_entropy(logits.reshape(-1, logits.shape[-1]), idx[:, 1:].reshape(-1))
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        opt.step()
        if step >= 1:
            times.append(time.perf_counter() - started)
    cores = (time.process_time() - cpu0) / (time.perf_counter() - wall0)
    times.sort()
    median = times[len(times) // 2]
    print(json.dumps(dict(impl="pytorch-eager", torch=torch.__version__, threads=a.threads, mode="full" if a.last_k is None else f"last {a.last_k} blocks",
                          batch=a.batch, time=a.time, step_s=round(median, 4), tokens_per_s=round(a.batch * a.time / median, 1),
                          peak_rss_mb=round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024), loss=round(float(loss.detach()), 4), cores_used=round(cores, 2))))


if __name__ == "__main__":
    main()
