import ArgumentParser
import Common
import ConfigFiles
import Corpus
import Foundation
import Kernels
import Mixing
import Pipeline
import Training

/// Command-line flags for every training option; unset flags leave the config file's (or the
/// default) value.
struct TrainingFlags: ParsableArguments {
    @Option(help: ArgumentHelp("A YAML file of training options (keys as in the README); flags override it.", valueName: "file.yaml"))
    var config: String?

    @Option(help: "Transformer blocks (default 4).") var nLayer: Int?
    @Option(help: "Attention heads (default 4).") var nHead: Int?
    @Option(help: "Embedding width (default 128).") var nEmbd: Int?
    @Option(help: "Sequence length T (default 128).") var blockSize: Int?
    @Option(help: "Sequences per micro-batch (default 8).") var batchSize: Int?
    @Option(help: "Micro-batches per optimizer step (default 1).") var gradAccum: Int?
    @Option(help: "Optimizer steps (default 1000).") var maxSteps: Int?
    @Option(help: "Peak learning rate (default 6e-4).") var lr: Double?
    @Option(help: "Final learning rate of cosine/wsd (default 6e-5).") var minLr: Double?
    @Option(help: "Warm-up steps (default 100).") var warmupSteps: Int?
    @Option(help: "cosine, constant or wsd (default cosine).") var schedule: LearningRateSchedule?
    @Option(help: "Fraction of steps decaying in wsd (default 0.2).") var decayFraction: Double?
    @Option(help: "AdamW weight decay on 2-D tensors (default 0.1).") var weightDecay: Double?
    @Option(help: "Gradient-norm clip, 0 disables (default 1.0).") var gradClip: Double?
    @Option(help: "Seed of initialisation and data order (default 0).") var seed: UInt64?
    @Option(help: "Evaluate every N steps (default 100).") var evalEvery: Int?
    @Option(help: "Held-out tokens per domain per evaluation (default 8192).") var evalTokens: Int?
    @Option(help: "Checkpoint every N steps (default 500).") var checkpointEvery: Int?
    @Option(help: "Checkpoints kept (default 2).") var keepCheckpoints: Int?
    @Option(help: ArgumentHelp("Starting mixture: natural, uniform, or name=w,name=w (default natural).", valueName: "weights"))
    var weights: String?
    @Option(help: "Mixing policy: static, velocitune, distance, no-target, linear, replay (default static).") var mixer: PolicyKind?
    @Option(help: "Evaluate and update the weights every M steps (default 100).") var updateEvery: Int?
    @Option(help: "Step size of the mixer (default 1).") var eta: Double?
    @Option(help: "Uniform smoothing c in w <- (1-c) w + c/k (default: 1e-4 for distance, else 0).") var smoothing: Double?
    @Option(help: "Minimum weight per domain (default 0).") var floor: Double?

    /// The options: defaults, then the config file, then the flags.
    func resolve() throws -> TrainingOptions {
        var o = TrainingOptions()
        if let config {
            do { o = try YAMLConfig.load(TrainingOptions.self, from: URL(fileURLWithPath: config)) } catch {
                throw CLIError.invalidInput(error.description)
            }
        }
        if let nLayer { o.nLayer = nLayer }
        if let nHead { o.nHead = nHead }
        if let nEmbd { o.nEmbd = nEmbd }
        if let blockSize { o.blockSize = blockSize }
        if let batchSize { o.batchSize = batchSize }
        if let gradAccum { o.gradAccum = gradAccum }
        if let maxSteps { o.maxSteps = maxSteps }
        if let lr { o.lr = lr }
        if let minLr { o.minLr = minLr }
        if let warmupSteps { o.warmupSteps = warmupSteps }
        if let schedule { o.schedule = schedule }
        if let decayFraction { o.decayFraction = decayFraction }
        if let weightDecay { o.weightDecay = weightDecay }
        if let gradClip { o.gradClip = gradClip }
        if let seed { o.seed = seed }
        if let evalEvery { o.evalEvery = evalEvery }
        if let evalTokens { o.evalTokens = evalTokens }
        if let checkpointEvery { o.checkpointEvery = checkpointEvery }
        if let keepCheckpoints { o.keepCheckpoints = keepCheckpoints }
        if let mixer { o.mixer = mixer }
        if let updateEvery { o.updateEvery = updateEvery }
        if let eta { o.eta = eta }
        if let smoothing { o.smoothing = smoothing }
        if let floor { o.floor = floor }
        if let weights {
            do { o.weights = try InitialWeights(parsing: weights) } catch { throw CLIError.invalidInput("--weights: \(error.description)") }
        }
        return o
    }
}

