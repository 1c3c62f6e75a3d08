import Corpus
import Foundation
import Kernels

/// Llama models from GGUF files (llama.cpp's format): hyperparameters from the `llama.*`
/// metadata, tensors dequantized to float32 (see `GGUFTensors`), renamed to Hugging Face names,
/// and the q/k projection rows put back in Hugging Face's order.
///
/// llama.cpp's converter permutes the rows of `q_proj` and `k_proj` within each head so that its
/// rotary embedding can rotate adjacent pairs: GGUF row `h hd + 2i + s` is Hugging Face row
/// `h hd + s hd/2 + i` (s in 0, 1; i < hd/2). Loading undoes that, so the model rotates halves.
public enum LlamaGGUF {
    /// Reads a model from a GGUF file.
    /// - Throws: `TrainingError.checkpoint(path, message)`: a truncated or malformed file, a
    ///   missing metadata key (named), a tensor of an unsupported type (named with the type), a
    ///   missing or unexpected tensor, or a shape that does not fit the metadata.
    public static func load(_ url: URL, context: ComputeContext) throws(TrainingError) -> Llama {
        let file: GGUFFile
        do { file = try GGUFFile(contentsOf: url) } catch { throw .checkpoint(url.path, Self.message(error)) }
        let config = try configuration(file)
        let model = try Llama(config: config, context: context, seed: nil)
        var byName: [String: GGUFFile.TensorInfo] = [:]
        for tensor in file.tensors { byName[tensor.name] = tensor }
        var used = Set<String>()
        for tensor in model.layout.tensors {
            let (ggufName, permuteHeads) = ggufName(tensor.name, config: config)
            guard let info = byName[ggufName] else { throw .checkpoint(file.path, "missing tensor \(ggufName) (\(tensor.name))") }
            guard Array(info.dimensions.reversed()) == tensor.shape else {
                throw .checkpoint(file.path, "tensor \(ggufName) has dimensions \(info.dimensions), the metadata gives \(Array(tensor.shape.reversed()))")
            }
            var values = try GGUFTensors.floats(file, info)
            if let heads = permuteHeads { values = unpermuteRotaryRows(values, heads: heads, headDim: config.headDim, columns: config.hiddenSize) }
            model.parameters.copy(from: values, at: tensor.offset)
            used.insert(ggufName)
        }
        if let unknown = file.tensors.map(\.name).first(where: { !used.contains($0) }) {
            throw .checkpoint(file.path, "unexpected tensor \(unknown): not a Llama model this loader knows")
        }
        return model
    }

