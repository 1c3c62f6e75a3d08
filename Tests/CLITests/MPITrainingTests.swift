import Foundation
import Testing
import TestSupport

/// `mpirun -np 2 velocitune train`: the data-parallel trainer against one process. Needs a build
/// with the MPI trait in `VELOCITUNE_MPI_BIN` and Open MPI's `mpirun` (`make test` builds and
/// sets both when Open MPI is installed; scripts/setup.sh installs it).
@Suite(.serialized, .enabled(if: MPIRunner.available, "no MPI build (VELOCITUNE_MPI_BIN) or no mpirun"))
struct MPITrainingTests {
    let common = ["--n-layer", "2", "--n-head", "2", "--n-embd", "32", "--block-size", "16", "--batch-size", "6",
                  "--eval-tokens", "96", "--warmup-steps", "5", "--threads", "1",
                  "--update-every", "10", "--eval-every", "10", "--checkpoint-every", "10", "--keep-checkpoints", "3", "--max-steps", "30"]
    /// A policy whose weights move with the losses, so that the mixer's updates are exercised.
    let moving = ["--mixer", "no-target"]

    /// The run's log lines of one kind, decoded.
    func events(_ run: URL, _ kind: String) throws -> [[String: Any]] {
        try String(contentsOf: run.appendingPathComponent("metrics.jsonl"), encoding: .utf8).split(separator: "\n")
            .filter { $0.contains("\"event\":\"\(kind)\"") }
            .map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
    }

    func samplerState(_ run: URL, step: Int) throws -> String {
        let url = run.appendingPathComponent(String(format: "checkpoints/step-%08d/trainer-state.json", step))
        let state = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        return String(decoding: try JSONSerialization.data(withJSONObject: state["sampler"]!, options: .sortedKeys), as: UTF8.self)
    }

