import Kernels

/// AdamW state (first and second moments) and its hyperparameters: beta1 0.9, beta2 0.95, eps
/// 1e-8, decoupled weight decay on 2-D tensors only.
///
/// The moments cover only the tensors the optimizer was made for, packed in layout order: for a
/// model that trains every tensor that is the parameter layout itself; for a partly frozen model
/// (the last k blocks of a Llama) the frozen tensors get no moments, so the optimizer's memory
/// is that of the trained parameters only.
public final class AdamWOptimizer {
    /// First moments (`momentCount` floats).
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
    /// The tensors with moments, in layout order (nil: every float of a model of
    /// `momentCount` parameters, moments in the parameter layout).
    public let tensors: [ParameterTensor]?
    /// Floats per moment buffer.
    public var momentCount: Int { m.count }
    /// Offset in the moment buffers of each tensor, by its offset in the parameter layout.
    private let momentOffset: [Int: Int]

    /// Creates zeroed moments for every tensor of `layout`.
    public convenience init(layout: ParameterLayout) { self.init(parameterCount: layout.totalCount) }

    /// Creates zeroed moments for every float of a model of `parameterCount` floats.
    public init(parameterCount: Int) {
        tensors = nil
        momentOffset = [:]
        m = FloatBuffer(count: parameterCount)
        v = FloatBuffer(count: parameterCount)
    }

    /// Creates zeroed moments for `tensors` only (packed in the given order).
    public init(tensors: [ParameterTensor]) {
        var offsets: [Int: Int] = [:]
        var total = 0
        for tensor in tensors {
            offsets[tensor.offset] = total
            total += tensor.count
        }
        self.tensors = tensors
        momentOffset = offsets
        m = FloatBuffer(count: total)
        v = FloatBuffer(count: total)
    }

    /// Creates zeroed moments for the model's trainable tensors (every tensor's, in the
    /// parameter layout, when it trains them all).
    public convenience init(model: some LanguageModel) {
        if model.trainableParameterCount == model.parameters.count {
            self.init(parameterCount: model.parameters.count)
        } else {
            self.init(tensors: model.trainableTensors)
        }
    }

    /// Whether the moments cover every float of the model (in the parameter layout).
    public var coversEveryParameter: Bool { tensors == nil }

    /// The global L2 norm of the model's gradients (deterministic for every thread count): over
    /// the whole gradient buffer when every tensor trains, else summed tensor by tensor over the
    /// trained ones (frozen gradients are zero and never read).
    public func gradientNorm(_ model: some LanguageModel) -> Double {
        guard let tensors else {
            return Elementwise.sumOfSquares(model.gradients.all, count: momentCount, context: model.context).squareRoot()
        }
        return tensors.reduce(0.0) { total, tensor in
            total + Elementwise.sumOfSquares(model.gradients.view(tensor.offset, tensor.count), count: tensor.count, context: model.context)
        }.squareRoot()
    }

    /// One AdamW update of every trainable tensor at `learningRate`, gradients multiplied by
    /// `clipScale` (frozen tensors keep their values: no decay, no moments).
    public func step(_ model: some LanguageModel, learningRate: Float, clipScale: Float) {
        if tensors == nil {
            precondition(model.parameters.count == momentCount, "the optimizer was made for \(momentCount) parameters, the model has \(model.parameters.count)")
        }
        stepCount += 1
        for tensor in model.trainableTensors {
            let offset: Int
            if tensors == nil {
                offset = tensor.offset
            } else {
                guard let packed = momentOffset[tensor.offset] else { preconditionFailure("\(tensor.name) is trained but has no AdamW moments") }
                offset = packed
            }
            AdamW.update(params: model.parameters.view(tensor.offset, tensor.count), grads: model.gradients.view(tensor.offset, tensor.count),
                         m: m.view(offset, tensor.count), v: v.view(offset, tensor.count), count: tensor.count, learningRate: learningRate,
                         beta1: beta1, beta2: beta2, epsilon: epsilon, weightDecay: tensor.decays ? weightDecay : 0,
                         step: stepCount, gradScale: clipScale, context: model.context)
        }
    }
}
