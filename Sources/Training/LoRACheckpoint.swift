import Artifacts
import Common
import Foundation
import Kernels

/// Adapter-only checkpoints in PEFT's format, which `peft.PeftModel.from_pretrained(base, dir)`
/// opens: `adapter_model.safetensors` (float32 `lora_A` / `lora_B` tensors named
/// `base_model.model.<module>.lora_A.weight`) and `adapter_config.json` (`peft_type` LORA, `r`,
/// `lora_alpha`, `target_modules`, `layers_to_transform`, `base_model_name_or_path`). The base
/// model is not copied: loading needs it (given, or the path the configuration names).
public enum LoRACheckpoint {
    /// The adapter configuration's file name.
    public static let configFile = "adapter_config.json"
    /// The adapter weights' file name.
    public static let weightsFile = "adapter_model.safetensors"

    /// Whether `url` is a directory holding an adapter configuration.
    public static func isAdapter(_ url: URL) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent(configFile).path)
    }

    /// Writes the adapter files of `model` into the existing directory `directory`.
    static func writeFiles(_ model: LoRAModel, into directory: URL) throws {
        let adapters = model.adapters
        let tensors = adapters.tensors.map { SafeTensors.Tensor(name: $0.name, shape: $0.shape, values: adapters.parameters.view($0.offset, $0.count)) }
        try SafeTensors.write(tensors, metadata: ["format": "pt"], to: directory.appendingPathComponent(weightsFile))
        let c = adapters.configuration
        let allBlocks = c.blocks == Array(0..<model.base.config.layers)
        let config: [String: Any] = [
            "peft_type": "LORA", "task_type": "CAUSAL_LM", "r": c.rank, "lora_alpha": c.alpha, "lora_dropout": 0.0, "bias": "none",
            "target_modules": c.targets.map(\.rawValue), "layers_to_transform": allBlocks ? NSNull() as Any : c.blocks as Any,
            "layers_pattern": allBlocks ? NSNull() as Any : "layers" as Any,
            "base_model_name_or_path": model.basePath, "fan_in_fan_out": false, "inference_mode": true, "init_lora_weights": true,
            "use_rslora": false, "use_dora": false, "modules_to_save": NSNull(), "rank_pattern": [String: Any](), "alpha_pattern": [String: Any](),
            "revision": NSNull(),
        ]
        try Checkpoint.write(try JSONSerialization.data(withJSONObject: config, options: [.sortedKeys, .prettyPrinted]),
                             directory.appendingPathComponent(configFile))
    }

    /// The adapter configuration of the directory `directory` and the base model it names.
    /// - Throws: `TrainingError.checkpoint(file, message)` for a missing or malformed key, or a
    ///   LoRA variant this trainer does not implement (DoRA, rsLoRA, biases, per-module ranks,
    ///   `fan_in_fan_out`, `modules_to_save`).
    public static func configuration(_ directory: URL, layers: Int? = nil) throws(TrainingError) -> (LoRAAdapters.Configuration, basePath: String?) {
        let url = directory.appendingPathComponent(configFile)
        let path = url.path
        guard let data = try? Data(contentsOf: url) else { throw .checkpoint(path, "cannot read the adapter configuration") }
        guard let object = (try? JSONDecoder().decode(JSONValue.self, from: data))?.members else {
            throw .checkpoint(path, "the adapter configuration is not a JSON object")
        }
        func number(_ key: String) throws(TrainingError) -> Double {
            guard let value = object[key] else { throw .checkpoint(path, "missing required key \"\(key)\" in the adapter configuration") }
            guard case let .number(number) = value else { throw .checkpoint(path, "\(key) must be a number, got \(value)") }
            return number
        }
        guard object["peft_type"] == .string("LORA") else { throw .checkpoint(path, "peft_type must be \"LORA\", got \(object["peft_type"] ?? .null)") }
        for (key, refused) in [("use_dora", JSONValue.bool(true)), ("use_rslora", .bool(true)), ("fan_in_fan_out", .bool(true))] where object[key] == refused {
            throw .checkpoint(path, "\(key) is true: this trainer implements plain LoRA only")
        }
        if let bias = object["bias"], bias != .string("none") { throw .checkpoint(path, "bias must be \"none\", got \(bias)") }
        for key in ["modules_to_save", "rank_pattern", "alpha_pattern"] {
            if let value = object[key], value != .null, value != .object([:]), value != .array([]) {
                throw .checkpoint(path, "\(key) is set: this trainer adapts every target module with one rank and alpha")
            }
        }
        let rank = try number("r"), alpha = try number("lora_alpha")
        guard rank >= 1, rank == rank.rounded() else { throw .checkpoint(path, "r must be a positive integer, got \(rank)") }
        let names: [String]
        switch object["target_modules"] {
        case let .array(values)?: names = values.compactMap { (value: JSONValue) -> String? in if case let .string(name) = value { name } else { nil } }
        case let .string(name)?: names = [name]
        default: throw .checkpoint(path, "missing required key \"target_modules\" (a list of projection names) in the adapter configuration")
        }
        var targets: [LlamaProjection] = []
        for name in names {
            guard let projection = LlamaProjection(rawValue: name.split(separator: ".").last.map(String.init) ?? name) else {
                throw .checkpoint(path, "target_modules: \"\(name)\" is not a Llama projection (\(LoRATargets.expected))")
            }
            targets.append(projection)
        }
        var blocks = Array(0..<(layers ?? 0))
        switch object["layers_to_transform"] {
        case nil, .null?: break
        case let .number(block)?: blocks = [Int(block)]
        case let .array(values)?: blocks = values.compactMap { (value: JSONValue) -> Int? in if case let .number(n) = value { Int(n) } else { nil } }
        case let value?: throw .checkpoint(path, "layers_to_transform must be a block index or a list of them, got \(value)")
        }
        var base: String?
        if case let .string(name)? = object["base_model_name_or_path"], !name.isEmpty { base = name }
        return (LoRAAdapters.Configuration(rank: Int(rank), alpha: alpha, targets: targets, blocks: blocks), base)
    }

    /// Loads the adapters of `directory` on their base model: `base` when given, else the path
    /// `base_model_name_or_path` names (see `Checkpoint.loadLanguageModel`).
    /// - Throws: `TrainingError.checkpoint` for a missing base, a missing or misshapen adapter
    ///   tensor, or a tensor that is not an adapter of the configuration.
    public static func load(from directory: URL, base: URL?, context: ComputeContext) throws(TrainingError) -> LoRAModel {
        let configURL = directory.appendingPathComponent(configFile)
        let (_, named) = try configuration(directory)
        guard let baseURL = base ?? named.map({ URL(fileURLWithPath: $0) }) else {
            throw .checkpoint(configURL.path, "no base model: base_model_name_or_path is empty and none was given")
        }
        guard LlamaCheckpoint.isLlama(baseURL) else {
            throw .checkpoint(configURL.path, "the base model \(baseURL.path) is not a Llama directory or GGUF file")
        }
        let llama = try LlamaCheckpoint.load(from: baseURL, context: context)
        let (configuration, _) = try self.configuration(directory, layers: llama.config.layers)
        let adapters = try LoRAAdapters(configuration: configuration, model: llama.config, seed: 0)
        let file = try SafeTensors.read(directory.appendingPathComponent(weightsFile))
        for tensor in adapters.tensors {
            guard let entry = file.entries[tensor.name] else { throw .checkpoint(file.path, "missing tensor \(tensor.name)") }
            guard entry.shape == tensor.shape else {
                throw .checkpoint(file.path, "\(tensor.name) has shape \(entry.shape), the configuration gives \(tensor.shape)")
            }
            adapters.parameters.copy(from: try file.floats(tensor.name), at: tensor.offset)
        }
        let known = Set(adapters.tensors.map(\.name))
        if let unknown = file.entries.keys.sorted().first(where: { !known.contains($0) }) {
            throw .checkpoint(file.path, "unexpected tensor \(unknown): not a LoRA adapter of the configuration's targets and blocks")
        }
        return try LoRAModel(base: llama, adapters: adapters, basePath: baseURL.path)
    }
}
