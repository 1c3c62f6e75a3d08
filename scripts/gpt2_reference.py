#!/usr/bin/env python3
"""An independent float64 numpy implementation of GPT-2's forward and backward pass (nanoGPT
semantics), the golden reference for the Swift trainer's tests.

usage: gpt2_reference.py CHECKPOINT_DIR TOKENS.json OUT_GRADS.safetensors
  CHECKPOINT_DIR holds model.safetensors and config.json (as `velocitune train` writes them);
  TOKENS.json is a list of rows of T+1 token ids. Prints {"loss": ...}; writes every parameter's
  gradient (float32, same names) to OUT_GRADS.safetensors.
"""
import json, struct, sys
import numpy as np


def read_safetensors(path):
    data = open(path, "rb").read()
    n = struct.unpack("<Q", data[:8])[0]
    header = json.loads(data[8:8 + n])
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        assert info["dtype"] == "F32"
        a, b = info["data_offsets"]
        out[name] = np.frombuffer(data[8 + n + a:8 + n + b], dtype="<f4").reshape(info["shape"]).astype(np.float64)
    return out


def write_safetensors(path, tensors):
    header, offset, blobs = {}, 0, []
    for name, value in tensors.items():
        blob = np.ascontiguousarray(value, dtype="<f4").tobytes()
        header[name] = {"dtype": "F32", "shape": list(value.shape), "data_offsets": [offset, offset + len(blob)]}
        offset += len(blob)
        blobs.append(blob)
    text = json.dumps(header).encode()
    text += b" " * (-len(text) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)) + text + b"".join(blobs))


def layernorm(x, w, b):
    mean = x.mean(-1, keepdims=True)
    rstd = 1 / np.sqrt(x.var(-1, keepdims=True) + 1e-5)
    xhat = (x - mean) * rstd
    return xhat * w + b, (xhat, rstd, w)


def layernorm_back(dout, cache):
    xhat, rstd, w = cache
    dxhat = dout * w
    dx = rstd * (dxhat - dxhat.mean(-1, keepdims=True) - xhat * (dxhat * xhat).mean(-1, keepdims=True))
    return dx, (dout * xhat).sum((0, 1)), dout.sum((0, 1))


S = np.sqrt(2 / np.pi)


def gelu(x):
    return 0.5 * x * (1 + np.tanh(S * (x + 0.044715 * x ** 3)))


def gelu_back(dout, x):
    t = np.tanh(S * (x + 0.044715 * x ** 3))
    return dout * (0.5 * (1 + t) + 0.5 * x * (1 - t * t) * S * (1 + 3 * 0.044715 * x * x))


