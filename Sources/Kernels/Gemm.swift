import Common
#if OpenBLAS
import CBLAS
#endif

/// Single-precision matrix products on row-major matrices:
/// `C (m x n) = alpha * op(A) (m x k) * op(B) (k x n) + beta * C`, where `op(X)` is `X` or `X^T`.
/// `lda`, `ldb`, `ldc` are the row strides of the stored matrices (as in CBLAS row-major).
public enum Gemm {
    /// Computes the product with the context's backend and threads.
    @inline(__always)
    public static func multiply(transA: Bool, transB: Bool, m: Int, n: Int, k: Int, alpha: Float,
                                a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
                                beta: Float, c: UnsafeMutablePointer<Float>, ldc: Int, context: ComputeContext) {
        guard m > 0, n > 0 else { return }
        switch context.gemm {
        case .blas:
            #if OpenBLAS
            // OpenBLAS runs single-threaded; with several threads the product is split into
            // blocks of C computed on our own workers. One thread pool only: OpenBLAS's
            // spin-waiting workers would otherwise compete with ours for the cores.
            BLASThreads.ensure(1)
            let blocks = Self.blocks(m: m, n: n, threads: context.threads)
            let pointers = UncheckedSendable((a, b, c))
            Parallel.forEach(blocks.count, threads: context.threads) { i in
                let (a, b, c) = pointers.value
                let (rows, cols) = blocks[i]
                let aStart = transA ? a + rows.lowerBound : a + rows.lowerBound * lda
                let bStart = transB ? b + cols.lowerBound * ldb : b + cols.lowerBound
                cblas_sgemm(CblasRowMajor, transA ? CblasTrans : CblasNoTrans, transB ? CblasTrans : CblasNoTrans,
                            Int32(rows.count), Int32(cols.count), Int32(k), alpha, aStart, Int32(lda), bStart, Int32(ldb), beta,
                            c + rows.lowerBound * ldc + cols.lowerBound, Int32(ldc))
            }
            #else
            preconditionFailure("built without OpenBLAS")
            #endif
        case .swift:
            SwiftGemm.multiply(transA: transA, transB: transB, m: m, n: n, k: k, alpha: alpha, a: a, lda: lda,
                               b: b, ldb: ldb, beta: beta, c: c, ldc: ldc, threads: context.threads)
        }
    }
}

extension Gemm {
    /// Blocks of C for `threads` workers: row bands when C is tall enough, else column bands
    /// (each at least 32 wide), else the whole matrix. Fixed by the shape, so results do not
    /// depend on scheduling.
    static func blocks(m: Int, n: Int, threads: Int) -> [(rows: Range<Int>, cols: Range<Int>)] {
        guard threads > 1 else { return [(0..<m, 0..<n)] }
        if m >= 32 * threads {
            return Parallel.ranges(m, parts: threads).map { ($0, 0..<n) }
        }
        if n >= 32 * threads {
            return Parallel.ranges(n, parts: threads).map { (0..<m, $0) }
        }
        return [(0..<m, 0..<n)]
    }
}

/// OpenBLAS's thread count is a process-wide setting. Every product ensures the count its context
/// asks for; a kernel that issues products from inside its own parallel loop first lowers the
/// count to 1 on the calling thread (`BLASThreads.ensure(1)`), so BLAS never fans out from a worker.
public enum BLASThreads {
    /// Sets OpenBLAS's thread count to `threads` if it differs (no-op without OpenBLAS).
    @inline(__always)
    public static func ensure(_ threads: Int) {
        #if OpenBLAS
        if openblas_get_num_threads() != Int32(threads) { openblas_set_num_threads(Int32(threads)) }
        #endif
    }
}
