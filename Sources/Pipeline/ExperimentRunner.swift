import Common
import Corpus
import Foundation
import Kernels
import Mixing
import RunLog
import Training

/// What an experiment produced.
public struct ExperimentResult: Sendable {
    /// The corpus directory.
    public var corpus: URL
    /// The base checkpoint.
    public var base: URL
    /// The targets file.
    public var targets: URL
    /// The continual pre-training runs, in order.
    public var runs: [RunRecord]
    /// Where the report should go.
    public var reportURL: URL
}

/// Runs an `Experiment` stage by stage: corpus, base model, targets, the runs. A stage whose
/// artifact is complete is skipped; a training stage that was interrupted resumes from its last
/// checkpoint. So a killed experiment continues where it stopped.
public final class ExperimentRunner {
    /// The experiment.
    public let experiment: Experiment
    private let threads: Int
    private let progress: ProgressLine
    private let out: URL

    /// Creates a runner.
    public init(experiment: Experiment, threads: Int? = nil, progress: ProgressLine = ProgressLine()) {
        self.experiment = experiment
        self.threads = threads ?? experiment.threads ?? ProcessInfo.processInfo.activeProcessorCount
        self.progress = progress
        out = URL(fileURLWithPath: experiment.out)
    }

    /// Runs every stage.
    public func run() throws -> ExperimentResult {
        try validate()
        let stages = 3 + experiment.runs.count
        var stage = 0
        func banner(_ text: String) {
            stage += 1
            progress.note("== [\(stage)/\(stages)] \(text)")
        }
        banner("corpus")
        let corpusURL = try corpusStage()
        let data = try CorpusData(directory: corpusURL)
        banner("base model")
        let base = try baseStage(data: data)
        banner("targets")
        let targetsURL = try targetsStage(data: data, base: base)
        var records: [RunRecord] = []
        for spec in experiment.runs {
            banner("run \(spec.name)")
            records.append(try runStage(spec, data: data, base: base, targets: targetsURL, earlier: records))
        }
        return ExperimentResult(corpus: corpusURL, base: base, targets: targetsURL, runs: records,
                                reportURL: out.appendingPathComponent("report.html"))
    }

    private func validate() throws {
        guard experiment.budgetTokens > 0, experiment.budgetTokens.isFinite else {
            throw PipelineError.invalidInput("budget_tokens", "must be a positive number, got \(experiment.budgetTokens)")
        }
        guard !experiment.runs.isEmpty else { throw PipelineError.invalidInput("runs", "at least one run is needed") }
        var seen = Set<String>()
        for run in experiment.runs {
            guard seen.insert(run.name).inserted else { throw PipelineError.invalidInput("runs", "two runs are named \"\(run.name)\"") }
            if let source = run.replay, !seen.contains(source) || source == run.name {
                throw PipelineError.invalidInput("runs.\(run.name).replay", "\"\(source)\" must name an earlier run")
            }
        }
        guard (experiment.corpus.path == nil) != (experiment.corpus.domains == nil) else {
            throw PipelineError.invalidInput("corpus", "give either path (a prepared corpus) or domains (text folders)")
        }
        guard (experiment.base.initCheckpoint == nil) != (experiment.base.pretrain == nil) else {
            throw PipelineError.invalidInput("base", "give either init (a checkpoint) or pretrain (options of a pre-training run)")
        }
    }

    private func corpusStage() throws -> URL {
        if let path = experiment.corpus.path { return URL(fileURLWithPath: path) }
        let directory = out.appendingPathComponent("corpus")
        if FileManager.default.fileExists(atPath: directory.appendingPathComponent("manifest.json").path) {
            progress.note("corpus: using \(directory.path) (delete it to prepare again)")
            return directory
        }
        let folders = experiment.corpus.domains ?? [:]
        let order = experiment.corpus.order ?? folders.keys.sorted()
        guard Set(order) == Set(folders.keys) else {
            throw PipelineError.invalidInput("corpus.order", "must list exactly the domains \(folders.keys.sorted())")
        }
        let options = PrepareOptions(domains: order.map { DomainSource(name: $0, path: URL(fileURLWithPath: folders[$0]!)) },
                                     output: directory, vocabularySize: experiment.corpus.vocabSize ?? 4096,
                                     validFraction: experiment.corpus.validFraction ?? 0.05,
                                     testFraction: experiment.corpus.testFraction ?? 0.05, threads: threads)
        _ = try CorpusBuilder.prepare(options, progress: progress)
        return directory
    }

    private func baseStage(data: CorpusData) throws -> URL {
        if let path = experiment.base.initCheckpoint { return URL(fileURLWithPath: path) }
        let options = try OptionLayer.resolve(TrainingOptions(), [experiment.model, experiment.base.pretrain].compactMap { $0 })
        let directory = out.appendingPathComponent("base")
        try train(options: options, directory: directory, data: data, initCheckpoint: nil, targets: nil, replay: nil, what: "base pre-training")
        guard let checkpoint = Checkpoint.latest(in: directory) else { throw PipelineError.stage("base", "no checkpoint was written") }
        return checkpoint
    }

