/// One named parameter tensor inside the flat parameter buffer.
public struct ParameterTensor: Sendable, Hashable {
    /// nanoGPT's `state_dict` name, e.g. `transformer.h.0.attn.c_attn.weight`.
    public var name: String
    /// Shape, outermost first; Linear weights are (out_features, in_features).
    public var shape: [Int]
    /// Offset (in floats) in the flat buffer.
    public var offset: Int
    /// Whether AdamW applies weight decay (2-D tensors: matrices and embeddings).
    public var decays: Bool { shape.count >= 2 }
    /// Number of floats.
    public var count: Int { shape.reduce(1, *) }
}

/// Where every parameter lives in one flat buffer (and so in the gradient and AdamW moment
/// buffers, which share the layout), in nanoGPT's `state_dict` order.
public struct ParameterLayout: Sendable, Hashable {
    /// The tensors in order.
    public let tensors: [ParameterTensor]
    /// Total floats.
    public let totalCount: Int
    private let indexByName: [String: Int]
    private let nLayer: Int

    /// One transformer block's tensors.
    public struct Block: Sendable {
        /// `ln_1` weight and bias (C).
        public var ln1Weight: ParameterTensor, ln1Bias: ParameterTensor
        /// `attn.c_attn` weight (3C, C) and bias (3C).
        public var attnWeight: ParameterTensor, attnBias: ParameterTensor
        /// `attn.c_proj` weight (C, C) and bias (C).
        public var projWeight: ParameterTensor, projBias: ParameterTensor
        /// `ln_2` weight and bias (C).
        public var ln2Weight: ParameterTensor, ln2Bias: ParameterTensor
        /// `mlp.c_fc` weight (4C, C) and bias (4C).
        public var fcWeight: ParameterTensor, fcBias: ParameterTensor
        /// `mlp.c_proj` weight (C, 4C) and bias (C).
        public var fcProjWeight: ParameterTensor, fcProjBias: ParameterTensor
    }

    /// Creates the layout for `config`.
    public init(config: GPTConfig) {
        let C = config.nEmbd, V = config.vocabSize, T = config.blockSize
        var tensors: [ParameterTensor] = []
        var offset = 0
        func add(_ name: String, _ shape: [Int]) {
            tensors.append(ParameterTensor(name: name, shape: shape, offset: offset))
            offset += shape.reduce(1, *)
        }
        add("transformer.wte.weight", [V, C])
        add("transformer.wpe.weight", [T, C])
        for l in 0..<config.nLayer {
            let p = "transformer.h.\(l)."
            add(p + "ln_1.weight", [C]); add(p + "ln_1.bias", [C])
            add(p + "attn.c_attn.weight", [3 * C, C]); add(p + "attn.c_attn.bias", [3 * C])
            add(p + "attn.c_proj.weight", [C, C]); add(p + "attn.c_proj.bias", [C])
            add(p + "ln_2.weight", [C]); add(p + "ln_2.bias", [C])
            add(p + "mlp.c_fc.weight", [4 * C, C]); add(p + "mlp.c_fc.bias", [4 * C])
            add(p + "mlp.c_proj.weight", [C, 4 * C]); add(p + "mlp.c_proj.bias", [C])
        }
        add("transformer.ln_f.weight", [C])
        add("transformer.ln_f.bias", [C])
        self.tensors = tensors
        totalCount = offset
        indexByName = Dictionary(uniqueKeysWithValues: tensors.enumerated().map { ($1.name, $0) })
        nLayer = config.nLayer
    }

    /// The tensor named `name`.
    public func tensor(_ name: String) -> ParameterTensor? { indexByName[name].map { tensors[$0] } }

    /// The token embedding (V, C).
    public var wte: ParameterTensor { tensors[0] }
    /// The position embedding (T, C).
    public var wpe: ParameterTensor { tensors[1] }
    /// The final LayerNorm weight (C).
    public var lnfWeight: ParameterTensor { tensors[tensors.count - 2] }
    /// The final LayerNorm bias (C).
    public var lnfBias: ParameterTensor { tensors[tensors.count - 1] }

    /// The tensors of block `l`.
    public func block(_ l: Int) -> Block {
        let t = Array(tensors[(2 + 12 * l)..<(2 + 12 * l + 12)])
        return Block(ln1Weight: t[0], ln1Bias: t[1], attnWeight: t[2], attnBias: t[3], projWeight: t[4], projBias: t[5],
                     ln2Weight: t[6], ln2Bias: t[7], fcWeight: t[8], fcBias: t[9], fcProjWeight: t[10], fcProjBias: t[11])
    }
}
