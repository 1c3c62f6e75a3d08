import Common
import Foundation
import Mixing

/// Everything that defines a training run. Keys are flat and named like nanoGPT's (snake_case in
/// YAML and JSON, `--kebab-case` on the command line); every key is optional in a file and
/// defaults as declared. The table `keys` is the one declaration of each option: files,
/// experiment layers, `--key value` and `--set key=value` all read it.
public struct TrainingOptions: DeclaredOptions, Hashable {
    /// Transformer blocks.
    public var nLayer = 4
    /// Attention heads.
    public var nHead = 4
    /// Embedding width.
    public var nEmbd = 128
    /// Sequence length T (and position table size).
    public var blockSize = 128
    /// Sequences per micro-batch (B).
    public var batchSize = 8
    /// Micro-batches per optimizer step.
    public var gradAccum = 1
    /// Optimizer steps in the run.
    public var maxSteps = 1000
    /// Peak learning rate.
    public var lr = 6e-4
    /// Final learning rate of the cosine and wsd schedules.
    public var minLr = 6e-5
    /// Linear warm-up steps.
    public var warmupSteps = 100
    /// Learning-rate schedule.
    public var schedule: LearningRateSchedule = .cosine
    /// Fraction of steps spent decaying in the wsd schedule.
    public var decayFraction = 0.2
    /// AdamW decoupled weight decay (2-D tensors only).
    public var weightDecay = 0.1
    /// Global gradient-norm clipping threshold (0 disables).
    public var gradClip = 1.0
    /// Seed of initialisation and data order.
    public var seed: UInt64 = 0
    /// Evaluate the held-out losses every this many steps (and at steps 0 and max_steps).
    public var evalEvery = 100
    /// Held-out tokens per domain per evaluation (rounded down to whole batches of sequences).
    public var evalTokens = 8192
    /// Test-split tokens per domain in the final evaluation (all of them up to this cap; 0: none).
    public var testTokens = 65536
    /// Write a checkpoint every this many steps (and at the end).
    public var checkpointEvery = 500
    /// Checkpoints kept (older ones are deleted).
    public var keepCheckpoints = 2
    /// Starting mixture: `natural`, `uniform`, or weights by domain.
    public var weights: InitialWeights = .natural
    /// Mixing policy.
    public var mixer: PolicyKind = .static
    /// Update the weights every this many steps (m); each update evaluates first.
    public var updateEvery = MixerDefaults.updateEvery
    /// Step size of the mixer.
    public var eta = MixerDefaults.eta
    /// Uniform smoothing (nil: the policy's default).
    public var smoothing: Double?
    /// Minimum weight per domain.
    public var floor = MixerDefaults.floor
    /// Steer by the predicted static curve `l_target(t)` (the targets file's `curve`) instead of
    /// the fixed final target.
    public var targetCurve = false
    /// Refit each domain's target at every update from the run's own recent evaluations
    /// (`TargetRefit`), starting from the targets file's.
    public var targetRefit = false
    /// Domains of the original pre-training kept to limit forgetting (`DomainRole.replay`).
    public var replayDomains = DomainNames([])
    /// How replay domains are treated.
    public var replayRule = ReplayDefaults.rule
    /// The constraint rule's forgetting tolerance, relative to `l_init`.
    public var replayTolerance = ReplayDefaults.tolerance
    /// Train only the last k blocks of a Llama model (0: every tensor).
    public var trainLastBlocks = 0
    /// With `train_last_blocks`: also train the final norm.
    public var trainFinalNorm = true
    /// With `train_last_blocks`: also train the LM head (with tied embeddings, the token
    /// embedding, whose gradient needs the backward pass through every block).
    public var trainHead = false
    /// LoRA adapters of this rank on the Llama projections `lora_targets`, the base model frozen
    /// (0: no adapters).
    public var loraRank = 0
    /// LoRA's alpha: the adapters' update is scaled by `alpha / rank`.
    public var loraAlpha = 32.0
    /// The projections given adapters.
    public var loraTargets = LoRATargets.all

    /// The defaults.
    public init() {}

