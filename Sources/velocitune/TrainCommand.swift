import ArgumentParser
import Artifacts
import Common
import Corpus
import DataParallel
import Foundation
import Kernels
import Mixing
import Training

/// `velocitune train`.
struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Train (or continue pre-training) a GPT-2 or Llama model on a prepared corpus.",
        discussion: """
            Writes RUN/metrics.jsonl and RUN/checkpoints/step-NNNNNNNN/. A run killed or \
            interrupted (Ctrl-C saves a checkpoint first) continues with the same command and \
            --resume, to bitwise-identical losses.

            Data-parallel over MPI (a build with `--traits default,MPI`): `mpirun -np N velocitune train \
            ...` splits each global batch across the N ranks, sums the gradients in rank order \
            and splits evaluations, so every rank takes the same steps; rank 0 writes the run \
            directory. --threads is per rank (default: the cores divided by the ranks on this \
            machine).

            \(TrainingFlags.help)
            """)

    @Option(help: "A corpus directory made by `prepare`.")
    var data: String

    @Option(help: "The run directory.")
    var out: String

    @Option(name: .customLong("init"), help: ArgumentHelp("Start from these weights: a checkpoint directory, a .safetensors file (nanoGPT state_dict names), a Hugging Face Llama directory or a GGUF file; the model shape comes from it.", valueName: "ckpt"))
    var initFrom: String?

    @OptionGroup var training: TrainingFlags

    @Option(help: "Threads per process (default: the cores, divided by the MPI ranks on this machine).")
    var threads: Int?

    @Option(help: "Matrix products: blas or swift.")
    var gemm: GemmBackend = .preferred

    @Flag(help: "Continue the run in --out from its latest checkpoint.")
    var resume = false

    @Option(help: ArgumentHelp("Branch from this checkpoint of another run (weights, AdamW moments, data position, mixer, step) with a new schedule or length, e.g. a learning-rate cool-down; the other options must match that run's.", valueName: "ckpt"))
    var branchFrom: String?

    @Option(help: ArgumentHelp("Stop with a checkpoint after this many steps (continue later with --resume).", valueName: "step"))
    var stopAtStep: Int?

    @Option(help: ArgumentHelp("Per-domain target losses: targets.json from `velocitune targets`, `velocitune fit --json` output, or {\"domain\": loss}.", valueName: "file"))
    var targets: String?

    @Option(help: ArgumentHelp("For --mixer replay: a finished run directory whose weight schedule is replayed.", valueName: "run"))
    var replay: String?

    @Flag(help: "With --replay: replay the run's time-averaged weights (a static mixture) instead of its schedule.")
    var replayAverage = false

    @Option(help: ArgumentHelp("Also write TensorBoard event files here (train/, eval/, mix/ and test/ scalars).", valueName: "dir"))
    var tensorboard: String?

    func validate() throws {
        guard (threads ?? 1) >= 1 else { throw ValidationError("--threads must be at least 1") }
        guard GemmBackend.isAvailable(gemm) else { throw ValidationError("--gemm blas: this build has no OpenBLAS") }
    }

    func run() throws {
        let threads = threads ?? max(1, ProcessInfo.processInfo.activeProcessorCount / (ProcessGroup.launchedLocalRanks ?? 1))
        let options = try training.resolve()
        guard (options.mixer == .replay) == (replay != nil) else {
            throw ValidationError("--replay RUN goes with --mixer replay (and --mixer replay needs --replay RUN)")
        }
        let corpus = try CorpusData(directory: URL(fileURLWithPath: data))
        let run = RunDirectory(URL(fileURLWithPath: out))
        let targetLosses = try targets.map { try TargetsFile.loadTargets(URL(fileURLWithPath: $0), domains: corpus.domains) }
        let curve = try targets.flatMap { path in options.targetCurve ? try TargetsFile.loadCurve(URL(fileURLWithPath: path), domains: corpus.domains) : nil }
        let schedule = try replay.map { try RunRecord(directory: URL(fileURLWithPath: $0)).replaySchedule(average: replayAverage, domains: corpus.domains) }
        var setup = TrainingSetup(data: corpus, runDirectory: run.url, initCheckpoint: initFrom.map { URL(fileURLWithPath: $0) },
                                  resume: resume, targets: targetLosses, targetCurve: curve, replaySchedule: schedule, threads: threads, gemm: gemm,
                                  stopAtStep: stopAtStep, forkFrom: branchFrom.map { URL(fileURLWithPath: $0) }, shouldStop: StopSignal.install())
        setup.tensorBoardDirectory = tensorboard.map { URL(fileURLWithPath: $0) }
        setup.group = try ProcessGroup.join()
        let trainer = try Trainer(options: options, setup: setup)
        if let targets, setup.group.isLead { try run.storeTargets(from: URL(fileURLWithPath: targets)) }
        let summary = try trainer.run()
        guard setup.group.isLead else { return }
        var table = TextTable(["domain", "held-out loss"])
        for (domain, loss) in zip(corpus.domains, summary.finalLoss) { table.add([domain, Format.loss(loss)]) }
        print(table.text())
        print(String(format: "%d steps, %@ tokens in %@ (%.1f%% evaluating), peak RSS %.0f MB; checkpoint %@", summary.steps,
                     Format.tokens(Double(summary.tokens)), Format.duration(summary.elapsedSeconds),
                     100 * summary.evalSeconds / max(summary.elapsedSeconds, 1e-9), PeakMemory.residentMegabytes(), summary.checkpoint.path))
        if setup.group.size > 1 {
            print(String(format: "%d ranks; this session summed gradients across them for %@", setup.group.size,
                         Format.duration(summary.communicationSeconds)))
        }
    }
}