    @Test func twoRanksTrainTheModelOneProcessTrains() throws {
        let root = try CLIRunner.temporaryDirectory()
        let corpus = try TestCorpus.prepared(in: root, domains: 3)
        let single = root.appendingPathComponent("single"), parallel = root.appendingPathComponent("parallel")
        let one = try MPIRunner.train(ranks: 1, ["--data", corpus.path, "--out", single.path] + common + moving)
        #expect(one.status == 0, "\(one.stderr)")
        let two = try MPIRunner.train(ranks: 2, ["--data", corpus.path, "--out", parallel.path] + common + moving)
        #expect(two.status == 0, "\(two.stderr)")
        #expect(two.stdout.components(separatedBy: "30 steps").count == 2, "rank 0 alone prints the summary: \(two.stdout)")
        // The same model up to the order of float sums (each rank's half-batch mean, then the sum):
        // within 1e-5 relative, step for step.
        let a = try events(single, "train"), b = try events(parallel, "train")
        #expect(a.count == 30 && b.count == 30)
        for (x, y) in zip(a, b) {
            let (p, q) = (x["loss"] as! Double, y["loss"] as! Double)
            #expect(abs(p - q) <= 1e-5 * abs(p), "step \(x["step"]!): \(p) vs \(q)")
        }
        let evalsA = try events(single, "eval"), evalsB = try events(parallel, "eval")
        #expect(evalsA.count == evalsB.count)
        for (x, y) in zip(evalsA, evalsB) {
            let (p, q) = (x["domain_loss"] as! [String: Double], y["domain_loss"] as! [String: Double])
            for (domain, loss) in p { #expect(abs(loss - q[domain]!) <= 1e-5 * loss, "\(domain) at step \(x["step"]!)") }
            let (v, w) = (x["weights"] as! [String: Double], y["weights"] as! [String: Double])
            for (domain, weight) in v { #expect(abs(weight - w[domain]!) <= 1e-5, "weights of \(domain) at step \(x["step"]!)") }
        }
        // Step 0 is the same model on the same tokens: split evaluation gathers to the same losses.
        let (first, firstParallel) = (evalsA[0]["domain_loss"] as! [String: Double], evalsB[0]["domain_loss"] as! [String: Double])
        for (domain, loss) in first { #expect(abs(loss - firstParallel[domain]!) <= 1e-6 * loss) }
        #expect((try events(parallel, "start").first?["info"] as? [String: String])?["ranks"] == "2")
    }

    @Test func theDataOrderDoesNotDependOnTheRanks() throws {
        let root = try CLIRunner.temporaryDirectory()
        let corpus = try TestCorpus.prepared(in: root, domains: 3)
        let single = root.appendingPathComponent("single"), parallel = root.appendingPathComponent("parallel")
        // Static weights: the mixture is then identical bit for bit, so the draws must be too.
        #expect(try MPIRunner.train(ranks: 1, ["--data", corpus.path, "--out", single.path] + common).status == 0)
        #expect(try MPIRunner.train(ranks: 2, ["--data", corpus.path, "--out", parallel.path] + common).status == 0)
        for step in [10, 20, 30] { #expect(try samplerState(single, step: step) == samplerState(parallel, step: step), "step \(step)") }
    }

    @Test func aStoppedTwoRankRunResumesToTheSameLosses() throws {
        let root = try CLIRunner.temporaryDirectory()
        let corpus = try TestCorpus.prepared(in: root)
        let straight = root.appendingPathComponent("straight"), stopped = root.appendingPathComponent("stopped")
        #expect(try MPIRunner.train(ranks: 2, ["--data", corpus.path, "--out", straight.path] + common + moving).status == 0)
        let first = try MPIRunner.train(ranks: 2, ["--data", corpus.path, "--out", stopped.path, "--stop-at-step", "15"] + common + moving)
        #expect(first.status == 130, "\(first.stderr)")
        let second = try MPIRunner.train(ranks: 2, ["--data", corpus.path, "--out", stopped.path, "--resume"] + common + moving)
        #expect(second.status == 0, "\(second.stderr)")
        let a = try events(straight, "train").map { "\($0["loss"]!)" }, b = try events(stopped, "train").map { "\($0["loss"]!)" }
        #expect(a.count == 30)
        #expect(a == b, "bit-identical losses, each step logged once")
        // And a second uninterrupted run on 2 ranks repeats the first bit for bit.
        let again = root.appendingPathComponent("again")
        #expect(try MPIRunner.train(ranks: 2, ["--data", corpus.path, "--out", again.path] + common + moving).status == 0)
        #expect(try events(again, "train").map { "\($0["loss"]!)" } == a)
        #expect(try events(again, "eval").map { $0["weights"] as! [String: Double] } == events(straight, "eval").map { $0["weights"] as! [String: Double] })
    }

    @Test func killingOneRankStopsTheRunAndResumeGivesTheUninterruptedLosses() throws {
        let root = try CLIRunner.temporaryDirectory()
        let corpus = try TestCorpus.prepared(in: root)
        // A model big enough that 300 steps take a few seconds, so the kill lands mid-run.
        let long = ["--data", corpus.path, "--max-steps", "300", "--eval-every", "100", "--update-every", "100", "--checkpoint-every", "5",
                    "--n-layer", "2", "--n-head", "2", "--n-embd", "64", "--block-size", "32", "--batch-size", "8",
                    "--eval-tokens", "64", "--warmup-steps", "5", "--threads", "1"] + moving
        let straight = root.appendingPathComponent("straight"), killed = root.appendingPathComponent("killed")
        #expect(try MPIRunner.train(ranks: 2, ["--out", straight.path] + long).status == 0)

        let launcher = try MPIRunner.start(ranks: 2, ["--out", killed.path] + long)
        let checkpoints = killed.appendingPathComponent("checkpoints")
        let deadline = Date().addingTimeInterval(120)
        while launcher.isRunning && Date() < deadline
                && ((try? FileManager.default.contentsOfDirectory(atPath: checkpoints.path)) ?? []).filter({ $0.hasPrefix("step-") }).isEmpty {
            usleep(1000)
        }
        let ranks = MPIRunner.children(of: launcher.processIdentifier)
        #expect(ranks.count == 2, "mpirun's children: \(ranks)")
        if let victim = ranks.last { kill(victim, SIGKILL) }
        launcher.waitUntilExit()
        #expect(launcher.terminationStatus != 0, "mpirun reports the killed rank")
        #expect(MPIRunner.children(of: launcher.processIdentifier).isEmpty)
        let logged = try events(killed, "train").count
        #expect(logged < 300, "the kill landed before the end")

        let resumed = try MPIRunner.train(ranks: 2, ["--out", killed.path, "--resume"] + long)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        let a = try events(straight, "train").map { "\($0["loss"]!)" }, b = try events(killed, "train").map { "\($0["loss"]!)" }
        #expect(a.count == 300)
        #expect(a == b, "the same losses as the uninterrupted run, each step logged once")
    }

    @Test func ranksStartedWithDifferentOptionsAllStop() throws {
        let root = try CLIRunner.temporaryDirectory()
        let corpus = try TestCorpus.prepared(in: root)
        let run = root.appendingPathComponent("run")
        let arguments = ["--data", corpus.path, "--out", run.path] + common
        // MPMD: rank 0 and rank 1 get different learning rates.
        let result = try MPIRunner.launch(["-np", "1", MPIRunner.binary!, "train"] + arguments + ["--lr", "1e-3", ":",
                                           "-np", "1", MPIRunner.binary!, "train"] + arguments + ["--lr", "2e-3"])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("rank 1 was started with other options, corpus, targets or checkpoint than rank 0"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: run.appendingPathComponent("checkpoints").path))
    }

    @Test func aRunResumesOnAnotherRankCountWithTheSameData() throws {
        let root = try CLIRunner.temporaryDirectory()
        let corpus = try TestCorpus.prepared(in: root)
        let straight = root.appendingPathComponent("straight"), moved = root.appendingPathComponent("moved")
        #expect(try MPIRunner.train(ranks: 2, ["--data", corpus.path, "--out", straight.path] + common).status == 0)
        #expect(try MPIRunner.train(ranks: 2, ["--data", corpus.path, "--out", moved.path, "--stop-at-step", "20"] + common).status == 130)
        let resumed = try MPIRunner.train(ranks: 1, ["--data", corpus.path, "--out", moved.path, "--resume"] + common)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stderr.contains("written by 2 rank(s), this session has 1"), "\(resumed.stderr)")
        #expect(try samplerState(straight, step: 30) == samplerState(moved, step: 30))
    }

    @Test func aBatchSmallerThanTheRanksIsOneError() throws {
        let root = try CLIRunner.temporaryDirectory()
        let corpus = try TestCorpus.prepared(in: root)
        let result = try MPIRunner.train(ranks: 2, ["--data", corpus.path, "--out", root.appendingPathComponent("run").path] + common
                                                     + ["--batch-size", "1"])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.components(separatedBy: "velocitune: error:").count == 2, "one message, from rank 0: \(result.stderr)")
        #expect(result.stderr.contains("batch_size 1 is below the number of ranks (2)"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("run/metrics.jsonl").path))
    }
}

/// A launch under a launcher by a build without MPI fails clearly instead of training N
/// independent copies (needs no MPI: the launcher's environment is enough).
@Test func aBuildWithoutMPIRefusesSeveralRanks() throws {
    let root = try CLIRunner.temporaryDirectory()
    let corpus = try TestCorpus.prepared(in: root)
    let output = try ProcessRunner.run(CLIRunner.executable, ["train", "--data", corpus.path, "--out", root.appendingPathComponent("run").path,
                                                              "--max-steps", "2"],
                                       environment: ["OMPI_COMM_WORLD_SIZE": "2", "OMPI_COMM_WORLD_RANK": "0"])
    let stderr = String(decoding: output.stderr, as: UTF8.self)
    #if MPI
    _ = stderr
    #else
    #expect(output.status == 2, "\(stderr)")
    #expect(stderr.contains("launched on 2 MPI ranks but built without MPI support"), "\(stderr)")
    #endif
}

/// Runs the MPI build under `mpirun`.
enum MPIRunner {
    static var binary: String? { ProcessInfo.processInfo.environment["VELOCITUNE_MPI_BIN"] }
    static let mpirun = ["/usr/bin/mpirun", "/usr/local/bin/mpirun"].first { FileManager.default.isExecutableFile(atPath: $0) }

