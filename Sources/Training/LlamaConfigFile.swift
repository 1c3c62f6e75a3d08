import Foundation

extension LlamaConfig {
    /// Reads a Hugging Face `config.json` of a `LlamaForCausalLM` (keys of `transformers` 4.x,
    /// `rope_theta` and `rope_scaling`, or 5.x, `rope_parameters`). Required: `hidden_size`,
    /// `intermediate_size`, `num_hidden_layers`, `num_attention_heads`, `rms_norm_eps`,
    /// `vocab_size`, `max_position_embeddings`; the others default as in `transformers`
    /// (`num_key_value_heads` = heads, `head_dim` = C / NH, `rope_theta` 10000, no scaling,
    /// untied embeddings). Biases, activations other than SiLU and other RoPE types are refused.
    /// - Throws: `TrainingError.checkpoint(path, message)` naming the key.
    public static func read(huggingFace url: URL) throws(TrainingError) -> LlamaConfig {
        let path = url.path
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw .checkpoint(path, "cannot read the model configuration: \(error.localizedDescription)")
        }
        guard let parsed = try? JSONDecoder().decode(JSONValue.self, from: data), let object = parsed.members else {
            throw .checkpoint(path, "the model configuration is not a JSON object")
        }
        return try parse(object, path: path)
    }

    /// The configuration in a parsed `config.json` object (`path` names the file in errors).
    static func parse(_ object: [String: JSONValue], path: String) throws(TrainingError) -> LlamaConfig {
        func value(_ key: String, in dictionary: [String: JSONValue]? = nil) -> JSONValue? {
            guard let value = (dictionary ?? object)[key], value != .null else { return nil }
            return value
        }
        func integer(_ key: String) throws(TrainingError) -> Int? {
            guard let raw = value(key) else { return nil }
            guard case let .number(number) = raw, number == number.rounded(), let result = Int(exactly: number) else {
                throw .checkpoint(path, "\(key) must be an integer, got \(raw)")
            }
            return result
        }
        func real(_ key: String, in dictionary: [String: JSONValue]? = nil) throws(TrainingError) -> Double? {
            guard let raw = value(key, in: dictionary) else { return nil }
            guard case let .number(number) = raw else { throw .checkpoint(path, "\(key) must be a number, got \(raw)") }
            return number
        }
        func string(_ key: String, in dictionary: [String: JSONValue]? = nil) -> String? {
            if case let .string(text)? = value(key, in: dictionary) { text } else { nil }
        }
        func missing(_ key: String) -> TrainingError { .checkpoint(path, "missing required key \"\(key)\" in the model configuration") }
        func requiredInteger(_ key: String) throws(TrainingError) -> Int {
            guard let result = try integer(key) else { throw missing(key) }
            return result
        }
        if case let .array(items)? = value("architectures"), !items.contains(.string("LlamaForCausalLM")) {
            throw .checkpoint(path, "architectures is \(JSONValue.array(items)), expected LlamaForCausalLM")
        }
        if let type = string("model_type"), type != "llama" {
            throw .checkpoint(path, "model_type is \"\(type)\", expected \"llama\"")
        }
        if let activation = string("hidden_act"), activation != "silu" {
            throw .checkpoint(path, "hidden_act is \"\(activation)\"; only silu (SwiGLU) is supported")
        }
        for key in ["attention_bias", "mlp_bias"] where value(key) == .bool(true) {
            throw .checkpoint(path, "\(key) is true; Llama models with biases are not supported")
        }
        var theta = try real("rope_theta") ?? 10_000
        var scale = 1.0
        for key in ["rope_scaling", "rope_parameters"] {
            guard let raw = value(key) else { continue }
            guard let rope = raw.members else { throw .checkpoint(path, "\(key) must be null or an object") }
            if let base = try real("rope_theta", in: rope) { theta = base }
            let type = string("rope_type", in: rope) ?? string("type", in: rope) ?? "default"
            switch type {
            case "default":
                break
            case "linear":
                guard let factor = try real("factor", in: rope) else { throw .checkpoint(path, "\(key): linear scaling without a \"factor\"") }
                scale = factor
            default:
                throw .checkpoint(path, "\(key): RoPE type \"\(type)\" is not supported (default or linear)")
            }
        }
        let tied: Bool
        switch value("tie_word_embeddings") {
        case nil: tied = false
        case let .bool(flag)?: tied = flag
        case let other?: throw .checkpoint(path, "tie_word_embeddings must be true or false, got \(other)")
        }
        guard let epsilon = try real("rms_norm_eps") else { throw missing("rms_norm_eps") }
        let config = LlamaConfig(
            hiddenSize: try requiredInteger("hidden_size"), intermediateSize: try requiredInteger("intermediate_size"),
            layers: try requiredInteger("num_hidden_layers"), heads: try requiredInteger("num_attention_heads"),
            kvHeads: try integer("num_key_value_heads"), headDim: try integer("head_dim"), rmsNormEpsilon: epsilon, ropeTheta: theta,
            ropeLinearScale: scale, vocabSize: try requiredInteger("vocab_size"), maxPositions: try requiredInteger("max_position_embeddings"),
            tiedEmbeddings: tied)
        do { try config.validate() } catch { throw .checkpoint(path, error.description) }
        return config
    }

    /// The `config.json` object `transformers` reads back as this model: the 4.x keys
    /// (`rope_theta`, `rope_scaling`), which 5.x also accepts.
    public var huggingFaceJSON: [String: Any] {
        [
            "architectures": ["LlamaForCausalLM"], "model_type": "llama", "hidden_act": "silu", "attention_bias": false, "mlp_bias": false,
            "attention_dropout": 0.0, "hidden_size": hiddenSize, "intermediate_size": intermediateSize, "num_hidden_layers": layers,
            "num_attention_heads": heads, "num_key_value_heads": kvHeads, "head_dim": headDim, "rms_norm_eps": rmsNormEpsilon,
            "rope_theta": ropeTheta,
            "rope_scaling": ropeLinearScale == 1 ? NSNull() as Any : ["rope_type": "linear", "type": "linear", "factor": ropeLinearScale] as [String: Any],
            "vocab_size": vocabSize, "max_position_embeddings": maxPositions, "tie_word_embeddings": tiedEmbeddings,
            "torch_dtype": "float32", "initializer_range": 0.02, "pretraining_tp": 1, "use_cache": true,
        ]
    }
}
