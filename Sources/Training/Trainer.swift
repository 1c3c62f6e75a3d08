import Artifacts
import Common
import Corpus
import DataParallel
import Foundation
import Kernels
import Mixing
import RunLog
import ScalingLaws

/// What a run needs besides its options: where its data and outputs are and how to start.
public struct TrainingSetup: Sendable {
    /// The prepared corpus.
    public var data: CorpusData
    /// The run directory (metrics.jsonl, checkpoints/).
    public var runDirectory: URL
    /// Initial weights (a checkpoint directory or a .safetensors file); nil for a fresh model.
    public var initCheckpoint: URL?
    /// A checkpoint of another run to branch from: its weights, AdamW moments, data position,
    /// mixer and step, continued with these options. Only the schedule and the run's length
    /// and cadence may differ from that run's (a learning-rate cool-down branch, say).
    public var forkFrom: URL?
    /// Continue from the run directory's latest checkpoint.
    public var resume: Bool
    /// Per-domain target losses (required by the velocitune, distance and linear policies).
    public var targets: [Double]?
    /// Time-varying targets, used when the options ask for `target_curve`.
    public var targetCurve: TargetCurve?
    /// A recorded schedule (replay policy), over the data's domains.
    public var replaySchedule: WeightSchedule?
    /// Threads and GEMM backend.
    public var threads: Int
    /// Matrix products.
    public var gemm: GemmBackend
    /// Stop (with a checkpoint, as an interruption does) once this many steps are done: splits a
    /// long run into sessions.
    public var stopAtStep: Int?
    /// Asked at every step boundary; when it returns true the trainer writes a checkpoint and
    /// stops with `TrainingError.interrupted` (the CLI connects it to SIGINT and SIGTERM).
    public var shouldStop: @Sendable () -> Bool
    /// Where to write TensorBoard event files besides metrics.jsonl (nil: none).
    public var tensorBoardDirectory: URL? = nil
    /// The data-parallel process group (`ProcessGroup.join()` under `mpirun`). Every rank draws
    /// the same global batch, computes its slice of the rows, and the gradients are summed in
    /// rank order, so every rank takes the same optimizer step; evaluations are split across
    /// ranks and gathered. Rank 0 alone writes the log and the checkpoints.
    public var group: any Communicator = SingleProcess.shared

    /// Creates a setup.
    public init(data: CorpusData, runDirectory: URL, initCheckpoint: URL? = nil, resume: Bool = false, targets: [Double]? = nil,
                targetCurve: TargetCurve? = nil,
                replaySchedule: WeightSchedule? = nil, threads: Int, gemm: GemmBackend = .preferred, stopAtStep: Int? = nil,
                forkFrom: URL? = nil, shouldStop: @escaping @Sendable () -> Bool = { false }) {
        self.forkFrom = forkFrom
        self.targetCurve = targetCurve
        self.stopAtStep = stopAtStep
        self.shouldStop = shouldStop
        self.data = data
        self.runDirectory = runDirectory
        self.initCheckpoint = initCheckpoint
        self.resume = resume
        self.targets = targets
        self.replaySchedule = replaySchedule
        self.threads = threads
        self.gemm = gemm
    }
}

/// How a run ended.
public struct TrainingSummary: Sendable {
    /// Steps completed.
    public var steps: Int
    /// Tokens consumed.
    public var tokens: Int
    /// The last held-out loss per domain.
    public var finalLoss: [Double]
    /// Its standard error per domain.
    public var finalStandardError: [Double]
    /// Wall-clock seconds (all sessions).
    public var elapsedSeconds: Double
    /// Seconds spent evaluating.
    public var evalSeconds: Double
    /// Seconds of this session spent summing gradients across data-parallel ranks (0 on one).
    public var communicationSeconds: Double = 0
    /// The last checkpoint written.
    public var checkpoint: URL
}

