/// One line of `metrics.jsonl`. Every event has `event`, `step` and `tokens`; the other fields
/// appear on the events they belong to (see the README's metrics section).
public struct MetricsEvent: Codable, Sendable, Hashable {
    /// The kinds of events a run writes.
    public enum Kind: String, Codable, Sendable {
        /// The run started (or resumed): configuration summary.
        case start
        /// One optimizer step: training loss, learning rate, throughput.
        case train
        /// A per-domain held-out evaluation, with velocities and the weights now in effect.
        case eval
        /// The final evaluation on the test split (never steered on).
        case test
        /// The mixture weights changed.
        case mix
        /// A checkpoint was written.
        case checkpoint
        /// The run finished.
        case end
    }

    /// What happened.
    public var event: Kind
    /// Optimizer steps completed when the event happened.
    public var step: Int
    /// Training tokens consumed when the event happened.
    public var tokens: Int
    /// Seconds since the run first started (wall clock, summed over resumed sessions).
    public var time: Double?
    /// Mean training loss of the step.
    public var loss: Double?
    /// Learning rate used for the step.
    public var lr: Double?
    /// Global gradient norm before clipping.
    public var gradNorm: Double?
    /// Training throughput of the step.
    public var tokensPerSecond: Double?
    /// Held-out loss per domain.
    public var domainLoss: [String: Double]?
    /// Standard error of each held-out loss (from per-sequence losses).
    public var domainLossStandardError: [String: Double]?
    /// Standard error of each domain's change since step 0 (paired over the same sequences).
    public var domainLossChangeStandardError: [String: Double]?
    /// Tokens evaluated per domain (test events).
    public var evaluatedTokens: [String: Int]?
    /// Mixture weights per domain in effect from this step on.
    public var weights: [String: Double]?
    /// Learning velocity per domain.
    public var velocity: [String: Double]?
    /// Target loss per domain in effect from this step on, when the targets are refitted during
    /// the run (`target_refit`).
    public var targets: [String: Double]?
    /// Completed passes over each domain's training data.
    public var passes: [String: Int]?
    /// Seconds spent on this evaluation.
    public var evalSeconds: Double?
    /// Version of the mixture weights (number of updates applied).
    public var mixVersion: Int?
    /// Path of a written checkpoint.
    public var path: String?
    /// Free-form details (policy name, configuration summary, ...).
    public var info: [String: String]?

    /// Creates an event with only the required fields; set the others as needed.
    public init(event: Kind, step: Int, tokens: Int) {
        self.event = event
        self.step = step
        self.tokens = tokens
    }

    enum CodingKeys: String, CodingKey {
        case event, step, tokens, time, loss, lr, passes, velocity, targets, weights, path, info
        case gradNorm = "grad_norm"
        case tokensPerSecond = "tokens_per_s"
        case domainLoss = "domain_loss"
        case domainLossStandardError = "domain_loss_se"
        case domainLossChangeStandardError = "domain_loss_change_se"
        case evaluatedTokens = "evaluated_tokens"
        case evalSeconds = "eval_s"
        case mixVersion = "mix_version"
    }
}
