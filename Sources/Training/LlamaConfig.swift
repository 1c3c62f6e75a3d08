import Foundation

/// A Llama-family model's shape and numerics, named as in Hugging Face's `LlamaConfig`.
public struct LlamaConfig: Sendable, Hashable, Codable {
    /// Residual width C (`hidden_size`).
    public var hiddenSize: Int
    /// SwiGLU width F (`intermediate_size`).
    public var intermediateSize: Int
    /// Transformer blocks L (`num_hidden_layers`).
    public var layers: Int
    /// Query heads NH (`num_attention_heads`).
    public var heads: Int
    /// Key/value heads NKV (`num_key_value_heads`), dividing NH.
    public var kvHeads: Int
    /// Head size hd (`head_dim`, default C / NH).
    public var headDim: Int
    /// RMSNorm epsilon (`rms_norm_eps`).
    public var rmsNormEpsilon: Double
    /// RoPE base (`rope_theta`).
    public var ropeTheta: Double
    /// Linear RoPE scaling factor (`rope_scaling` of type "linear"; 1 without scaling).
    public var ropeLinearScale: Double
    /// Vocabulary size V (`vocab_size`).
    public var vocabSize: Int
    /// Longest sequence (`max_position_embeddings`).
    public var maxPositions: Int
    /// Whether the LM head shares the token embedding (`tie_word_embeddings`).
    public var tiedEmbeddings: Bool

    /// Creates a configuration (`headDim` defaults to C / NH, `kvHeads` to NH).
    public init(hiddenSize: Int, intermediateSize: Int, layers: Int, heads: Int, kvHeads: Int? = nil, headDim: Int? = nil,
                rmsNormEpsilon: Double = 1e-5, ropeTheta: Double = 10_000, ropeLinearScale: Double = 1, vocabSize: Int, maxPositions: Int,
                tiedEmbeddings: Bool) {
        self.hiddenSize = hiddenSize
        self.intermediateSize = intermediateSize
        self.layers = layers
        self.heads = heads
        self.kvHeads = kvHeads ?? heads
        self.headDim = headDim ?? (heads > 0 ? hiddenSize / heads : 0)
        self.rmsNormEpsilon = rmsNormEpsilon
        self.ropeTheta = ropeTheta
        self.ropeLinearScale = ropeLinearScale
        self.vocabSize = vocabSize
        self.maxPositions = maxPositions
        self.tiedEmbeddings = tiedEmbeddings
    }

    /// SmolLM2-135M's shape (30 blocks, C 576, 9 query and 3 key/value heads of 64, SwiGLU 1536,
    /// RoPE base 100000, tied embeddings, 49,152 tokens, 8192 positions).
    public static let smolLM2_135M = LlamaConfig(hiddenSize: 576, intermediateSize: 1536, layers: 30, heads: 9, kvHeads: 3, headDim: 64,
                                                 rmsNormEpsilon: 1e-5, ropeTheta: 100_000, vocabSize: 49152, maxPositions: 8192,
                                                 tiedEmbeddings: true)

    /// Width of the fused q/k/v projection: `(NH + 2 NKV) hd`.
    public var qkvWidth: Int { (heads + 2 * kvHeads) * headDim }
    /// Width of the attention output: `NH hd`.
    public var attentionWidth: Int { heads * headDim }

    /// Checks the shape is buildable.
    public func validate() throws(TrainingError) {
        for (name, value) in [("hidden_size", hiddenSize), ("intermediate_size", intermediateSize), ("num_hidden_layers", layers),
                              ("num_attention_heads", heads), ("num_key_value_heads", kvHeads), ("head_dim", headDim),
                              ("vocab_size", vocabSize), ("max_position_embeddings", maxPositions)] where value < 1 {
            throw .invalidConfig("\(name) must be at least 1, got \(value)")
        }
        guard heads % kvHeads == 0 else {
            throw .invalidConfig("num_attention_heads (\(heads)) must be a multiple of num_key_value_heads (\(kvHeads))")
        }
        guard headDim % 2 == 0 else { throw .invalidConfig("head_dim (\(headDim)) must be even for rotary embeddings") }
        guard rmsNormEpsilon > 0, ropeTheta > 0, ropeLinearScale > 0 else {
            throw .invalidConfig("rms_norm_eps, rope_theta and the rope_scaling factor must be positive")
        }
        guard vocabSize <= Int(Int32.max) else { throw .invalidConfig("vocab_size \(vocabSize) is too large") }
    }

    /// Number of parameters (a tied head counted once).
    public var parameterCount: Int { LlamaLayout(config: self).totalCount }

    /// Training FLOPs per token at sequence length `T`: `6 * parameters + 12 * L * T * NH * hd`
    /// (the embedding lookup counted as a product, as in `GPTConfig.flopsPerToken`).
    public func flopsPerToken(time T: Int) -> Int { 6 * parameterCount + 12 * layers * T * attentionWidth }
}
