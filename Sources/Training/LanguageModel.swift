import Foundation
import Kernels

/// What the trainer and evaluator need of a model, so either a `GPT` or a `Llama` can be trained:
/// flat parameter and gradient buffers with named tensors, a training step that accumulates
/// gradients, forward-only per-row losses, and its weight files.
public protocol LanguageModel: AnyObject {
    /// All parameters, in the layout of `tensors`.
    var parameters: FloatBuffer { get }
    /// Gradients, in the same layout, accumulated by `forwardBackward` until `zeroGradients`.
    var gradients: FloatBuffer { get }
    /// Threads and GEMM backend.
    var context: ComputeContext { get }
    /// Every named tensor, in layout order (offsets into `parameters` and `gradients`).
    var tensors: [ParameterTensor] { get }
    /// The tensors training updates (all of them unless the model freezes some), in layout order.
    var trainableTensors: [ParameterTensor] { get }
    /// Vocabulary size V: token ids must be below it.
    var vocabularySize: Int { get }
    /// The longest sequence T the model accepts.
    var maximumSequenceLength: Int { get }
    /// The sequence length an evaluation uses when none is given.
    var defaultSequenceLength: Int { get }
    /// The architecture and shape, for logs and training options.
    var shape: ModelShape { get }
    /// Sets the gradient of every trainable tensor to zero (frozen tensors' gradients stay zero).
    func zeroGradients()
    /// Forward and backward on `rows` sequences of T + 1 tokens, gradients scaled by `lossScale`
    /// accumulated; the mean loss over the B * T positions.
    func forwardBackward(tokens: [Int32], rows: Int, lossScale: Float) -> Float
    /// Forward only: the mean loss of each of the `rows` sequences of T + 1 tokens.
    func rowLosses(tokens: [Int32], rows: Int) -> [Float]
    /// Writes the model's weights and configuration into the existing directory `directory`, in
    /// the model's own checkpoint format (the files `Checkpoint.loadLanguageModel` reads back).
    func writeWeights(into directory: URL) throws
}

/// A model's architecture and size, as training options and logs name them.
public struct ModelShape: Sendable, Hashable {
    /// `gpt2` or `llama`.
    public var architecture: String
    /// Transformer blocks (`n_layer`).
    public var layers: Int
    /// Query heads (`n_head`).
    public var heads: Int
    /// Residual width (`n_embd`).
    public var width: Int
    /// Parameters (a tied head counted once).
    public var parameters: Int
}

extension LanguageModel {
    /// Floats in the trainable tensors.
    public var trainableParameterCount: Int { trainableTensors.reduce(0) { $0 + $1.count } }
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
    /// `config.blockSize`.
    public var defaultSequenceLength: Int { config.blockSize }
    /// `gpt2` with the configuration's shape.
    public var shape: ModelShape {
        ModelShape(architecture: "gpt2", layers: config.nLayer, heads: config.nHead, width: config.nEmbd, parameters: config.parameterCount)
    }
    /// `model.safetensors` (nanoGPT names) and `config.json` (see `Checkpoint`).
    public func writeWeights(into directory: URL) throws { try Checkpoint.writeGPTWeights(self, into: directory) }
}

extension Llama: LanguageModel {
    /// The layout's tensors.
    public var tensors: [ParameterTensor] { layout.tensors }
    /// `config.vocabSize`.
    public var vocabularySize: Int { config.vocabSize }
    /// `config.maxPositions`.
    public var maximumSequenceLength: Int { config.maxPositions }
    /// `config.maxPositions`, at most 1024 (a pretrained model's context can be far longer than
    /// an evaluation on a CPU needs).
    public var defaultSequenceLength: Int { min(config.maxPositions, 1024) }
    /// `llama` with the configuration's shape.
    public var shape: ModelShape {
        ModelShape(architecture: "llama", layers: config.layers, heads: config.heads, width: config.hiddenSize, parameters: config.parameterCount)
    }
    /// A Hugging Face directory's files (see `LlamaCheckpoint.save`).
    public func writeWeights(into directory: URL) throws { try LlamaCheckpoint.writeFiles(self, into: directory) }
}
