import Artifacts

/// A GPT-2 model's shape, named as in nanoGPT.
public struct GPTConfig: Codable, Sendable, Hashable {
    /// Transformer blocks.
    public var nLayer: Int
    /// Attention heads per block.
    public var nHead: Int
    /// Embedding width C.
    public var nEmbd: Int
    /// Maximum sequence length T (positions).
    public var blockSize: Int
    /// Vocabulary size V.
    public var vocabSize: Int

    /// Creates a configuration.
    public init(nLayer: Int, nHead: Int, nEmbd: Int, blockSize: Int, vocabSize: Int) {
        self.nLayer = nLayer
        self.nHead = nHead
        self.nEmbd = nEmbd
        self.blockSize = blockSize
        self.vocabSize = vocabSize
    }

    enum CodingKeys: String, CodingKey {
        case nLayer = "n_layer"
        case nHead = "n_head"
        case nEmbd = "n_embd"
        case blockSize = "block_size"
        case vocabSize = "vocab_size"
    }

    /// Named shapes (vocabulary set later from the corpus unless a preset fixes it).
    public static let presets: [String: GPTConfig] = [
        "tiny": GPTConfig(nLayer: 2, nHead: 2, nEmbd: 64, blockSize: 64, vocabSize: 4096),
        "small": GPTConfig(nLayer: 4, nHead: 4, nEmbd: 128, blockSize: 128, vocabSize: 4096),
        "xs": GPTConfig(nLayer: 4, nHead: 4, nEmbd: 256, blockSize: 128, vocabSize: 4096),
        "ref": GPTConfig(nLayer: 4, nHead: 4, nEmbd: 256, blockSize: 256, vocabSize: 8192),
        "s": GPTConfig(nLayer: 6, nHead: 6, nEmbd: 384, blockSize: 256, vocabSize: 8192),
    ]

    /// Checks the shape is buildable.
    public func validate() throws(TrainingError) {
        for (name, value) in [("n_layer", nLayer), ("n_head", nHead), ("n_embd", nEmbd), ("block_size", blockSize), ("vocab_size", vocabSize)] where value < 1 {
            throw .invalidConfig("\(name) must be at least 1, got \(value)")
        }
        guard nEmbd % nHead == 0 else { throw .invalidConfig("n_embd (\(nEmbd)) must be divisible by n_head (\(nHead))") }
        guard vocabSize <= Int(Int32.max) else { throw .invalidConfig("vocab_size \(vocabSize) is too large") }
    }

    /// Number of parameters (the LM head is tied to the token embedding, counted once).
    public var parameterCount: Int { ParameterLayout(config: self).totalCount }

    /// Training FLOPs per token: `6 * parameters + 12 * n_layer * block_size * n_embd`
    /// (forward and backward, attention over the full block).
    public var flopsPerToken: Int { 6 * parameterCount + 12 * nLayer * blockSize * nEmbd }
}

extension TrainingOptions {
    /// The model shape these options describe, for a vocabulary of `vocabSize`.
    public func model(vocabSize: Int) -> GPTConfig {
        GPTConfig(nLayer: nLayer, nHead: nHead, nEmbd: nEmbd, blockSize: blockSize, vocabSize: vocabSize)
    }
}
