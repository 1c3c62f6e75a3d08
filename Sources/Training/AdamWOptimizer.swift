import Kernels

/// AdamW state (first and second moments, in the parameter layout) and its hyperparameters:
/// beta1 0.9, beta2 0.95, eps 1e-8, decoupled weight decay on 2-D tensors only.
public final class AdamWOptimizer {
    /// First moments.
    public let m: FloatBuffer
    /// Second moments.
    public let v: FloatBuffer
    /// Updates applied so far.
    public internal(set) var stepCount: Int = 0
    /// Exponential decay of the first moment.
    public var beta1: Float = 0.9
    /// Exponential decay of the second moment.
    public var beta2: Float = 0.95
    /// Added to the denominator.
    public var epsilon: Float = 1e-8
    /// Decoupled weight decay for 2-D tensors.
    public var weightDecay: Float = 0.1
    private let totalCount: Int

    /// Creates zeroed moments for `layout`.
    public convenience init(layout: ParameterLayout) { self.init(parameterCount: layout.totalCount) }

    /// Creates zeroed moments for a model of `parameterCount` floats (any `LanguageModel`).
    public init(parameterCount: Int) {
        totalCount = parameterCount
        m = FloatBuffer(count: parameterCount)
        v = FloatBuffer(count: parameterCount)
    }

    /// The global L2 norm of the model's gradients (deterministic for every thread count).
    public func gradientNorm(_ model: some LanguageModel) -> Double {
        Elementwise.sumOfSquares(model.gradients.all, count: totalCount, context: model.context).squareRoot()
    }

    /// One AdamW update of every trainable tensor at `learningRate`, gradients multiplied by
    /// `clipScale` (frozen tensors keep their values: no decay, no moments).
    public func step(_ model: some LanguageModel, learningRate: Float, clipScale: Float) {
        precondition(model.parameters.count == totalCount, "the optimizer was made for \(totalCount) parameters, the model has \(model.parameters.count)")
        stepCount += 1
        for tensor in model.trainableTensors {
            AdamW.update(params: model.parameters.view(tensor.offset, tensor.count), grads: model.gradients.view(tensor.offset, tensor.count),
                         m: m.view(tensor.offset, tensor.count), v: v.view(tensor.offset, tensor.count), count: tensor.count, learningRate: learningRate,
                         beta1: beta1, beta2: beta2, epsilon: epsilon, weightDecay: tensor.decays ? weightDecay : 0,
                         step: stepCount, gradScale: clipScale, context: model.context)
        }
    }
}
