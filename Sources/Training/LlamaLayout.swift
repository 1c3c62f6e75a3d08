/// Where every parameter of a Llama model lives in one flat buffer, in Hugging Face `state_dict`
/// names and order. Within a block, `q_proj`, `k_proj`, `v_proj` are adjacent (one fused
/// (NH + 2 NKV) hd x C projection) and so are `gate_proj`, `up_proj` (one fused 2F x C projection).
public struct LlamaLayout: Sendable, Hashable {
    /// The tensors in order.
    public let tensors: [ParameterTensor]
    /// Total floats.
    public let totalCount: Int
    /// Index of each tensor in `tensors`, by name.
    private let indexByName: [String: Int]
    /// Blocks.
    public let layers: Int
    /// Whether there is no separate `lm_head.weight`.
    public let tied: Bool

    /// Tensors per block, in order: q, k, v, o, gate, up, down, input norm, post-attention norm.
    static let tensorsPerBlock = 9

    /// One transformer block's tensors.
    public struct Block: Sendable {
        /// `self_attn.q_proj`, `k_proj`, `v_proj` weights: (NH hd, C), (NKV hd, C), (NKV hd, C).
        public var q: ParameterTensor, k: ParameterTensor, v: ParameterTensor
        /// `self_attn.o_proj` weight (C, NH hd).
        public var o: ParameterTensor
        /// `mlp.gate_proj`, `mlp.up_proj` weights (F, C).
        public var gate: ParameterTensor, up: ParameterTensor
        /// `mlp.down_proj` weight (C, F).
        public var down: ParameterTensor
        /// `input_layernorm` and `post_attention_layernorm` weights (C).
        public var inputNorm: ParameterTensor, postAttentionNorm: ParameterTensor

        /// Offset of the fused q/k/v weight ((NH + 2 NKV) hd, C).
        public var qkvOffset: Int { q.offset }
        /// Floats of the fused q/k/v weight.
        public var qkvCount: Int { q.count + k.count + v.count }
        /// Offset of the fused gate/up weight (2F, C).
        public var gateUpOffset: Int { gate.offset }
        /// Floats of the fused gate/up weight.
        public var gateUpCount: Int { gate.count + up.count }
    }

    /// Creates the layout for `config`.
    public init(config: LlamaConfig) {
        let C = config.hiddenSize, V = config.vocabSize, F = config.intermediateSize, hd = config.headDim
        var tensors: [ParameterTensor] = []
        var offset = 0
        func add(_ name: String, _ shape: [Int]) {
            tensors.append(ParameterTensor(name: name, shape: shape, offset: offset))
            offset += shape.reduce(1, *)
        }
        add("model.embed_tokens.weight", [V, C])
        for l in 0..<config.layers {
            let p = "model.layers.\(l)."
            add(p + "self_attn.q_proj.weight", [config.heads * hd, C])
            add(p + "self_attn.k_proj.weight", [config.kvHeads * hd, C])
            add(p + "self_attn.v_proj.weight", [config.kvHeads * hd, C])
            add(p + "self_attn.o_proj.weight", [C, config.heads * hd])
            add(p + "mlp.gate_proj.weight", [F, C])
            add(p + "mlp.up_proj.weight", [F, C])
            add(p + "mlp.down_proj.weight", [C, F])
            add(p + "input_layernorm.weight", [C])
            add(p + "post_attention_layernorm.weight", [C])
        }
        add("model.norm.weight", [C])
        if !config.tiedEmbeddings { add("lm_head.weight", [V, C]) }
        self.tensors = tensors
        totalCount = offset
        indexByName = Dictionary(uniqueKeysWithValues: tensors.enumerated().map { ($1.name, $0) })
        layers = config.layers
        tied = config.tiedEmbeddings
    }

    /// The tensor named `name`.
    public func tensor(_ name: String) -> ParameterTensor? { indexByName[name].map { tensors[$0] } }

    /// The index in `tensors` of the tensor named `name`.
    public func index(of name: String) -> Int? { indexByName[name] }

    /// The token embedding (V, C).
    public var embedding: ParameterTensor { tensors[0] }
    /// The final RMSNorm weight (C).
    public var finalNorm: ParameterTensor { tensors[1 + Self.tensorsPerBlock * layers] }
    /// The LM head (V, C): `lm_head.weight`, or the token embedding when tied.
    public var head: ParameterTensor { tied ? embedding : tensors[2 + Self.tensorsPerBlock * layers] }

    /// The tensors of block `l`.
    public func block(_ l: Int) -> Block {
        let t = Array(tensors[(1 + Self.tensorsPerBlock * l)..<(1 + Self.tensorsPerBlock * (l + 1))])
        return Block(q: t[0], k: t[1], v: t[2], o: t[3], gate: t[4], up: t[5], down: t[6], inputNorm: t[7], postAttentionNorm: t[8])
    }

    /// The block a tensor belongs to (nil for the embedding, the final norm and the head).
    public func blockIndex(ofTensorAt index: Int) -> Int? {
        let l = (index - 1) / Self.tensorsPerBlock
        return index >= 1 && l < layers ? l : nil
    }

    /// The names of the last `k` blocks' tensors, plus the final norm and the head when asked
    /// (with tied embeddings the head is `model.embed_tokens.weight`, whose gradient needs the
    /// backward pass through every block).
    public func lastBlocks(_ k: Int, finalNorm includeNorm: Bool = true, head includeHead: Bool = false) -> Set<String> {
        var names = Set<String>()
        for l in max(0, layers - k)..<layers { names.formUnion(tensors[(1 + Self.tensorsPerBlock * l)..<(1 + Self.tensorsPerBlock * (l + 1))].map(\.name)) }
        if includeNorm { names.insert(finalNorm.name) }
        if includeHead { names.insert(head.name) }
        return names
    }
}