/// The training loop: mixture batches, AdamW with clipping and a schedule, evaluations, mixer
/// updates, checkpoints, `metrics.jsonl`, and exact resumption.
public final class Trainer {
    /// The run's options (on resume, the saved ones).
    public let options: TrainingOptions
    private let setup: TrainingSetup
    private let progress: ProgressLine
    private let model: any LanguageModel
    private let optimizer: AdamWOptimizer
    private let evaluator: Evaluator
    private var sampler: MixtureSampler
    private var mixer: Mixer?
    private let directory: RunDirectory
    private let resumed: Bool
    private var step = 0
    private var tokens = 0
    private var elapsedBefore = 0.0
    private var evalSeconds = 0.0
    /// Seconds this session spent summing gradients across ranks.
    private var communicationSeconds = 0.0
    /// Seconds this session's ranks spent waiting for each other before those sums.
    private var waitSeconds = 0.0
    private var log: MetricsLog?
    private var lastLosses: [HeldOutLoss] = []
    /// Per domain, the per-sequence held-out losses at step 0 (for paired standard errors).
    private var baselineSequenceLosses: [[Double]]?
    private let forked: Bool

    /// Prepares a run: a fresh, initialised or resumed model, sampler and mixer. Reads the run
    /// directory but changes nothing in it (`run` does).
    public init(options requested: TrainingOptions, setup: TrainingSetup, progress: ProgressLine = ProgressLine()) throws {
        self.setup = setup
        let progress = setup.group.isLead ? progress : .silent
        self.progress = progress
        let data = setup.data
        let context = ComputeContext(threads: setup.threads, gemm: setup.gemm)
        directory = RunDirectory(setup.runDirectory)
        var options = requested
        try requested.validate(domains: data.domains)
        let resumeFrom = setup.resume ? directory.latestCheckpoint : nil
        if setup.resume && resumeFrom == nil {
            progress.note("train: no checkpoint in \(setup.runDirectory.path) yet: starting from the beginning")
        }
        if resumeFrom == nil, directory.latestCheckpoint != nil { throw TrainingError.runExists(setup.runDirectory.path) }
        resumed = resumeFrom != nil
        forked = resumeFrom == nil && setup.forkFrom != nil
        if let startFrom = resumeFrom ?? setup.forkFrom {
            let state = try TrainerState.load(checkpoint: startFrom)
            guard state.dataFingerprint == data.fingerprint else {
                throw TrainingError.data("the corpus at \(data.directory.path) is not the one this run was trained on (its tokenizer or sources changed)")
            }
            let shape: Set<String> = setup.initCheckpoint != nil ? ["n_layer", "n_head", "n_embd"] : []
            let ignored = forked ? shape.union(Self.branchKeys) : shape
            if let d = state.options.firstDifference(from: requested, ignoring: ignored) {
                throw TrainingError.optionsDiffer(run: forked ? startFrom.path : setup.runDirectory.path, key: d.key, saved: d.mine, given: d.theirs)
            }
            options = forked ? requested : state.options
            if forked {
                (options.nLayer, options.nHead, options.nEmbd) = (state.options.nLayer, state.options.nHead, state.options.nEmbd)
                // The refit's areas are counted along the parent's schedule up to the fork and its
                // budget is the parent's end: a branch that changes either would refit against the
                // wrong curve.
                guard !options.targetRefit else {
                    throw TrainingError.invalidConfig("a run with target_refit cannot be branched (--branch-from): a branch changes the schedule the refit counts its areas along and the budget it extrapolates to")
                }
                guard state.step < options.maxSteps else {
                    throw TrainingError.invalidConfig("a branch from step \(state.step) needs max_steps above it, got \(options.maxSteps)")
                }
            }
            try requested.validate()
            let restored = try Checkpoint.loadLanguageModel(from: startFrom, context: context, base: setup.initCheckpoint)
            model = try TrainingMode.prepare(restored, options: options, basePath: setup.initCheckpoint?.path)
            optimizer = AdamWOptimizer(model: model)
            try Checkpoint.loadOptimizer(from: startFrom, into: optimizer)
            sampler = try MixtureSampler(restoring: state.sampler, domains: Array(zip(data.domains, data.train)).map { ($0, $1) })
            mixer = try Mixer(restoring: state.mixer)
            step = state.step
            tokens = state.tokens
            baselineSequenceLosses = state.baselineSequenceLosses
            elapsedBefore = state.elapsedSeconds
            evalSeconds = state.evalSeconds
            if resumed, (state.ranks ?? 1) != setup.group.size {
                progress.note("train: the checkpoint was written by \(state.ranks ?? 1) rank(s), this session has \(setup.group.size): the data order is the same (the global batch does not depend on the ranks), the losses may differ from an uninterrupted run in the last bits")
            }
        } else {
            try options.validate()
            let initial: any LanguageModel
            if let path = setup.initCheckpoint {
                initial = try Checkpoint.loadLanguageModel(from: path, context: context, nHead: options.nHead)
                try Self.check(initial, fits: data, blockSize: options.blockSize, checkpoint: path)
                let shape = initial.shape
                (options.nLayer, options.nHead, options.nEmbd) = (shape.layers, shape.heads, shape.width)
            } else {
                initial = try GPT(config: options.model(vocabSize: data.vocabularySize), seed: options.seed, context: context)
            }
            model = try TrainingMode.prepare(initial, options: options, basePath: setup.initCheckpoint?.path)
            optimizer = AdamWOptimizer(model: model)
            sampler = try MixtureSampler(domains: Array(zip(data.domains, data.train)).map { ($0, $1) },
                                         sequenceLength: options.blockSize, seed: options.seed)
        }
        optimizer.weightDecay = Float(options.weightDecay)
        guard options.batchSize >= setup.group.size else {
            throw TrainingError.invalidConfig("batch_size \(options.batchSize) is below the number of ranks (\(setup.group.size)): every rank needs at least one row of the global batch")
        }
        self.options = options
        evaluator = try Evaluator(data: data, blockSize: options.blockSize, batchSize: options.batchSize, tokensPerDomain: options.evalTokens)
    }

