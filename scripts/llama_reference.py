#!/usr/bin/env python3
"""PyTorch peer for the Swift Llama model's tests: `transformers`' LlamaForCausalLM in float32 with
eager attention, loaded from a Hugging Face directory or from a GGUF file dequantized by the `gguf`
package (q/k rows un-permuted back to Hugging Face's order, as velocitune does).

usage:
  llama_reference.py tiny OUT_DIR SEED TIED HIDDEN INTERMEDIATE LAYERS HEADS KV_HEADS HEAD_DIM VOCAB ROPE_FACTOR
      saves a random LlamaForCausalLM with save_pretrained (weights N(0, 0.3) so the loss is far from ln V)
  llama_reference.py loss MODEL TOKENS.json [OUT_GRADS.safetensors] [MODEL ...]
      MODEL is a directory or a .gguf file; TOKENS.json holds rows of T+1 ids. Prints one JSON
      object per model: {"loss": mean cross-entropy over B*T}; for the first model, with
      OUT_GRADS, also writes every parameter's gradient (float32, state_dict names).
  llama_reference.py train MODEL BATCHES.json LR
      AdamW (betas 0.9/0.95, eps 1e-8, weight decay 0.1 on matrices and embeddings only) one step
      per batch of BATCHES.json (a list of batches of rows of T+1 ids); prints {"losses": [...]}
  llama_reference.py gguf-config GGUF
      prints the LlamaConfig built from the GGUF metadata (JSON)
"""
import json, sys
import numpy as np
import torch


def config_from_gguf(reader):
    import transformers
    f = lambda key: reader.fields[key].contents() if key in reader.fields else None
    names = {t.name for t in reader.tensors}
    hidden, heads = f("llama.embedding_length"), f("llama.attention.head_count")
    return transformers.LlamaConfig(
        hidden_size=hidden, intermediate_size=f("llama.feed_forward_length"), num_hidden_layers=f("llama.block_count"),
        num_attention_heads=heads, num_key_value_heads=f("llama.attention.head_count_kv") or heads,
        head_dim=f("llama.attention.key_length") or hidden // heads,
        rms_norm_eps=float(f("llama.attention.layer_norm_rms_epsilon")), rope_theta=float(f("llama.rope.freq_base") or 10000.0),
        vocab_size=len(reader.fields["tokenizer.ggml.tokens"].data) if "tokenizer.ggml.tokens" in reader.fields else f("llama.vocab_size"),
        max_position_embeddings=f("llama.context_length"),
        tie_word_embeddings="output.weight" not in names, attn_implementation="eager")


