import Common
import Foundation
import Kernels

/// Llama models as Hugging Face `LlamaForCausalLM` directories: `config.json` plus
/// `model.safetensors`, or shards listed in `model.safetensors.index.json` (F32, F16 or BF16
/// tensors, converted to float32). Saved models are such directories with float32 tensors, which
/// `transformers.LlamaForCausalLM.from_pretrained(directory)` opens.
public enum LlamaCheckpoint {
    /// A model from `url`: a Hugging Face directory, or a GGUF file (see `LlamaGGUF`).
    public static func load(from url: URL, context: ComputeContext) throws(TrainingError) -> Llama {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw .checkpoint(url.path, "no such model directory or file")
        }
        return isDirectory.boolValue ? try loadHuggingFace(directory: url, context: context) : try LlamaGGUF.load(url, context: context)
    }

    /// Whether `url` looks like a Llama checkpoint: a directory whose `config.json` names the
    /// llama model type or architecture, or a `.gguf` file.
    public static func isLlama(_ url: URL) -> Bool {
        if url.pathExtension.lowercased() == "gguf" { return true }
        guard let data = try? Data(contentsOf: url.appendingPathComponent("config.json")),
              let object = (try? JSONDecoder().decode(JSONValue.self, from: data))?.members else { return false }
        return object["model_type"] == .string("llama") || object["architectures"] == .array([.string("LlamaForCausalLM")])
    }

    /// Reads a Hugging Face directory. Every tensor of the layout must be present with its shape;
    /// with tied embeddings a stored `lm_head.weight` must equal the embedding; other tensors
    /// (rotary `inv_freq` buffers excepted) are an error.
    public static func loadHuggingFace(directory: URL, context: ComputeContext) throws(TrainingError) -> Llama {
        let config = try LlamaConfig.read(huggingFace: directory.appendingPathComponent("config.json"))
        let files = try weightFiles(directory)
        let model = try Llama(config: config, context: context, seed: nil)
        var fileOf: [String: SafeTensors.File] = [:]
        for file in files { for name in file.entries.keys { fileOf[name] = file } }
        for tensor in model.layout.tensors {
            guard let file = fileOf[tensor.name], let entry = file.entries[tensor.name] else {
                throw .checkpoint(files.count == 1 ? files[0].path : directory.path, "missing tensor \(tensor.name)")
            }
            guard entry.shape == tensor.shape else {
                throw .checkpoint(file.path, "\(tensor.name) has shape \(entry.shape), the configuration gives \(tensor.shape)")
            }
            model.parameters.copy(from: try file.floats(tensor.name), at: tensor.offset)
        }
        if config.tiedEmbeddings, let file = fileOf["lm_head.weight"] {
            let embedding = model.layout.embedding
            guard try file.floats("lm_head.weight") == model.parameters.view(embedding.offset, embedding.count).toArray() else {
                throw .checkpoint(file.path, "lm_head.weight differs from model.embed_tokens.weight although tie_word_embeddings is true")
            }
        }
        let known = Set(model.layout.tensors.map(\.name) + ["lm_head.weight"])
        if let unknown = fileOf.keys.sorted().first(where: { !known.contains($0) && !$0.hasSuffix("rotary_emb.inv_freq") }) {
            throw .checkpoint(fileOf[unknown]!.path, "unexpected tensor \(unknown): not a LlamaForCausalLM state_dict of this shape")
        }
        return model
    }

    /// The safetensors files of a directory: `model.safetensors`, or the shards of the index.
    static func weightFiles(_ directory: URL) throws(TrainingError) -> [SafeTensors.File] {
        let single = directory.appendingPathComponent("model.safetensors")
        if FileManager.default.fileExists(atPath: single.path) { return [try SafeTensors.read(single)] }
        let indexURL = directory.appendingPathComponent("model.safetensors.index.json")
        guard let data = try? Data(contentsOf: indexURL) else {
            throw .checkpoint(directory.path, "no model.safetensors or model.safetensors.index.json")
        }
        guard let index = (try? JSONDecoder().decode(JSONValue.self, from: data))?.members, let map = index["weight_map"]?.members else {
            throw .checkpoint(indexURL.path, "expected an object with a \"weight_map\" of tensor names to shard files")
        }
        var shards: [String] = []
        for (name, value) in map {
            guard case let .string(file) = value, !file.contains("/") else { throw .checkpoint(indexURL.path, "weight_map[\(name)] must be a file name") }
            if !shards.contains(file) { shards.append(file) }
        }
        var files: [SafeTensors.File] = []
        for shard in shards.sorted() {
            let file = try SafeTensors.read(directory.appendingPathComponent(shard))
            for (name, value) in map where value == .string(shard) && file.entries[name] == nil {
                throw .checkpoint(file.path, "the index places \(name) in this shard, which does not hold it")
            }
            files.append(file)
        }
        return files
    }

    /// Writes `model` as a Hugging Face directory (`config.json`, `model.safetensors` with float32
    /// tensors in `state_dict` names, `generation_config.json`), atomically: into a temporary
    /// directory beside it, then renamed.
    public static func save(_ model: Llama, to directory: URL) throws {
        try Checkpoint.atomically(directory) { try writeFiles(model, into: $0) }
    }

    /// Writes the files of `save` into the existing directory `directory`.
    static func writeFiles(_ model: Llama, into directory: URL) throws {
        let tensors = model.layout.tensors.map { t in SafeTensors.Tensor(name: t.name, shape: t.shape, values: model.parameters.view(t.offset, t.count)) }
        try SafeTensors.write(tensors, metadata: ["format": "pt"], to: directory.appendingPathComponent("model.safetensors"))
        let config = try JSONSerialization.data(withJSONObject: model.config.huggingFaceJSON, options: [.sortedKeys, .prettyPrinted])
        try Checkpoint.write(config, directory.appendingPathComponent("config.json"))
        try Checkpoint.write(Data("{\n  \"_from_model_config\": true\n}\n".utf8), directory.appendingPathComponent("generation_config.json"))
    }
}
