import Common
#if OpenBLAS
import CBLAS
#endif

/// Single-precision matrix products on row-major matrices:
/// `C (m x n) = alpha * op(A) (m x k) * op(B) (k x n) + beta * C`, where `op(X)` is `X` or `X^T`.
/// `lda`, `ldb`, `ldc` are the row strides of the stored matrices (as in CBLAS row-major).
public enum Gemm {
    /// `C = alpha * op(A) * op(B) + beta * C` on views of row-major matrices (see `multiply` on
    /// pointers for the threading); each view must hold the rows its stride and shape address.
    /// - Shapes: `a` (m, k) or (k, m) when `transA`, row stride `lda`; `b` (k, n) or (n, k) when
    ///   `transB`, stride `ldb`; `c` (m, n), stride `ldc`.
    public static func multiply(transA: Bool, transB: Bool, m: Int, n: Int, k: Int, alpha: Float, a: FloatView, lda: Int, b: FloatView, ldb: Int,
                                beta: Float, c: FloatView, ldc: Int, context: ComputeContext) {
        func extent(rows: Int, columns: Int, stride: Int) -> Int { rows == 0 || columns == 0 ? 0 : (rows - 1) * stride + columns }
        let a = a.pointer(holding: transA ? extent(rows: k, columns: m, stride: lda) : extent(rows: m, columns: k, stride: lda), "a")
        let b = b.pointer(holding: transB ? extent(rows: n, columns: k, stride: ldb) : extent(rows: k, columns: n, stride: ldb), "b")
        let c = c.pointer(holding: extent(rows: m, columns: n, stride: ldc), "c")
        multiply(transA: transA, transB: transB, m: m, n: n, k: k, alpha: alpha, a: UnsafePointer(a), lda: lda, b: UnsafePointer(b), ldb: ldb,
                 beta: beta, c: c, ldc: ldc, context: context)
    }

    /// Computes the product with the context's backend and threads: C is cut into blocks (see
    /// `blocks`), and each block is one single-threaded product on one of our workers. Both
    /// backends share this split, so there is one thread pool (OpenBLAS's own spin-waiting
    /// workers would compete with ours for the cores) and results do not depend on scheduling.
    @inline(__always)
    static func multiply(transA: Bool, transB: Bool, m: Int, n: Int, k: Int, alpha: Float,
                         a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
                                beta: Float, c: UnsafeMutablePointer<Float>, ldc: Int, context: ComputeContext) {
        guard m > 0, n > 0 else { return }
        let blocks = Self.blocks(m: m, n: n, threads: context.threads)
        guard blocks.count > 1 else {
            serial(transA: transA, transB: transB, m: m, n: n, k: k, alpha: alpha, a: a, lda: lda, b: b, ldb: ldb,
                   beta: beta, c: c, ldc: ldc, backend: context.gemm)
            return
        }
        let pointers = UncheckedSendable((a, b, c))
        Parallel.forEach(blocks.count, threads: context.threads) { i in
            let (a, b, c) = pointers.value
            let (rows, cols) = blocks[i]
            serial(transA: transA, transB: transB, m: rows.count, n: cols.count, k: k, alpha: alpha,
                   a: transA ? a + rows.lowerBound : a + rows.lowerBound * lda, lda: lda,
                   b: transB ? b + cols.lowerBound * ldb : b + cols.lowerBound, ldb: ldb,
                   beta: beta, c: c + rows.lowerBound * ldc + cols.lowerBound, ldc: ldc, backend: context.gemm)
        }
    }

    /// One product on the calling thread with `backend`.
    private static func serial(transA: Bool, transB: Bool, m: Int, n: Int, k: Int, alpha: Float,
                               a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
                               beta: Float, c: UnsafeMutablePointer<Float>, ldc: Int, backend: GemmBackend) {
        switch backend {
        case .blas:
            #if OpenBLAS
            cblas_sgemm(CblasRowMajor, transA ? CblasTrans : CblasNoTrans, transB ? CblasTrans : CblasNoTrans,
                        Int32(m), Int32(n), Int32(k), alpha, a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
            #else
            preconditionFailure("built without OpenBLAS")
            #endif
        case .swift:
            SwiftGemm.multiply(transA: transA, transB: transB, m: m, n: n, k: k, alpha: alpha, a: a, lda: lda,
                               b: b, ldb: ldb, beta: beta, c: c, ldc: ldc)
        }
    }
}

extension Gemm {
    /// Blocks of C for `threads` workers: row bands when C is tall enough, else column bands
    /// (each at least 32 wide), else the whole matrix. Band edges fall on multiples of 8, so
    /// every band but the last holds whole SIMD tiles. Fixed by the shape, so results do not
    /// depend on scheduling.
    static func blocks(m: Int, n: Int, threads: Int) -> [(rows: Range<Int>, cols: Range<Int>)] {
        guard threads > 1 else { return [(0..<m, 0..<n)] }
        if m >= 32 * threads {
            return bands(m, parts: threads).map { ($0, 0..<n) }
        }
        if n >= 32 * threads {
            return bands(n, parts: threads).map { (0..<m, $0) }
        }
        return [(0..<m, 0..<n)]
    }

    /// `count` split into `parts` contiguous ranges whose inner edges are multiples of 8.
    private static func bands(_ count: Int, parts: Int) -> [Range<Int>] {
        let edges = (0...parts).map { $0 == parts ? count : (count * $0 / parts + 7) / 8 * 8 }
        return (0..<parts).map { edges[$0]..<edges[$0 + 1] }
    }
}

/// OpenBLAS's thread count is a process-wide setting; `ComputeContext` pins it to 1 because every
/// product is already split across our own workers (see `Gemm.multiply`).
enum BLASThreads {
    /// Sets OpenBLAS's thread count to 1 if it differs (no-op without OpenBLAS).
    static func pinToOne() {
        #if OpenBLAS
        if openblas_get_num_threads() != 1 { openblas_set_num_threads(1) }
        #endif
    }
}
