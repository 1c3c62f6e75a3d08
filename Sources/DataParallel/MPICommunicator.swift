#if MPI
import CMPI
import Kernels

/// `MPI_COMM_WORLD` of Open MPI (or any MPI): what `mpirun -np N velocitune train ...` gives.
///
/// `@unchecked Sendable`: MPI is initialised with `MPI_THREAD_FUNNELED` and every call comes
/// from the thread that runs the trainer; the kernels' worker threads never call MPI. MPI's
/// default error handler aborts the job on a communication failure, so nothing here throws.
final class MPICommunicator: Communicator, @unchecked Sendable {
    let rank: Int
    let size: Int
    private let world = velocitune_mpi_comm_world()

    /// Initialises MPI (once per process).
    init() {
        var provided: Int32 = 0
        MPI_Init_thread(nil, nil, Int32(MPI_THREAD_FUNNELED), &provided)
        var rank: Int32 = 0, size: Int32 = 0
        MPI_Comm_rank(world, &rank)
        MPI_Comm_size(world, &size)
        self.rank = Int(rank)
        self.size = Int(size)
    }

    /// Rank `r`'s share of `count` elements: contiguous chunks in rank order.
    private func chunk(_ r: Int, of count: Int) -> Range<Int> { (r * count / size)..<((r + 1) * count / size) }

    /// A reduce-scatter then an all-gather: rank r receives every rank's chunk r (`MPI_Alltoallv`),
    /// sums them in rank order, and the summed chunks are gathered back onto every rank
    /// (`MPI_Allgatherv`). Each rank sends and receives 2 (N - 1) / N of the buffer.
    /// - Shapes: `buffer` (P) on every rank, the same P.
    func sum(_ buffer: FloatBuffer) {
        guard size > 1 else { return }
        let count = buffer.count
        let mine = chunk(rank, of: count)
        let chunks = (0..<size).map { chunk($0, of: count) }
        var sendCounts = chunks.map { Int32($0.count) }, sendOffsets = chunks.map { Int32($0.lowerBound) }
        var receiveCounts = [Int32](repeating: Int32(mine.count), count: size)
        var receiveOffsets = (0..<size).map { Int32($0 * mine.count) }
        var received = [Float](repeating: 0, count: size * mine.count)
        buffer.withUnsafeStorage { storage in
            _ = MPI_Alltoallv(storage.baseAddress, &sendCounts, &sendOffsets, velocitune_mpi_float(),
                              &received, &receiveCounts, &receiveOffsets, velocitune_mpi_float(), world)
            received.withUnsafeBufferPointer { parts in
                let owned = UnsafeMutableBufferPointer(rebasing: storage[mine])
                _ = owned.update(fromContentsOf: parts[0..<mine.count])
                for r in 1..<size {
                    let part = UnsafeBufferPointer(rebasing: parts[(r * mine.count)..<((r + 1) * mine.count)])
                    for i in 0..<owned.count { owned[i] += part[i] }
                }
            }
            _ = MPI_Allgatherv(velocitune_mpi_in_place(), 0, velocitune_mpi_float(),
                               storage.baseAddress, &sendCounts, &sendOffsets, velocitune_mpi_float(), world)
        }
    }

    func allGather(_ values: [Double]) -> [[Double]] {
        var count = Int32(values.count)
        var counts = [Int32](repeating: 0, count: size)
        _ = MPI_Allgather(&count, 1, velocitune_mpi_int(), &counts, 1, velocitune_mpi_int(), world)
        var offsets = [Int32](repeating: 0, count: size)
        for r in 1..<max(size, 1) { offsets[r] = offsets[r - 1] + counts[r - 1] }
        var gathered = [Double](repeating: 0, count: Int(counts.reduce(0, +)))
        var mine = values
        _ = MPI_Allgatherv(&mine, count, velocitune_mpi_double(), &gathered, &counts, &offsets, velocitune_mpi_double(), world)
        return (0..<size).map { r in Array(gathered[Int(offsets[r])..<Int(offsets[r] + counts[r])]) }
    }

    func broadcast(_ buffer: FloatBuffer, from root: Int) {
        guard size > 1 else { return }
        buffer.withUnsafeStorage { storage in
            // One call per 2^30 floats: MPI counts are 32-bit.
            var start = 0
            while start < storage.count {
                let n = min(storage.count - start, 1 << 30)
                _ = MPI_Bcast(storage.baseAddress! + start, Int32(n), velocitune_mpi_float(), Int32(root), world)
                start += n
            }
        }
    }

    func finish() { MPI_Finalize() }
}
#endif
