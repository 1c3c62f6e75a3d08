import Artifacts
import ConfigFiles
import Foundation
import RunLog
import Testing
import TestSupport
@testable import Pipeline
@testable import Training

@Suite(.serialized) struct ExperimentTests {
    func experimentYAML(_ fixture: Fixture, out: URL) -> String {
        """
        out: \(out.path)
        corpus: {path: \(fixture.data.directory.path)}
        base: {init: \(fixture.base.path)}
        training: {n_layer: 2, n_head: 2, n_embd: 32, block_size: 16, batch_size: 4, lr: 3.0e-3, warmup_steps: 3,
                   schedule: constant, eval_every: 10, eval_tokens: 64, update_every: 5, checkpoint_every: 5}
        budget_tokens: 1920
        targets: {fraction: 0.5}
        runs:
          - {name: static, mixer: static}
          - {name: velo, mixer: velocitune, eta: 2.0}
          - {name: reordered, mixer: replay, replay: velo, replay_average: true}
        """
    }

    @Test func anExperimentRunsEveryStageAndSkipsThemWhenRepeated() throws {
        let fixture = try Fixture.make()
        let out = fixture.root.appendingPathComponent("experiment")
        let spec = try YAMLConfig.decode(Experiment.self, yaml: experimentYAML(fixture, out: out), file: "experiment.yaml")
        #expect(spec.runs.map(\.name) == ["static", "velo", "reordered"])
        #expect(spec.runs[1].options.keys == ["mixer", "eta"] && spec.runs[1].options.values.eta == 2)
        let result = try ExperimentRunner(experiment: spec, threads: 2, progress: .init(interactive: false)).run()
        #expect(result.runs.map(\.policy) == ["static", "velocitune", "replay"])
        #expect(result.runs.allSatisfy { $0.isComplete && $0.steps == 30 }, "budget 1920 tokens / (4 x 16) = 30 steps")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("targets.svg").path))
        #expect(result.runs.allSatisfy { $0.targetLoss != nil })
        // The ordering ablation trains on the velocitune run's time-averaged weights.
        let average = result.runs[1].averageWeights
        for (a, b) in zip(result.runs[2].schedule.stages[0].weights, average) { #expect(abs(a - b) < 1e-12) }
        // Repeating skips every stage: the logs are untouched.
        let before = try String(contentsOf: out.appendingPathComponent("runs/velo/metrics.jsonl"), encoding: .utf8)
        _ = try ExperimentRunner(experiment: spec, threads: 2, progress: .init(interactive: false)).run()
        #expect(try String(contentsOf: out.appendingPathComponent("runs/velo/metrics.jsonl"), encoding: .utf8) == before)
        // Changing a run's options is noticed instead of silently reusing the old run.
        let changed = try YAMLConfig.decode(Experiment.self, yaml: experimentYAML(fixture, out: out).replacingOccurrences(of: "eta: 2.0", with: "eta: 1.0"),
                                            file: "experiment.yaml")
        #expect { _ = try ExperimentRunner(experiment: changed, threads: 2, progress: .init(interactive: false)).run() } throws: {
            "\($0)".contains("was made with eta = 2.0, the experiment now says 1.0")
        }
        // Targets fitted again (here: edited) make the run that steered by them stale, not the static one.
        let targetsURL = out.appendingPathComponent("targets.json")
        var targets = try TargetsFile.load(targetsURL)
        targets.domains[0].lTarget *= 0.9
        try targets.save(to: targetsURL)
        #expect { _ = try ExperimentRunner(experiment: spec, threads: 2, progress: .init(interactive: false)).run() } throws: {
            "\($0)".contains("run velo: \(out.path)/runs/velo steered by other targets than \(targetsURL.path) holds now")
        }
        // The same holds for an interrupted run, which would resume with its old targets.
        let resumable = out.appendingPathComponent("runs/velo/metrics.jsonl")
        let log = try String(contentsOf: resumable, encoding: .utf8)
        try log.split(separator: "\n").dropLast().joined(separator: "\n").appending("\n").write(to: resumable, atomically: true, encoding: .utf8)
        #expect(!RunDirectory(out.appendingPathComponent("runs/velo")).isComplete(maxSteps: 30))
        #expect { _ = try ExperimentRunner(experiment: spec, threads: 2, progress: .init(interactive: false)).run() } throws: {
            "\($0)".contains("run velo: \(out.path)/runs/velo steered by other targets")
        }
        // Run again with the new targets, velo steers differently; the ablation that replays its
        // weights is then stale too.
        try FileManager.default.removeItem(at: out.appendingPathComponent("runs/velo"))
        #expect { _ = try ExperimentRunner(experiment: spec, threads: 2, progress: .init(interactive: false)).run() } throws: {
            "\($0)".contains("run reordered: \(out.path)/runs/reordered replays another weight schedule than run velo has now")
        }
    }

    @Test func experimentFilesAreValidated() throws {
        let fixture = try Fixture.make()
        let yaml = experimentYAML(fixture, out: fixture.root.appendingPathComponent("x"))
        #expect { _ = try YAMLConfig.decode(Experiment.self, yaml: yaml.replacingOccurrences(of: "eta: 2.0", with: "etta: 2.0"), file: "e.yaml") } throws: {
            "\($0)".contains("runs[1].etta") && "\($0)".contains("unknown key")
        }
        // Relations between fields are checked at load time and located in the file.
        #expect { _ = try YAMLConfig.decode(Experiment.self, yaml: yaml.replacingOccurrences(of: "replay: velo", with: "replay: later"), file: "e.yaml") } throws: {
            "\($0)".hasPrefix("e.yaml:11:") && "\($0)".contains("runs[2].replay: \"later\" must name an earlier run")
        }
    }

    /// The experiment files shipped in examples/ load and pass validation (no placeholder left, no
    /// unknown key), with a positive budget and every run named.
    @Test(arguments: ["experiment.yaml", "experiment-quick.yaml", "study.yaml", "smollm2-cpt.yaml", "smollm2-cpt-quick.yaml"])
    func shippedExperimentFilesLoad(name: String) throws {
        let url = CLIRunner.repositoryRoot.appendingPathComponent("examples").appendingPathComponent(name)
        let experiment = try YAMLConfig.load(Experiment.self, from: url)
        #expect(experiment.budgetTokens > 0)
        #expect(!experiment.runs.isEmpty)
        if name.hasPrefix("smollm2") {
            #expect(experiment.base.initCheckpoint?.hasSuffix(".gguf") == true)
            #expect(experiment.corpus.tokenizer == experiment.base.initCheckpoint)
        }
    }
}