    /// The one declaration of every training option.
    public static let keys: [OptionKey<TrainingOptions>] = [
        .value("n_layer", \.nLayer, "Transformer blocks.", check: atLeast(1)),
        .value("n_head", \.nHead, "Attention heads.", check: atLeast(1)),
        .value("n_embd", \.nEmbd, "Embedding width.", check: atLeast(1)),
        .value("block_size", \.blockSize, "Sequence length T.", check: atLeast(1)),
        .value("batch_size", \.batchSize, "Sequences per micro-batch.", check: atLeast(1)),
        .value("grad_accum", \.gradAccum, "Micro-batches per optimizer step.", check: atLeast(1)),
        .value("max_steps", \.maxSteps, "Optimizer steps.", check: atLeast(1)),
        .value("lr", \.lr, "Peak learning rate.", check: { $0 > 0 ? nil : "must be > 0, got \($0)" }),
        .value("min_lr", \.minLr, "Final learning rate of cosine and wsd.", check: { $0 >= 0 ? nil : "must be >= 0, got \($0)" }),
        .value("warmup_steps", \.warmupSteps, "Linear warm-up steps.", check: atLeast(0)),
        .value("schedule", \.schedule, "Learning-rate schedule after warm-up."),
        .value("decay_fraction", \.decayFraction, "Share of the steps decaying in wsd.",
               check: { (0...1).contains($0) ? nil : "must be in [0, 1], got \($0)" }),
        .value("weight_decay", \.weightDecay, "AdamW weight decay on 2-D tensors.", check: { $0 >= 0 ? nil : "must be >= 0, got \($0)" }),
        .value("grad_clip", \.gradClip, "Gradient-norm clip (0: off).", check: { $0 >= 0 ? nil : "must be >= 0, got \($0)" }),
        .value("seed", \.seed, "Seed of initialisation and data order."),
        .value("eval_every", \.evalEvery, "Evaluate the held-out losses every N steps.", check: atLeast(1)),
        .value("eval_tokens", \.evalTokens, "Held-out tokens per domain per evaluation.", check: atLeast(1)),
        .value("test_tokens", \.testTokens, "Test-split tokens per domain, evaluated at step 0 and at the end (0: none).", check: atLeast(0)),
        .value("checkpoint_every", \.checkpointEvery, "Checkpoint every N steps.", check: atLeast(1)),
        .value("keep_checkpoints", \.keepCheckpoints, "Checkpoints kept.", check: atLeast(1)),
        .value("weights", \.weights, "Starting mixture."),
        .value("mixer", \.mixer, "Mixing policy."),
        .value("update_every", \.updateEvery, "Evaluate and update the weights every M steps.", check: atLeast(1)),
        .value("eta", \.eta, "Step size of the mixer.", check: { $0 >= 0 ? nil : "must be >= 0, got \($0)" }),
        .optional("smoothing", \.smoothing, "Uniform smoothing c in w <- (1-c) w + c/k (default: 1e-4 for distance, else 0).",
                  check: { (0...1).contains($0) ? nil : "must be in [0, 1], got \($0)" }),
        .value("floor", \.floor, "Minimum weight per domain.", check: { (0...1).contains($0) ? nil : "must be in [0, 1], got \($0)" }),
        .value("target_curve", \.targetCurve, "Steer by the predicted static curve l_target(t) instead of the fixed final target."),
        .value("target_refit", \.targetRefit, "Refit each domain's target at every update: a power law in its own learning-rate area over the run's recent half, extrapolated to a static run's end (the targets file's target until then)."),
        .value("replay_domains", \.replayDomains, "Replay domains (the original pre-training's data): protected against forgetting, not steered to a target."),
        .value("replay_rule", \.replayRule, "share: replay keeps its initial share; constraint: its share, set at every update, is its initial share times where its loss sits in a band below l_init * (1 + tolerance) that widens to the largest rise seen between updates."),
        .value("replay_tolerance", \.replayTolerance, "The constraint rule's forgetting tolerance, relative to l_init.",
               check: { $0 > 0 && $0 <= 1 ? nil : "must be in (0, 1], got \($0)" }),
        .value("train_last_blocks", \.trainLastBlocks, "Train only the last k blocks of a Llama model, the rest frozen (0: train every tensor).",
               check: atLeast(0)),
        .value("train_final_norm", \.trainFinalNorm, "With train_last_blocks: also train the final norm."),
        .value("train_head", \.trainHead, "With train_last_blocks: also train the LM head (tied: the token embedding, through every block)."),
        .value("lora_rank", \.loraRank, "LoRA adapters of this rank on a Llama's lora_targets, the base model frozen (0: none); with train_last_blocks, on those blocks only.",
               check: atLeast(0)),
        .value("lora_alpha", \.loraAlpha, "LoRA's alpha: the adapters' update is scaled by alpha / lora_rank.",
               check: { $0 > 0 ? nil : "must be > 0, got \($0)" }),
        .value("lora_targets", \.loraTargets, "The projections given LoRA adapters (comma-separated)."),
    ]