    /// The model configuration in the `llama.*` metadata: `embedding_length`, `block_count`,
    /// `attention.head_count`, `attention.head_count_kv` (default: head_count),
    /// `feed_forward_length`, `rope.freq_base` (default 10000), `attention.layer_norm_rms_epsilon`,
    /// `context_length`; `attention.key_length` for the head size if present; linear RoPE
    /// scaling from `rope.scaling.type`/`rope.scaling.factor`; the vocabulary from
    /// `tokenizer.ggml.tokens` (or `llama.vocab_size`); tied embeddings when there is no
    /// `output.weight`.
    public static func configuration(_ file: GGUFFile) throws(TrainingError) -> LlamaConfig {
        guard let architecture = file["general.architecture"]?.string else {
            throw .checkpoint(file.path, "missing metadata general.architecture")
        }
        guard architecture == "llama" else { throw .checkpoint(file.path, "general.architecture is \"\(architecture)\", expected \"llama\"") }
        func integer(_ key: String) throws(TrainingError) -> Int? {
            guard let value = file["llama." + key] else { return nil }
            guard let result = value.integer else { throw .checkpoint(file.path, "metadata llama.\(key) must be an integer, got \(value)") }
            return result
        }
        func real(_ key: String) throws(TrainingError) -> Double? {
            guard let value = file["llama." + key] else { return nil }
            // A float32 reads as its shortest decimal (1e-05, not 9.99999974e-06), as `transformers` configs hold it.
            if case let .float32(single) = value { return Double("\(single)") }
            guard let result = value.real else { throw .checkpoint(file.path, "metadata llama.\(key) must be a number, got \(value)") }
            return result
        }
        func required(_ key: String) throws(TrainingError) -> Int {
            guard let result = try integer(key) else { throw .checkpoint(file.path, "missing metadata llama.\(key)") }
            return result
        }
        let hidden = try required("embedding_length"), heads = try required("attention.head_count")
        guard let epsilon = try real("attention.layer_norm_rms_epsilon") else {
            throw .checkpoint(file.path, "missing metadata llama.attention.layer_norm_rms_epsilon")
        }
        var scale = 1.0
        if let type = file["llama.rope.scaling.type"]?.string, type != "none" {
            guard type == "linear", let factor = try real("rope.scaling.factor") else {
                throw .checkpoint(file.path, "llama.rope.scaling.type \"\(type)\" is not supported (none, or linear with llama.rope.scaling.factor)")
            }
            scale = factor
        } else if let factor = try real("rope.scale_linear") {
            scale = factor
        }
        let vocabulary: Int
        if let tokens = file["tokenizer.ggml.tokens"]?.array {
            vocabulary = tokens.count
        } else if let size = try integer("vocab_size") {
            vocabulary = size
        } else {
            throw .checkpoint(file.path, "missing metadata tokenizer.ggml.tokens (or llama.vocab_size): the vocabulary size is unknown")
        }
        let config = LlamaConfig(
            hiddenSize: hidden, intermediateSize: try required("feed_forward_length"), layers: try required("block_count"), heads: heads,
            kvHeads: try integer("attention.head_count_kv"), headDim: try integer("attention.key_length"), rmsNormEpsilon: epsilon,
            ropeTheta: try real("rope.freq_base") ?? 10_000, ropeLinearScale: scale, vocabSize: vocabulary,
            maxPositions: try required("context_length"), tiedEmbeddings: !file.tensors.contains { $0.name == "output.weight" })
        do { try config.validate() } catch { throw .checkpoint(file.path, error.description) }
        return config
    }

    /// The GGUF name of a Hugging Face tensor name, and the head count when its rows are permuted.
    static func ggufName(_ name: String, config: LlamaConfig) -> (String, Int?) {
        switch name {
        case "model.embed_tokens.weight": return ("token_embd.weight", nil)
        case "model.norm.weight": return ("output_norm.weight", nil)
        case "lm_head.weight": return ("output.weight", nil)
        default: break
        }
        let parts = name.split(separator: ".")   // model layers N <module...> weight
        let prefix = "blk.\(parts[2])."
        switch parts[3...].joined(separator: ".") {
        case "self_attn.q_proj.weight": return (prefix + "attn_q.weight", config.heads)
        case "self_attn.k_proj.weight": return (prefix + "attn_k.weight", config.kvHeads)
        case "self_attn.v_proj.weight": return (prefix + "attn_v.weight", nil)
        case "self_attn.o_proj.weight": return (prefix + "attn_output.weight", nil)
        case "mlp.gate_proj.weight": return (prefix + "ffn_gate.weight", nil)
        case "mlp.up_proj.weight": return (prefix + "ffn_up.weight", nil)
        case "mlp.down_proj.weight": return (prefix + "ffn_down.weight", nil)
        case "input_layernorm.weight": return (prefix + "attn_norm.weight", nil)
        case "post_attention_layernorm.weight": return (prefix + "ffn_norm.weight", nil)
        default: preconditionFailure("no GGUF name for \(name)")
        }
    }

    /// Hugging Face's row order from llama.cpp's: HF row `h hd + s hd/2 + i` is GGUF row
    /// `h hd + 2i + s`.
    /// - Shapes: `values` (heads hd, columns), row-major.
    static func unpermuteRotaryRows(_ values: [Float], heads: Int, headDim hd: Int, columns: Int) -> [Float] {
        var out = [Float](repeating: 0, count: values.count)
        let half = hd / 2
        values.withUnsafeBufferPointer { source in
            out.withUnsafeMutableBufferPointer { target in
                for h in 0..<heads {
                    for s in 0..<2 {
                        for i in 0..<half {
                            let from = (h * hd + 2 * i + s) * columns, to = (h * hd + s * half + i) * columns
                            for c in 0..<columns { target[to + c] = source[from + c] }
                        }
                    }
                }
            }
        }
        return out
    }

    static func message(_ error: GGUFError) -> String {
        switch error { case let .file(_, message): message }
    }
}
