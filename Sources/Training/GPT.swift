import Common
import Kernels

/// A GPT-2 model (nanoGPT semantics) with explicit forward and backward kernels, one flat
/// parameter buffer and one flat gradient buffer in the same layout.
///
/// Token embedding plus learned positions; pre-LayerNorm blocks (eps 1e-5) of causal multi-head
/// attention (scaled by 1/sqrt(head size)) and a 4C-wide MLP with tanh GELU; a final LayerNorm;
/// the LM head tied to the token embedding; mean cross-entropy over all target positions.
public final class GPT {
    /// The model's shape.
    public let config: GPTConfig
    /// Where each tensor lives in `parameters` and `gradients`.
    public let layout: ParameterLayout
    /// All parameters.
    public let parameters: FloatBuffer
    /// Gradients, accumulated by `forwardBackward` until `zeroGradients`.
    public let gradients: FloatBuffer
    /// Threads and GEMM backend.
    public let context: ComputeContext
    private var trainingActivations: Activations?
    private var inferenceActivations: Activations?
    /// The current batch's inputs and targets.
    let batch = TokenBatch()

    /// Creates a model with nanoGPT's initialisation: weights N(0, 0.02), the residual output
    /// projections (`c_proj`) N(0, 0.02 / sqrt(2 n_layer)), biases 0, LayerNorm weights 1.
    public init(config: GPTConfig, seed: UInt64, context: ComputeContext) throws(TrainingError) {
        try config.validate()
        self.config = config
        self.context = context
        layout = ParameterLayout(config: config)
        parameters = FloatBuffer(count: layout.totalCount)
        gradients = FloatBuffer(count: layout.totalCount)
        var rng = SplitMix64(seed: seed)
        let projectionStd = 0.02 / (2 * Double(config.nLayer)).squareRoot()
        for tensor in layout.tensors {
            let values = parameters.view(tensor.offset, tensor.count)
            if tensor.name.hasSuffix(".bias") {
                continue
            } else if tensor.name.contains("ln_") {
                values.fill(1)
            } else {
                let std = tensor.name.hasSuffix("c_proj.weight") ? projectionStd : 0.02
                values.copy(from: (0..<tensor.count).map { _ in Float(rng.nextGaussian() * std) })
            }
        }
    }

    /// Sets every gradient to zero.
    public func zeroGradients() { gradients.zero() }

    /// Runs forward and backward on `rows` sequences of `T + 1` tokens (inputs are the first T,
    /// targets the last T of each row), accumulating gradients scaled by `lossScale` (use
    /// 1 / accumulation steps). Returns the mean loss over the B * T positions.
    /// - Shapes: `tokens` (B, T + 1), row-major.
    public func forwardBackward(tokens: [Int32], rows B: Int, lossScale: Float = 1) -> Float {
        trainingStep(tokens: tokens, rows: B, lossScale: lossScale)
    }

    /// Forward only, keeping no activations for backward: the mean loss over the positions of
    /// each row (length B).
    /// - Shapes: `tokens` (B, T + 1), row-major.
    public func rowLosses(tokens: [Int32], rows B: Int) -> [Float] { evaluationLosses(tokens: tokens, rows: B) }

    // MARK: - Internals

    /// The arena for B rows of T positions (`CausalPasses`), rebuilt when the shape changes.
    func arena(training: Bool, batch B: Int, time T: Int) -> Activations {
        if training {
            if let a = trainingActivations, a.batch == B, a.time == T { return a }
            trainingActivations = Activations(config: config, batch: B, time: T, training: true, threads: context.threads)
            return trainingActivations!
        }
        if let a = inferenceActivations, a.batch == B, a.time == T { return a }
        inferenceActivations = Activations(config: config, batch: B, time: T, training: false, threads: context.threads)
        return inferenceActivations!
    }

