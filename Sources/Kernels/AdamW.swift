/// AdamW with decoupled weight decay, as `torch.optim.AdamW`.
public enum AdamW {
    /// Updates `params` in place from `grads` (multiplied by `gradScale`, for clipping) at
    /// optimizer step `step` (1-based). `weightDecay` is 0 for tensors that do not decay.
    /// - Shapes: `params`, `grads`, `m`, `v` (count).
    public static func update(params: FloatView, grads: FloatView, m: FloatView, v: FloatView, count: Int, learningRate lr: Float,
                              beta1: Float, beta2: Float, epsilon: Float, weightDecay: Float, step: Int, gradScale: Float,
                              context: ComputeContext) {
        let params = params.pointer(holding: count, "params"), grads = UnsafePointer(grads.pointer(holding: count, "grads"))
        let m = m.pointer(holding: count, "m"), v = v.pointer(holding: count, "v")
        let correction1 = 1 - Float(pow(Double(beta1), Double(step)))
        let correction2 = 1 - Float(pow(Double(beta2), Double(step)))
        let stepSize = lr / correction1
        let rootCorrection2 = correction2.squareRoot()
        let decay = 1 - lr * weightDecay
        Elementwise.forEachBlock(count: count, threads: context.threads) { range in
            let g = grads
            var i = range.lowerBound
            while i + 8 <= range.upperBound {
                let grad = g.load8(i) * gradScale
                let mi = beta1 * m.load8(i) + (1 - beta1) * grad
                let vi = beta2 * v.load8(i) + (1 - beta2) * grad * grad
                m.store8(mi, i)
                v.store8(vi, i)
                let denominator = vi.squareRoot() / rootCorrection2 + epsilon
                params.store8(params.load8(i) * decay - stepSize * mi / denominator, i)
                i += 8
            }
            while i < range.upperBound {
                let grad = g[i] * gradScale
                m[i] = beta1 * m[i] + (1 - beta1) * grad
                v[i] = beta2 * v[i] + (1 - beta2) * grad * grad
                params[i] = params[i] * decay - stepSize * m[i] / (v[i].squareRoot() / rootCorrection2 + epsilon)
                i += 1
            }
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