def load_gguf(path):
    import gguf, transformers
    reader = gguf.GGUFReader(path)
    config = config_from_gguf(reader)
    hd = config.head_dim
    rename = {"attn_q": "self_attn.q_proj", "attn_k": "self_attn.k_proj", "attn_v": "self_attn.v_proj", "attn_output": "self_attn.o_proj",
              "ffn_gate": "mlp.gate_proj", "ffn_up": "mlp.up_proj", "ffn_down": "mlp.down_proj", "attn_norm": "input_layernorm",
              "ffn_norm": "post_attention_layernorm"}
    state = {}
    for t in reader.tensors:
        values = gguf.quants.dequantize(t.data, t.tensor_type).astype(np.float32).reshape([int(d) for d in reversed(t.shape)])
        if t.name == "token_embd.weight":
            name = "model.embed_tokens.weight"
        elif t.name == "output_norm.weight":
            name = "model.norm.weight"
        elif t.name == "output.weight":
            name = "lm_head.weight"
        else:
            _, layer, module, _ = t.name.split(".")
            name = f"model.layers.{layer}.{rename[module]}.weight"
            if module in ("attn_q", "attn_k"):
                heads = config.num_attention_heads if module == "attn_q" else config.num_key_value_heads
                # GGUF row h*hd + 2i + s holds Hugging Face row h*hd + s*hd/2 + i.
                values = values.reshape(heads, hd // 2, 2, -1).swapaxes(1, 2).reshape(values.shape)
        state[name] = torch.from_numpy(np.ascontiguousarray(values))
    model = transformers.LlamaForCausalLM(config)
    missing, unexpected = model.load_state_dict(state, strict=False)
    assert not unexpected and all(m == "lm_head.weight" for m in missing), (missing, unexpected)
    model.tie_weights()
    return model


def load(path):
    import transformers
    if path.endswith(".gguf"):
        model = load_gguf(path)
    else:
        model = transformers.LlamaForCausalLM.from_pretrained(path, dtype=torch.float32, attn_implementation="eager")
    return model.float().eval()


def write_safetensors(path, tensors):
    import struct
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


def main():
    torch.manual_seed(0)
    command = sys.argv[1]
    if command == "tiny":
        import transformers
        out, seed, tied, C, F, L, NH, NKV, hd, V, factor = sys.argv[2:13]
        torch.manual_seed(int(seed))
        config = transformers.LlamaConfig(
            hidden_size=int(C), intermediate_size=int(F), num_hidden_layers=int(L), num_attention_heads=int(NH), num_key_value_heads=int(NKV),
            head_dim=int(hd), vocab_size=int(V), rms_norm_eps=1e-5, rope_theta=500.0, max_position_embeddings=64,
            tie_word_embeddings=tied == "1", initializer_range=0.2,
            rope_scaling=None if float(factor) == 1 else {"rope_type": "linear", "factor": float(factor)})
        model = transformers.LlamaForCausalLM(config)
        with torch.no_grad():
            for name, p in model.named_parameters():
                if p.dim() == 1:
                    p.copy_(1 + 0.3 * torch.randn_like(p))
        model.save_pretrained(out)
        return
    if command == "gguf-config":
        import gguf
        print(config_from_gguf(gguf.GGUFReader(sys.argv[2])).to_json_string())
        return
    if command == "train":
        model = load(sys.argv[2]).train()
        batches = json.load(open(sys.argv[3]))
        decay = [p for p in model.parameters() if p.dim() >= 2]
        other = [p for p in model.parameters() if p.dim() < 2]
        optimizer = torch.optim.AdamW([{"params": decay, "weight_decay": 0.1}, {"params": other, "weight_decay": 0.0}],
                                      lr=float(sys.argv[4]), betas=(0.9, 0.95), eps=1e-8)
        losses = []
        for batch in batches:
            rows = torch.tensor(batch, dtype=torch.long)
            optimizer.zero_grad()
            logits = model(input_ids=rows[:, :-1]).logits
            loss = torch.nn.functional.cross_entropy(logits.reshape(-1, logits.shape[-1]), rows[:, 1:].reshape(-1))
            loss.backward()
            optimizer.step()
            losses.append(float(loss.detach()))
        print(json.dumps({"losses": losses}))
        return
    assert command == "loss", __doc__
    model_paths = [sys.argv[2]] + [a for a in sys.argv[4:] if not a.endswith(".safetensors")]
    grads_path = next((a for a in sys.argv[4:] if a.endswith(".safetensors")), None)
    rows = torch.tensor(json.load(open(sys.argv[3])), dtype=torch.long)
    inputs, targets = rows[:, :-1], rows[:, 1:]
    for index, path in enumerate(model_paths):
        model = load(path)
        want_grads = index == 0 and grads_path is not None
        with torch.set_grad_enabled(want_grads):
            logits = model(input_ids=inputs).logits
            loss = torch.nn.functional.cross_entropy(logits.reshape(-1, logits.shape[-1]), targets.reshape(-1))
            if want_grads:
                loss.backward()
                write_safetensors(grads_path, {n: p.grad.detach().numpy() for n, p in model.named_parameters()})
        print(json.dumps({"loss": float(loss.detach())}))
        del model


if __name__ == "__main__":
    main()