    /// The parameters of `tensor`.
    @inline(__always)
    private func param(_ tensor: ParameterTensor) -> FloatView { parameters.view(tensor.offset, tensor.count) }
    /// The gradients of `tensor`.
    @inline(__always)
    private func grad(_ tensor: ParameterTensor) -> FloatView { gradients.view(tensor.offset, tensor.count) }

    /// The embedding, the blocks and the final norm (`CausalPasses`).
    func forward(_ a: Activations, B: Int, T: Int) {
        let C = config.nEmbd, NH = config.nHead, BT = B * T
        Embedding.forward(out: a.at(a.encoded), tokens: batch.inputs, wte: param(layout.wte), wpe: param(layout.wpe),
                          batch: B, time: T, channels: C, context: context)
        var input = a.at(a.encoded)
        for l in 0..<config.nLayer {
            let w = layout.block(l), s = a.blocks[l]
            LayerNorm.forward(out: a.at(s.ln1), mean: a.at(s.ln1Mean), rstd: a.at(s.ln1Rstd), inp: input,
                              weight: param(w.ln1Weight), bias: param(w.ln1Bias), rows: BT, channels: C, context: context)
            Linear.forward(out: a.at(s.qkv), inp: a.at(s.ln1), weight: param(w.attnWeight), bias: param(w.attnBias),
                           rows: BT, inChannels: C, outChannels: 3 * C, context: context)
            Attention.forward(out: a.at(s.atty), att: a.at(s.att), qkv: a.at(s.qkv), batch: B, time: T, channels: C,
                              heads: NH, context: context)
            Linear.forward(out: a.at(s.residual2), inp: a.at(s.atty), weight: param(w.projWeight), bias: param(w.projBias),
                           rows: BT, inChannels: C, outChannels: C, context: context)
            Elementwise.accumulate(a.at(s.residual2), input, count: BT * C, context: context)
            LayerNorm.forward(out: a.at(s.ln2), mean: a.at(s.ln2Mean), rstd: a.at(s.ln2Rstd), inp: a.at(s.residual2),
                              weight: param(w.ln2Weight), bias: param(w.ln2Bias), rows: BT, channels: C, context: context)
            Linear.forward(out: a.at(s.fch), inp: a.at(s.ln2), weight: param(w.fcWeight), bias: param(w.fcBias),
                           rows: BT, inChannels: C, outChannels: 4 * C, context: context)
            GELU.forward(out: a.at(a.gelu), inp: a.at(s.fch), count: BT * 4 * C, context: context)
            Linear.forward(out: a.at(s.residual3), inp: a.at(a.gelu), weight: param(w.fcProjWeight), bias: param(w.fcProjBias),
                           rows: BT, inChannels: 4 * C, outChannels: C, context: context)
            Elementwise.accumulate(a.at(s.residual3), a.at(s.residual2), count: BT * C, context: context)
            input = a.at(s.residual3)
        }
        LayerNorm.forward(out: a.at(a.lnf), mean: a.at(a.lnfMean), rstd: a.at(a.lnfRstd), inp: input,
                          weight: param(layout.lnfWeight), bias: param(layout.lnfBias), rows: BT, channels: C, context: context)
    }

    /// Per-position losses into `a.losses`; with `training`, also dlnf (into `a.dLNF`) and dwte.
    func classifier(_ a: Activations, B: Int, T: Int, gradScale: Float, training: Bool) {
        let BT = B * T
        if training { a.at(a.dLNF).fill(0) }
        Classifier.run(x: a.at(a.lnf), wte: param(layout.wte), targets: batch.targets, rows: BT, channels: config.nEmbd,
                       vocabulary: config.vocabSize, losses: a.at(a.losses), gradScale: gradScale,
                       dx: training ? a.at(a.dLNF) : nil, dwte: training ? grad(layout.wte) : nil,
                       scratch: a.at(a.logits), chunkRows: a.classifierChunk, context: context)
    }

    /// `a.losses` (`CausalPasses`).
    func positionLosses(_ a: Activations) -> FloatView { a.at(a.losses) }