def main():
    ckpt, tokens_path, out_path = sys.argv[1:4]
    cfg = json.load(open(ckpt + "/config.json"))
    p = read_safetensors(ckpt + "/model.safetensors")
    rows = np.array(json.load(open(tokens_path)), dtype=np.int64)
    idx, targets = rows[:, :-1], rows[:, 1:]
    B, T = idx.shape
    C, NH, L = cfg["n_embd"], cfg["n_head"], cfg["n_layer"]
    hs = C // NH
    g = {name: np.zeros_like(value) for name, value in p.items()}
    mask = np.tril(np.ones((T, T), dtype=bool))

    # Forward, keeping what the backward pass needs.
    x = p["transformer.wte.weight"][idx] + p["transformer.wpe.weight"][:T]
    caches = []
    for l in range(L):
        h = f"transformer.h.{l}."
        a, ln1 = layernorm(x, p[h + "ln_1.weight"], p[h + "ln_1.bias"])
        qkv = a @ p[h + "attn.c_attn.weight"].T + p[h + "attn.c_attn.bias"]
        q, k, v = (qkv[..., i * C:(i + 1) * C].reshape(B, T, NH, hs).transpose(0, 2, 1, 3) for i in range(3))
        scores = np.where(mask, q @ k.transpose(0, 1, 3, 2) / np.sqrt(hs), -np.inf)
        att = np.exp(scores - scores.max(-1, keepdims=True))
        att /= att.sum(-1, keepdims=True)
        y = (att @ v).transpose(0, 2, 1, 3).reshape(B, T, C)
        x2 = x + y @ p[h + "attn.c_proj.weight"].T + p[h + "attn.c_proj.bias"]
        m, ln2 = layernorm(x2, p[h + "ln_2.weight"], p[h + "ln_2.bias"])
        fc = m @ p[h + "mlp.c_fc.weight"].T + p[h + "mlp.c_fc.bias"]
        gl = gelu(fc)
        x3 = x2 + gl @ p[h + "mlp.c_proj.weight"].T + p[h + "mlp.c_proj.bias"]
        caches.append((a, ln1, q, k, v, att, y, m, ln2, fc, gl))
        x = x3
    f, lnf = layernorm(x, p["transformer.ln_f.weight"], p["transformer.ln_f.bias"])
    logits = f @ p["transformer.wte.weight"].T
    logits -= logits.max(-1, keepdims=True)
    probs = np.exp(logits)
    probs /= probs.sum(-1, keepdims=True)
    loss = -np.log(probs[np.arange(B)[:, None], np.arange(T)[None, :], targets]).mean()

    # Backward.
    dlogits = probs
    dlogits[np.arange(B)[:, None], np.arange(T)[None, :], targets] -= 1
    dlogits /= B * T
    g["transformer.wte.weight"] += dlogits.reshape(-1, dlogits.shape[-1]).T @ f.reshape(-1, C)
    dx, dw, db = layernorm_back(dlogits @ p["transformer.wte.weight"], lnf)
    g["transformer.ln_f.weight"] += dw
    g["transformer.ln_f.bias"] += db
    for l in reversed(range(L)):
        h = f"transformer.h.{l}."
        a, ln1, q, k, v, att, y, m, ln2, fc, gl = caches[l]
        # x3 = x2 + mlp(ln2(x2))
        g[h + "mlp.c_proj.weight"] += dx.reshape(-1, C).T @ gl.reshape(-1, 4 * C)
        g[h + "mlp.c_proj.bias"] += dx.sum((0, 1))
        dfc = gelu_back(dx @ p[h + "mlp.c_proj.weight"], fc)
        g[h + "mlp.c_fc.weight"] += dfc.reshape(-1, 4 * C).T @ m.reshape(-1, C)
        g[h + "mlp.c_fc.bias"] += dfc.sum((0, 1))
        dm, dw, db = layernorm_back(dfc @ p[h + "mlp.c_fc.weight"], ln2)
        g[h + "ln_2.weight"] += dw
        g[h + "ln_2.bias"] += db
        dx = dx + dm
        # x2 = x + proj(attention(ln1(x)))
        g[h + "attn.c_proj.weight"] += dx.reshape(-1, C).T @ y.reshape(-1, C)
        g[h + "attn.c_proj.bias"] += dx.sum((0, 1))
        dy = (dx @ p[h + "attn.c_proj.weight"]).reshape(B, T, NH, hs).transpose(0, 2, 1, 3)
        datt = dy @ v.transpose(0, 1, 3, 2)
        dv = att.transpose(0, 1, 3, 2) @ dy
        dscores = att * (datt - (datt * att).sum(-1, keepdims=True)) / np.sqrt(hs)
        dq = dscores @ k
        dk = dscores.transpose(0, 1, 3, 2) @ q
        dqkv = np.concatenate([t.transpose(0, 2, 1, 3).reshape(B, T, C) for t in (dq, dk, dv)], axis=-1)
        g[h + "attn.c_attn.weight"] += dqkv.reshape(-1, 3 * C).T @ a.reshape(-1, C)
        g[h + "attn.c_attn.bias"] += dqkv.sum((0, 1))
        da, dw, db = layernorm_back(dqkv @ p[h + "attn.c_attn.weight"], ln1)
        g[h + "ln_1.weight"] += dw
        g[h + "ln_1.bias"] += db
        dx = dx + da
    np.add.at(g["transformer.wte.weight"], idx, dx)
    g["transformer.wpe.weight"][:T] += dx.sum(0)
    g.pop("lm_head.weight", None)
    write_safetensors(out_path, g)
    print(json.dumps({"loss": float(loss)}))


if __name__ == "__main__":
    main()
