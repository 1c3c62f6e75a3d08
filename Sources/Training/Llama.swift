import Artifacts
import Common
import Kernels

/// A Llama-family model (`LlamaForCausalLM` semantics, no biases) with explicit forward and
/// backward kernels, one flat parameter buffer and one flat gradient buffer in the same layout.
///
/// Token embedding; pre-RMSNorm blocks of grouped-query causal attention with rotary positions
/// (Hugging Face's rotate-halves convention) and a SwiGLU MLP; a final RMSNorm; the LM head, tied
/// to the embedding or not; mean cross-entropy over all target positions, computed in row chunks
/// so the (B*T, V) logits never exist.
///
/// Training can be limited to some tensors (`setTrainable`): gradients of frozen tensors stay
/// zero, and the backward pass stops below the lowest block holding a trainable tensor (whose
/// activations are the only ones kept).
public final class Llama {
    /// The model's shape.
    public let config: LlamaConfig
    /// Where each tensor lives in `parameters` and `gradients`.
    public let layout: LlamaLayout
    /// All parameters.
    public let parameters: FloatBuffer
    /// Gradients, accumulated by `forwardBackward` until `zeroGradients`.
    public let gradients: FloatBuffer
    /// Threads and GEMM backend.
    public let context: ComputeContext
    /// Whether each tensor of `layout.tensors` is trained (all, unless `setTrainable` says otherwise).
    public private(set) var trainable: [Bool]
    /// LoRA adapters applied in every forward pass and trained in backward (nil: none).
    public private(set) var adapters: LoRAAdapters?
    private var trainingActivations: LlamaActivations?
    private var inferenceActivations: LlamaActivations?
    /// The current batch's inputs and targets.
    let batch = TokenBatch()

    /// Creates a model initialised as `transformers` does: matrices and the embedding
    /// N(0, 0.02), RMSNorm weights 1.
    public convenience init(config: LlamaConfig, seed: UInt64, context: ComputeContext) throws(TrainingError) {
        try self.init(config: config, context: context, seed: seed)
    }

    /// Creates a model whose weights are zero (to be loaded), or random from `seed`.
    init(config: LlamaConfig, context: ComputeContext, seed: UInt64?) throws(TrainingError) {
        try config.validate()
        self.config = config
        self.context = context
        layout = LlamaLayout(config: config)
        parameters = FloatBuffer(count: layout.totalCount)
        gradients = FloatBuffer(count: layout.totalCount)
        trainable = Array(repeating: true, count: layout.tensors.count)
        guard let seed else { return }
        var rng = SplitMix64(seed: seed)
        for tensor in layout.tensors {
            let values = parameters.view(tensor.offset, tensor.count)
            if tensor.shape.count == 1 {
                values.fill(1)
            } else {
                values.copy(from: (0..<tensor.count).map { _ in Float(rng.nextGaussian() * 0.02) })
            }
        }
    }

    /// Trains only the tensors named in `names` (all others frozen); an unknown name is an error.
    public func setTrainable(_ names: Set<String>) throws(TrainingError) {
        if let unknown = names.sorted().first(where: { layout.index(of: $0) == nil }) {
            throw .invalidConfig("no tensor named \(unknown) in this model")
        }
        let wanted = layout.tensors.map { names.contains($0.name) }
        // Gradients of tensors frozen now are zeroed once; zeroGradients no longer visits them.
        for (index, tensor) in layout.tensors.enumerated() where trainable[index] && !wanted[index] { grad(tensor).fill(0) }
        trainable = wanted
        trainingActivations = nil
    }

    /// Applies `adapters` (made for this model's shape) from now on, or none.
    public func attach(_ adapters: LoRAAdapters?) {
        self.adapters = adapters
        trainingActivations = nil
    }

    /// The tensors `setTrainable` left trainable, in layout order.
    public var trainableTensors: [ParameterTensor] { zip(layout.tensors, trainable).filter(\.1).map(\.0) }

    /// The lowest block the backward pass visits: 0 when the embedding is trained, else the
    /// lowest block holding a trainable tensor or an adapter (L when none does).
    public var backwardFloor: Int {
        if trainable[0] { return 0 }
        let tensors = trainable.indices.lazy.filter { self.trainable[$0] }.compactMap { self.layout.blockIndex(ofTensorAt: $0) }.first ?? config.layers
        return min(tensors, adapters?.lowestBlock ?? config.layers)
    }

    /// Sets the gradients of the trainable tensors to zero. Frozen tensors' gradients are never
    /// written, so their memory is never touched (a `FloatBuffer` maps its pages lazily).
    public func zeroGradients() {
        if trainable.allSatisfy({ $0 }) { return gradients.zero() }
        for tensor in trainableTensors { grad(tensor).fill(0) }
    }

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

