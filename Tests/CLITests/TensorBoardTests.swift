import Foundation
import Testing
import TestSupport

/// `train --tensorboard DIR` writes event files that tensorboard's own reader understands, with
/// the logged values at the logged steps, and a resumed run does not count steps twice.
@Suite struct TensorBoardTests {
    @Test(.enabled(if: PythonPeer.available(["tensorboard"]), "tensorboard is not installed in the Python peer environment (scripts/setup.sh --python installs it)"))
    func eventFilesHoldTheLoggedScalarsAcrossAResume() throws {
        let root = try CLIRunner.temporaryDirectory()
        let corpus = try TestCorpus.prepared(in: root)
        let run = root.appendingPathComponent("run"), board = root.appendingPathComponent("tb")
        let common = ["train", "--data", corpus.path, "--out", run.path, "--tensorboard", board.path, "--max-steps", "20",
                      "--eval-every", "5", "--checkpoint-every", "5", "--n-layer", "1", "--n-head", "2", "--n-embd", "16",
                      "--block-size", "16", "--batch-size", "2", "--eval-tokens", "64", "--warmup-steps", "2", "--threads", "1",
                      "--mixer", "no-target"]
        let first = try CLIRunner.run(common + ["--stop-at-step", "12"])
        #expect(first.status == 130, "\(first.stderr)")
        let second = try CLIRunner.run(common + ["--resume"])
        #expect(second.status == 0, "\(second.stderr)")
        let read = try PythonPeer.runScript("scripts/read_tensorboard.py", [board.path])
        #expect(read.status == 0, "\(read.stderr)")
        let scalars = try JSONSerialization.jsonObject(with: read.stdout) as! [String: [[Double]]]
        let events = try String(contentsOf: run.appendingPathComponent("metrics.jsonl"), encoding: .utf8).split(separator: "\n")
            .map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        let train = events.filter { $0["event"] as? String == "train" }
        let loss = scalars["train/loss"] ?? []
        #expect(loss.map { Int($0[0]) } == Array(1...20), "every step once, although steps 11-12 ran twice: \(loss.map { $0[0] })")
        for (point, event) in zip(loss, train) { #expect(Float(point[1]) == Float(event["loss"] as! Double)) }
        let evals = events.filter { $0["event"] as? String == "eval" }
        for tag in ["eval/loss/prose", "mix/weight/code", "train/lr", "train/grad_norm", "train/tokens_per_s", "test/loss/prose"] {
            #expect(scalars[tag] != nil, "\(tag) in \(scalars.keys.sorted())")
        }
        let weights = evals.map { ($0["weights"] as! [String: Double])["code"]! }
        #expect(scalars["mix/weight/code"]?.map { Float($0[1]) } == weights.map { Float($0) })
        #expect(scalars["test/loss/prose"]?.map { Int($0[0]) } == [0, 20])
    }
}
