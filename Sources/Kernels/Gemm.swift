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
            BLASThreads.ensure(context.threads)
            cblas_sgemm(CblasRowMajor, transA ? CblasTrans : CblasNoTrans, transB ? CblasTrans : CblasNoTrans,
                        Int32(m), Int32(n), Int32(k), alpha, a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
            #else
            preconditionFailure("built without OpenBLAS")
            #endif
        case .swift:
            SwiftGemm.multiply(transA: transA, transB: transB, m: m, n: n, k: k, alpha: alpha, a: a, lda: lda,
                               b: b, ldb: ldb, beta: beta, c: c, ldc: ldc, threads: context.threads)
        }
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