extension LearningRateSchedule: ExpressibleByArgument {}
extension PolicyKind: ExpressibleByArgument {}

/// `velocitune train`.
struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Train (or continue pre-training) a GPT-2 model on a prepared corpus.",
        discussion: """
            Writes RUN/metrics.jsonl and RUN/checkpoints/step-NNNNNNNN/. A run killed or \
            interrupted (Ctrl-C saves a checkpoint first) continues with the same command and \
            --resume, to bitwise-identical losses.
            """)

    @Option(help: "A corpus directory made by `prepare`.")
    var data: String

    @Option(help: "The run directory.")
    var out: String

    @Option(name: .customLong("init"), help: ArgumentHelp("Start from these weights: a checkpoint directory or a .safetensors file (nanoGPT state_dict names).", valueName: "ckpt"))
    var initFrom: String?

    @OptionGroup var training: TrainingFlags

    @Option(help: "Threads (default: all cores).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Matrix products: blas or swift.")
    var gemm: GemmBackend = .preferred

    @Flag(help: "Continue the run in --out from its latest checkpoint.")
    var resume = false

    @Option(help: ArgumentHelp("Stop with a checkpoint after this many steps (continue later with --resume).", valueName: "step"))
    var stopAtStep: Int?

    @Option(help: ArgumentHelp("Per-domain target losses: targets.json from `velocitune targets`, `velocitune fit --json` output, or {\"domain\": loss}.", valueName: "file"))
    var targets: String?

    @Option(help: ArgumentHelp("For --mixer replay: a finished run directory whose weight schedule is replayed.", valueName: "run"))
    var replay: String?

    @Flag(help: "With --replay: replay the run's time-averaged weights (a static mixture) instead of its schedule.")
    var replayAverage = false


    func run() throws {
        let options = try training.resolve()
        guard threads >= 1 else { throw CLIError.invalidInput("--threads must be at least 1") }
        guard GemmBackend.isAvailable(gemm) else { throw CLIError.invalidInput("--gemm blas: this build has no OpenBLAS") }
        guard (options.mixer == .replay) == (replay != nil) else {
            throw CLIError.invalidInput("--replay RUN goes with --mixer replay (and --mixer replay needs --replay RUN)")
        }
        let setup: TrainingSetup
        do {
            let corpus = try CorpusData(directory: URL(fileURLWithPath: data))
            let runDirectory = URL(fileURLWithPath: out)
            var targetLosses: [Double]?
            if let targets {
                let url = URL(fileURLWithPath: targets)
                targetLosses = try TargetsFile.loadTargets(url, domains: corpus.domains)
                // Keep the targets with the run, for reports.
                try FileManager.default.createDirectory(at: runDirectory, withIntermediateDirectories: true)
                try AtomicFile.write(try Data(contentsOf: url), to: runDirectory.appendingPathComponent("targets.json"))
            }
            var schedule: WeightSchedule?
            if let replay {
                let record = try RunRecord(directory: URL(fileURLWithPath: replay))
                guard record.domains == corpus.domains else {
                    throw CLIError.invalidInput("--replay: \(replay) was trained on domains \(record.domains), this corpus has \(corpus.domains)")
                }
                schedule = replayAverage ? WeightSchedule(stages: [.init(fromStep: 0, weights: record.averageWeights)]) : record.schedule
            }
            setup = TrainingSetup(data: corpus, runDirectory: runDirectory, initCheckpoint: initFrom.map { URL(fileURLWithPath: $0) },
                                  resume: resume, targets: targetLosses, replaySchedule: schedule, threads: threads, gemm: gemm,
                                  stopAtStep: stopAtStep)
        } catch let error as CLIError { throw error } catch { throw CLIError.invalidInput("\(error)") }
        try TrainingRunner.run(options: options, setup: setup)
    }
}