    /// Checks that the corpus's token ids and the run's sequence length fit `model`, loaded from
    /// `checkpoint`.
    /// - Throws: `TrainingError.data` for a vocabulary that differs from the model's (the corpus
    ///   was prepared with another tokenizer), `.invalidConfig` for a `block_size` above the
    ///   model's longest sequence.
    public static func check(_ model: any LanguageModel, fits data: CorpusData, blockSize: Int, checkpoint: URL) throws(TrainingError) {
        guard model.vocabularySize == data.vocabularySize else {
            let advice = model is Llama
                ? "prepare the corpus with the model's tokenizer (velocitune prepare --tokenizer \(checkpoint.pathExtension.lowercased() == "gguf" ? checkpoint.path : "MODEL_DIR/tokenizer.json or MODEL.gguf"))"
                : "prepare the corpus with the base model's tokenizer"
            throw .data("\(checkpoint.path): the model's vocabulary (\(model.vocabularySize) tokens) differs from the corpus tokenizer's (\(data.vocabularySize), \(data.directory.path)); \(advice)")
        }
        guard blockSize <= model.maximumSequenceLength else {
            throw .invalidConfig("block_size \(blockSize) exceeds the checkpoint's \(model.maximumSequenceLength) (\(checkpoint.path))")
        }
    }

    /// The options a branch (`TrainingSetup.forkFrom`) may change: the schedule and the run's
    /// length and cadence.
    public static let branchKeys: Set<String> = ["schedule", "max_steps", "decay_fraction", "min_lr", "eval_every",
                                                 "checkpoint_every", "keep_checkpoints"]

    /// Opens the run's log: a resumed run's is cut back to its checkpoint's step (every step is
    /// logged once), a fresh run's starts empty.
    private func openLog() throws -> MetricsLog {
        if resumed {
            try MetricsLog.truncate(directory.metricsURL, keepingThroughStep: step)
            progress.note("train: resuming from \(directory.latestCheckpoint?.lastPathComponent ?? "?") (step \(step) of \(options.maxSteps))")
        } else {
            try MetricsLog.write([], to: directory.metricsURL)
        }
        let log = try MetricsLog(url: directory.metricsURL)
        if let board = setup.tensorBoardDirectory { log.sinks.append(try TensorBoardWriter(directory: board, resumingAt: resumed ? step : nil)) }
        return log
    }

