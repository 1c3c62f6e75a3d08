import Artifacts
import Common
import Corpus
import Foundation
import Mixing
import Report
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
    /// The report written by the last stage.
    public var reportURL: URL
    /// Per domain, the predicted target against the loss the static run reached (when the
    /// experiment has both).
    public var targetCheck: TargetCheck?
}

/// Runs an `Experiment` stage by stage: corpus, base model, targets, the runs, the report. A
/// stage whose artifact is complete is skipped; a training stage that was interrupted resumes
/// from its last checkpoint. So a killed experiment continues where it stopped.
public final class ExperimentRunner {
    /// The experiment.
    public let experiment: Experiment
    private let threads: Int
    private let progress: ProgressLine
    private let out: URL
    private let title: String
    private let shouldStop: @Sendable () -> Bool

    /// Creates a runner; `title` heads the report, `shouldStop` is asked at every training step
    /// (see `TrainingSetup.shouldStop`).
    public init(experiment: Experiment, threads: Int? = nil, title: String = "Velocitune report", progress: ProgressLine = ProgressLine(),
                shouldStop: @escaping @Sendable () -> Bool = { false }) {
        self.experiment = experiment
        self.threads = threads ?? experiment.threads ?? ProcessInfo.processInfo.activeProcessorCount
        self.progress = progress
        self.title = title
        self.shouldStop = shouldStop
        out = URL(fileURLWithPath: experiment.out)
    }

    /// Runs every stage.
    public func run() throws -> ExperimentResult {
        do { try experiment.validateFields() } catch { throw PipelineError.invalidInput(error.field, error.message) }
        let seeds: [Int?] = experiment.seeds ?? [nil]
        let stages = 4 + experiment.runs.count * seeds.count
        var stage = 0
        func banner(_ text: String) {
            stage += 1
            progress.note("== [\(stage)/\(stages)] \(text)")
        }
        let domains = try domainNames()
        do { try experiment.validateRuns(domains: domains) } catch { throw PipelineError.invalidInput(error.field, error.message) }
        if experiment.targets.file == nil {
            do { try TargetEstimator.validate(run: cptOptions([]), share: experiment.targets.fraction ?? TargetEstimator.defaultShare) } catch {
                guard case .invalidInput(_, let message) = error else { throw error }
                throw PipelineError.invalidInput("targets.fraction", message)
            }
        }
        banner("corpus")
        let corpusURL = try corpusStage()
        let data = try CorpusData(directory: corpusURL)
        banner("base model")
        let base = try baseStage(data: data)
        banner("targets")
        let targetsURL = try targetsStage(data: data, base: base)
        var records: [RunRecord] = []
        // Seed by seed, so a killed study already holds complete comparisons of its first seeds.
        for seed in seeds {
            for spec in experiment.runs {
                banner("run \(spec.name)" + (seed.map { " seed \($0)" } ?? ""))
                records.append(try runStage(spec, seed: seed, data: data, base: base, targets: targetsURL, earlier: records))
            }
        }
        banner("report")
        let targets = try? TargetsFile.load(targetsURL)
        let reportURL = out.appendingPathComponent("report.html")
        try AtomicFile.write(HTMLReport.render(runs: records, targets: targets, title: title), to: reportURL)
        return ExperimentResult(corpus: corpusURL, base: base, targets: targetsURL, runs: records, reportURL: reportURL,
                                targetCheck: targets.flatMap { TargetCheck(targets: $0, runs: records) })
    }

    /// The corpus's domains, known before it is prepared.
    private func domainNames() throws -> [String] {
        if let path = experiment.corpus.path { return try CorpusData(directory: URL(fileURLWithPath: path)).domains }
        return experiment.corpus.order ?? (experiment.corpus.domains ?? [:]).keys.sorted()
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
        var options = PrepareOptions(domains: order.map { DomainSource(name: $0, path: URL(fileURLWithPath: folders[$0]!)) },
                                     output: directory, threads: threads)
        let spec = experiment.corpus
        options.vocabularySize = spec.vocabSize ?? options.vocabularySize
        options.tokenizer = spec.tokenizer.map { URL(fileURLWithPath: Experiment.expandingHome($0)) }
        options.validFraction = spec.validFraction ?? options.validFraction
        options.testFraction = spec.testFraction ?? options.testFraction
        options.minimumHeldOutBytes = spec.minimumHeldOutBytes ?? options.minimumHeldOutBytes
        _ = try CorpusBuilder.prepare(options, progress: progress)
        return directory
    }

    private func baseStage(data: CorpusData) throws -> URL {
        if let path = experiment.base.initCheckpoint { return URL(fileURLWithPath: Experiment.expandingHome(path)) }
        let options = TrainingLayer.resolve(TrainingOptions(), [experiment.model, experiment.base.pretrain].compactMap { $0 })
        let directory = out.appendingPathComponent("base")
        try train(options: options, directory: directory, data: data, initCheckpoint: nil, targets: nil, replay: nil, what: "base pre-training")
        guard let checkpoint = RunDirectory(directory).latestCheckpoint else { throw PipelineError.stage("base", "no checkpoint was written") }
        return checkpoint
    }

    /// The options of continual pre-training runs: model, shared training, then `layers`.
    func cptOptions(_ layers: [TrainingLayer]) -> TrainingOptions {
        var options = TrainingLayer.resolve(TrainingOptions(), [experiment.model, experiment.training].compactMap { $0 } + layers)
        options.maxSteps = max(Int((experiment.budgetTokens / Double(options.tokensPerStep)).rounded()), 1)
        return options
    }

