#!/usr/bin/env python3
"""Builds a nanoGPT model in PyTorch (same module names as karpathy/nanoGPT's model.py: tied
lm_head, causal mask buffer `attn.bias`), saves its state_dict as safetensors, and prints its
loss on given tokens: the peer for loading PyTorch checkpoints in velocitune.

usage: nanogpt_export.py OUT.safetensors TOKENS.json N_LAYER N_HEAD N_EMBD BLOCK_SIZE VOCAB [--compiled-prefix]
"""
import json, math, sys
import torch, torch.nn as nn, torch.nn.functional as F
from safetensors.torch import save_file


class CausalSelfAttention(nn.Module):
    def __init__(self, C, NH, T):
        super().__init__()
        self.c_attn, self.c_proj, self.n_head = nn.Linear(C, 3 * C), nn.Linear(C, C), NH
        self.register_buffer("bias", torch.tril(torch.ones(T, T)).view(1, 1, T, T))

    def forward(self, x):
        B, T, C = x.size()
        q, k, v = self.c_attn(x).split(C, dim=2)
        q, k, v = (t.view(B, T, self.n_head, C // self.n_head).transpose(1, 2) for t in (q, k, v))
        att = (q @ k.transpose(-2, -1)) * (1.0 / math.sqrt(k.size(-1)))
        att = F.softmax(att.masked_fill(self.bias[:, :, :T, :T] == 0, float("-inf")), dim=-1)
        return self.c_proj((att @ v).transpose(1, 2).contiguous().view(B, T, C))


class MLP(nn.Module):
    def __init__(self, C):
        super().__init__()
        self.c_fc, self.c_proj = nn.Linear(C, 4 * C), nn.Linear(4 * C, C)

    def forward(self, x):
        return self.c_proj(F.gelu(self.c_fc(x), approximate="tanh"))


class Block(nn.Module):
    def __init__(self, C, NH, T):
        super().__init__()
        self.ln_1, self.attn, self.ln_2, self.mlp = nn.LayerNorm(C), CausalSelfAttention(C, NH, T), nn.LayerNorm(C), MLP(C)

    def forward(self, x):
        x = x + self.attn(self.ln_1(x))
        return x + self.mlp(self.ln_2(x))


class GPT(nn.Module):
    def __init__(self, L, NH, C, T, V):
        super().__init__()
        self.transformer = nn.ModuleDict(dict(wte=nn.Embedding(V, C), wpe=nn.Embedding(T, C),
                                              h=nn.ModuleList(Block(C, NH, T) for _ in range(L)), ln_f=nn.LayerNorm(C)))
        self.lm_head = nn.Linear(C, V, bias=False)
        self.transformer.wte.weight = self.lm_head.weight  # weight tying, as nanoGPT
        for p in self.parameters():
            torch.nn.init.normal_(p, 0.0, 0.05)  # not the training init: any values must load

    def forward(self, idx, targets):
        x = self.transformer.wte(idx) + self.transformer.wpe(torch.arange(idx.size(1)))
        for block in self.transformer.h:
            x = block(x)
        logits = self.lm_head(self.transformer.ln_f(x))
        return F.cross_entropy(logits.view(-1, logits.size(-1)), targets.reshape(-1))


def main():
    out, tokens = sys.argv[1], torch.tensor(json.load(open(sys.argv[2])))
    L, NH, C, T, V = map(int, sys.argv[3:8])
    torch.manual_seed(0)
    model = GPT(L, NH, C, T, V).eval()
    with torch.no_grad():
        loss = model(tokens[:, :-1], tokens[:, 1:]).item()
    prefix = "_orig_mod." if "--compiled-prefix" in sys.argv else ""
    # Tied tensors share storage, which save_file refuses: store a copy of each, as a
    # state_dict round-trip would.
    state = {prefix + k: v.detach().clone().contiguous() for k, v in model.state_dict().items()}
    save_file(state, out)
    print(json.dumps({"loss": loss, "keys": len(state)}))


if __name__ == "__main__":
    main()
