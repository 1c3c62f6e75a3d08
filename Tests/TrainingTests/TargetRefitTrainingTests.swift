import Artifacts
import Common
import Foundation
import RunLog
import Testing
import TestSupport
@testable import Training

/// `target_refit` in a real run: the logged targets are the hand computation from the log's own
/// learning rates, weights and losses, and a resumed run refits exactly as an uninterrupted one.
@Suite(.serialized) struct TargetRefitTrainingTests {
    func options() -> TrainingOptions {
        var o = TrainingOptions()
        o.nLayer = 1
        o.nHead = 2
        o.nEmbd = 32
        o.blockSize = 16
        o.batchSize = 4
        o.maxSteps = 24
        o.warmupSteps = 3
        o.lr = 3e-3
        o.minLr = 3e-4
        o.schedule = .cosine
        o.evalEvery = 4
        o.updateEvery = 4
        o.evalTokens = 64
        o.checkpointEvery = 5
        o.mixer = .velocitune
        o.targetRefit = true
        return o
    }

    /// The targets from the log: each domain's area (rate over peak, warm-up at the peak, times
    /// its weight over its initial weight), the line through (log area, log loss) of the updates
    /// from half the current step on, evaluated at the static run's area at the budget.
    func handTargets(_ events: [MetricsEvent], given: [String: Double], options o: TrainingOptions) -> [Int: [String: Double]] {
        let rates = events.filter { $0.event == .train }.map { $0.step <= o.warmupSteps ? 1 : $0.lr! / o.lr }
        let budgetArea = (0..<o.maxSteps).reduce(0.0) { total, step in
            total + (step < o.warmupSteps ? 1 : o.learningRate(atStep: step) / o.lr)
        }
        let evals = events.filter { $0.event == .eval }
        let initial = evals[0].weights!
        var area = initial.mapValues { _ in 0.0 }, weights = initial, previous = 0
        var points: [(step: Int, area: [String: Double], loss: [String: Double])] = []
        var expected: [Int: [String: Double]] = [:]
        for event in evals where event.step > 0 && event.step < o.maxSteps {
            let added = rates[previous..<event.step].reduce(0, +)
            for (domain, w) in weights { area[domain]! += added * w / initial[domain]! }
            previous = event.step
            points.append((event.step, area, event.domainLoss!))
            let window = points.filter { Double($0.step) >= 0.5 * Double(event.step) }
            expected[event.step] = given.mapValues { $0 }
            for domain in given.keys where window.count >= 3 {
                let xs: [Double] = window.map { Foundation.log($0.area[domain]!) }
                let ys: [Double] = window.map { Foundation.log($0.loss[domain]!) }
                let mx = xs.reduce(0, +) / Double(xs.count), my = ys.reduce(0, +) / Double(ys.count)
                var sxy = 0.0, sxx = 0.0
                for (x, y) in zip(xs, ys) { sxy += (x - mx) * (y - my); sxx += (x - mx) * (x - mx) }
                let slope = sxy / sxx
                if slope < 0 { expected[event.step]![domain] = exp(my + slope * (log(budgetArea) - mx)) }
            }
            weights = event.weights!
        }
        return expected
    }

    @Test func theLoggedTargetsAreTheHandComputationAndAResumedRunRefitsTheSame() throws {
        let root = try Repository.temporaryDirectory("vt-refit")
        let data = try CorpusData(directory: TestCorpus.prepared(in: root))
        let given = Array(repeating: 1.0, count: data.domains.count)
        let straight = root.appendingPathComponent("straight"), split = root.appendingPathComponent("split")
        _ = try Trainer(options: options(), setup: TrainingSetup(data: data, runDirectory: straight, targets: given, threads: 2)).run()
        #expect(throws: TrainingError.self) {
            _ = try Trainer(options: options(), setup: TrainingSetup(data: data, runDirectory: split, targets: given, threads: 2, stopAtStep: 10)).run()
        }
        _ = try Trainer(options: options(), setup: TrainingSetup(data: data, runDirectory: split, resume: true, targets: given, threads: 2)).run()

        let log = try MetricsLog.read(straight.appendingPathComponent("metrics.jsonl"))
        let expected = handTargets(log, given: Dictionary(uniqueKeysWithValues: zip(data.domains, given)), options: options())
        var refitted = 0
        for event in log where event.event == .eval && expected[event.step] != nil {
            let logged = try #require(event.targets, "step \(event.step) logs its targets")
            for (domain, value) in expected[event.step]! {
                #expect(abs(logged[domain]! - value) <= 1e-9 * value, "step \(event.step) \(domain): \(logged[domain]!) vs \(value)")
                if value != 1 { refitted += 1 }
            }
        }
        #expect(refitted > 0, "some domain's target was refitted from the run")
        let resumed = try MetricsLog.read(split.appendingPathComponent("metrics.jsonl")).filter { $0.event == .eval }
        #expect(resumed.map(\.targets) == log.filter { $0.event == .eval }.map(\.targets))
        #expect(resumed.map(\.weights) == log.filter { $0.event == .eval }.map(\.weights))

        // A branch would count its areas along another schedule: refused, and says why.
        var branch = options()
        branch.maxSteps = 30
        let fork = try #require(RunDirectory(straight).latestCheckpoint)
        do {
            _ = try Trainer(options: branch, setup: TrainingSetup(data: data, runDirectory: root.appendingPathComponent("branch"), targets: given,
                                                                  threads: 2, forkFrom: fork)).run()
            Issue.record("a branch of a refitting run trained")
        } catch let error as TrainingError {
            #expect(error.description.contains("target_refit cannot be branched"), "\(error.description)")
        }
    }

    @Test func refittingTogetherWithATargetCurveIsAnOptionError() throws {
        var o = options()
        o.targetCurve = true
        #expect(throws: OptionError.self) { try o.validate() }
    }

    @Test func refittingWithoutTargetsIsAConfigurationError() throws {
        let root = try Repository.temporaryDirectory("vt-refit-none")
        let data = try CorpusData(directory: TestCorpus.prepared(in: root))
        var o = options()
        o.mixer = .noTarget
        #expect(throws: TrainingError.self) {
            _ = try Trainer(options: o, setup: TrainingSetup(data: data, runDirectory: root.appendingPathComponent("run"), threads: 2)).run()
        }
    }
}
