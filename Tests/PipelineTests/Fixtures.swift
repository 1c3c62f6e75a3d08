import Artifacts
import Corpus
import Foundation
import Mixing
import TestSupport
@testable import Pipeline
@testable import Training

/// A tiny corpus and base model shared by the pipeline tests (built once per test).
struct Fixture {
    let root: URL
    let data: CorpusData
    let base: URL

    static func make() throws -> Fixture {
        let root = try Repository.temporaryDirectory("vt-pipeline")
        let data = try CorpusData(directory: TestCorpus.prepared(in: root, domains: 3, vocabularySize: 300, documents: 14))
        var options = tinyOptions()
        options.maxSteps = 40
        options.weights = .explicit(["prose": 1])
        let baseRun = root.appendingPathComponent("base")
        _ = try Trainer(options: options, setup: TrainingSetup(data: data, runDirectory: baseRun, threads: 2),
                        progress: .init(interactive: false)).run()
        return Fixture(root: root, data: data, base: RunDirectory(baseRun).latestCheckpoint!)
    }

    static func tinyOptions() -> TrainingOptions {
        var o = TrainingOptions()
        o.nLayer = 2
        o.nHead = 2
        o.nEmbd = 32
        o.blockSize = 16
        o.batchSize = 4
        o.maxSteps = 30
        o.warmupSteps = 3
        o.lr = 3e-3
        o.schedule = .constant
        o.evalEvery = 10
        o.evalTokens = 64
        o.updateEvery = 5
        o.checkpointEvery = 5
        return o
    }

    /// Targets a little below the base model's losses, so every velocity starts at 1 and moves.
    func targets() throws -> [Double] {
        let model = try Checkpoint.loadModel(from: base, context: .init(threads: 1))
        let evaluator = try Evaluator(data: data, blockSize: 16, batchSize: 4, tokensPerDomain: 64)
        return evaluator.evaluate(model).map { $0.mean * 0.8 }
    }

    func train(_ options: TrainingOptions, name: String, targets: [Double]? = nil, replay: WeightSchedule? = nil,
               resume: Bool = false, stopAt: Int? = nil) throws -> URL {
        let run = root.appendingPathComponent("runs/\(name)")
        let setup = TrainingSetup(data: data, runDirectory: run, initCheckpoint: base, resume: resume, targets: targets,
                                  replaySchedule: replay, threads: 2, stopAtStep: stopAt)
        _ = try Trainer(options: options, setup: setup, progress: .init(interactive: false)).run()
        return run
    }
}
