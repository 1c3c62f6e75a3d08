import Foundation
import Kernels

/// A frozen Llama with LoRA adapters, as the trainer sees it: the parameters, gradients and
/// tensors are the adapters' (so AdamW's moments cover the adapters only), the forward and
/// backward passes are the base model's with the adapters applied (the backward pass computes
/// the input gradients it needs, never a gradient of a base weight), and its weight files are
/// an adapter-only PEFT checkpoint (`LoRACheckpoint`).
public final class LoRAModel {
    /// The base model (every tensor frozen).
    public let base: Llama
    /// The adapters, attached to `base`.
    public let adapters: LoRAAdapters
    /// What the adapter files name as their base model (`base_model_name_or_path`).
    public let basePath: String

    /// Freezes `base` and attaches `adapters` to it.
    public init(base: Llama, adapters: LoRAAdapters, basePath: String) throws(TrainingError) {
        try base.setTrainable([])
        base.attach(adapters)
        self.base = base
        self.adapters = adapters
        self.basePath = basePath
    }

    /// The base model with the adapters merged into its weights (`W += (alpha / r) B A`), the
    /// adapters detached: a plain Llama that computes what this model computes.
    public func merged() throws(TrainingError) -> Llama {
        let copy = try Llama(config: base.config, context: base.context, seed: nil)
        copy.parameters.all.copy(from: base.parameters.toArray())
        adapters.merge(into: copy)
        return copy
    }
}

extension LoRAModel: LanguageModel {
    /// The adapters' parameters.
    public var parameters: FloatBuffer { adapters.parameters }
    /// The adapters' gradients.
    public var gradients: FloatBuffer { adapters.gradients }
    /// The base model's context.
    public var context: ComputeContext { base.context }
    /// The adapters' tensors (PEFT names).
    public var tensors: [ParameterTensor] { adapters.tensors }
    /// Every adapter tensor.
    public var trainableTensors: [ParameterTensor] { adapters.tensors }
    /// The base model's.
    public var vocabularySize: Int { base.vocabularySize }
    /// The base model's.
    public var maximumSequenceLength: Int { base.maximumSequenceLength }
    /// The base model's.
    public var defaultSequenceLength: Int { base.defaultSequenceLength }
    /// The base model's shape (its parameters; the adapters are the trainable ones).
    public var shape: ModelShape { base.shape }
    /// Zeroes the adapters' gradients.
    public func zeroGradients() { adapters.gradients.zero() }
    /// The base model's pass with the adapters applied; accumulates the adapters' gradients.
    public func forwardBackward(tokens: [Int32], rows: Int, lossScale: Float) -> Float {
        base.forwardBackward(tokens: tokens, rows: rows, lossScale: lossScale)
    }
    /// The base model's losses with the adapters applied.
    public func rowLosses(tokens: [Int32], rows: Int) -> [Float] { base.rowLosses(tokens: tokens, rows: rows) }
    /// `adapter_model.safetensors` and `adapter_config.json` (see `LoRACheckpoint`).
    public func writeWeights(into directory: URL) throws { try LoRACheckpoint.writeFiles(self, into: directory) }
}
