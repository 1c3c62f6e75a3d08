import Kernels

/// The activation arena for a batch shape (B, T): one `FloatBuffer` carved into named regions,
/// sized once. Training keeps every block's activations for the backward pass (the GELU output
/// is recomputed instead of stored); inference shares one block's regions across all blocks.
final class Activations {
    /// Offsets of one block's saved activations.
    struct Block {
        var ln1: Int, ln1Mean: Int, ln1Rstd: Int   // (B,T,C), (B,T), (B,T)
        var qkv: Int                                // (B,T,3C)
        var att: Int                                // (B,NH,T,T)
        var atty: Int                               // (B,T,C)
        var residual2: Int                          // (B,T,C)
        var ln2: Int, ln2Mean: Int, ln2Rstd: Int   // (B,T,C), (B,T), (B,T)
        var fch: Int                                // (B,T,4C), before GELU
        var residual3: Int                          // (B,T,C), the block's output
    }

    let batch: Int, time: Int
    let buffer: FloatBuffer
    let blocks: [Block]
    /// (B,T,C) embeddings: the first block's input.
    let encoded: Int
    /// (B,T,C) final LayerNorm output, with mean and rstd (B,T).
    let lnf: Int, lnfMean: Int, lnfRstd: Int
    /// (B,T,4C) GELU output scratch (recomputed per block in backward).
    let gelu: Int
    /// (B,T) per-position losses.
    let losses: Int
    /// (chunkRows, V) classifier logits scratch.
    let logits: Int
    let classifierChunk: Int
    /// Backward scratch: residual gradient (B,T,C), LayerNorm/attention-output gradient
    /// (B,T,C), dqkv (B,T,3C), dfch (B,T,4C), attention scratch (threads,T,T), dlnf (B,T,C).
    let dResidual: Int, dSmall: Int, dQKV: Int, dFCH: Int, dAttention: Int, dLNF: Int

    init(config: GPTConfig, batch B: Int, time T: Int, training: Bool, threads: Int) {
        let C = config.nEmbd, NH = config.nHead, V = config.vocabSize
        let BT = B * T
        var offset = 0
        func take(_ count: Int) -> Int {
            defer { offset += (count + 15) / 16 * 16 }
            return offset
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
            dResidual = 0; dSmall = 0; dQKV = 0; dFCH = 0; dAttention = 0; dLNF = 0
        }
        batch = B
        time = T
        buffer = FloatBuffer(count: offset)
    }

    @inline(__always)
    func at(_ offset: Int) -> UnsafeMutablePointer<Float> { buffer.base + offset }
}
