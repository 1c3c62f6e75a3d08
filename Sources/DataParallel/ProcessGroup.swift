import Foundation
import Synchronization

/// The process group this process belongs to: MPI's world under an MPI launcher (`mpirun`,
/// `mpiexec`, `srun --mpi`), a single process otherwise.
public enum ProcessGroup {
    private static let joined = Mutex<(any Communicator)?>(nil)

    /// Why a process cannot join its group.
    public enum JoinError: Error, CustomStringConvertible {
        /// Launched on several ranks by a binary built without the `MPI` trait.
        case builtWithoutMPI(ranks: Int)

        /// What went wrong and what to do.
        public var description: String {
            switch self {
            case .builtWithoutMPI(let ranks):
                "this velocitune was launched on \(ranks) MPI ranks but built without MPI support; build it with `swift build -c release --traits default,MPI` (needs libopenmpi-dev: scripts/setup.sh --mpi)"
            }
        }
    }

    /// The number of ranks the launcher announced in the environment (Open MPI, MPICH, PMI,
    /// Slurm), or nil when none did.
    public static var launchedRanks: Int? { launcherInteger(["OMPI_COMM_WORLD_SIZE", "PMI_SIZE", "SLURM_NTASKS"]) }

    /// The number of ranks the launcher started on this machine (Open MPI, MPICH, Slurm), or
    /// nil when no launcher said.
    public static var launchedLocalRanks: Int? {
        launcherInteger(["OMPI_COMM_WORLD_LOCAL_SIZE", "MPI_LOCALNRANKS", "SLURM_NTASKS_PER_NODE"]).flatMap { $0 >= 1 ? $0 : nil }
    }

    /// The first of the launcher's environment variables `keys` that holds an integer.
    private static func launcherInteger(_ keys: [String]) -> Int? {
        let environment = ProcessInfo.processInfo.environment
        return keys.lazy.compactMap { environment[$0].flatMap { Int($0) } }.first
    }

    /// Joins the group (once; later calls return the same communicator): MPI when the binary
    /// has the `MPI` trait and was started by an MPI launcher, else a single process.
    /// - Throws: `JoinError.builtWithoutMPI` when launched on several ranks without MPI support.
    public static func join() throws(JoinError) -> any Communicator {
        try joined.withLock { (current: inout (any Communicator)?) throws(JoinError) -> any Communicator in
            if let current { return current }
            let group: any Communicator
            #if MPI
            group = launchedRanks != nil ? MPICommunicator() : SingleProcess.shared
            #else
            if let ranks = launchedRanks, ranks > 1 { throw .builtWithoutMPI(ranks: ranks) }
            group = SingleProcess.shared
            #endif
            current = group
            return group
        }
    }

    /// This process's rank in the group it joined, else the rank its launcher announced
    /// (`OMPI_COMM_WORLD_RANK`, `PMI_RANK`, `SLURM_PROCID`), else 0.
    public static var rank: Int {
        joined.withLock { $0?.rank } ?? launcherInteger(["OMPI_COMM_WORLD_RANK", "PMI_RANK", "SLURM_PROCID"]) ?? 0
    }

    /// Leaves the group joined, if any (`MPI_Finalize`). Call once, just before the process exits.
    public static func leave() {
        joined.withLock { current in
            current?.finish()
            current = nil
        }
    }
}