    /// Runs to `max_steps` (or until interrupted), returning the summary.
    public func run() throws -> TrainingSummary {
        let clock = ContinuousClock()
        let sessionStart = clock.now
        func elapsed() -> Double { elapsedBefore + (clock.now - sessionStart).seconds }
        let group = setup.group
        try checkRanksRunTheSameJob()
        let log = group.isLead ? try openLog() : nil
        self.log = log
        // Ranks start from the same bits whatever the initialisation did.
        group.broadcast(model.parameters, from: 0)
        let domains = setup.data.domains
        var start = MetricsEvent(event: .start, step: step, tokens: tokens)
        start.time = elapsed()
        let shape = model.shape
        start.info = ["policy": options.mixer.rawValue, "resumed": step > 0 ? "true" : "false", "parameters": "\(shape.parameters)",
                      "n_layer": "\(shape.layers)", "n_embd": "\(shape.width)", "block_size": "\(options.blockSize)",
                      "batch_size": "\(options.batchSize)", "max_steps": "\(options.maxSteps)", "threads": "\(setup.threads)",
                      "ranks": "\(group.size)"]
        if shape.architecture != "gpt2" { start.info?["architecture"] = shape.architecture }
        if model.trainableParameterCount != shape.parameters { start.info?["trainable_parameters"] = "\(model.trainableParameterCount)" }
        try log?.append(start)
        if shape.architecture != "gpt2" || model.trainableParameterCount != shape.parameters {
            progress.note(String(format: "train: %@ model, %.1fM parameters, %.1fM trained", shape.architecture, Double(shape.parameters) / 1e6,
                                 Double(model.trainableParameterCount) / 1e6))
        }
        if mixer == nil {
            // Step 0: the base model's held-out losses are l_init.
            let initial = try evaluate()
            baselineSequenceLosses = initial.losses.map(\.sequenceLosses)
            mixer = try Mixer(configuration: makeMixerConfiguration(initialLoss: initial.losses.map(\.mean)))
            try logEval(initial, elapsed: elapsed())
            // The test split's l_init, so forgetting is measured on tokens nobody steers on.
            if evaluatesTestSplit { try logTest(elapsed: elapsed()) }
        } else if forked {
            // A branch logs where it starts from, so its curve begins at the branch point.
            try logEval(try evaluate(), elapsed: elapsed())
        }
        let T = options.blockSize, B = options.batchSize
        var batch = [Int32](repeating: 0, count: B * (T + 1))
        let rows = group.slice(ofRows: B)
        // This rank's share of the global mean loss (1 on one process: bit-identical to no split).
        let rowShare = Float(rows.count) / Float(B)
        var checkpointURL = directory.latestCheckpoint ?? setup.runDirectory
        let runStartTokens = tokens
        while step < options.maxSteps {
            if group.any(setup.shouldStop()) || step == setup.stopAtStep {
                checkpointURL = try saveCheckpoint(elapsed: elapsed())
                throw TrainingError.interrupted(step: step, checkpoint: checkpointURL.path)
            }
            let stepStart = clock.now
            let weights = mixer!.weights
            model.zeroGradients()
            var loss: Float = 0
            for _ in 0..<options.gradAccum {
                _ = try sampler.nextBatch(rows: B, weights: weights, into: &batch)
                let slice = rows.count == B ? batch : Array(batch[(rows.lowerBound * (T + 1))..<(rows.upperBound * (T + 1))])
                let sliceLoss = model.forwardBackward(tokens: slice, rows: rows.count, lossScale: rowShare / Float(options.gradAccum))
                loss += sliceLoss * rowShare / Float(options.gradAccum)
            }
            if group.size > 1 {
                // Timed apart: waiting for the slowest rank to finish its rows, then the sum itself.
                let waitStart = clock.now
                _ = group.any(false)
                let reduceStart = clock.now
                waitSeconds += (reduceStart - waitStart).seconds
                group.sum(model.gradients)
                loss = Float(group.sum(Double(loss)))
                communicationSeconds += (clock.now - reduceStart).seconds
            }
            let norm = optimizer.gradientNorm(model)
            guard loss.isFinite, norm.isFinite else {
                let last = directory.latestCheckpoint.map { "the last good checkpoint is \($0.path)" } ?? "no checkpoint was written yet"
                throw TrainingError.divergence(step: step, loss: loss.isFinite ? .nan : loss,
                                               hint: "gradients or loss are not finite (a lower learning rate may help, or check the data); \(last)")
            }
            let lr = options.learningRate(atStep: step)
            let clip = options.gradClip > 0 && norm > options.gradClip ? Float(options.gradClip / norm) : 1
            optimizer.step(model, learningRate: Float(lr), clipScale: clip)
            step += 1
            tokens += B * T * options.gradAccum
            let seconds = (clock.now - stepStart).seconds
            var event = MetricsEvent(event: .train, step: step, tokens: tokens)
            event.time = elapsed()
            event.loss = Double(loss)
            event.lr = lr
            event.gradNorm = norm
            event.tokensPerSecond = Double(B * T * options.gradAccum) / seconds
            try log?.append(event)
            let rate = Double(tokens - runStartTokens) / max((clock.now - sessionStart).seconds, 1e-9)
            let eta = Double((options.maxSteps - step) * B * T * options.gradAccum) / max(rate, 1)
            progress.update(String(format: "train: step %d/%d  loss %.4f  lr %.2e  %.0f tok/s  ETA %@", step, options.maxSteps, loss, lr, rate,
                                   Units.duration(eta)))
            let updateDue = mixer!.updateIsDue(afterStep: step, interval: options.updateEvery)
            if step % options.evalEvery == 0 || updateDue || step == options.maxSteps {
                let evaluation = try evaluate()
                let losses = evaluation.losses.map(\.mean)
                if updateDue && step < options.maxSteps {
                    do { _ = try mixer!.update(step: step, losses: losses,
                                              learningRateArea: mixer!.state.configuration.targetRefit != nil ? learningRateArea.area(at: step) : nil) } catch {
                        throw TrainingError.data("mixer update at step \(step): \(error.description)")
                    }
                }
                try logEval(evaluation, elapsed: elapsed())
                progress.note(String(format: "train: step %d  held-out %@", step,
                                     zip(domains, losses).map { String(format: "%@ %.4f", $0, $1) }.joined(separator: ", ")))
            }
            if step % options.checkpointEvery == 0 || step == options.maxSteps {
                checkpointURL = try saveCheckpoint(elapsed: elapsed())
            }
        }
        progress.finish()
        if evaluatesTestSplit { try logTest(elapsed: elapsed()) }
        var end = MetricsEvent(event: .end, step: step, tokens: tokens)
        end.time = elapsed()
        end.evalSeconds = evalSeconds
        if group.size > 1 {
            end.info = ["ranks": "\(group.size)", "allreduce_s": String(format: "%.3f", communicationSeconds),
                        "rank_wait_s": String(format: "%.3f", waitSeconds), "gradient_floats": "\(model.gradients.count)"]
        }
        end.domainLoss = Dictionary(uniqueKeysWithValues: zip(domains, lastLosses.map(\.mean)))
        end.domainLossStandardError = Dictionary(uniqueKeysWithValues: zip(domains, lastLosses.map(\.standardError)))
        try log?.append(end)
        return TrainingSummary(steps: step, tokens: tokens, finalLoss: lastLosses.map(\.mean), finalStandardError: lastLosses.map(\.standardError),
                               elapsedSeconds: elapsed(), evalSeconds: evalSeconds, communicationSeconds: communicationSeconds,
                               checkpoint: directory.latestCheckpoint ?? checkpointURL)
    }

