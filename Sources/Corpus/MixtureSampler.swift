import Common

/// The complete state of a `MixtureSampler`: enough to resume exactly the batches an
/// uninterrupted run would have drawn. A `Codable` value stored in checkpoints.
public struct SamplerState: Codable, Sendable, Hashable {
    /// Format version of this value (1).
    public var formatVersion: Int
    /// Seed of the per-domain permutations.
    public var seed: UInt64
    /// Tokens per sequence, without the extra target token (T).
    public var sequenceLength: Int
    /// Domain names, in weight order.
    public var domains: [String]
    /// Completed passes over each domain's sequences.
    public var passes: [Int]
    /// Position of each domain's next sequence in its current pass's permutation.
    public var positions: [Int]
    /// Each domain's deficit: weight accumulated minus rows received (see `MixtureSampler`).
    public var deficits: [Double]
    /// Rows drawn from each domain so far.
    public var rowsDrawn: [Int]
}

/// Draws training sequences from several domains in proportions that may change at any step.
///
/// - **Data order.** Domain i's training shard is cut into sequences of `T + 1` tokens at stride
///   T (every token is a target once per pass). Each pass visits them in a permutation seeded by
///   (seed, domain name, pass number); a domain's position advances only when it is drawn, so
///   changing the weights never repeats or skips data within a pass.
/// - **Proportions.** Each row goes to the domain with the largest deficit `d_i`: before a row
///   every positive-weight domain gains its (normalised) weight, the chosen domain then loses 1.
///   The deficit is exactly "rows owed minus rows given"; it stays within (-1, 1) with constant
///   weights (measured by the tests over random weight sequences), so after n rows each domain's
///   count differs from `n * w_i` by less than one row. Zero-weight domains are never drawn and
///   their deficit is forgotten.
/// - **Determinism.** The batches are a pure function of (seed, weight history, step), on any
///   machine: no floating-point sums depend on thread count, and the state resumes exactly.
public struct MixtureSampler: Sendable {
    /// The sampler's state (save it in checkpoints).
    public private(set) var state: SamplerState
    private let shards: [TokenShard]
    private let sequenceCounts: [Int]
    private var permutations: [[Int32]]

    /// Creates a sampler over the training shards of `domains` (names and shards in weight order).
    public init(domains: [(name: String, shard: TokenShard)], sequenceLength: Int, seed: UInt64) throws(CorpusError) {
        guard sequenceLength >= 1 else { throw .invalidOption("the sequence length must be at least 1") }
        let k = domains.count
        try self.init(state: SamplerState(formatVersion: 1, seed: seed, sequenceLength: sequenceLength,
                                          domains: domains.map(\.name), passes: Array(repeating: 0, count: k),
                                          positions: Array(repeating: 0, count: k), deficits: Array(repeating: 0, count: k),
                                          rowsDrawn: Array(repeating: 0, count: k)),
                      shards: domains.map(\.shard))
    }

    /// Restores a sampler from a saved state over the same domains' shards.
    public init(restoring saved: SamplerState, domains: [(name: String, shard: TokenShard)]) throws(CorpusError) {
        guard saved.formatVersion == 1 else { throw .invalidOption("sampler state version \(saved.formatVersion) is not supported (expected 1)") }
        guard saved.domains == domains.map(\.name) else {
            throw .invalidOption("the saved sampler state is for domains \(saved.domains), not \(domains.map(\.name))")
        }
        try self.init(state: saved, shards: domains.map(\.shard))
    }

    private init(state: SamplerState, shards: [TokenShard]) throws(CorpusError) {
        let k = state.domains.count
        guard k > 0, [state.passes.count, state.positions.count, state.deficits.count, state.rowsDrawn.count].allSatisfy({ $0 == k }) else {
            throw .invalidOption("the sampler state is inconsistent (per-domain arrays of different lengths)")
        }
        self.state = state
        self.shards = shards
        sequenceCounts = shards.map { max(($0.tokenCount - 1) / state.sequenceLength, 0) }
        permutations = []
        for d in 0..<k {
            permutations.append(Self.permutation(count: sequenceCounts[d], seed: state.seed, domain: state.domains[d], pass: state.passes[d]))
            guard state.positions[d] >= 0, state.positions[d] <= max(sequenceCounts[d], 0) else {
                throw .invalidOption("the sampler state's position for \(state.domains[d]) is outside its data")
            }
        }
    }

