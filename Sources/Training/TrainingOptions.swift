import Mixing

/// Learning-rate schedules.
public enum LearningRateSchedule: String, Codable, Sendable, CaseIterable {
    /// Linear warm-up, then cosine decay to `min_lr` at `max_steps`.
    case cosine
    /// Linear warm-up, then constant (used for proxy runs: checkpoints lie on one curve).
    case constant
    /// Warmup-stable-decay: warm-up, constant, then linear decay to `min_lr` over the last
    /// `decay_fraction` of the steps.
    case wsd
}

/// Everything that defines a training run. Keys are flat and named like nanoGPT's (snake_case in
/// YAML and JSON); every key is optional in a config file and defaults as documented.
public struct TrainingOptions: Codable, Sendable, Hashable {
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
    /// Write a checkpoint every this many steps (and at the end).
    public var checkpointEvery = 500
    /// Checkpoints kept (older ones are deleted).
    public var keepCheckpoints = 2
    /// Starting mixture: `natural`, `uniform`, or weights by domain.
    public var weights: InitialWeights = .natural
    /// Mixing policy.
    public var mixer: PolicyKind = .static
    /// Update the weights every this many steps (m); each update evaluates first.
    public var updateEvery = 100
    /// Step size of the mixer.
    public var eta = 1.0
    /// Uniform smoothing (nil: the policy's default).
    public var smoothing: Double?
    /// Minimum weight per domain.
    public var floor = 0.0

    /// The defaults.
    public init() {}

    enum CodingKeys: String, CodingKey {
        case lr, schedule, seed, weights, mixer, eta, smoothing, floor
        case nLayer = "n_layer", nHead = "n_head", nEmbd = "n_embd", blockSize = "block_size"
        case batchSize = "batch_size", gradAccum = "grad_accum", maxSteps = "max_steps", minLr = "min_lr"
        case warmupSteps = "warmup_steps", decayFraction = "decay_fraction", weightDecay = "weight_decay", gradClip = "grad_clip"
        case evalEvery = "eval_every", evalTokens = "eval_tokens", checkpointEvery = "checkpoint_every"
        case keepCheckpoints = "keep_checkpoints", updateEvery = "update_every"
    }

    /// Decodes any subset of the keys; the others keep their defaults.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = TrainingOptions()
        nLayer = try c.decodeIfPresent(Int.self, forKey: .nLayer) ?? d.nLayer
        nHead = try c.decodeIfPresent(Int.self, forKey: .nHead) ?? d.nHead
        nEmbd = try c.decodeIfPresent(Int.self, forKey: .nEmbd) ?? d.nEmbd
        blockSize = try c.decodeIfPresent(Int.self, forKey: .blockSize) ?? d.blockSize
        batchSize = try c.decodeIfPresent(Int.self, forKey: .batchSize) ?? d.batchSize
        gradAccum = try c.decodeIfPresent(Int.self, forKey: .gradAccum) ?? d.gradAccum
        maxSteps = try c.decodeIfPresent(Int.self, forKey: .maxSteps) ?? d.maxSteps
        lr = try c.decodeIfPresent(Double.self, forKey: .lr) ?? d.lr
        minLr = try c.decodeIfPresent(Double.self, forKey: .minLr) ?? d.minLr
        warmupSteps = try c.decodeIfPresent(Int.self, forKey: .warmupSteps) ?? d.warmupSteps
        schedule = try c.decodeIfPresent(LearningRateSchedule.self, forKey: .schedule) ?? d.schedule
        decayFraction = try c.decodeIfPresent(Double.self, forKey: .decayFraction) ?? d.decayFraction
        weightDecay = try c.decodeIfPresent(Double.self, forKey: .weightDecay) ?? d.weightDecay
        gradClip = try c.decodeIfPresent(Double.self, forKey: .gradClip) ?? d.gradClip
        seed = try c.decodeIfPresent(UInt64.self, forKey: .seed) ?? d.seed
        evalEvery = try c.decodeIfPresent(Int.self, forKey: .evalEvery) ?? d.evalEvery
        evalTokens = try c.decodeIfPresent(Int.self, forKey: .evalTokens) ?? d.evalTokens
        checkpointEvery = try c.decodeIfPresent(Int.self, forKey: .checkpointEvery) ?? d.checkpointEvery
        keepCheckpoints = try c.decodeIfPresent(Int.self, forKey: .keepCheckpoints) ?? d.keepCheckpoints
        weights = try c.decodeIfPresent(InitialWeights.self, forKey: .weights) ?? d.weights
        mixer = try c.decodeIfPresent(PolicyKind.self, forKey: .mixer) ?? d.mixer
        updateEvery = try c.decodeIfPresent(Int.self, forKey: .updateEvery) ?? d.updateEvery
        eta = try c.decodeIfPresent(Double.self, forKey: .eta) ?? d.eta
        smoothing = try c.decodeIfPresent(Double.self, forKey: .smoothing)
        floor = try c.decodeIfPresent(Double.self, forKey: .floor) ?? d.floor
    }

    /// The model shape for a vocabulary of `vocabSize`.
    public func model(vocabSize: Int) -> GPTConfig {
        GPTConfig(nLayer: nLayer, nHead: nHead, nEmbd: nEmbd, blockSize: blockSize, vocabSize: vocabSize)
    }

    /// Checks ranges; messages name the option.
    public func validate() throws(TrainingError) {
        func positive(_ name: String, _ value: Int) throws(TrainingError) {
            guard value >= 1 else { throw .invalidConfig("\(name) must be at least 1, got \(value)") }
        }
        try positive("batch_size", batchSize)
        try positive("grad_accum", gradAccum)
        try positive("max_steps", maxSteps)
        try positive("eval_every", evalEvery)
        try positive("eval_tokens", evalTokens)
        try positive("checkpoint_every", checkpointEvery)
        try positive("keep_checkpoints", keepCheckpoints)
        try positive("update_every", updateEvery)
        guard warmupSteps >= 0 else { throw .invalidConfig("warmup_steps must be >= 0, got \(warmupSteps)") }
        guard lr > 0, lr.isFinite else { throw .invalidConfig("lr must be a positive number, got \(lr)") }
        guard minLr >= 0, minLr <= lr else { throw .invalidConfig("min_lr must be in [0, lr], got \(minLr)") }
        guard (0...1).contains(decayFraction) else { throw .invalidConfig("decay_fraction must be in [0, 1], got \(decayFraction)") }
        guard weightDecay >= 0, gradClip >= 0 else { throw .invalidConfig("weight_decay and grad_clip must be >= 0") }
    }

    /// The learning rate for optimizer step `step` (0-based).
    public func learningRate(atStep step: Int) -> Double {
        if step < warmupSteps { return lr * Double(step + 1) / Double(warmupSteps) }
        switch schedule {
        case .constant:
            return lr
        case .cosine:
            let span = max(maxSteps - warmupSteps, 1)
            let progress = min(Double(step - warmupSteps) / Double(span), 1)
            return minLr + 0.5 * (lr - minLr) * (1 + cos(Double.pi * progress))
        case .wsd:
            let decaySteps = Int((Double(maxSteps) * decayFraction).rounded())
            let decayStart = maxSteps - decaySteps
            guard step >= decayStart, decaySteps > 0 else { return lr }
            let progress = Double(step - decayStart + 1) / Double(decaySteps)
            return lr + (minLr - lr) * min(progress, 1)
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