    /// Held-out losses per domain, and the seconds it took to measure them.
    private typealias Evaluation = (losses: [HeldOutLoss], seconds: Double)

    private func evaluate(with evaluator: Evaluator? = nil) throws -> Evaluation {
        let evaluator = evaluator ?? self.evaluator
        let clock = ContinuousClock()
        let started = clock.now
        progress.update("train: evaluating \(evaluator.tokensPerDomain.reduce(0, +)) \(evaluator.split.rawValue) tokens at step \(step)")
        let losses = evaluator.evaluate(model, across: setup.group)
        if let bad = losses.firstIndex(where: { !$0.mean.isFinite }) {
            throw TrainingError.divergence(step: step, loss: Float(losses[bad].mean), hint: "the held-out loss of \(setup.data.domains[bad]) is not finite")
        }
        let seconds = (clock.now - started).seconds
        evalSeconds += seconds
        if evaluator.split == self.evaluator.split { lastLosses = losses }
        return (losses, seconds)
    }

    /// The run's learning-rate area by step (peak-rate steps, warm-up at the peak), which the
    /// target refit measures each domain's progress in (made only for a run that refits).
    private lazy var learningRateArea = LearningRateCurve(rates: options.learningRates.rates, peak: options.lr,
                                                          warmupSteps: options.warmupSteps)

