import Foundation
import Testing
import TestSupport

/// The PyTorch path on two ranks (`torchrun --nproc_per_node 2`, gloo on CPU): the Hugging Face
/// example and the plain torch.distributed loop against real servers. Part of the serialized
/// `PythonClientTests` suite, so no two torch runs share the two cores at once.
extension PythonClientTests {
    /// The Trainer on two ranks, 2 micro-batches of 4 rows per rank and step, a loader worker
    /// per rank (so the loaders run ahead): every rank exits 0 with the same schedule, the rows
    /// follow it, interrupted at step 20 and resumed against a fresh controller it trains the
    /// same rows with the same schedule, and the callback's values reach the Trainer's logs and
    /// TensorBoard (`report_to`).
    @Test func theHuggingFaceExampleOnTwoRanks() throws {
        guard PythonPeer.available(["torch", "transformers", "accelerate"]) else {
            print("torch/transformers/accelerate not installed: skipping the two-rank Hugging Face example (make test installs them)")
            return
        }
        let dir = try Repository.temporaryDirectory("vt-hf2")
        func run(_ server: ServerProcess, output: String, trace: String, _ extra: [String]) throws -> [RankTrace] {
            try TorchRun.example("examples/hf_continue_pretraining.py", server: server, runID: "hf2",
                                 ["--batch", "4", "--grad-accum", "2", "--workers", "1", "--output-dir", dir.appendingPathComponent(output).path,
                                  "--trace", dir.appendingPathComponent(trace).path] + extra)
        }
        let straight = try run(try ServerProcess(database: dir.appendingPathComponent("a.sqlite")), output: "a", trace: "a-trace",
                               ["--report-to", "tensorboard"])
        let stages = MixtureCheck.verify([straight], steps: 40)
        #expect(stages.count == 5, "registration and 4 reports: \(stages)")
        #expect(stages.dropFirst().dropLast().allSatisfy { $0.applyFrom > $0.version * 10 }, "the loaders ran ahead: \(stages)")
        #expect(MixtureCheck.replayMatches(straight, steps: 40))

        let first = try run(try ServerProcess(database: dir.appendingPathComponent("b.sqlite")), output: "b", trace: "b1-trace", ["--stop-at", "20"])
        let second = try run(try ServerProcess(database: dir.appendingPathComponent("fresh.sqlite")), output: "b", trace: "b2-trace", ["--resume"])
        #expect(MixtureCheck.verify([first, second], steps: 40) == stages, "resumed: the same schedule")
        #expect(MixtureCheck.globalRows([first, second]) == MixtureCheck.globalRows([straight]), "resumed: the same rows")

        // The callback's values are in the Trainer's logs at step 0 and every report, the same on both ranks.
        let logs = straight[0].logs
        #expect(logs.compactMap { $0["step"] as? Int } == [0, 10, 20, 30, 40])
        #expect(logs.map { $0["velocitune/version"] as? Double } == [0, 1, 2, 3, 4])
        for key in ["velocitune/loss/prose", "velocitune/weight/code", "velocitune/velocity/prose", "velocitune/apply_step", "velocitune/unreachable"] {
            #expect(logs.allSatisfy { $0[key] is Double }, "\(key) in every entry")
        }
        #expect(NSArray(array: logs) == NSArray(array: straight[1].logs), "rank 1 logged the same values")
        guard PythonPeer.available(["tensorboard"]) else {
            print("tensorboard not installed: skipping the TensorBoard check (make test installs it)")
            return
        }
        let scalars = try TorchRun.tensorBoardScalars(dir.appendingPathComponent("a"))
        for key in ["velocitune/loss/prose", "velocitune/weight/code", "velocitune/velocity/code", "velocitune/version"] {
            let points = scalars["train/" + key] ?? []
            #expect(points.map(\.step) == [0, 10, 20, 30, 40], "\(key): \(points)")
            let logged = logs.compactMap { $0[key] as? Double }
            #expect(zip(points, logged).allSatisfy { abs($0.value - $1) <= 1e-6 * max(1, abs($1)) }, "\(key): \(points) vs \(logged)")
        }
    }