    /// The options of continual pre-training runs: model, shared training, then `layers`.
    func cptOptions(_ layers: [OptionLayer]) throws -> TrainingOptions {
        var options = try OptionLayer.resolve(TrainingOptions(), [experiment.model, experiment.training].compactMap { $0 } + layers)
        let tokensPerStep = Double(options.batchSize * options.blockSize * options.gradAccum)
        options.maxSteps = max(Int((experiment.budgetTokens / tokensPerStep).rounded()), 1)
        return options
    }

    private func targetsStage(data: CorpusData, base: URL) throws -> URL {
        let url = out.appendingPathComponent("targets.json")
        if let file = experiment.targets.file {
            // Validate now, so a bad file fails before any training.
            _ = try TargetsFile.loadTargets(URL(fileURLWithPath: file), domains: data.domains)
            try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
            if FileManager.default.fileExists(atPath: url.path) { try FileManager.default.removeItem(at: url) }
            try FileManager.default.copyItem(at: URL(fileURLWithPath: file), to: url)
            return url
        }
        let estimator = TargetEstimator(data: data, initCheckpoint: base, budgetTokens: experiment.budgetTokens,
                                        fraction: experiment.targets.fraction ?? 0.1, checkpoints: experiment.targets.checkpoints ?? 8,
                                        options: try cptOptions([]), runDirectory: out.appendingPathComponent("targets-proxy"),
                                        threads: threads)
        if FileManager.default.fileExists(atPath: url.path) {
            let existing = try TargetsFile.load(url)
            let proxy = try estimator.proxyOptions()
            guard existing.budgetTokens == experiment.budgetTokens, existing.proxy?.fraction == estimator.fraction,
                  existing.proxy?.checkpoints == estimator.checkpoints,
                  existing.proxy?.tokens == proxy.maxSteps * proxy.batchSize * proxy.blockSize * proxy.gradAccum else {
                throw PipelineError.stage("targets", "\(url.path) was fitted for another budget or proxy; delete it (and \(out.appendingPathComponent("targets-proxy").path)) to fit again")
            }
            progress.note("targets: using \(url.path) (delete it to fit again)")
            return url
        }
        let targets = try estimator.run(progress: progress)
        try AtomicFile.write(targets.chart(), to: out.appendingPathComponent("targets.svg"))
        try targets.save(to: url)
        for d in targets.domains {
            progress.note(String(format: "targets: %@ l_init %.4f -> l_target %.4f [%.4f, %.4f]", d.name, d.lInit ?? .nan, d.lTarget,
                                 d.interval?.lower ?? .nan, d.interval?.upper ?? .nan))
        }
        return url
    }

    private func runStage(_ spec: Experiment.RunSpec, data: CorpusData, base: URL, targets: URL, earlier: [RunRecord]) throws -> RunRecord {
        let options = try cptOptions([spec.options])
        let directory = out.appendingPathComponent("runs").appendingPathComponent(spec.name)
        var replay: WeightSchedule?
        if let source = spec.replay {
            let record = earlier.first { $0.name == source }!
            replay = spec.replayAverage == true
                ? WeightSchedule(stages: [.init(fromStep: 0, weights: record.averageWeights)])
                : record.schedule
        }
        try train(options: options, directory: directory, data: data, initCheckpoint: base,
                  targets: try TargetsFile.loadTargets(targets, domains: data.domains), replay: replay, what: "run \(spec.name)",
                  targetsFile: targets)
        return try RunRecord(directory: directory)
    }

    private func train(options: TrainingOptions, directory: URL, data: CorpusData, initCheckpoint: URL?, targets: [Double]?,
                       replay: WeightSchedule?, what: String, targetsFile: URL? = nil) throws {
        let metrics = directory.appendingPathComponent("metrics.jsonl")
        if let events = try? MetricsLog.read(metrics), events.contains(where: { $0.event == .end && $0.step == options.maxSteps }),
           let checkpoint = Checkpoint.latest(in: directory) {
            let saved = try Checkpoint.loadState(from: checkpoint).options
            if let difference = Trainer.firstDifference(saved: saved, given: options, shapeFromCheckpoint: initCheckpoint != nil) {
                throw PipelineError.stage(what, "\(directory.path) was made with different options: \(difference); delete it to run this stage again")
            }
            progress.note("\(what): complete in \(directory.path), skipped")
            return
        }
        if let targetsFile {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let copy = directory.appendingPathComponent("targets.json")
            try AtomicFile.write(try Data(contentsOf: targetsFile), to: copy)
        }
        let setup = TrainingSetup(data: data, runDirectory: directory, initCheckpoint: initCheckpoint,
                                  resume: Checkpoint.latest(in: directory) != nil, targets: targets, replaySchedule: replay, threads: threads)
        let summary = try Trainer(options: options, setup: setup, progress: progress).run()
        progress.note(String(format: "%@: %d steps in %.0f s (%.1f%% evaluating)", what, summary.steps, summary.elapsedSeconds,
                             100 * summary.evalSeconds / max(summary.elapsedSeconds, 1e-9)))
    }
}
