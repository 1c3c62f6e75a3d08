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

/// A batch's inputs and targets: the first T and the last T tokens of each of its B rows, kept
/// between calls so a training step allocates nothing.
final class TokenBatch {
    /// (B, T) input ids, row-major.
    private(set) var inputs: [Int32] = []
    /// (B, T) target ids, row-major: `targets[b, t]` is the row's token t + 1.
    private(set) var targets: [Int32] = []

    /// Splits `tokens` (B rows of T + 1) into `inputs` and `targets` and returns T.
    /// - Precondition: 1 <= T <= `maximumLength`, and every id is below `vocabulary`.
    /// - Shapes: `tokens` (B, T + 1); `inputs`, `targets` (B, T).
    func split(_ tokens: [Int32], rows B: Int, maximumLength: Int, vocabulary: Int) -> Int {
        let T = B > 0 ? tokens.count / B - 1 : 0
        precondition(T >= 1 && T <= maximumLength && tokens.count == B * (T + 1),
                     "tokens must be B rows of T+1 with 1 <= T <= \(maximumLength) (the model's longest sequence)")
        if inputs.count != B * T {
            inputs = [Int32](repeating: 0, count: B * T)
            targets = [Int32](repeating: 0, count: B * T)
        }
        let V = Int32(vocabulary)
        for b in 0..<B {
            for t in 0..<T {
                let input = tokens[b * (T + 1) + t], target = tokens[b * (T + 1) + t + 1]
                precondition(input >= 0 && input < V && target >= 0 && target < V, "token id outside the vocabulary")
                inputs[b * T + t] = input
                targets[b * T + t] = target
            }
        }
        return T
    }
}

/// The passes a model implements with its own kernels over its own activation arena. The
/// extension builds a training step and a forward-only evaluation from them, the same for every
/// architecture (`GPT`, `Llama`), so `forwardBackward` and `rowLosses` exist once.
protocol CausalPasses: LanguageModel {
    /// The model's activation arena.
    associatedtype Arena
    /// The current batch's inputs and targets.
    var batch: TokenBatch { get }
    /// An arena for `B` rows of `T` positions, for training (with what backward needs) or not;
    /// reused while the shape does not change.
    func arena(training: Bool, batch B: Int, time T: Int) -> Arena
    /// The blocks and the final norm on `batch.inputs`.
    func forward(_ a: Arena, B: Int, T: Int)
    /// The LM head and cross-entropy against `batch.targets`: per-position losses into
    /// `positionLosses(a)`; with `training`, the gradients of the head's input (and of the head
    /// when trained), scaled by `gradScale`.
    func classifier(_ a: Arena, B: Int, T: Int, gradScale: Float, training: Bool)
    /// The backward pass below the head, accumulating the trained tensors' gradients.
    func backward(_ a: Arena, B: Int, T: Int)
    /// The (B, T) per-position losses of the last `classifier` call.
    func positionLosses(_ a: Arena) -> FloatView
}

extension CausalPasses {
    /// Forward and backward on `rows` sequences of T + 1 tokens, gradients scaled by `lossScale`
    /// accumulated; the mean loss over the B * T positions.
    /// - Shapes: `tokens` (B, T + 1), row-major.
    func trainingStep(tokens: [Int32], rows B: Int, lossScale: Float) -> Float {
        let T = batch.split(tokens, rows: B, maximumLength: maximumSequenceLength, vocabulary: vocabularySize)
        let a = arena(training: true, batch: B, time: T)
        forward(a, B: B, T: T)
        classifier(a, B: B, T: T, gradScale: lossScale / Float(B * T), training: true)
        let total = positionLosses(a).toArray().reduce(0.0) { $0 + Double($1) }
        backward(a, B: B, T: T)
        return Float(total / Double(B * T))
    }

    /// Forward only, keeping no activations for backward: the mean loss of each row (length B).
    /// - Shapes: `tokens` (B, T + 1), row-major.
    func evaluationLosses(tokens: [Int32], rows B: Int) -> [Float] {
        let T = batch.split(tokens, rows: B, maximumLength: maximumSequenceLength, vocabulary: vocabularySize)
        let a = arena(training: false, batch: B, time: T)
        forward(a, B: B, T: T)
        classifier(a, B: B, T: T, gradScale: 0, training: false)
        let losses = positionLosses(a).toArray()
        return (0..<B).map { b in Float(losses[(b * T)..<((b + 1) * T)].reduce(0.0) { $0 + Double($1) } / Double(T)) }
    }
}
