import Artifacts
import ConfigFiles
import Foundation
import Report
import Testing
import TestSupport
@testable import Pipeline
@testable import Training

/// Experiments repeated over seeds, replay domains end to end, and the test split's independence
/// from the validation split the mixers steer on.
@Suite(.serialized) struct SeedsAndReplayTests {
    func experimentYAML(_ fixture: Fixture, out: URL) -> String {
        """
        out: \(out.path)
        corpus: {path: \(fixture.data.directory.path)}
        base: {init: \(fixture.base.path)}
        training: {n_layer: 2, n_head: 2, n_embd: 32, block_size: 16, batch_size: 4, lr: 3.0e-3, warmup_steps: 3,
                   schedule: constant, eval_every: 10, eval_tokens: 64, update_every: 5, checkpoint_every: 5,
                   replay_domains: [prose]}
        budget_tokens: 1920
        targets: {fraction: 0.5}
        seeds: [0, 1]
        runs:
          - {name: static, mixer: static}
          - {name: velo, mixer: velocitune, eta: 2.0}
          - {name: reordered, mixer: replay, replay: velo, replay_average: true}
        """
    }

    /// The final test-split losses of the run in `directory`, read straight from its log.
    func finalTestLosses(_ directory: URL) throws -> [String: Double] {
        let lines = try String(contentsOf: directory.appendingPathComponent("metrics.jsonl"), encoding: .utf8).split(separator: "\n")
        let tests = try lines.compactMap { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }.filter { $0["event"] as? String == "test" }
        return tests.last!["domain_loss"] as! [String: Double]
    }

    @Test func seedsRepeatEveryRunAndTheSummaryIsTheHandComputation() throws {
        let fixture = try Fixture.make()
        let out = fixture.root.appendingPathComponent("seeds")
        let spec = try YAMLConfig.decode(Experiment.self, yaml: experimentYAML(fixture, out: out), file: "experiment.yaml")
        let result = try ExperimentRunner(experiment: spec, threads: 2, progress: .init(interactive: false)).run()
        #expect(result.runs.map(\.displayName) == ["static/seed-0", "velo/seed-0", "reordered/seed-0", "static/seed-1", "velo/seed-1", "reordered/seed-1"])
        #expect(result.runs.map(\.seed) == [0, 0, 0, 1, 1, 1])
        // Two seeds, two data orders: the first training step already sees different tokens.
        let firstLoss = result.runs.filter { $0.group == "static" }.map { $0.events.first { $0.event == .train }!.loss! }
        #expect(firstLoss[0] != firstLoss[1])
        // The ablation of each seed replays its own seed's velocitune run.
        for seed in [0, 1] {
            let velo = result.runs.first { $0.group == "velo" && $0.seed == UInt64(seed) }!
            let reordered = result.runs.first { $0.group == "reordered" && $0.seed == UInt64(seed) }!
            for (a, b) in zip(reordered.schedule.stages[0].weights, velo.averageWeights) { #expect(abs(a - b) < 1e-12) }
            // The replay domain keeps its initial share (the share rule) while the others move.
            let prose = velo.domains.firstIndex(of: "prose")!
            let shares = velo.evaluations.compactMap { $0.weights?["prose"] }
            #expect(Set(shares).count == 1 && velo.schedule.stages.count > 1, "\(shares)")
            #expect(velo.roles[prose] == .replay && velo.testEvaluations.map(\.step) == [0, 30])
        }
        // The paired difference of the mean target loss, by hand from the logs.
        var differences: [Double] = []
        for seed in [0, 1] {
            let velo = try finalTestLosses(out.appendingPathComponent("runs/velo/seed-\(seed)"))
            let fixed = try finalTestLosses(out.appendingPathComponent("runs/static/seed-\(seed)"))
            let targets = velo.keys.filter { $0 != "prose" }
            differences.append(targets.map { velo[$0]! - fixed[$0]! }.reduce(0, +) / Double(targets.count))
        }
        let mean = (differences[0] + differences[1]) / 2
        let sd = abs(differences[0] - differences[1]) / 2.0.squareRoot()
        let half = 12.706204736174698 * sd / 2.0.squareRoot()  // t(0.975, 1 df)
        let computed = SeedComparison(runs: result.runs).differences.first { $0.group == "velo" && $0.measure == "mean target loss" }!.difference
        #expect(abs(computed.summary.mean - mean) < 1e-12 && abs(computed.summary.standardDeviation - sd) < 1e-12)
        #expect(abs(computed.lower! - (mean - half)) < 1e-9 && abs(computed.upper! - (mean + half)) < 1e-9)
        let text = ComparisonText.render(result.runs)
        #expect(text.contains("over seeds (mean +- sd)") && text.contains("paired difference from static") && text.contains("prose (replay)"))
        // A run that declares no replay domain is averaged over the first run's target domains
        // too, so its "mean target loss" stays comparable (by hand from its log).
        var unprotected = result.runs[1]
        unprotected.roles = unprotected.roles.map { _ in .target }
        let table = ComparisonTable(runs: [result.runs[0], unprotected])
        let column = table.header.firstIndex(of: "mean target loss")!
        let velo = try finalTestLosses(out.appendingPathComponent("runs/velo/seed-0"))
        let expected = velo.filter { $0.key != "prose" }.values.reduce(0, +) / Double(velo.count - 1)
        #expect(table.rows[1][column] == String(format: "%.4f", expected), "\(table.rows[1]) vs \(expected)")
    }

    @Test func theFinalTableUsesTestTokensOnly() throws {
        let fixture = try Fixture.make()
        // A copy of the corpus whose validation shards hold another domain's validation tokens.
        let poisoned = fixture.root.appendingPathComponent("poisoned")
        try FileManager.default.copyItem(at: fixture.data.directory, to: poisoned)
        let valid = fixture.data.manifest.domains.map { poisoned.appendingPathComponent($0.splits["valid"]!.file) }
        let moved = try valid.map { try Data(contentsOf: $0) }
        for (i, url) in valid.enumerated() { try moved[(i + 1) % moved.count].write(to: url) }
        var options = Fixture.tinyOptions()
        options.mixer = .static
        var tables: [ComparisonTable] = []
        var validation: [[Double]] = []
        for corpus in [fixture.data.directory, poisoned] {
            let run = fixture.root.appendingPathComponent("runs/\(corpus.lastPathComponent)")
            let setup = TrainingSetup(data: try CorpusData(directory: corpus), runDirectory: run, initCheckpoint: fixture.base, threads: 2)
            _ = try Trainer(options: options, setup: setup, progress: .init(interactive: false)).run()
            let record = try RunRecord(directory: run)
            #expect(record.comparesOnTestSplit)
            tables.append(ComparisonTable(runs: [record]))
            validation.append(record.finalLoss)
        }
        #expect(validation[0] != validation[1], "the poison reached the validation evaluations")
        let lossColumns = tables[0].header.indices.filter { fixture.data.domains.contains(tables[0].header[$0]) || tables[0].header[$0] == "mean target loss" }
        #expect(lossColumns.count == fixture.data.domains.count + 1)
        #expect(lossColumns.map { tables[0].rows[0][$0] } == lossColumns.map { tables[1].rows[0][$0] })
    }
}