    /// The backward pass below the head (`CausalPasses`).
    func backward(_ a: Activations, B: Int, T: Int) {
        let C = config.nEmbd, NH = config.nHead, BT = B * T, L = config.nLayer
        let dres = a.at(a.dResidual), dsmall = a.at(a.dSmall), dqkv = a.at(a.dQKV), dfch = a.at(a.dFCH)
        dres.fill(0)
        let last = L > 0 ? a.at(a.blocks[L - 1].residual3) : a.at(a.encoded)
        LayerNorm.backward(dinp: dres, dweight: grad(layout.lnfWeight), dbias: grad(layout.lnfBias), dout: a.at(a.dLNF),
                           inp: last, weight: param(layout.lnfWeight), mean: a.at(a.lnfMean), rstd: a.at(a.lnfRstd),
                           rows: BT, channels: C, context: context)
        for l in stride(from: L - 1, through: 0, by: -1) {
            let w = layout.block(l), s = a.blocks[l]
            let input = l == 0 ? a.at(a.encoded) : a.at(a.blocks[l - 1].residual3)
            // residual3 = residual2 + c_proj(gelu(c_fc(ln2))): dres flows to residual2 unchanged.
            GELU.forward(out: a.at(a.gelu), inp: a.at(s.fch), count: BT * 4 * C, context: context)
            dfch.fill(0)
            Linear.backward(dinp: dfch, dweight: grad(w.fcProjWeight), dbias: grad(w.fcProjBias), dout: dres, inp: a.at(a.gelu),
                            weight: param(w.fcProjWeight), rows: BT, inChannels: 4 * C, outChannels: C, context: context)
            GELU.backwardInPlace(dout: dfch, inp: a.at(s.fch), count: BT * 4 * C, context: context)
            dsmall.fill(0)
            Linear.backward(dinp: dsmall, dweight: grad(w.fcWeight), dbias: grad(w.fcBias), dout: dfch, inp: a.at(s.ln2),
                            weight: param(w.fcWeight), rows: BT, inChannels: C, outChannels: 4 * C, context: context)
            LayerNorm.backward(dinp: dres, dweight: grad(w.ln2Weight), dbias: grad(w.ln2Bias), dout: dsmall, inp: a.at(s.residual2),
                               weight: param(w.ln2Weight), mean: a.at(s.ln2Mean), rstd: a.at(s.ln2Rstd), rows: BT, channels: C,
                               context: context)
            // residual2 = input + c_proj(attention(c_attn(ln1))): dres flows to the input unchanged.
            dsmall.fill(0)
            Linear.backward(dinp: dsmall, dweight: grad(w.projWeight), dbias: grad(w.projBias), dout: dres, inp: a.at(s.atty),
                            weight: param(w.projWeight), rows: BT, inChannels: C, outChannels: C, context: context)
            dqkv.fill(0)
            Attention.backward(dqkv: dqkv, dout: dsmall, qkv: a.at(s.qkv), att: a.at(s.att), scratch: a.at(a.dAttention),
                               batch: B, time: T, channels: C, heads: NH, context: context)
            dsmall.fill(0)
            Linear.backward(dinp: dsmall, dweight: grad(w.attnWeight), dbias: grad(w.attnBias), dout: dqkv, inp: a.at(s.ln1),
                            weight: param(w.attnWeight), rows: BT, inChannels: C, outChannels: 3 * C, context: context)
            LayerNorm.backward(dinp: dres, dweight: grad(w.ln1Weight), dbias: grad(w.ln1Bias), dout: dsmall, inp: input,
                               weight: param(w.ln1Weight), mean: a.at(s.ln1Mean), rstd: a.at(s.ln1Rstd), rows: BT, channels: C,
                               context: context)
        }
        Embedding.backward(dwte: grad(layout.wte), dwpe: grad(layout.wpe), dout: dres, tokens: batch.inputs, batch: B, time: T, channels: C)
    }
}

/// `forwardBackward` and `rowLosses` come from the shared passes.
extension GPT: CausalPasses {}
