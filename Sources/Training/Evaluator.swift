import Corpus
import DataParallel

/// One domain's held-out loss: the mean over the evaluated sequences and its standard error.
public struct HeldOutLoss: Sendable, Hashable {
    /// Mean cross-entropy per token (nats).
    public var mean: Double
    /// Standard error of the mean, from the per-sequence mean losses (sequences treated as
    /// independent samples; adjacent sequences of one document are correlated, so this is a
    /// lower bound of the sampling error).
    public var standardError: Double
    /// Sequences evaluated.
    public var sequences: Int
    /// The loss of each sequence (mean over its positions).
    public var sequenceLosses: [Double]

    /// The mean and standard error of per-sequence losses.
    public init(sequenceLosses: [Double]) {
        (mean, standardError) = Self.meanAndStandardError(sequenceLosses)
        sequences = sequenceLosses.count
        self.sequenceLosses = sequenceLosses
    }

    /// The standard error of the change from `baseline` (the same sequences measured earlier):
    /// paired, so the sampling error the two measurements share cancels. This is the noise of
    /// `l_t - l_init` that velocities see, far below `standardError`.
    public func changeStandardError(from baseline: [Double]) -> Double? {
        guard baseline.count == sequenceLosses.count, sequences > 1 else { return nil }
        return Self.meanAndStandardError(zip(sequenceLosses, baseline).map { $0 - $1 }).standardError
    }

    private static func meanAndStandardError(_ values: [Double]) -> (mean: Double, standardError: Double) {
        let n = Double(values.count)
        let mean = values.reduce(0, +) / max(n, 1)
        let variance = values.count > 1 ? values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1) : 0
        return (mean, (variance / max(n, 1)).squareRoot())
    }
}

/// Per-domain held-out loss on a fixed set of tokens of one split: the first sequences of T + 1
/// tokens (stride T) of each domain's validation (or test) shard, `tokensPerDomain / T` of them
/// rounded down to whole batches. The same tokens at every evaluation, so losses are comparable
/// (velocities need `l_init` and `l_t` on the same tokens).
public struct Evaluator: Sendable {
    /// Domain names.
    public let domains: [String]
    /// The split evaluated.
    public let split: Split
    /// Sequences evaluated per domain.
    public let sequencesPerDomain: [Int]
    /// Rows per forward pass.
    public let batchSize: Int
    /// Per domain, the held-out batches: `batchSize` rows of T + 1 tokens each.
    private let batches: [[[Int32]]]
    private let width: Int

    /// Builds the held-out sets of `split` (validation by default).
    /// - Throws: `TrainingError.data` when a domain has fewer than T + 1 tokens in the split, or
    ///   the corpus has no such split.
    public init(data: CorpusData, split: Split = .valid, blockSize T: Int, batchSize B: Int, tokensPerDomain: Int) throws(TrainingError) {
        let shards = try data.shards(split)
        var counts: [Int] = []
        var batch = B
        for (d, shard) in shards.enumerated() {
            let available = (shard.tokenCount - 1) / T
            guard available >= 1 else {
                throw .data("domain \"\(data.domains[d])\" has \(shard.tokenCount) \(split.rawValue) tokens; evaluation needs at least block_size + 1 = \(T + 1)")
            }
            let wanted = max(min(tokensPerDomain / T, available), 1)
            batch = min(batch, wanted)
            counts.append(wanted)
        }
        counts = counts.map { max($0 / batch * batch, batch) }
        batches = shards.enumerated().map { d, shard in
            (0..<(counts[d] / batch)).map { b in
                var tokens = [Int32](repeating: 0, count: batch * (T + 1))
                for row in 0..<batch { shard.copyTokens(from: (b * batch + row) * T, count: T + 1, into: &tokens, at: row * (T + 1)) }
                return tokens
            }
        }
        domains = data.domains
        self.split = split
        sequencesPerDomain = counts
        batchSize = batch
        width = T + 1
    }

    /// Tokens scored per domain per evaluation.
    public var tokensPerDomain: [Int] { sequencesPerDomain.map { $0 * (width - 1) } }

    /// The held-out loss of `model` on each domain, with its standard error. Across several
    /// ranks, batch i (counting every domain's batches in order) is scored by rank i mod N and
    /// the per-sequence losses are gathered, so every rank returns the same losses as one
    /// process scoring all of them.
    public func evaluate(_ model: some LanguageModel, across group: any Communicator = SingleProcess.shared) -> [HeldOutLoss] {
        let jobs = batches.indices.flatMap { d in batches[d].indices.map { (domain: d, batch: $0) } }
        var mine: [Double] = []
        for (i, job) in jobs.enumerated() where i % group.size == group.rank {
            mine += model.rowLosses(tokens: batches[job.domain][job.batch], rows: batchSize).map(Double.init)
        }
        let gathered = group.allGather(mine)
        var sequenceLosses = [[Double]](repeating: [], count: batches.count)
        var consumed = [Int](repeating: 0, count: group.size)
        for (i, job) in jobs.enumerated() {
            let r = i % group.size
            sequenceLosses[job.domain] += gathered[r][consumed[r]..<(consumed[r] + batchSize)]
            consumed[r] += batchSize
        }
        return sequenceLosses.map(HeldOutLoss.init(sequenceLosses:))
    }
}
