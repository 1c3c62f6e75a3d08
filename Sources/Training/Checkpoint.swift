import Common
import Corpus
import Foundation
import Kernels
import Artifacts
import Mixing

/// Checkpoint directories: the model's weight files (`LanguageModel.writeWeights`), plus for
/// training `optimizer.safetensors` (AdamW `m` and `v`, step in the metadata) and
/// `trainer-state.json`. Written into a temporary directory and renamed, so a checkpoint
/// directory either is complete or does not exist.
///
/// A GPT's weight files are `model.safetensors` (nanoGPT names, float32; `lm_head.weight` is a
/// copy of the tied `transformer.wte.weight` so nanoGPT's `load_state_dict` accepts the file) and
/// `config.json` (the model shape). A Llama's are a Hugging Face directory (`LlamaCheckpoint`),
/// so `transformers` opens a checkpoint of a Llama run as it is.
///
/// The moments cover the tensors the optimizer trains: every float in the parameter layout, or,
/// for a partly frozen model, the trained tensors packed in layout order (their names, comma
/// separated, in the metadata key `tensors`).
public enum Checkpoint {
    /// Writes a checkpoint of `model` (and, for training, `optimizer` and `state`) as `directory`.
    public static func save(model: any LanguageModel, optimizer: AdamWOptimizer?, state: TrainerState?, to directory: URL) throws {
        try atomically(directory) { temporary in
            try model.writeWeights(into: temporary)
            if let optimizer {
                let count = optimizer.momentCount
                var metadata = ["step": String(optimizer.stepCount)]
                if let tensors = optimizer.tensors { metadata["tensors"] = tensors.map(\.name).joined(separator: ",") }
                try SafeTensors.write([SafeTensors.Tensor(name: "m", shape: [count], values: optimizer.m.view(0, count)),
                                       SafeTensors.Tensor(name: "v", shape: [count], values: optimizer.v.view(0, count))],
                                      metadata: metadata, to: temporary.appendingPathComponent("optimizer.safetensors"))
            }
            if let state { try write(JSONConventions.encode(state), temporary.appendingPathComponent(TrainerState.fileName)) }
        }
    }