    /// The plain loop (DDP, no Trainer) on two ranks, 2 micro-batches of 4 rows: every rank exits 0
    /// with the same schedule, the rows follow it, and interrupted at step 20 and resumed against
    /// the same (surviving) controller it trains the same rows with the same schedule.
    @Test func thePlainTorchDistributedLoopOnTwoRanks() throws {
        guard PythonPeer.available(["torch"]) else {
            print("torch not installed: skipping the two-rank torch.distributed loop (make test installs it)")
            return
        }
        let dir = try Repository.temporaryDirectory("vt-loop2")
        let server = try ServerProcess(database: dir.appendingPathComponent("c.sqlite"))
        func run(_ runID: String, output: String, trace: String, _ extra: [String]) throws -> [RankTrace] {
            try TorchRun.example("examples/torch_distributed_loop.py", server: server, runID: runID,
                                 ["--output-dir", dir.appendingPathComponent(output).path, "--trace", dir.appendingPathComponent(trace).path] + extra)
        }
        let straight = try run("loop-a", output: "a", trace: "a-trace", [])
        let stages = MixtureCheck.verify([straight], steps: 40)
        #expect(stages.map(\.version) == [0, 1, 2, 3, 4], "\(stages)")
        #expect(MixtureCheck.replayMatches(straight, steps: 40))
        let first = try run("loop-b", output: "b", trace: "b1-trace", ["--stop-at", "20"])
        let second = try run("loop-b", output: "b", trace: "b2-trace", ["--resume"])
        #expect(MixtureCheck.verify([first, second], steps: 40) == stages, "resumed: the same schedule")
        #expect(MixtureCheck.globalRows([first, second]) == MixtureCheck.globalRows([straight]), "resumed: the same rows")
        #expect(second[0].logs.compactMap { $0["step"] as? Int } == [30, 40])
    }