/// `velocitune eval`.
struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Per-domain held-out loss of a checkpoint.",
        discussion: "Scores the first --eval-tokens tokens of each domain's validation (or --split test) split, forward only, with the standard error of each loss from its per-sequence losses.")

    @Option(help: "A corpus directory made by `prepare`.")
    var data: String

    @Option(help: "A checkpoint directory, a .safetensors file (GPT-2), a Hugging Face Llama directory or a GGUF file.")
    var checkpoint: String

    @Option(help: "Held-out tokens per domain.")
    var evalTokens: Int = TrainingOptions().evalTokens

    @Option(help: "The split to score: valid or test.")
    var split: Split = .valid

    @Option(help: "Sequences per forward pass.")
    var batchSize: Int = TrainingOptions().batchSize

    @Option(help: "Sequence length (default: a GPT's block size, a Llama's longest sequence up to 1024).")
    var blockSize: Int?

    @Option(help: "Heads, when the checkpoint has no config.json.")
    var nHead: Int?

    @Option(help: "Threads.")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Print one JSON object: {\"domains\": {name: loss}, \"mean\": m}.")
    var json = false

    func validate() throws {
        guard threads >= 1, evalTokens >= 1, batchSize >= 1 else { throw ValidationError("--threads, --eval-tokens and --batch-size must be at least 1") }
    }

    func run() throws {
        let corpus = try CorpusData(directory: URL(fileURLWithPath: data))
        let url = URL(fileURLWithPath: checkpoint)
        let model = try Checkpoint.loadLanguageModel(from: url, context: ComputeContext(threads: threads), nHead: nHead)
        let length = blockSize ?? model.defaultSequenceLength
        try Trainer.check(model, fits: corpus, blockSize: length, checkpoint: url)
        let evaluator = try Evaluator(data: corpus, split: split, blockSize: length, batchSize: batchSize, tokensPerDomain: evalTokens)
        let losses = evaluator.evaluate(model)
        let mean = losses.map(\.mean).reduce(0, +) / Double(losses.count)
        if json {
            let object: [String: Any] = ["domains": Dictionary(uniqueKeysWithValues: zip(corpus.domains, losses.map(\.mean))), "mean": mean,
                                         "standard_errors": Dictionary(uniqueKeysWithValues: zip(corpus.domains, losses.map(\.standardError))),
                                         "tokens_per_domain": Dictionary(uniqueKeysWithValues: zip(corpus.domains, evaluator.tokensPerDomain)),
                                         "split": split.rawValue]
            print(String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self))
        } else {
            var table = TextTable(["domain", "\(split.rawValue) loss", "std. error", "tokens"])
            for (i, domain) in corpus.domains.enumerated() {
                table.add([domain, Format.loss(losses[i].mean), Format.loss(losses[i].standardError), "\(evaluator.tokensPerDomain[i])"])
            }
            table.add(["mean", Format.loss(mean), "", ""])
            print(table.text())
        }
    }
}

extension LearningRateSchedule: ExpressibleByArgument {}
extension Split: ExpressibleByArgument {}
extension PolicyKind: ExpressibleByArgument {}