    /// Whether the run evaluates its test split (at step 0 and at the end).
    private var evaluatesTestSplit: Bool { options.testTokens > 0 && setup.data.test != nil }

    /// An evaluation on the test split (never steered on): up to `test_tokens` per domain.
    private func logTest(elapsed: Double) throws {
        let domains = setup.data.domains
        let tester = try Evaluator(data: setup.data, split: .test, blockSize: options.blockSize, batchSize: options.batchSize,
                                   tokensPerDomain: options.testTokens)
        let evaluation = try evaluate(with: tester)
        var event = MetricsEvent(event: .test, step: step, tokens: tokens)
        event.time = elapsed
        event.evalSeconds = evaluation.seconds
        event.domainLoss = Dictionary(uniqueKeysWithValues: zip(domains, evaluation.losses.map(\.mean)))
        event.domainLossStandardError = Dictionary(uniqueKeysWithValues: zip(domains, evaluation.losses.map(\.standardError)))
        event.evaluatedTokens = Dictionary(uniqueKeysWithValues: zip(domains, tester.tokensPerDomain))
        try log?.append(event)
        progress.note(String(format: "train: test split at step %d: %@", step,
                             zip(domains, evaluation.losses).map { String(format: "%@ %.4f +- %.4f", $0, $1.mean, $1.standardError) }.joined(separator: ", ")))
    }

    private func logEval(_ evaluation: Evaluation, elapsed: Double) throws {
        let domains = setup.data.domains
        let losses = evaluation.losses.map(\.mean)
        var event = MetricsEvent(event: .eval, step: step, tokens: tokens)
        event.time = elapsed
        event.evalSeconds = evaluation.seconds
        event.domainLoss = Dictionary(uniqueKeysWithValues: zip(domains, losses))
        event.domainLossStandardError = Dictionary(uniqueKeysWithValues: zip(domains, evaluation.losses.map(\.standardError)))
        if let baseline = baselineSequenceLosses, step > 0 {
            let changes = zip(evaluation.losses, baseline).map { $0.changeStandardError(from: $1) }
            if changes.allSatisfy({ $0 != nil }) { event.domainLossChangeStandardError = Dictionary(uniqueKeysWithValues: zip(domains, changes.map { $0! })) }
        }
        if let mixer {
            event.weights = Dictionary(uniqueKeysWithValues: zip(domains, mixer.weights))
            event.mixVersion = mixer.state.version
            if let velocity = mixer.velocity(for: losses, atStep: step) {
                event.velocity = Dictionary(uniqueKeysWithValues: zip(domains, velocity))
            }
            if mixer.state.configuration.targetRefit != nil, let targets = mixer.targets(atStep: step) {
                event.targets = Dictionary(uniqueKeysWithValues: zip(domains, targets))
            }
        }
        event.passes = Dictionary(uniqueKeysWithValues: zip(domains, sampler.state.passes))
        try log?.append(event)
    }

