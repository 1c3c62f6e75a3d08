import Foundation
import Testing
import TestSupport

@Suite(.serialized) struct TrainCommandTests {
    let model = ["--n-layer", "2", "--n-head", "2", "--n-embd", "32", "--block-size", "16", "--batch-size", "4",
                 "--eval-tokens", "64", "--warmup-steps", "5", "--threads", "1"]

    func trainLosses(_ run: URL) throws -> [String] {
        try String(contentsOf: run.appendingPathComponent("metrics.jsonl"), encoding: .utf8).split(separator: "\n")
            .filter { $0.contains("\"event\":\"train\"") }
            .map { line in String(line.split(separator: ",").first { $0.hasPrefix("\"loss\"") } ?? "") }
    }

    @Test func trainThenEvalOnAPreparedCorpus() throws {
        let root = try CLIRunner.temporaryDirectory()
        let corpus = try TestCorpus.prepared(in: root)
        let run = root.appendingPathComponent("run")
        let train = try CLIRunner.run(["train", "--data", corpus.path, "--out", run.path, "--max-steps", "20", "--eval-every", "10"] + model)
        #expect(train.status == 0, "\(train.stderr)")
        #expect(train.stdout.contains("20 steps"))
        let eval = try CLIRunner.run(["eval", "--data", corpus.path, "--checkpoint", run.appendingPathComponent("checkpoints/step-00000020").path,
                                      "--eval-tokens", "64", "--json"])
        #expect(eval.status == 0, "\(eval.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(eval.stdout.utf8)) as! [String: Any]
        let losses = object["domains"] as! [String: Double]
        #expect(Set(losses.keys) == ["prose", "code"])
        // The logged final evaluation and a separate eval agree (same held-out tokens).
        let lastEval = try String(contentsOf: run.appendingPathComponent("metrics.jsonl"), encoding: .utf8)
            .split(separator: "\n").last { $0.contains("\"event\":\"eval\"") }!
        let logged = try JSONSerialization.jsonObject(with: Data(lastEval.utf8)) as! [String: Any]
        let loggedLosses = logged["domain_loss"] as! [String: Double]
        for (domain, loss) in losses { #expect(abs(loss - loggedLosses[domain]!) < 1e-6) }
    }

    @Test func aRunKilledWithSigkillResumesToTheSameLosses() throws {
        let root = try CLIRunner.temporaryDirectory()
        let corpus = try TestCorpus.prepared(in: root)
        // A model big enough that 300 steps take a few seconds, so the kill lands mid-run.
        let common = ["--data", corpus.path, "--max-steps", "300", "--eval-every", "100", "--checkpoint-every", "5",
                      "--n-layer", "2", "--n-head", "2", "--n-embd", "64", "--block-size", "32", "--batch-size", "8",
                      "--eval-tokens", "64", "--warmup-steps", "5", "--threads", "1"]
        let straight = root.appendingPathComponent("straight"), killed = root.appendingPathComponent("killed")
        #expect(try CLIRunner.run(["train", "--out", straight.path] + common).status == 0)

        let process = Process()
        process.executableURL = CLIRunner.executable
        process.arguments = ["train", "--out", killed.path] + common
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let checkpoints = killed.appendingPathComponent("checkpoints")
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning && Date() < deadline
                && ((try? FileManager.default.contentsOfDirectory(atPath: checkpoints.path)) ?? []).filter({ $0.hasPrefix("step-") }).isEmpty {
            usleep(1000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal, "the run was killed before it finished")
        let lastStep = try String(contentsOf: killed.appendingPathComponent("metrics.jsonl"), encoding: .utf8)
            .split(separator: "\n").filter { $0.contains("\"event\":\"train\"") }.count
        #expect(lastStep < 300)
        let resumed = try CLIRunner.run(["train", "--out", killed.path, "--resume"] + common)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        let a = try trainLosses(straight), b = try trainLosses(killed)
        #expect(a.count == 300)
        #expect(a == b, "same losses, each step logged once")
    }

    @Test func badInputsExitWithCodeTwoAndOneMessage() throws {
        let root = try CLIRunner.temporaryDirectory()
        let corpus = try TestCorpus.prepared(in: root)
        let config = root.appendingPathComponent("train.yaml")
        try "max_steps: 10\nbatch_sise: 4\n".write(to: config, atomically: false, encoding: .utf8)
        let cases: [([String], String)] = [
            (["--data", root.appendingPathComponent("nope").path], "manifest.json"),
            (["--data", corpus.path, "--config", config.path], "train.yaml:2:1: batch_sise: unknown key"),
            (["--data", corpus.path, "--weights", "prose=-1"], "must be finite and >= 0"),
            (["--data", corpus.path, "--n-embd", "30", "--n-head", "4"], "divisible by n_head"),
            (["--data", corpus.path, "--init", root.appendingPathComponent("missing.safetensors").path], "no such checkpoint"),
        ]
        for (arguments, message) in cases {
            let result = try CLIRunner.run(["train", "--out", root.appendingPathComponent("run").path] + arguments)
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains(message), "\(result.stderr)")
        }
    }
}