    /// Number of sequences in each domain's pass.
    public var sequencesPerPass: [Int] { sequenceCounts }

    /// Fills `rows` sequences of `T + 1` tokens into `destination` (row-major, at least
    /// `rows * (T + 1)` values) following `weights` (one per domain, non-negative, not all zero;
    /// normalised here). Returns the domain index of each row.
    public mutating func nextBatch(rows: Int, weights: [Double], into destination: inout [Int32]) throws(CorpusError) -> [Int] {
        let normalized = try validate(weights)
        let width = state.sequenceLength + 1
        precondition(destination.count >= rows * width, "the destination holds \(destination.count) tokens, \(rows) rows need \(rows * width)")
        var domainOfRow = [Int](repeating: 0, count: rows)
        for row in 0..<rows {
            var chosen = -1
            for i in normalized.indices {
                if normalized[i] > 0 {
                    state.deficits[i] += normalized[i]
                    if chosen < 0 || state.deficits[i] > state.deficits[chosen] { chosen = i }
                } else {
                    state.deficits[i] = 0
                }
            }
            state.deficits[chosen] -= 1
            state.rowsDrawn[chosen] += 1
            let sequence = Int(permutations[chosen][state.positions[chosen]])
            shards[chosen].copyTokens(from: sequence * state.sequenceLength, count: width, into: &destination, at: row * width)
            state.positions[chosen] += 1
            if state.positions[chosen] == sequenceCounts[chosen] {
                state.passes[chosen] += 1
                state.positions[chosen] = 0
                permutations[chosen] = Self.permutation(count: sequenceCounts[chosen], seed: state.seed,
                                                        domain: state.domains[chosen], pass: state.passes[chosen])
            }
            domainOfRow[row] = chosen
        }
        return domainOfRow
    }

    /// Convenience: a batch as an array.
    public mutating func nextBatch(rows: Int, weights: [Double]) throws(CorpusError) -> (tokens: [Int32], domains: [Int]) {
        var tokens = [Int32](repeating: 0, count: rows * (state.sequenceLength + 1))
        let domains = try nextBatch(rows: rows, weights: weights, into: &tokens)
        return (tokens, domains)
    }

    private func validate(_ weights: [Double]) throws(CorpusError) -> [Double] {
        guard weights.count == state.domains.count else {
            throw .invalidWeights("expected \(state.domains.count) weights (\(state.domains.joined(separator: ", "))), got \(weights.count)")
        }
        for (i, w) in weights.enumerated() where !(w.isFinite && w >= 0) {
            throw .invalidWeights("the weight of \"\(state.domains[i])\" is \(w); weights must be finite and >= 0")
        }
        let total = weights.reduce(0, +)
        guard total > 0 else { throw .invalidWeights("all weights are zero") }
        for (i, w) in weights.enumerated() where w > 0 && sequenceCounts[i] == 0 {
            throw .invalidWeights("domain \"\(state.domains[i])\" has weight \(w) but fewer than \(state.sequenceLength + 1) training tokens (\(shards[i].tokenCount))")
        }
        return weights.map { $0 / total }
    }

    /// The order of a domain's sequences in one pass (Fisher-Yates with a derived seed).
    static func permutation(count: Int, seed: UInt64, domain: String, pass: Int) -> [Int32] {
        var rng = SplitMix64(seed: SplitMix64.derive(seed: SplitMix64.derive(seed: seed, stream: FNV1a.hash(domain)), stream: UInt64(pass)))
        var order = (0..<count).map { Int32($0) }
        if count > 1 {
            for i in stride(from: count - 1, to: 0, by: -1) { order.swapAt(i, rng.nextIndex(below: i + 1)) }
        }
        return order
    }
}
