import Kernels

/// What the trainer and evaluator need of a model, so either a `GPT` or a `Llama` can be trained:
/// flat parameter and gradient buffers with named tensors, a training step that accumulates
/// gradients, and forward-only per-row losses.
public protocol LanguageModel: AnyObject {
    /// All parameters, in the layout of `tensors`.
    var parameters: FloatBuffer { get }
    /// Gradients, in the same layout, accumulated by `forwardBackward` until `zeroGradients`.
    var gradients: FloatBuffer { get }
    /// Threads and GEMM backend.
    var context: ComputeContext { get }
    /// Every named tensor, in layout order (offsets into `parameters` and `gradients`).
    var tensors: [ParameterTensor] { get }
    /// The tensors training updates (all of them unless the model freezes some).
    var trainableTensors: [ParameterTensor] { get }
    /// Vocabulary size V: token ids must be below it.
    var vocabularySize: Int { get }
    /// The longest sequence T the model accepts.
    var maximumSequenceLength: Int { get }
    /// Sets every gradient to zero.
    func zeroGradients()
    /// Forward and backward on `rows` sequences of T + 1 tokens, gradients scaled by `lossScale`
    /// accumulated; the mean loss over the B * T positions.
    func forwardBackward(tokens: [Int32], rows: Int, lossScale: Float) -> Float
    /// Forward only: the mean loss of each of the `rows` sequences of T + 1 tokens.
    func rowLosses(tokens: [Int32], rows: Int) -> [Float]
}

extension GPT: LanguageModel {
    /// The layout's tensors.
    public var tensors: [ParameterTensor] { layout.tensors }
    /// Every tensor: GPT trains them all.
    public var trainableTensors: [ParameterTensor] { layout.tensors }
    /// `config.vocabSize`.
    public var vocabularySize: Int { config.vocabSize }
    /// `config.blockSize`.
    public var maximumSequenceLength: Int { config.blockSize }
}

extension Llama: LanguageModel {
    /// The layout's tensors.
    public var tensors: [ParameterTensor] { layout.tensors }
    /// `config.vocabSize`.
    public var vocabularySize: Int { config.vocabSize }
    /// `config.maxPositions`.
    public var maximumSequenceLength: Int { config.maxPositions }
}
