import Kernels

/// The activation arena of a Llama model for a batch shape (B, T): one `FloatBuffer` carved into
/// named regions, sized once. Training keeps the activations of the blocks the backward pass
/// visits (from `floor` up); the blocks below it, like every block at inference, share one
/// block's regions. The SwiGLU output is recomputed in backward instead of stored.
final class LlamaActivations {
    /// One block's saved activations.
    struct Block {
        var norm1: Activations.Region, rstd1: Activations.Region       // (B,T,C), (B,T)
        var qkv: Activations.Region                                    // (B,T,(NH+2NKV)hd), after RoPE
        var att: Activations.Region                                    // (B,NH,T,T)
        var atty: Activations.Region                                   // (B,T,NH hd)
        var residual2: Activations.Region                              // (B,T,C)
        var norm2: Activations.Region, rstd2: Activations.Region       // (B,T,C), (B,T)
        var gateUp: Activations.Region                                 // (B,T,2F)
        var residual3: Activations.Region                              // (B,T,C), the block's output
    }

    let batch: Int, time: Int, floor: Int, training: Bool
    let buffer: FloatBuffer
    let blocks: [Block]
    /// (B,T,C) token embeddings: the first block's input.
    let embedded: Activations.Region
    /// (B,T,C) final RMSNorm output and its rstd (B,T).
    let normF: Activations.Region, rstdF: Activations.Region
    /// (B,T,F) SwiGLU output (recomputed per block in backward).
    let swiglu: Activations.Region
    /// (B,T) per-position losses.
    let losses: Activations.Region
    /// (chunkRows, V) classifier logits scratch.
    let logits: Activations.Region
    let classifierChunk: Int
    /// RoPE tables (T, hd/2).
    let cos: Activations.Region, sin: Activations.Region
    /// Backward scratch: residual gradient (B,T,C), a (B,T,max(C, NH hd)) gradient, dqkv
    /// (B,T,(NH+2NKV)hd), dgateUp (B,T,2F), dswiglu (B,T,F), attention scratch, dnormF (B,T,C).
    let dResidual: Activations.Region, dSmall: Activations.Region, dQKV: Activations.Region, dGateUp: Activations.Region
    let dSwiglu: Activations.Region, dAttention: Activations.Region, dNormF: Activations.Region

    init(config: LlamaConfig, batch B: Int, time T: Int, training: Bool, floor: Int, threads: Int) {
        let C = config.hiddenSize, NH = config.heads, V = config.vocabSize, F = config.intermediateSize
        let W = config.qkvWidth, A = config.attentionWidth, BT = B * T
        var offset = 0
        func take(_ count: Int) -> Activations.Region {
            defer { offset += (count + 15) / 16 * 16 }
            return Activations.Region(offset: offset, count: count)
        }
        func makeBlock() -> Block {
            Block(norm1: take(BT * C), rstd1: take(BT), qkv: take(BT * W), att: take(B * NH * T * T), atty: take(BT * A),
                  residual2: take(BT * C), norm2: take(BT * C), rstd2: take(BT), gateUp: take(BT * 2 * F), residual3: take(BT * C))
        }
        embedded = take(BT * C)
        let kept = training ? max(0, config.layers - floor) : 0
        let shared = kept < config.layers ? makeBlock() : nil
        blocks = (0..<config.layers).map { l in l >= config.layers - kept ? makeBlock() : shared! }
        normF = take(BT * C); rstdF = take(BT)
        swiglu = take(BT * F)
        losses = take(BT)
        classifierChunk = min(BT, 256)
        logits = take(classifierChunk * V)
        cos = take(T * config.headDim / 2); sin = take(T * config.headDim / 2)
        if training {
            dResidual = take(BT * C); dSmall = take(BT * max(C, A)); dQKV = take(BT * W); dGateUp = take(BT * 2 * F)
            dSwiglu = take(BT * F)
            dAttention = take(GroupedQueryAttention.scratchCount(batch: B, time: T, kvHeads: config.kvHeads, threads: threads))
            dNormF = take(BT * C)
        } else {
            let none = Activations.Region(offset: 0, count: 0)
            dResidual = none; dSmall = none; dQKV = none; dGateUp = none; dSwiglu = none; dAttention = none; dNormF = none
        }
        batch = B
        time = T
        self.floor = floor
        self.training = training
        buffer = FloatBuffer(count: offset)
        RoPE.fillTables(cos: at(cos), sin: at(sin), positions: T, headDim: config.headDim, theta: config.ropeTheta,
                        linearScale: config.ropeLinearScale)
    }

    /// The view of `region`.
    @inline(__always)
    func at(_ region: Activations.Region) -> FloatView { buffer.view(region.offset, region.count) }
}