    /// Two ranks of 2 x 4 rows per step train exactly the global batches of one rank of 2 x 8
    /// rows, for the plain loop and the Trainer alike: each step's rows, taken micro-batch by
    /// micro-batch and rank by rank, are the single process's rows in its order. The `static`
    /// policy from weights 0.3/0.7 gives every run the same schedule whatever its losses (which
    /// differ in the last bits between one and two ranks), so the rows can be compared exactly.
    @Test func twoRanksTrainTheGlobalBatchesOfOneRank() throws {
        guard PythonPeer.available(["torch", "transformers", "accelerate"]) else {
            print("torch/transformers/accelerate not installed: skipping the one-rank/two-rank comparison (make test installs them)")
            return
        }
        let dir = try Repository.temporaryDirectory("vt-1v2")
        let server = try ServerProcess(database: dir.appendingPathComponent("c.sqlite"))
        let fixed = ["--policy", "static", "--initial-weights", "prose=0.3,code=0.7", "--grad-accum", "2"]
        var rowsOfEachExample: [[Int: [Int]]] = []
        for (name, script) in [("loop", "examples/torch_distributed_loop.py"), ("hf", "examples/hf_continue_pretraining.py")] {
            func run(ranks: Int, batch: Int) throws -> [RankTrace] {
                try TorchRun.example(script, server: server, runID: "\(name)-\(ranks)", ranks: ranks,
                                     fixed + ["--batch", "\(batch)", "--output-dir", dir.appendingPathComponent("\(name)-\(ranks)").path,
                                              "--trace", dir.appendingPathComponent("\(name)-\(ranks)-trace").path])
            }
            let two = try run(ranks: 2, batch: 4)
            let one = try run(ranks: 1, batch: 8)
            let stages = MixtureCheck.verify([two], steps: 40)
            #expect(stages.count == 5 && stages.allSatisfy { $0.weights == [0.3, 0.7] }, "\(name): \(stages)")
            #expect(MixtureCheck.verify([one], steps: 40) == stages, "\(name): one rank, the same schedule")
            let rows = MixtureCheck.globalRows([two])
            #expect(rows == MixtureCheck.globalRows([one]), "\(name): the same rows, step by step, in the same order")
            // `verify` found no row twice within a pass over the rows of both ranks together, so
            // the ranks' halves of every global batch are disjoint.
            #expect(two.allSatisfy { trace in trace.microBatches.count == 80 && trace.microBatches.allSatisfy { $0.rows.count == 4 } },
                    "\(name): each rank trained its 2 micro-batches of 4 rows in every step")
            rowsOfEachExample.append(rows)
        }
        #expect(rowsOfEachExample.count == 2 && rowsOfEachExample[0] == rowsOfEachExample[1],
                "the Trainer (sharded by accelerate) and the plain loop train the same rows")
    }

    /// The controller is killed (-9) during a two-rank run: every rank keeps the last weights it
    /// had, together (same schedule, same logs), the run ends with exit status 0, and the
    /// schedule's versions are the ones the controller acknowledged before it went down.
    @Test func aControllerDownDuringATwoRankRunKeepsEveryRankOnTheLastWeights() throws {
        guard PythonPeer.available(["torch"]) else {
            print("torch not installed: skipping the controller-down two-rank run (make test installs it)")
            return
        }
        let dir = try Repository.temporaryDirectory("vt-down2")
        let database = dir.appendingPathComponent("d.sqlite")
        let server = try ServerProcess(database: database)
        let trace = dir.appendingPathComponent("trace")
        let run = try TorchRun.start("examples/torch_distributed_loop.py", server: server, runID: "down",
                                     ["--output-dir", dir.appendingPathComponent("out").path, "--trace", trace.path, "--retry-for", "1"],
                                     log: dir.appendingPathComponent("log"))
        var acknowledged = 0
        while run.isRunning {
            acknowledged = ((try? server.request("GET", "/v1/runs/down/versions"))?.json["versions"] as? [Any])?.count ?? 0
            if acknowledged >= 2 { break }
            usleep(20_000)
        }
        server.kill9()
        run.waitUntilExit()
        let stderr = (try? String(contentsOf: dir.appendingPathComponent("log"), encoding: .utf8)) ?? ""
        #expect(run.terminationStatus == 0, "\(stderr.suffix(3000))")
        #expect(acknowledged >= 2, "the controller went down after the first report")
        let traces = try RankTrace.load(trace)
        let stages = MixtureCheck.verify([traces], steps: 40)
        #expect(stages.count < 5, "some reports found the controller down: \(stages)")
        #expect(NSArray(array: traces[0].logs) == NSArray(array: traces[1].logs), "both ranks logged the same values")
        let unreachable = traces[0].logs.filter { $0["velocitune/unreachable"] as? Double == 1 }
        #expect(unreachable.count == 5 - stages.count, "every report after the kill says so")
        #expect(unreachable.allSatisfy { $0["velocitune/version"] as? Double == Double(stages.last?.version ?? -1) })
        // Restarted on the same database: the schedule holds exactly the versions acknowledged first.
        let restarted = try ServerProcess(database: database)
        let versions = (try restarted.request("GET", "/v1/runs/down/versions").json["versions"] as? [[String: Any]]) ?? []
        #expect(versions.count >= stages.count)
        for (stage, version) in zip(stages, versions) {
            let weights = version["weights"] as? [String: Double] ?? [:]
            #expect(stage.version == version["version"] as? Int)
            #expect(stage.weights == [weights["prose"] ?? -1, weights["code"] ?? -1])
        }
    }
}

/// Starts the examples under `torchrun --standalone --nproc_per_node 2` (a free rendezvous port).
enum TorchRun {
    /// The options every two-rank run here shares: 40 steps, a report every 10, a checkpoint
    /// every 20, and 96 training rows per domain (so each domain is read several times over).
    static let common = ["--steps", "40", "--update-every", "10", "--save-every", "20", "--limit-rows", "96"]

    /// The command line of an example on `ranks` ranks with the `common` options.
    static func arguments(_ script: String, server: ServerProcess, runID: String, ranks: Int = 2, _ extra: [String]) -> [String] {
        ["-m", "torch.distributed.run", "--standalone", "--nproc_per_node", "\(ranks)", Repository.root.appendingPathComponent(script).path,
         "--controller", "http://127.0.0.1:\(server.port)", "--run-id", runID] + common + extra
    }

    /// Runs an example to the end on `ranks` ranks (one thread each); expects exit status 0 and
    /// returns the ranks' traces.
    static func example(_ script: String, server: ServerProcess, runID: String, ranks: Int = 2, _ extra: [String]) throws -> [RankTrace] {
        let output = try PythonPeer.run(arguments(script, server: server, runID: runID, ranks: ranks, extra),
                                        environment: ["OMP_NUM_THREADS": "1"], directory: Repository.root)
        #expect(output.status == 0, "\(output.stderr.suffix(3000))")
        guard let index = extra.firstIndex(of: "--trace") else { return [] }
        return try RankTrace.load(URL(fileURLWithPath: extra[index + 1]), ranks: ranks)
    }

