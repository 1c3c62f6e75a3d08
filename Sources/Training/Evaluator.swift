import Corpus

/// Per-domain held-out loss on a fixed set of validation tokens: the first sequences of T + 1
/// tokens (stride T) of each domain's validation shard, `tokensPerDomain / T` of them rounded
/// down to whole batches. The same tokens at every evaluation, so losses are comparable
/// (velocities need `l_init` and `l_t` on the same tokens).
public struct Evaluator: Sendable {
    /// Domain names.
    public let domains: [String]
    /// Sequences evaluated per domain.
    public let sequencesPerDomain: [Int]
    /// Rows per forward pass.
    public let batchSize: Int
    /// Per domain, the held-out batches: `batchSize` rows of T + 1 tokens each.
    private let batches: [[[Int32]]]
    private let width: Int

    /// Builds the held-out sets.
    /// - Throws: `TrainingError.data` when a domain has fewer than T + 1 validation tokens.
    public init(data: CorpusData, blockSize T: Int, batchSize B: Int, tokensPerDomain: Int) throws(TrainingError) {
        var counts: [Int] = []
        var batch = B
        for (d, shard) in data.valid.enumerated() {
            let available = (shard.tokenCount - 1) / T
            guard available >= 1 else {
                throw .data("domain \"\(data.domains[d])\" has \(shard.tokenCount) validation tokens; evaluation needs at least block_size + 1 = \(T + 1)")
            }
            let wanted = max(min(tokensPerDomain / T, available), 1)
            batch = min(batch, wanted)
            counts.append(wanted)
        }
        counts = counts.map { max($0 / batch * batch, batch) }
        batches = data.valid.enumerated().map { d, shard in
            (0..<(counts[d] / batch)).map { b in
                var tokens = [Int32](repeating: 0, count: batch * (T + 1))
                for row in 0..<batch { shard.copyTokens(from: (b * batch + row) * T, count: T + 1, into: &tokens, at: row * (T + 1)) }
                return tokens
            }
        }
        domains = data.domains
        sequencesPerDomain = counts
        batchSize = batch
        width = T + 1
    }

    /// Tokens scored per domain per evaluation.
    public var tokensPerDomain: [Int] { sequencesPerDomain.map { $0 * (width - 1) } }

    /// The mean loss of `model` on each domain's held-out tokens.
    public func evaluate(_ model: GPT) -> [Double] {
        batches.indices.map { d in
            let total = batches[d].reduce(0.0) { sum, batch in sum + model.rowLosses(tokens: batch, rows: batchSize).reduce(0) { $0 + Double($1) } }
            return total / Double(sequencesPerDomain[d])
        }
    }
}
