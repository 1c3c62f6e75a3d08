import Kernels

/// The activation arena for a batch shape (B, T): one `FloatBuffer` carved into named regions,
/// sized once. Training keeps every block's activations for the backward pass (the GELU output
/// is recomputed instead of stored); inference shares one block's regions across all blocks.
final class Activations {
    /// A region of the arena: its first float and size.
    struct Region {
        var offset: Int
        var count: Int
    }

    /// One block's saved activations.
    struct Block {
        var ln1: Region, ln1Mean: Region, ln1Rstd: Region   // (B,T,C), (B,T), (B,T)
        var qkv: Region                                     // (B,T,3C)
        var att: Region                                     // (B,NH,T,T)
        var atty: Region                                    // (B,T,C)
        var residual2: Region                               // (B,T,C)
        var ln2: Region, ln2Mean: Region, ln2Rstd: Region   // (B,T,C), (B,T), (B,T)
        var fch: Region                                     // (B,T,4C), before GELU
        var residual3: Region                               // (B,T,C), the block's output
    }

    let batch: Int, time: Int
    let buffer: FloatBuffer
    let blocks: [Block]
    /// (B,T,C) embeddings: the first block's input.
    let encoded: Region
    /// (B,T,C) final LayerNorm output, with mean and rstd (B,T).
    let lnf: Region, lnfMean: Region, lnfRstd: Region
    /// (B,T,4C) GELU output scratch (recomputed per block in backward).
    let gelu: Region
    /// (B,T) per-position losses.
    let losses: Region
    /// (chunkRows, V) classifier logits scratch.
    let logits: Region
    let classifierChunk: Int
    /// Backward scratch: residual gradient (B,T,C), LayerNorm/attention-output gradient
    /// (B,T,C), dqkv (B,T,3C), dfch (B,T,4C), attention scratch (threads,T,T), dlnf (B,T,C).
    let dResidual: Region, dSmall: Region, dQKV: Region, dFCH: Region, dAttention: Region, dLNF: Region

    init(config: GPTConfig, batch B: Int, time T: Int, training: Bool, threads: Int) {
        let C = config.nEmbd, NH = config.nHead, V = config.vocabSize
        let BT = B * T
        var offset = 0
        func take(_ count: Int) -> Region {
            defer { offset += (count + 15) / 16 * 16 }
            return Region(offset: offset, count: count)
        }
        func makeBlock() -> Block {
            Block(ln1: take(BT * C), ln1Mean: take(BT), ln1Rstd: take(BT), qkv: take(BT * 3 * C), att: take(B * NH * T * T),
                  atty: take(BT * C), residual2: take(BT * C), ln2: take(BT * C), ln2Mean: take(BT), ln2Rstd: take(BT),
                  fch: take(BT * 4 * C), residual3: take(BT * C))
        }
        encoded = take(BT * C)
        if training {
            blocks = (0..<config.nLayer).map { _ in makeBlock() }
        } else {
            let shared = makeBlock()
            blocks = Array(repeating: shared, count: config.nLayer)
        }
        lnf = take(BT * C); lnfMean = take(BT); lnfRstd = take(BT)
        gelu = take(BT * 4 * C)
        losses = take(BT)
        classifierChunk = min(BT, 256)
        logits = take(classifierChunk * V)
        if training {
            dResidual = take(BT * C); dSmall = take(BT * C); dQKV = take(BT * 3 * C); dFCH = take(BT * 4 * C)
            dAttention = take(threads * T * T); dLNF = take(BT * C)
        } else {
            let none = Region(offset: 0, count: 0)
            dResidual = none; dSmall = none; dQKV = none; dFCH = none; dAttention = none; dLNF = none
        }
        batch = B
        time = T
        buffer = FloatBuffer(count: offset)
    }

    /// The view of `region`.
    @inline(__always)
    func at(_ region: Region) -> FloatView { buffer.view(region.offset, region.count) }
}