    private func targetsStage(data: CorpusData, base: URL) throws -> URL {
        let url = out.appendingPathComponent("targets.json")
        if let file = experiment.targets.file {
            // Validate now, so a bad file fails before any training.
            _ = try TargetsFile.loadTargets(URL(fileURLWithPath: file), domains: data.domains)
            try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
            try AtomicFile.write(try Data(contentsOf: URL(fileURLWithPath: file)), to: url)
            return url
        }
        let estimator = TargetEstimator(data: data, initCheckpoint: base, run: cptOptions([]),
                                        share: experiment.targets.fraction ?? TargetEstimator.defaultShare,
                                        method: experiment.targets.method ?? TargetEstimator.defaultMethod,
                                        directory: out.appendingPathComponent("targets-proxy"), threads: threads, shouldStop: shouldStop)
        if let existing = try? TargetsFile.load(url), existing.budgetTokens == Double(estimator.run.maxSteps * estimator.run.tokensPerStep),
           existing.schedule == estimator.run.learningRates, existing.method == estimator.method, existing.proxy?.fraction == estimator.share {
            progress.note("targets: using \(url.path) (delete it to fit again)")
            return url
        }
        let targets = try estimator.estimate(progress: progress)
        try AtomicFile.write(targets.chart(), to: out.appendingPathComponent("targets.svg"))
        try targets.save(to: url)
        for d in targets.domains {
            progress.note(String(format: "targets: %@ l_init %.4f -> l_target %.4f [%.4f, %.4f]", d.name, d.lInit ?? .nan, d.lTarget,
                                 d.interval?.lower ?? .nan, d.interval?.upper ?? .nan))
        }
        return url
    }

    /// Trains one run (of one seed: in OUT/runs/NAME/seed-SEED, or OUT/runs/NAME without seeds).
    private func runStage(_ spec: Experiment.RunSpec, seed: Int?, data: CorpusData, base: URL, targets: URL, earlier: [RunRecord]) throws -> RunRecord {
        var options = cptOptions([spec.options])
        var directory = out.appendingPathComponent("runs").appendingPathComponent(spec.name)
        if let seed {
            options.seed = UInt64(seed)
            directory.appendPathComponent("seed-\(seed)")
        }
        let replay = try spec.replay.map { source in
            guard let run = earlier.last(where: { $0.group == source && $0.seed == options.seed }) else {
                throw PipelineError.stage("run \(spec.name)", "its replay source \(source) has no run with seed \(options.seed)")
            }
            return try run.replaySchedule(average: spec.replayAverage == true, domains: data.domains)
        }
        try train(options: options, directory: directory, data: data, initCheckpoint: base,
                  targets: try TargetsFile.loadTargets(targets, domains: data.domains),
                  targetCurve: options.targetCurve ? try TargetsFile.loadCurve(targets, domains: data.domains) : nil, replay: replay, what: "run \(spec.name)",
                  targetsFile: targets, replaySource: spec.replay)
        return try RunRecord(directory: directory)
    }

    private func train(options: TrainingOptions, directory: URL, data: CorpusData, initCheckpoint: URL?, targets: [Double]?,
                       targetCurve: TargetCurve? = nil, replay: WeightSchedule?, what: String, targetsFile: URL? = nil,
                       replaySource: String? = nil) throws {
        let run = RunDirectory(directory)
        if let saved = try run.latestState() {
            // A run, finished or interrupted, continues with the mixer it was set up with: targets
            // fitted again or a replay source run again since would leave it steering by the old ones.
            let mixer = saved.mixer.configuration
            if options.mixer.needsTargets, mixer.targetLoss != targets || mixer.targetCurve != targetCurve {
                throw PipelineError.stage(what, "\(directory.path) steered by other targets than \(targetsFile?.path ?? "the experiment's") holds now; delete it to run this stage again")
            }
            if let replaySource, mixer.schedule != replay {
                throw PipelineError.stage(what, "\(directory.path) replays another weight schedule than run \(replaySource) has now (it was run again); delete it to run this stage again")
            }
        }
        if run.isComplete(maxSteps: options.maxSteps), let saved = try run.latestState()?.options {
            let shape: Set<String> = initCheckpoint != nil ? ["n_layer", "n_head", "n_embd"] : []
            if let d = saved.firstDifference(from: options, ignoring: shape) {
                throw PipelineError.stage(what, "\(directory.path) was made with \(d.key) = \(d.mine), the experiment now says \(d.theirs); delete it to run this stage again")
            }
            progress.note("\(what): complete in \(directory.path), skipped")
            return
        }
        if let targetsFile { try run.storeTargets(from: targetsFile) }
        let setup = TrainingSetup(data: data, runDirectory: directory, initCheckpoint: initCheckpoint,
                                  resume: run.latestCheckpoint != nil, targets: targets, targetCurve: targetCurve, replaySchedule: replay, threads: threads,
                                  shouldStop: shouldStop)
        let summary = try Trainer(options: options, setup: setup, progress: progress).run()
        progress.note(String(format: "%@: %d steps in %.0f s (%.1f%% evaluating)", what, summary.steps, summary.elapsedSeconds,
                             100 * summary.evalSeconds / max(summary.elapsedSeconds, 1e-9)))
    }
}