    /// Starts an example without waiting; its stdout and stderr go to `log`.
    static func start(_ script: String, server: ServerProcess, runID: String, _ extra: [String], log: URL) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [PythonPeer.interpreter] + arguments(script, server: server, runID: runID, extra)
        process.currentDirectoryURL = Repository.root
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        return process
    }

    /// The scalars of the TensorBoard event file under `directory`, read by tensorboard's own
    /// EventAccumulator: tag -> (step, value).
    static func tensorBoardScalars(_ directory: URL) throws -> [String: [(step: Int, value: Double)]] {
        let code = """
        import glob, json, os, sys
        from tensorboard.backend.event_processing.event_accumulator import EventAccumulator
        files = glob.glob(os.path.join(sys.argv[1], "**", "events.out.tfevents.*"), recursive=True)
        assert len(files) == 1, files
        accumulator = EventAccumulator(os.path.dirname(files[0]))
        accumulator.Reload()
        print(json.dumps({tag: [[e.step, e.value] for e in accumulator.Scalars(tag)] for tag in accumulator.Tags()["scalars"]}))
        """
        let output = try PythonPeer.run(["-c", code, directory.path])
        #expect(output.status == 0, "\(output.stderr)")
        let json = (try? JSONSerialization.jsonObject(with: output.stdout) as? [String: [[Double]]]) ?? [:]
        return json.mapValues { $0.map { (step: Int($0[0]), value: $0[1]) } }
    }
}

/// One rank's `--trace` file of the examples (`rank-R.json`).
struct RankTrace {
    /// A stage of the schedule the rank trained with.
    struct Stage: Equatable, CustomStringConvertible {
        var applyFrom: Int
        var version: Int
        var weights: [Double]
        var description: String { "(\(applyFrom), v\(version))" }
    }

    var rank: Int
    var domains: [String]
    var sizes: [Int]
    var samplesPerStep: Int
    var batch: Int
    var accumulation: Int
    var stages: [Stage]
    /// The micro-batches the rank trained, in order: (optimizer step, rows).
    var microBatches: [(step: Int, rows: [Int])]
    /// The values the driver logged (with "step").
    var logs: [[String: Any]]
    var file: URL

    init(_ file: URL) throws {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any] ?? [:]
        self.file = file
        rank = json["rank"] as? Int ?? -1
        domains = json["domains"] as? [String] ?? []
        sizes = json["sizes"] as? [Int] ?? []
        samplesPerStep = json["samples_per_step"] as? Int ?? 0
        batch = json["batch"] as? Int ?? 0
        accumulation = json["accumulation"] as? Int ?? 0
        stages = (json["stages"] as? [[String: Any]] ?? []).map {
            Stage(applyFrom: $0["apply_from_step"] as? Int ?? -1, version: $0["version"] as? Int ?? -1, weights: $0["weights"] as? [Double] ?? [])
        }
        microBatches = (json["rows"] as? [[Any]] ?? []).map { (step: $0[0] as? Int ?? -1, rows: $0[1] as? [Int] ?? []) }
        logs = json["logs"] as? [[String: Any]] ?? []
    }

    /// Every rank's trace in `directory`, by rank; expects all `ranks` ranks of the run.
    static func load(_ directory: URL, ranks: Int = 2) throws -> [RankTrace] {
        let traces = try (0..<ranks).map { try RankTrace(directory.appendingPathComponent("rank-\($0).json")) }
        #expect(traces.map(\.rank) == Array(0..<ranks), "every rank wrote its trace (reached the end)")
        return traces
    }
}

/// The guarantees of issue 13 checked on the traces of a two-rank run.
enum MixtureCheck {
    /// Each step's global batch (every rank's micro-batches in the layout's order: micro-batch,
    /// then rank), from the traces of one or more sessions of a run.
    static func globalRows(_ sessions: [[RankTrace]]) -> [Int: [Int]] {
        var parts: [Int: [[Int]: [Int]]] = [:]   // step -> [micro, rank] -> rows
        for session in sessions {
            for trace in session {
                var micro: [Int: Int] = [:]
                for (step, rows) in trace.microBatches {
                    parts[step, default: [:]][[micro[step, default: 0], trace.rank]] = rows
                    micro[step, default: 0] += 1
                }
            }
        }
        return parts.mapValues { batch in
            batch.keys.sorted { ($0[0], $0[1]) < ($1[0], $1[1]) }.flatMap { batch[$0] ?? [] }
        }
    }

