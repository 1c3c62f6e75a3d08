import Foundation
import Testing
import TestSupport

@Suite(.serialized) struct PipelineCommandTests {
    @Test func targetsTrainWithAMixerReportAndCompare() throws {
        let root = try CLIRunner.temporaryDirectory()
        let corpus = try TestCorpus.prepared(in: root)
        let shape = ["--n-layer", "2", "--n-head", "2", "--n-embd", "32", "--block-size", "16", "--batch-size", "4",
                     "--eval-tokens", "64", "--warmup-steps", "3", "--lr", "3e-3", "--threads", "1"]
        let base = root.appendingPathComponent("base")
        #expect(try CLIRunner.run(["train", "--data", corpus.path, "--out", base.path, "--max-steps", "20", "--weights", "prose=1"] + shape).status == 0)
        let checkpoint = base.appendingPathComponent("checkpoints/step-00000020").path
        let targets = root.appendingPathComponent("t/targets.json")
        let estimate = try CLIRunner.run(["targets", "--data", corpus.path, "--init", checkpoint, "--budget", "4k", "--fraction", "0.5",
                                          "--out", targets.path] + shape)
        #expect(estimate.status == 0, "\(estimate.stderr)")
        #expect(estimate.stdout.contains("l_target") && FileManager.default.fileExists(atPath: root.appendingPathComponent("t/targets.svg").path))
        var runs: [String] = []
        for mixer in ["static", "velocitune"] {
            let run = root.appendingPathComponent(mixer).path
            let result = try CLIRunner.run(["train", "--data", corpus.path, "--out", run, "--init", checkpoint, "--max-steps", "20",
                                            "--mixer", mixer, "--targets", targets.path, "--update-every", "5", "--schedule", "constant"] + shape)
            #expect(result.status == 0, "\(result.stderr)")
            runs.append(run)
        }
        let compare = try CLIRunner.run(["compare"] + runs)
        #expect(compare.status == 0 && compare.stdout.contains("mean V") && compare.stdout.contains("velocitune"))
        let html = root.appendingPathComponent("report.html")
        let report = try CLIRunner.run(["report"] + runs + ["--out", html.path, "--targets", targets.path])
        #expect(report.status == 0, "\(report.stderr)")
        let text = try String(contentsOf: html, encoding: .utf8)
        for section in ["summary", "weights", "loss", "velocity", "fits"] { #expect(text.contains("<section id=\"\(section)\">")) }
        // A velocitune run without targets is refused before training.
        let missing = try CLIRunner.run(["train", "--data", corpus.path, "--out", root.appendingPathComponent("x").path, "--init", checkpoint,
                                         "--mixer", "velocitune"] + shape)
        #expect(missing.status == 2 && missing.stderr.contains("needs target losses"))
    }

    @Test func runExecutesAnExperimentFileAndContinuesIt() throws {
        let root = try CLIRunner.temporaryDirectory()
        let corpus = try TestCorpus.prepared(in: root)
        let file = root.appendingPathComponent("experiment.yaml")
        try """
            out: \(root.appendingPathComponent("out").path)
            corpus: {path: \(corpus.path)}
            model: {n_layer: 2, n_head: 2, n_embd: 32, block_size: 16}
            base: {pretrain: {weights: {prose: 1}, max_steps: 20, batch_size: 4, eval_tokens: 64, warmup_steps: 3}}
            training: {batch_size: 4, lr: 3.0e-3, warmup_steps: 3, schedule: constant, eval_tokens: 64, update_every: 5, checkpoint_every: 5}
            budget_tokens: 1280
            targets: {fraction: 0.5}
            runs:
              - {name: static, mixer: static}
              - {name: velocitune, mixer: velocitune}
            threads: 1
            """.write(to: file, atomically: false, encoding: .utf8)
        let first = try CLIRunner.run(["run", file.path])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("static") && first.stdout.contains("report:") && first.stdout.contains("prediction"))
        let second = try CLIRunner.run(["run", file.path])
        #expect(second.status == 0)
        #expect(second.stderr.contains("complete in") && second.stderr.contains("skipped"))
        try "runs: [{name: x, mixer: fancy}]\n".write(to: file, atomically: false, encoding: .utf8)
        let bad = try CLIRunner.run(["run", file.path])
        #expect(bad.status == 2 && bad.stderr.contains("experiment.yaml"))
    }
}
