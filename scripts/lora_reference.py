#!/usr/bin/env python3
"""PyTorch peer for the Swift LoRA adapters' tests: `peft` on `transformers`' LlamaForCausalLM
(float32, eager attention).

usage:
  lora_reference.py BASE_DIR ADAPTER_DIR TOKENS.json OUT_GRADS.safetensors
      BASE_DIR is a Hugging Face Llama directory, ADAPTER_DIR a PEFT adapter directory
      (adapter_config.json, adapter_model.safetensors); TOKENS.json holds rows of T+1 ids.
      Loads the adapters with PeftModel.from_pretrained(is_trainable=True), prints
      {"loss": mean cross-entropy over B*T, "merged_loss": the same after merge_and_unload()},
      and writes the gradient of every adapter tensor (float32, named as in adapter_model.safetensors).
"""
import json, sys
import torch

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from llama_reference import write_safetensors  # noqa: E402


def loss_of(model, rows):
    logits = model(input_ids=rows[:, :-1]).logits
    return torch.nn.functional.cross_entropy(logits.reshape(-1, logits.shape[-1]), rows[:, 1:].reshape(-1))


def main():
    import peft, transformers
    base_dir, adapter_dir, tokens_path, grads_path = sys.argv[1:5]
    base = transformers.LlamaForCausalLM.from_pretrained(base_dir, dtype=torch.float32, attn_implementation="eager").float()
    model = peft.PeftModel.from_pretrained(base, adapter_dir, is_trainable=True)
    model.eval()
    rows = torch.tensor(json.load(open(tokens_path)), dtype=torch.long)
    loss = loss_of(model, rows)
    loss.backward()
    grads = {n.replace(".default", ""): p.grad.detach().numpy() for n, p in model.named_parameters() if p.requires_grad}
    assert grads and all(".lora_" in n for n in grads), sorted(grads)
    write_safetensors(grads_path, grads)
    with torch.no_grad():
        merged = model.merge_and_unload()
        merged_loss = loss_of(merged, rows)
    print(json.dumps({"loss": float(loss.detach()), "merged_loss": float(merged_loss)}))


if __name__ == "__main__":
    main()
