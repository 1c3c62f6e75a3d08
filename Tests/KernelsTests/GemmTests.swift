import Common
import Kernels
import Testing

@Suite struct GemmTests {
    /// The portable SIMD kernel and OpenBLAS agree with a Double reference on awkward shapes,
    /// both transposes, alpha/beta, strided leading dimensions, and 1 or 2 threads.
    @Test(arguments: GemmBackend.allCases.filter(GemmBackend.isAvailable))
    func agreesWithAReference(backend: GemmBackend) {
        var rng = SplitMix64(seed: 7)
        // (200, 129, 64) splits rows between two threads, (13, 100, 40) columns.
        let shapes = [(1, 1, 1), (6, 16, 8), (7, 17, 3), (13, 40, 300), (97, 33, 260), (200, 129, 64), (13, 100, 40)]
        for (m, n, k) in shapes {
            for (transA, transB) in [(false, false), (false, true), (true, false), (true, true)] {
                for threads in [1, 2] {
                    let lda = (transA ? m : k) + 3, ldb = (transB ? k : n) + 5, ldc = n + 2
                    let a = (0..<((transA ? k : m) * lda)).map { _ in Float(rng.nextGaussian()) }
                    let b = (0..<((transB ? n : k) * ldb)).map { _ in Float(rng.nextGaussian()) }
                    let original = (0..<(m * ldc)).map { _ in Float(rng.nextGaussian()) }
                    let cView = FloatBuffer(original).all
                    let alpha: Float = 0.7, beta: Float = k % 2 == 0 ? 0 : 0.3
                    Gemm.multiply(transA: transA, transB: transB, m: m, n: n, k: k, alpha: alpha, a: FloatBuffer(a).all, lda: lda,
                                  b: FloatBuffer(b).all, ldb: ldb, beta: beta, c: cView, ldc: ldc, context: ComputeContext(threads: threads, gemm: backend))
                    let c = cView.toArray()
                    var worst = 0.0
                    for i in 0..<m {
                        for j in 0..<n {
                            var sum = 0.0
                            for p in 0..<k {
                                let x = transA ? a[p * lda + i] : a[i * lda + p]
                                let y = transB ? b[j * ldb + p] : b[p * ldb + j]
                                sum += Double(x) * Double(y)
                            }
                            let expected = Double(alpha) * sum + (beta == 0 ? 0 : Double(beta) * Double(original[i * ldc + j]))
                            worst = max(worst, abs(Double(c[i * ldc + j]) - expected) / (1 + abs(expected)))
                        }
                        // Columns past n (the leading-dimension padding) are untouched.
                        for j in n..<ldc { #expect(c[i * ldc + j] == original[i * ldc + j]) }
                    }
                    #expect(worst < 1e-4, "\(backend) \(m)x\(n)x\(k) transA \(transA) transB \(transB) threads \(threads): \(worst)")
                }
            }
        }
    }
}