    /// Drops the activation arenas (they are rebuilt at the next call).
    public func releaseActivations() {
        trainingActivations = nil
        inferenceActivations = nil
    }

    // MARK: - Internals

    /// The arena for B rows of T positions (`CausalPasses`), rebuilt when the shape changes.
    func arena(training: Bool, batch B: Int, time T: Int) -> LlamaActivations {
        if training {
            let floor = backwardFloor
            if let a = trainingActivations, a.batch == B, a.time == T, a.floor == floor { return a }
            trainingActivations = nil
            trainingActivations = LlamaActivations(config: config, batch: B, time: T, training: true, floor: floor, threads: context.threads)
            return trainingActivations!
        }
        if let a = inferenceActivations, a.batch == B, a.time == T { return a }
        inferenceActivations = nil
        inferenceActivations = LlamaActivations(config: config, batch: B, time: T, training: false, floor: config.layers, threads: context.threads)
        return inferenceActivations!
    }

    /// The parameters of `tensor`.
    @inline(__always)
    private func param(_ tensor: ParameterTensor) -> FloatView { parameters.view(tensor.offset, tensor.count) }
    /// The gradients of `tensor`.
    @inline(__always)
    private func grad(_ tensor: ParameterTensor) -> FloatView { gradients.view(tensor.offset, tensor.count) }
    /// Whether `tensor` is trained.
    @inline(__always)
    private func trains(_ tensor: ParameterTensor) -> Bool { trainable[layout.index(of: tensor.name)!] }

    /// The embedding, the blocks and the final norm (`CausalPasses`).
    func forward(_ a: LlamaActivations, B: Int, T: Int) {
        let C = config.hiddenSize, BT = B * T, F = config.intermediateSize, W = config.qkvWidth, A = config.attentionWidth
        let eps = Float(config.rmsNormEpsilon)
        TokenEmbedding.forward(out: a.at(a.embedded), tokens: batch.inputs, weight: param(layout.embedding), rows: BT, channels: C, context: context)
        var input = a.at(a.embedded)
        for l in 0..<config.layers {
            let w = layout.block(l), s = a.blocks[l]
            RMSNorm.forward(out: a.at(s.norm1), rstd: a.at(s.rstd1), inp: input, weight: param(w.inputNorm), rows: BT, channels: C,
                            epsilon: eps, context: context)
            project(out: a.at(s.qkv), inp: a.at(s.norm1), weights: [w.q, w.k, w.v], block: l, projections: [.q, .k, .v], rows: BT, inChannels: C,
                    outChannels: W)
            RoPE.forward(a.at(s.qkv), cos: a.at(a.cos), sin: a.at(a.sin), rows: BT, time: T, stride: W, heads: config.heads + config.kvHeads,
                         headDim: config.headDim, context: context)
            GroupedQueryAttention.forward(out: a.at(s.atty), att: a.at(s.att), qkv: a.at(s.qkv), batch: B, time: T, heads: config.heads,
                                          kvHeads: config.kvHeads, headDim: config.headDim, context: context)
            project(out: a.at(s.residual2), inp: a.at(s.atty), weights: [w.o], block: l, projections: [.o], rows: BT, inChannels: A, outChannels: C)
            Elementwise.accumulate(a.at(s.residual2), input, count: BT * C, context: context)
            RMSNorm.forward(out: a.at(s.norm2), rstd: a.at(s.rstd2), inp: a.at(s.residual2), weight: param(w.postAttentionNorm), rows: BT,
                            channels: C, epsilon: eps, context: context)
            project(out: a.at(s.gateUp), inp: a.at(s.norm2), weights: [w.gate, w.up], block: l, projections: [.gate, .up], rows: BT, inChannels: C,
                    outChannels: 2 * F)
            SwiGLU.forward(out: a.at(a.swiglu), gateUp: a.at(s.gateUp), rows: BT, width: F, context: context)
            project(out: a.at(s.residual3), inp: a.at(a.swiglu), weights: [w.down], block: l, projections: [.down], rows: BT, inChannels: F,
                    outChannels: C)
            Elementwise.accumulate(a.at(s.residual3), a.at(s.residual2), count: BT * C, context: context)
            input = a.at(s.residual3)
        }
        RMSNorm.forward(out: a.at(a.normF), rstd: a.at(a.rstdF), inp: input, weight: param(layout.finalNorm), rows: BT, channels: C,
                        epsilon: eps, context: context)
    }

