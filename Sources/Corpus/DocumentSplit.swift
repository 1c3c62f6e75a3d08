import Common

/// The split a document belongs to.
public enum Split: String, Codable, Sendable, CaseIterable {
    /// Training data.
    case train
    /// Held-out data for evaluation during training (velocities, targets).
    case valid
    /// Held-out data for final reports.
    case test
}

/// Assigns documents to splits by document, deterministically: documents are ordered by a
/// seeded hash of their id; the first `round(n * test)` go to test, the next `round(n * valid)`
/// to valid (at least one each when the fraction is positive), the rest to train. A document's
/// split depends only on the seed and the set of documents, never on file order.
public enum DocumentSplit {
    /// The split of each id.
    public static func assign(ids: [String], seed: UInt64, validFraction: Double, testFraction: Double,
                              domain: String) throws(CorpusError) -> [Split] {
        guard (0..<1).contains(validFraction), (0..<1).contains(testFraction), validFraction + testFraction < 1 else {
            throw .invalidOption("--valid-fraction and --test-fraction must be in [0, 1) with a sum below 1")
        }
        let n = ids.count
        let testCount = testFraction > 0 ? max(1, Int((Double(n) * testFraction).rounded())) : 0
        let validCount = validFraction > 0 ? max(1, Int((Double(n) * validFraction).rounded())) : 0
        let needed = 1 + (testFraction > 0 ? 1 : 0) + (validFraction > 0 ? 1 : 0)
        guard n >= needed, testCount + validCount < n else { throw .tooFewDocuments(domain, n, max(needed, testCount + validCount + 1)) }
        let keys = ids.map { SplitMix64.derive(seed: seed, stream: FNV1a.hash($0)) }
        let order = ids.indices.sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : ids[$0] < ids[$1] }
        var splits = [Split](repeating: .train, count: n)
        for (rank, index) in order.enumerated() {
            if rank < testCount { splits[index] = .test } else if rank < testCount + validCount { splits[index] = .valid }
        }
        return splits
    }
}