/// Runs a trainer and prints its summary; shared by `train` and the pipeline commands.
enum TrainingRunner {
    static func run(options: TrainingOptions, setup: TrainingSetup) throws {
        let trainer: Trainer
        do { trainer = try Trainer(options: options, setup: setup) } catch let error as TrainingError {
            throw CLIError.invalidInput(error.description)
        } catch let error as CorpusError {
            throw CLIError.invalidInput(error.description)
        }
        let summary: TrainingSummary
        do { summary = try trainer.run() } catch let error as TrainingError {
            switch error {
            case .interrupted: throw CLIError(message: error.description, exitCode: 130)
            case .invalidConfig, .checkpoint, .data: throw CLIError.invalidInput(error.description)
            case .divergence: throw CLIError.failure(error.description)
            }
        }
        var table = TextTable(["domain", "held-out loss"])
        for (domain, loss) in zip(setup.data.domains, summary.finalLoss) { table.add([domain, Format.loss(loss)]) }
        print(table.render())
        print(String(format: "%d steps, %@ tokens in %@ (%.1f%% evaluating); checkpoint %@", summary.steps,
                     Format.tokens(Double(summary.tokens)), Format.duration(summary.elapsedSeconds),
                     100 * summary.evalSeconds / max(summary.elapsedSeconds, 1e-9), summary.checkpoint.path))
    }
}

/// `velocitune eval`.
struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Per-domain held-out loss of a checkpoint.",
        discussion: "Scores the first --eval-tokens tokens of each domain's validation split (or --split test), forward only.")

    @Option(help: "A corpus directory made by `prepare`.")
    var data: String

    @Option(help: "A checkpoint directory or a .safetensors file.")
    var checkpoint: String

    @Option(help: "Held-out tokens per domain.")
    var evalTokens: Int = 8192

    @Option(help: "Sequences per forward pass.")
    var batchSize: Int = 8

    @Option(help: "Sequence length (default: the model's block size).")
    var blockSize: Int?

    @Option(help: "Heads, when the checkpoint has no config.json.")
    var nHead: Int?

    @Option(help: "Threads.")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Print one JSON object: {\"domains\": {name: loss}, \"mean\": m}.")
    var json = false

    func run() throws {
        do {
            let corpus = try CorpusData(directory: URL(fileURLWithPath: data))
            let model = try Checkpoint.loadModel(from: URL(fileURLWithPath: checkpoint), context: ComputeContext(threads: threads), nHead: nHead)
            guard model.config.vocabSize == corpus.vocabularySize else {
                throw CLIError.invalidInput("the checkpoint's vocabulary (\(model.config.vocabSize)) differs from the corpus tokenizer's (\(corpus.vocabularySize))")
            }
            let evaluator = try Evaluator(data: corpus, blockSize: blockSize ?? model.config.blockSize, batchSize: batchSize, tokensPerDomain: evalTokens)
            let losses = evaluator.evaluate(model)
            let mean = losses.reduce(0, +) / Double(losses.count)
            if json {
                let object: [String: Any] = ["domains": Dictionary(uniqueKeysWithValues: zip(corpus.domains, losses)), "mean": mean,
                                             "tokens_per_domain": Dictionary(uniqueKeysWithValues: zip(corpus.domains, evaluator.tokensPerDomain))]
                print(String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self))
            } else {
                var table = TextTable(["domain", "held-out loss", "tokens"])
                for (i, domain) in corpus.domains.enumerated() { table.add([domain, Format.loss(losses[i]), "\(evaluator.tokensPerDomain[i])"]) }
                table.add(["mean", Format.loss(mean), ""])
                print(table.render())
            }
        } catch let error as CLIError { throw error } catch {
            throw CLIError.invalidInput("\(error)")
        }
    }
}