    /// Checks what single keys cannot: relations between options.
    public func validate() throws(OptionError) {
        guard minLr <= lr else { throw OptionError(key: "min_lr", "must not exceed lr (\(lr)), got \(minLr)") }
        guard nEmbd % nHead == 0 else { throw OptionError(key: "n_embd", "must be divisible by n_head (\(nHead)), got \(nEmbd)") }
        // Options that would be silently ignored are errors: they go with a mode not chosen.
        let lastBlocksMode = trainLastBlocks > 0 && loraRank == 0
        let defaults = TrainingOptions()
        if trainHead != defaults.trainHead, !lastBlocksMode {
            throw OptionError(key: "train_head", "goes with train_last_blocks above 0 and no LoRA (LoRA trains the adapters only)")
        }
        if trainFinalNorm != defaults.trainFinalNorm, !lastBlocksMode {
            throw OptionError(key: "train_final_norm", "goes with train_last_blocks above 0 and no LoRA (LoRA trains the adapters only)")
        }
        if targetRefit && targetCurve {
            throw OptionError(key: "target_refit", "cannot steer together with target_curve: choose one")
        }
        if loraRank == 0, loraAlpha != defaults.loraAlpha || loraTargets != defaults.loraTargets {
            throw OptionError(key: loraAlpha != defaults.loraAlpha ? "lora_alpha" : "lora_targets", "goes with lora_rank above 0")
        }
    }

    /// Checks the options that name domains (`weights`, `replay_domains`) against a corpus's
    /// `domains`: every name known, at least one domain left to steer.
    public func validate(domains: [String]) throws(OptionError) {
        do { _ = try weights.resolve(domains: domains, tokenCounts: domains.map { _ in 1 }) } catch {
            throw OptionError(key: "weights", error.description)
        }
        if let unknown = replayDomains.names.first(where: { !domains.contains($0) }) {
            throw OptionError(key: "replay_domains", "\"\(unknown)\" is not a domain of the corpus (domains: \(domains.joined(separator: ", ")))")
        }
        guard domains.contains(where: { !replayDomains.names.contains($0) }) else {
            throw OptionError(key: "replay_domains", "every domain is a replay domain: leave at least one to steer")
        }
    }

    /// Each domain's role under `replay_domains` (nil without replay domains).
    public func domainRoles(_ domains: [String]) -> [DomainRole]? {
        replayDomains.names.isEmpty ? nil : domains.map { replayDomains.names.contains($0) ? .replay : .target }
    }

    /// Tokens consumed by one optimizer step.
    public var tokensPerStep: Int { batchSize * blockSize * gradAccum }

    /// The learning-rate schedule of this run.
    public var learningRates: ScheduleShape {
        ScheduleShape(kind: schedule, peak: lr, minimum: minLr, warmupSteps: warmupSteps, totalSteps: maxSteps, decayFraction: decayFraction)
    }

    /// The learning rate for optimizer step `step` (0-based).
    public func learningRate(atStep step: Int) -> Double { learningRates.rate(atStep: step) }
}

/// `value >= minimum`, as a check.
private func atLeast(_ minimum: Int) -> @Sendable (Int) -> String? {
    { $0 >= minimum ? nil : "must be at least \(minimum), got \($0)" }
}

extension PolicyKind: NamedOptionValue {}
extension ReplayRule: NamedOptionValue {}

/// A list of domain names as one option: a YAML list, or `a,b` on a command line.
public struct DomainNames: OptionValue, Hashable {
    /// The names, in the order given.
    public var names: [String]

    /// The list `names`.
    public init(_ names: [String]) { self.names = names }

    /// Parses `a,b,c` (empty: no domains).
    public init(optionText text: String) throws(OptionError) {
        names = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// `a,b,c`.
    public var optionText: String { names.joined(separator: ",") }

    /// What a value looks like.
    public static var expected: String { "domain names (name,name,...)" }

    /// Decodes a list of names or a comma-separated string.
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let list = try? container.decode([String].self) {
            self.init(list)
        } else {
            try self.init(optionText: try container.decode(String.self))
        }
    }

    /// Encodes the list.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(names)
    }
}

extension InitialWeights: OptionValue {
    /// Parses `natural`, `uniform` or `name=weight,...`.
    public init(optionText text: String) throws(OptionError) {
        do { self = try InitialWeights(parsing: text) } catch { throw OptionError(error.description) }
    }
    /// `natural`, `uniform` or `name=weight,...` (sorted by name).
    public var optionText: String {
        switch self {
        case .natural: return "natural"
        case .uniform: return "uniform"
        case let .explicit(map): return map.keys.sorted().map { "\($0)=\(map[$0]!)" }.joined(separator: ",")
        }
    }
    /// What a value looks like.
    public static var expected: String { "natural, uniform or name=weight,..." }
}

/// Some training options set by one layer (a config file, an experiment section, flags).
public typealias TrainingLayer = OptionLayer<TrainingOptions>