    static var available: Bool { binary != nil && mpirun != nil }

    /// Options of every launch: ranks unbound (so --threads means what it says), shared memory
    /// without cross-memory attach (which containers often forbid), root allowed.
    static let options = ["--oversubscribe", "--bind-to", "none", "--mca", "btl", "self,vader"]
    static let environment = ["OMPI_ALLOW_RUN_AS_ROOT": "1", "OMPI_ALLOW_RUN_AS_ROOT_CONFIRM": "1",
                              "OMPI_MCA_btl_vader_single_copy_mechanism": "none"]

    /// `mpirun -np ranks velocitune train arguments`.
    static func train(ranks: Int, _ arguments: [String]) throws -> CLIRunner.Result {
        try launch(["-np", "\(ranks)", binary!, "train"] + arguments)
    }

    /// `mpirun` with the launch `arguments` (after the common options), to completion.
    static func launch(_ arguments: [String]) throws -> CLIRunner.Result {
        let output = try ProcessRunner.run(URL(fileURLWithPath: mpirun!), options + arguments, environment: environment,
                                           directory: Repository.root)
        return CLIRunner.Result(status: output.status, stdout: String(decoding: output.stdout, as: UTF8.self),
                                stderr: String(decoding: output.stderr, as: UTF8.self))
    }

    /// `mpirun -np ranks velocitune train arguments`, started and left running (output discarded).
    static func start(ranks: Int, _ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: mpirun!)
        process.arguments = options + ["-np", "\(ranks)", binary!, "train"] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.currentDirectoryURL = Repository.root
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// The running processes whose parent is `pid` (from /proc).
    static func children(of pid: Int32) -> [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap(Int32.init).filter { child in
            guard let stat = try? String(contentsOfFile: "/proc/\(child)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return false }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            return fields.count > 1 && fields[0] != "Z" && Int32(fields[1]) == pid
        }.sorted()
    }
}

/// Under a launcher of several ranks every command but `train` refuses to run N copies of itself
/// (which would write the same files), and only rank 0 says so.
@Test func onlyTrainRunsOnSeveralRanks() throws {
    let root = try CLIRunner.temporaryDirectory()
    let corpus = try TestCorpus.prepared(in: root)
    for rank in ["0", "1"] {
        let output = try ProcessRunner.run(CLIRunner.executable, ["eval", "--data", corpus.path, "--checkpoint", root.appendingPathComponent("none").path],
                                           environment: ["OMPI_COMM_WORLD_SIZE": "2", "OMPI_COMM_WORLD_RANK": rank])
        let stderr = String(decoding: output.stderr, as: UTF8.self)
        #expect(output.status == 2, "\(stderr)")
        #expect(stderr.contains("only `velocitune train` runs on several MPI ranks") == (rank == "0"), "rank \(rank): \(stderr)")
    }
}