    private func makeMixerConfiguration(initialLoss: [Double]) throws -> MixerConfiguration {
        let data = setup.data
        if options.mixer.needsTargets && setup.targets == nil {
            throw TrainingError.invalidConfig("the \(options.mixer.rawValue) policy needs target losses")
        }
        if options.targetCurve && setup.targetCurve == nil {
            throw TrainingError.invalidConfig("target_curve needs the targets' predicted curve (a targets.json from `velocitune targets`)")
        }
        let initial: [Double]
        do { initial = try options.weights.resolve(domains: data.domains, tokenCounts: data.trainingTokens) } catch {
            throw TrainingError.invalidConfig("weights: \(error.description)")
        }
        var schedule = setup.replaySchedule
        if options.mixer == .replay, schedule == nil { throw TrainingError.invalidConfig("the replay policy needs a recorded run to replay") }
        if let s = schedule, s.stages.first?.weights.count != data.domains.count {
            throw TrainingError.invalidConfig("the replay schedule has \(s.stages.first?.weights.count ?? 0) weights per stage, the corpus has \(data.domains.count) domains")
        }
        let startWeights = options.mixer == .replay ? schedule!.weights(atStep: 0) : initial
        if options.mixer != .replay { schedule = nil }
        let roles = options.domainRoles(data.domains)
        let configuration = MixerConfiguration(policy: options.mixer, domains: data.domains, initialLoss: initialLoss,
                                               targetLoss: setup.targets, initialWeights: startWeights,
                                               eta: options.eta, smoothing: options.smoothing, floor: options.floor, schedule: schedule,
                                               targetCurve: options.targetCurve ? setup.targetCurve : nil, roles: roles,
                                               replayRule: options.replayRule, replayTolerance: options.replayTolerance,
                                               targetRefit: options.targetRefit ? TargetRefit(budgetArea: learningRateArea.area(at: options.maxSteps)) : nil)
        do { try configuration.validate() } catch { throw TrainingError.invalidConfig(error.description) }
        for domain in configuration.flaggedDomains {
            progress.note("train: warning: \(domain)'s target is not below its initial loss: its velocity is 0 (check its fit)")
        }
        return configuration
    }

    private func saveCheckpoint(elapsed: Double) throws -> URL {
        let checkpoint = directory.checkpointURL(step: step)
        try checkRanksAgree()
        guard setup.group.isLead else { return checkpoint }
        var state = TrainerState(step: step, tokens: tokens, elapsedSeconds: elapsed, evalSeconds: evalSeconds,
                                 sampler: sampler.state, mixer: mixer!.state, options: options, dataFingerprint: setup.data.fingerprint)
        state.baselineSequenceLosses = baselineSequenceLosses
        state.ranks = setup.group.size > 1 ? setup.group.size : nil
        try Checkpoint.save(model: model, optimizer: optimizer, state: state, to: checkpoint)
        var event = MetricsEvent(event: .checkpoint, step: step, tokens: tokens)
        event.time = elapsed
        event.path = checkpoint.path
        try log?.append(event)
        directory.pruneCheckpoints(keeping: options.keepCheckpoints)
        return checkpoint
    }

    /// Under data parallelism, checks before each checkpoint that every rank holds the same
    /// parameters and mixture weights (a hash of their bits), so a checkpoint never hides ranks
    /// that drifted apart.
    private func checkRanksAgree() throws {
        guard setup.group.size > 1 else { return }
        let weights = (mixer?.weights ?? []).flatMap { withUnsafeBytes(of: $0.bitPattern.littleEndian, Array.init) }
        if let rank = firstDisagreeingRank(FNV1a.hash(model.parameters.all.littleEndianBytes + weights)) {
            throw TrainingError.data("at step \(step) rank \(rank)'s parameters or weights differ from rank 0's: the ranks no longer train the same model (mixed builds or hardware?)")
        }
    }

    /// Under data parallelism, checks at the start that every rank runs the same job: the same
    /// options, corpus, starting point and step (ranks started with different arguments or files
    /// would otherwise train different models in lockstep). Every rank stops with the same error.
    private func checkRanksRunTheSameJob() throws {
        guard setup.group.size > 1 else { return }
        let options = (try? JSONConventions.encode(self.options, pretty: false)) ?? Data()
        let job = "\(setup.data.fingerprint) \(step) \(setup.initCheckpoint?.path ?? "-") \(setup.forkFrom?.path ?? "-") \(setup.targets ?? [])"
        if let rank = firstDisagreeingRank(FNV1a.hash(options + Data(job.utf8))) {
            throw TrainingError.invalidConfig("rank \(rank) was started with other options, corpus, targets or checkpoint than rank 0: every rank must run the same command on the same files")
        }
    }

    /// The first rank whose `hash` differs from rank 0's, if any.
    private func firstDisagreeingRank(_ hash: UInt64) -> Int? {
        let hashes = setup.group.allGather([Double(hash >> 32), Double(hash & 0xffff_ffff)])
        return hashes.firstIndex { $0 != hashes[0] }
    }
}
