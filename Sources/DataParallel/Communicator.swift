import Kernels

/// The processes of one data-parallel run and the collective operations its trainer needs.
///
/// Every operation is collective: all ranks call it, in the same order, with buffers of the same
/// size. Results are the same bits on every rank (sums are taken in rank order, never in the
/// order messages arrive), so ranks that start from the same parameters stay identical.
/// Called from one thread per process.
public protocol Communicator: AnyObject, Sendable {
    /// This process's rank, 0 ..< size.
    var rank: Int { get }
    /// Number of processes.
    var size: Int { get }
    /// Replaces `buffer` on every rank by the element-wise sum of all ranks' buffers, summed in
    /// rank order (rank 0's value, plus rank 1's, ...).
    func sum(_ buffer: FloatBuffer)
    /// Every rank's `values`, indexed by rank (the arrays may differ in length).
    func allGather(_ values: [Double]) -> [[Double]]
    /// Copies rank `root`'s `buffer` into every rank's.
    func broadcast(_ buffer: FloatBuffer, from root: Int)
    /// Leaves the process group (`MPI_Finalize`); no collective may follow.
    func finish()
}

extension Communicator {
    /// Whether this is rank 0, the one that writes logs and checkpoints and prints.
    public var isLead: Bool { rank == 0 }

    /// The rows of a global batch of `rows` that this rank computes: contiguous, in rank order,
    /// sizes differing by at most one. Every rank draws the same global batch, so the slices
    /// are disjoint and together cover it.
    public func slice(ofRows rows: Int) -> Range<Int> {
        (rank * rows / size)..<((rank + 1) * rows / size)
    }

    /// The sum over ranks of `value`, in rank order.
    public func sum(_ value: Double) -> Double {
        size == 1 ? value : allGather([value]).reduce(0) { $0 + $1[0] }
    }

    /// Whether `flag` is true on any rank (so that every rank takes the same branch).
    public func any(_ flag: Bool) -> Bool {
        size == 1 ? flag : allGather([flag ? 1 : 0]).contains { $0[0] != 0 }
    }
}

/// One process: every collective is the identity.
public final class SingleProcess: Communicator {
    /// The one process.
    public static let shared = SingleProcess()

    /// Always 0.
    public var rank: Int { 0 }
    /// Always 1.
    public var size: Int { 1 }

    private init() {}

    /// Leaves `buffer` as it is.
    public func sum(_ buffer: FloatBuffer) {}
    /// `[values]`.
    public func allGather(_ values: [Double]) -> [[Double]] { [values] }
    /// Leaves `buffer` as it is.
    public func broadcast(_ buffer: FloatBuffer, from root: Int) {}
    /// Nothing to leave.
    public func finish() {}
}
