#!/usr/bin/env python3
"""GGUF files written by the `gguf` Python package, for velocitune's GGUF reader tests.

usage:
  gguf_fixture.py types OUT.gguf OUT_VALUES.safetensors
      metadata of every GGUF value type and one tensor per supported ggml type (F32, F16, BF16,
      Q8_0, Q4_0, Q4_1), alignment 64; writes the values `gguf` dequantizes to OUT_VALUES (float32,
      shapes row-major) and prints the metadata as JSON.
  gguf_fixture.py llama HF_DIR OUT.gguf TYPE
      converts a Hugging Face LlamaForCausalLM directory to GGUF as llama.cpp's converter does
      (names, q/k rows permuted for adjacent-pair rotation, llama.* metadata); matrices stored as
      TYPE (F32, F16, BF16, Q8_0, Q4_0, Q4_1), norms as F32.
"""
import json, sys
import numpy as np
import gguf

Q = gguf.GGMLQuantizationType


def add(writer, name, values, qtype):
    values = np.ascontiguousarray(values, dtype=np.float32)
    if qtype == Q.F32:
        writer.add_tensor(name, values)
    elif qtype == Q.F16:
        writer.add_tensor(name, values.astype(np.float16))
    else:
        writer.add_tensor(name, gguf.quants.quantize(values, qtype), raw_dtype=qtype)


def write(writer):
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()


def types(out, values_out):
    from safetensors.numpy import save_file
    writer = gguf.GGUFWriter(out, "test")
    writer.add_custom_alignment(64)
    writer.add_uint8("v.u8", 200); writer.add_int8("v.i8", -100)
    writer.add_uint16("v.u16", 60000); writer.add_int16("v.i16", -30000)
    writer.add_uint32("v.u32", 4000000000); writer.add_int32("v.i32", -2000000000)
    writer.add_uint64("v.u64", 2 ** 40 + 3); writer.add_int64("v.i64", -(2 ** 40) - 3)
    writer.add_float32("v.f32", 0.1); writer.add_float64("v.f64", 0.1)
    writer.add_bool("v.bool", True); writer.add_string("v.str", "héllo\n")
    writer.add_array("v.ints", [1, 2, 3]); writer.add_array("v.strs", ["a", "Ġb", ""])
    writer.add_array("v.floats", [0.5, -1.25])
    rng = np.random.default_rng(3)
    names = {}
    for name, qtype, scale in [("t.f32", Q.F32, 1), ("t.f16", Q.F16, 1), ("t.bf16", Q.BF16, 1), ("t.q8_0", Q.Q8_0, 1),
                               ("t.q4_0", Q.Q4_0, 0.01), ("t.q4_1", Q.Q4_1, 3)]:
        values = (rng.standard_normal((3, 64)) * scale).astype(np.float32)
        values[0, :5] = [0, -0.0, 1e-8, 65504, -3.5]
        add(writer, name, values, qtype)
        names[name] = qtype
    write(writer)
    reader = gguf.GGUFReader(out)
    dequantized = {t.name: gguf.quants.dequantize(t.data, t.tensor_type).astype(np.float32).reshape([int(d) for d in reversed(t.shape)])
                   for t in reader.tensors}
    save_file(dequantized, values_out)
    print(json.dumps({k: f.contents() for k, f in reader.fields.items() if k.startswith("v.")}))


def llama(directory, out, type_name):
    from safetensors.numpy import load_file
    config = json.load(open(directory + "/config.json"))
    state = load_file(directory + "/model.safetensors")
    qtype = Q[type_name]
    writer = gguf.GGUFWriter(out, "llama")
    NH, NKV = config["num_attention_heads"], config["num_key_value_heads"]
    writer.add_uint32("llama.embedding_length", config["hidden_size"])
    writer.add_uint32("llama.block_count", config["num_hidden_layers"])
    writer.add_uint32("llama.attention.head_count", NH)
    writer.add_uint32("llama.attention.head_count_kv", NKV)
    writer.add_uint32("llama.attention.key_length", config["head_dim"])
    writer.add_uint32("llama.attention.value_length", config["head_dim"])
    writer.add_uint32("llama.feed_forward_length", config["intermediate_size"])
    rope = config.get("rope_parameters") or {}
    writer.add_float32("llama.rope.freq_base", rope.get("rope_theta", config.get("rope_theta", 10000.0)))
    if rope.get("rope_type") == "linear":
        writer.add_string("llama.rope.scaling.type", "linear")
        writer.add_float32("llama.rope.scaling.factor", rope["factor"])
    writer.add_float32("llama.attention.layer_norm_rms_epsilon", config["rms_norm_eps"])
    writer.add_uint32("llama.context_length", config["max_position_embeddings"])
    writer.add_uint32("llama.vocab_size", config["vocab_size"])
    rename = {"self_attn.q_proj": "attn_q", "self_attn.k_proj": "attn_k", "self_attn.v_proj": "attn_v", "self_attn.o_proj": "attn_output",
              "mlp.gate_proj": "ffn_gate", "mlp.up_proj": "ffn_up", "mlp.down_proj": "ffn_down", "input_layernorm": "attn_norm",
              "post_attention_layernorm": "ffn_norm"}
    for name, values in state.items():
        if name == "model.embed_tokens.weight":
            gname = "token_embd.weight"
        elif name == "model.norm.weight":
            gname = "output_norm.weight"
        elif name == "lm_head.weight":
            gname = "output.weight"
        else:
            parts = name.split(".")
            module = ".".join(parts[3:-1])
            gname = f"blk.{parts[2]}.{rename[module]}.weight"
            if module in ("self_attn.q_proj", "self_attn.k_proj"):
                heads = NH if module == "self_attn.q_proj" else NKV
                # llama.cpp's permute: rows (heads, 2, hd/2) -> (heads, hd/2, 2).
                values = values.reshape(heads, 2, values.shape[0] // heads // 2, -1).swapaxes(1, 2).reshape(values.shape)
        add(writer, gname, values, Q.F32 if values.ndim == 1 else qtype)
    write(writer)


if __name__ == "__main__":
    {"types": types, "llama": llama}[sys.argv[1]](*sys.argv[2:])