    /// Per-position losses into `a.losses`; with `training`, also dnormF (into `a.dNormF`) and the
    /// head's gradient when it is trained.
    func classifier(_ a: LlamaActivations, B: Int, T: Int, gradScale: Float, training: Bool) {
        let BT = B * T
        let needsInput = training && (trains(layout.finalNorm) || backwardFloor < config.layers)
        let headGradient = training && trains(layout.head)
        if needsInput { a.at(a.dNormF).fill(0) }
        Classifier.run(x: a.at(a.normF), wte: param(layout.head), targets: batch.targets, rows: BT, channels: config.hiddenSize,
                       vocabulary: config.vocabSize, losses: a.at(a.losses), gradScale: gradScale,
                       dx: needsInput ? a.at(a.dNormF) : nil, dwte: headGradient ? grad(layout.head) : nil,
                       scratch: a.at(a.logits), chunkRows: a.classifierChunk, context: context)
    }

    /// `a.losses` (`CausalPasses`).
    func positionLosses(_ a: LlamaActivations) -> FloatView { a.at(a.losses) }

    /// The backward pass below the head (`CausalPasses`).
    func backward(_ a: LlamaActivations, B: Int, T: Int) {
        let L = config.layers, floor = backwardFloor
        let needsFinalNorm = trains(layout.finalNorm) || floor < L
        guard needsFinalNorm else { return }
        let C = config.hiddenSize, BT = B * T, F = config.intermediateSize, W = config.qkvWidth, A = config.attentionWidth
        let dres = a.at(a.dResidual), dqkv = a.at(a.dQKV), dgateUp = a.at(a.dGateUp), dswiglu = a.at(a.dSwiglu)
        let dsmallC = a.at(a.dSmall).view(0, BT * C), dsmallA = a.at(a.dSmall).view(0, BT * A)
        dres.fill(0)
        let last = L > 0 ? a.at(a.blocks[L - 1].residual3) : a.at(a.embedded)
        RMSNorm.backward(dinp: floor < L ? dres : nil, dweight: trains(layout.finalNorm) ? grad(layout.finalNorm) : nil, dout: a.at(a.dNormF),
                         inp: last, weight: param(layout.finalNorm), rstd: a.at(a.rstdF), rows: BT, channels: C, context: context)
        guard floor < L else { return }
        for l in stride(from: L - 1, through: floor, by: -1) {
            let w = layout.block(l), s = a.blocks[l]
            let input = l == 0 ? a.at(a.embedded) : a.at(a.blocks[l - 1].residual3)
            // residual3 = residual2 + down(swiglu(gate_up(norm2))): dres flows to residual2 unchanged.
            SwiGLU.forward(out: a.at(a.swiglu), gateUp: a.at(s.gateUp), rows: BT, width: F, context: context)
            dswiglu.fill(0)
            linearBackward(dinp: dswiglu, weights: [w.down], block: l, projections: [.down], dout: dres, inp: a.at(a.swiglu), rows: BT,
                           inChannels: F, outChannels: C)
            dgateUp.fill(0)
            SwiGLU.backward(dgateUp: dgateUp, dout: dswiglu, gateUp: a.at(s.gateUp), rows: BT, width: F, context: context)
            dsmallC.fill(0)
            linearBackward(dinp: dsmallC, weights: [w.gate, w.up], block: l, projections: [.gate, .up], dout: dgateUp, inp: a.at(s.norm2), rows: BT,
                           inChannels: C, outChannels: 2 * F)
            RMSNorm.backward(dinp: dres, dweight: trains(w.postAttentionNorm) ? grad(w.postAttentionNorm) : nil, dout: dsmallC,
                             inp: a.at(s.residual2), weight: param(w.postAttentionNorm), rstd: a.at(s.rstd2), rows: BT, channels: C,
                             context: context)
            // residual2 = input + o(attention(rope(qkv(norm1)))): dres flows to the input unchanged.
            dsmallA.fill(0)
            linearBackward(dinp: dsmallA, weights: [w.o], block: l, projections: [.o], dout: dres, inp: a.at(s.atty), rows: BT, inChannels: A,
                           outChannels: C)
            dqkv.fill(0)
            GroupedQueryAttention.backward(dqkv: dqkv, dout: dsmallA, qkv: a.at(s.qkv), att: a.at(s.att), scratch: a.at(a.dAttention),
                                           batch: B, time: T, heads: config.heads, kvHeads: config.kvHeads, headDim: config.headDim,
                                           context: context)
            RoPE.backwardInPlace(dqkv, cos: a.at(a.cos), sin: a.at(a.sin), rows: BT, time: T, stride: W, heads: config.heads + config.kvHeads,
                                 headDim: config.headDim, context: context)
            // Below this block's q/k/v projection, gradients are needed for its input norm or lower blocks.
            let needsBelow = l > floor || trainable[0] || trains(w.inputNorm)
            if needsBelow { dsmallC.fill(0) }
            linearBackward(dinp: needsBelow ? dsmallC : nil, weights: [w.q, w.k, w.v], block: l, projections: [.q, .k, .v], dout: dqkv,
                           inp: a.at(s.norm1), rows: BT, inChannels: C,
                           outChannels: W)
            if needsBelow {
                RMSNorm.backward(dinp: l > floor || trainable[0] ? dres : nil, dweight: trains(w.inputNorm) ? grad(w.inputNorm) : nil,
                                 dout: dsmallC, inp: input, weight: param(w.inputNorm), rstd: a.at(s.rstd1), rows: BT, channels: C,
                                 context: context)
            }
        }
        if trainable[0] {
            TokenEmbedding.backward(dweight: grad(layout.embedding), dout: dres, tokens: batch.inputs, rows: BT, channels: config.hiddenSize)
        }
    }

