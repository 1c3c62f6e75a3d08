/// Which implementation performs matrix products.
public enum GemmBackend: String, Sendable, CaseIterable, Codable {
    /// OpenBLAS `cblas_sgemm` (the default when built with the OpenBLAS trait).
    case blas
    /// The portable SIMD kernel in this module (always available).
    case swift

    /// The best backend this build has.
    public static var preferred: GemmBackend {
        #if OpenBLAS
        return .blas
        #else
        return .swift
        #endif
    }

    /// Whether this build can use `backend`.
    public static func isAvailable(_ backend: GemmBackend) -> Bool {
        #if OpenBLAS
        return true
        #else
        return backend == .swift
        #endif
    }
}

/// How kernels run: the thread count (for BLAS and for the kernels' own parallel loops) and the
/// GEMM backend. Create one per model and pass it to every kernel.
public struct ComputeContext: Sendable {
    /// Threads kernels may use.
    public let threads: Int
    /// Matrix-product implementation.
    public let gemm: GemmBackend

    /// Creates a context. Pins OpenBLAS to one thread: `Gemm` splits products across `threads`
    /// workers of its own.
    public init(threads: Int, gemm: GemmBackend = .preferred) {
        precondition(threads >= 1, "threads must be at least 1")
        precondition(GemmBackend.isAvailable(gemm), "this build has no \(gemm.rawValue) GEMM (built without the OpenBLAS trait)")
        BLASThreads.pinToOne()
        self.threads = threads
        self.gemm = gemm
    }

    /// A context for work already running inside a parallel loop: one thread, same backend.
    public var singleThreaded: ComputeContext { ComputeContext(unchecked: 1, gemm: gemm) }

    private init(unchecked threads: Int, gemm: GemmBackend) {
        self.threads = threads
        self.gemm = gemm
    }
}