    /// Checks and returns the schedule: identical on every rank of the last session, versions
    /// and steps increasing; every step of `steps` trained one full global batch in which each
    /// domain's rows are within one row of its weight; no row trained twice within a pass over
    /// its domain, and every pass complete before the next starts.
    @discardableResult
    static func verify(_ sessions: [[RankTrace]], steps: Int, sourceLocation: SourceLocation = #_sourceLocation) -> [RankTrace.Stage] {
        guard let last = sessions.last, let reference = last.first else {
            Issue.record("no traces", sourceLocation: sourceLocation)
            return []
        }
        let stages = reference.stages
        #expect(last.allSatisfy { $0.stages == stages }, "identical schedules on every rank", sourceLocation: sourceLocation)
        #expect(zip(stages, stages.dropFirst()).allSatisfy { $0.version < $1.version && $0.applyFrom < $1.applyFrom },
                "versions in order: \(stages)", sourceLocation: sourceLocation)
        let rows = globalRows(sessions)
        #expect(rows.keys.sorted() == Array(0..<steps), "every step trained once", sourceLocation: sourceLocation)
        let offsets = reference.sizes.indices.map { reference.sizes[..<$0].reduce(0, +) }
        func domain(_ row: Int) -> Int { offsets.lastIndex { $0 <= row } ?? 0 }
        var worst = 0.0
        var order = [[Int]](repeating: [], count: reference.sizes.count)
        for step in rows.keys.sorted() {
            let batch = rows[step] ?? []
            #expect(batch.count == reference.samplesPerStep, "step \(step): a full global batch", sourceLocation: sourceLocation)
            let weights = (stages.last { $0.applyFrom <= step } ?? stages[0]).weights
            let total = weights.reduce(0, +)
            for d in weights.indices {
                let count = batch.filter { domain($0) == d }.count
                worst = max(worst, abs(Double(count) - weights[d] / total * Double(batch.count)))
            }
            for row in batch { order[domain(row)].append(row) }
        }
        #expect(worst <= 1, "each domain's rows are within one row of its weight in every step (worst \(worst))", sourceLocation: sourceLocation)
        for (d, sequence) in order.enumerated() {
            let size = reference.sizes[d]
            #expect(sequence.count > size, "domain \(d) was read more than once over (the pass check means something)", sourceLocation: sourceLocation)
            for start in stride(from: 0, to: sequence.count, by: size) {
                let pass = sequence[start..<min(start + size, sequence.count)]
                #expect(Set(pass).count == pass.count, "domain \(d), pass \(start / size): no row twice", sourceLocation: sourceLocation)
            }
        }
        return stages
    }

    /// Whether the rows trained are exactly what the sampler draws with the run's final schedule
    /// (replayed by `velocitune_client.pytorch`): no stage ever changed rows already drawn.
    static func replayMatches(_ traces: [RankTrace], steps: Int) -> Bool {
        let code = """
        import json, sys
        sys.path.insert(0, "clients/python")
        from velocitune_client.pytorch import WeightedDomainSampler, WeightSchedule
        trace = json.load(open(sys.argv[1]))
        schedule = WeightSchedule(trace["domains"], dict(zip(trace["domains"], trace["stages"][0]["weights"])))
        schedule.load_state_dict({"domains": trace["domains"], "stages": trace["stages"]})
        sampler = WeightedDomainSampler(trace["sizes"], schedule, trace["batch"], trace["accumulation"], trace["world_size"],
                                        seed=0, total_steps=int(sys.argv[2]))
        print(json.dumps([rows for _, rows in sampler.steps()]))
        """
        guard let output = try? PythonPeer.run(["-c", code, traces[0].file.path, "\(steps)"], directory: Repository.root),
              output.status == 0, let replayed = try? JSONSerialization.jsonObject(with: output.stdout) as? [[Int]] else { return false }
        let trained = globalRows([traces])
        return replayed == (0..<steps).map { trained[$0] ?? [] }
    }
}