    /// Writes a directory with `body` into a temporary sibling, then renames it to `directory`
    /// (replacing an existing one), so `directory` is either complete or absent.
    static func atomically(_ directory: URL, _ body: (URL) throws -> Void) throws {
        let fileManager = FileManager.default
        let temporary = directory.deletingLastPathComponent()
            .appendingPathComponent(".\(directory.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        try? fileManager.removeItem(at: temporary)
        try fileManager.createDirectory(at: temporary, withIntermediateDirectories: true)
        do { try body(temporary) } catch {
            try? fileManager.removeItem(at: temporary)
            throw error
        }
        if fileManager.fileExists(atPath: directory.path) { try fileManager.removeItem(at: directory) }
        try fileManager.moveItem(at: temporary, to: directory)
    }

    /// Writes a GPT's `model.safetensors` and `config.json` into `directory`.
    static func writeGPTWeights(_ model: GPT, into directory: URL) throws {
        var tensors = model.layout.tensors.map { t in
            SafeTensors.Tensor(name: t.name, shape: t.shape, values: model.parameters.view(t.offset, t.count))
        }
        let wte = model.layout.wte
        tensors.append(SafeTensors.Tensor(name: "lm_head.weight", shape: wte.shape, values: model.parameters.view(wte.offset, wte.count)))
        try SafeTensors.write(tensors, metadata: ["format": "pt"], to: directory.appendingPathComponent("model.safetensors"))
        try write(JSONConventions.encode(model.config), directory.appendingPathComponent("config.json"))
    }

    /// Writes `data` to `url` and flushes it to disk.
    static func write(_ data: Data, _ url: URL) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw TrainingError.checkpoint(url.path, "cannot create the file")
        }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.write(contentsOf: data)
        try handle.synchronize()
    }

    /// Loads the model of `path`, whatever its architecture: LoRA adapters on a Llama (a
    /// directory with `adapter_config.json`; the base model is `base`, or the one the adapters
    /// name; see `LoRACheckpoint`), a Llama (a Hugging Face directory whose `config.json` names
    /// the llama architecture, or a `.gguf` file; see `LlamaCheckpoint`) or a GPT (`loadModel`;
    /// `nHead` as there).
    public static func loadLanguageModel(from path: URL, context: ComputeContext, nHead: Int? = nil, base: URL? = nil) throws -> any LanguageModel {
        if LoRACheckpoint.isAdapter(path) { return try LoRACheckpoint.load(from: path, base: base, context: context) }
        if LlamaCheckpoint.isLlama(path) { return try LlamaCheckpoint.load(from: path, context: context) }
        return try loadModel(from: path, context: context, nHead: nHead)
    }

    /// Loads weights into a new model. `path` is a checkpoint directory (with `config.json`) or a
    /// `.safetensors` file (shape from a `config.json` beside it, or inferred from the tensors
    /// with `nHead`). Accepts nanoGPT `state_dict` files: `lm_head.weight` (must equal the tied
    /// embedding), `attn.bias` mask buffers and a `_orig_mod.` prefix are handled.
    public static func loadModel(from path: URL, context: ComputeContext, nHead: Int? = nil) throws -> GPT {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path.path, isDirectory: &isDirectory) else {
            throw TrainingError.checkpoint(path.path, "no such checkpoint")
        }
        let weightsURL = isDirectory.boolValue ? path.appendingPathComponent("model.safetensors") : path
        let configURL = (isDirectory.boolValue ? path : path.deletingLastPathComponent()).appendingPathComponent("config.json")
        let file = try SafeTensors.read(weightsURL)
        var byName: [String: String] = [:]
        for name in file.entries.keys {
            var clean = name.hasPrefix("_orig_mod.") ? String(name.dropFirst(10)) : name
            if clean.hasPrefix("module.") { clean = String(clean.dropFirst(7)) }
            byName[clean] = name
        }
        let config: GPTConfig
        if let data = try? Data(contentsOf: configURL) {
            do { config = try JSONConventions.decode(GPTConfig.self, from: data) } catch {
                throw TrainingError.checkpoint(configURL.path, "malformed config.json: \(error)")
            }
        } else {
            guard let wte = byName["transformer.wte.weight"].flatMap({ file.entries[$0] }), wte.shape.count == 2,
                  let wpe = byName["transformer.wpe.weight"].flatMap({ file.entries[$0] }), wpe.shape.count == 2 else {
                throw TrainingError.checkpoint(weightsURL.path, "no transformer.wte.weight / transformer.wpe.weight: not a GPT-2 checkpoint")
            }
            guard let nHead else {
                throw TrainingError.checkpoint(weightsURL.path, "no config.json beside it; give the number of heads (--n-head) to infer the shape")
            }
            let layers = Set(byName.keys.compactMap { name -> Int? in
                guard name.hasPrefix("transformer.h.") else { return nil }
                return Int(name.dropFirst(14).prefix { $0.isNumber })
            }).count
            config = GPTConfig(nLayer: layers, nHead: nHead, nEmbd: wte.shape[1], blockSize: wpe.shape[0], vocabSize: wte.shape[0])
        }
        let model = try GPT(config: config, seed: 0, context: context)
        for tensor in model.layout.tensors {
            guard let stored = byName[tensor.name], let entry = file.entries[stored] else {
                throw TrainingError.checkpoint(weightsURL.path, "missing tensor \(tensor.name) for \(config)")
            }
            guard entry.shape == tensor.shape else {
                throw TrainingError.checkpoint(weightsURL.path, "\(tensor.name) has shape \(entry.shape), the model expects \(tensor.shape)")
            }
            let values = try file.floats(stored)
            model.parameters.copy(from: values, at: tensor.offset)
        }
        if let head = byName["lm_head.weight"] {
            let wte = model.layout.tensors[0]
            let values = try file.floats(head)
            guard values == model.parameters.view(wte.offset, wte.count).toArray() else {
                throw TrainingError.checkpoint(weightsURL.path, "lm_head.weight differs from transformer.wte.weight; only tied heads are supported")
            }
        }
        let known = Set(model.layout.tensors.map(\.name) + ["lm_head.weight"])
        if let unknown = byName.keys.sorted().first(where: { !known.contains($0) && !$0.hasSuffix(".attn.bias") && !$0.hasSuffix(".attn.masked_bias") }) {
            throw TrainingError.checkpoint(weightsURL.path, "unexpected tensor \(unknown): not a nanoGPT GPT-2 state_dict")
        }
        return model
    }

    /// Restores AdamW moments saved with `save` into an optimizer of a GPT of `layout`.
    public static func loadOptimizer(from directory: URL, into optimizer: AdamWOptimizer, layout: ParameterLayout) throws {
        try loadOptimizer(from: directory, into: optimizer)
    }

    /// Restores AdamW moments saved with `save` into `optimizer`, which must cover the same
    /// tensors (the trainable tensors of the same training options).
    public static func loadOptimizer(from directory: URL, into optimizer: AdamWOptimizer) throws {
        let url = directory.appendingPathComponent("optimizer.safetensors")
        let file = try SafeTensors.read(url)
        let expected = optimizer.tensors?.map(\.name).joined(separator: ",")
        guard file.metadata["tensors"] == expected else {
            throw TrainingError.checkpoint(url.path, "the moments cover other tensors than the ones these options train (\(file.metadata["tensors"] == nil ? "every tensor" : "part of the model") was saved)")
        }
        for (name, buffer) in [("m", optimizer.m), ("v", optimizer.v)] {
            let values = try file.floats(name)
            guard values.count == optimizer.momentCount else {
                throw TrainingError.checkpoint(url.path, "\(name) has \(values.count) values, the optimizer has \(optimizer.momentCount)")
            }
            buffer.copy(from: values)
        }
        guard let step = file.metadata["step"].flatMap(Int.init) else { throw TrainingError.checkpoint(url.path, "no step in the metadata") }
        optimizer.stepCount = step
    }
}