    /// A bias-free projection whose weight is `weights` stacked by rows (adjacent in the layout):
    /// `out = inp @ W^T`, plus the LoRA update of each of `projections` (aligned with `weights`)
    /// that has an adapter in block `block`.
    /// - Shapes: `inp` (N, C); the stacked weights (OC, C); `out` (N, OC).
    private func project(out: FloatView, inp: FloatView, weights: [ParameterTensor], block l: Int, projections: [LlamaProjection], rows N: Int,
                         inChannels C: Int, outChannels OC: Int) {
        Linear.forward(out: out, inp: inp, weight: parameters.view(weights[0].offset, OC * C), bias: nil, rows: N, inChannels: C, outChannels: OC,
                       context: context)
        guard let adapters else { return }
        var column = 0
        for (tensor, projection) in zip(weights, projections) {
            if let adapter = adapters.adapter(block: l, projection: projection) {
                LowRankAdapter.forward(out: out, column: column, outStride: OC, inp: inp, a: adapters.parameters.view(adapter.a.offset, adapter.a.count),
                                       b: adapters.parameters.view(adapter.b.offset, adapter.b.count), hidden: adapters.scratch(rows: N).hidden,
                                       rows: N, inChannels: C, outChannels: adapter.outChannels, rank: adapters.configuration.rank,
                                       scale: adapters.configuration.scale, context: context)
            }
            column += tensor.shape[0]
        }
    }

    /// The backward pass of `project`: `dinp += dout @ W` when `dinp` is given, `dW += dout^T @ inp`
    /// for the trained parts of W, and each adapter's gradients (and its share of `dinp`).
    /// - Shapes: `dout` (N, OC); `inp`, `dinp` (N, C); the stacked weights (OC, C).
    private func linearBackward(dinp: FloatView?, weights: [ParameterTensor], block l: Int, projections: [LlamaProjection], dout: FloatView,
                                inp: FloatView, rows N: Int, inChannels C: Int, outChannels OC: Int) {
        let offset = weights[0].offset
        if let dinp {
            Gemm.multiply(transA: false, transB: false, m: N, n: C, k: OC, alpha: 1, a: dout, lda: OC, b: parameters.view(offset, OC * C), ldb: C,
                          beta: 1, c: dinp, ldc: C, context: context)
        }
        if let adapters {
            var column = 0
            for (tensor, projection) in zip(weights, projections) {
                if let adapter = adapters.adapter(block: l, projection: projection) {
                    let scratch = adapters.scratch(rows: N)
                    LowRankAdapter.backward(dinp: dinp, da: adapters.gradients.view(adapter.a.offset, adapter.a.count),
                                            db: adapters.gradients.view(adapter.b.offset, adapter.b.count), dout: dout, column: column, outStride: OC,
                                            inp: inp, a: adapters.parameters.view(adapter.a.offset, adapter.a.count),
                                            b: adapters.parameters.view(adapter.b.offset, adapter.b.count), hidden: scratch.hidden,
                                            dhidden: scratch.dhidden, rows: N, inChannels: C, outChannels: adapter.outChannels,
                                            rank: adapters.configuration.rank, scale: adapters.configuration.scale, context: context)
                }
                column += tensor.shape[0]
            }
        }
        let trained = weights.map(trains)
        if trained.allSatisfy({ $0 }) {
            Gemm.multiply(transA: true, transB: false, m: OC, n: C, k: N, alpha: 1, a: dout, lda: OC, b: inp, ldb: C,
                          beta: 1, c: gradients.view(offset, OC * C), ldc: C, context: context)
            return
        }
        var row = 0
        for (tensor, isTrained) in zip(weights, trained) {
            let rows = tensor.shape[0]
            if isTrained {
                Gemm.multiply(transA: true, transB: false, m: rows, n: C, k: N, alpha: 1, a: dout.view(row, dout.count - row), lda: OC, b: inp, ldb: C,
                              beta: 1, c: grad(tensor), ldc: C, context: context)
            }
            row += rows
        }
    }
}

/// `forwardBackward` and `rowLosses` come from the shared passes.
extension Llama: CausalPasses {}
