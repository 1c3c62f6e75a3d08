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

/// Assigns documents to splits by document (never by line), by size and deterministically.
///
/// Documents are ordered by a seeded hash of their id. Test takes documents in that order until
/// it holds its share of the domain's bytes, then valid does the same, the rest is train. A
/// held-out split's share is `fraction` of the domain's bytes, and at least `minimumHeldOutBytes`
/// (but never more than a fifth of the domain), so a domain of a few large files gets a held-out
/// split of useful size. Bytes stand for tokens: the tokenizer is trained on the training split,
/// so tokens are not known yet (the manifest records the tokens each split got). A document's
/// split depends only on the seed, the documents and their sizes, never on file order.
public enum DocumentSplit {
    /// Documents per domain below which documents are cut into pieces (see `cut`).
    public static let minimumDocuments = 20
    /// The largest share of a domain a minimum held-out size may claim.
    static let largestHeldOutShare = 0.2

    /// The split of each document, given its id and size in bytes.
    public static func assign(ids: [String], sizes: [Int], seed: UInt64, validFraction: Double, testFraction: Double,
                              minimumHeldOutBytes: Int, domain: String) throws(CorpusError) -> [Split] {
        guard (0..<1).contains(validFraction), (0..<1).contains(testFraction), validFraction + testFraction < 1 else {
            throw .invalidOption("the valid and test fractions must be in [0, 1) with a sum below 1, got \(validFraction) and \(testFraction)")
        }
        precondition(ids.count == sizes.count, "one size per document")
        let n = ids.count
        let needed = 1 + (testFraction > 0 ? 1 : 0) + (validFraction > 0 ? 1 : 0)
        guard n >= needed else { throw .tooFewDocuments(domain, n, needed) }
        let total = Double(sizes.reduce(0, +))
        func target(_ fraction: Double) -> Double {
            fraction > 0 ? max(fraction * total, min(Double(minimumHeldOutBytes), largestHeldOutShare * total)) : 0
        }
        let keys = ids.map { SplitMix64.derive(seed: seed, stream: FNV1a.hash($0)) }
        let order = ids.indices.sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : ids[$0] < ids[$1] }
        var splits = [Split](repeating: .train, count: n)
        var rank = 0
        for (split, goal) in [(Split.test, target(testFraction)), (.valid, target(validFraction))] where goal > 0 {
            var held = 0.0
            repeat {
                guard rank < n - 1 else { throw .tooFewDocuments(domain, n, n + 1) }
                splits[order[rank]] = split
                held += Double(sizes[order[rank]])
                rank += 1
            } while held < goal
        }
        return splits
    }

    /// When a domain has fewer than `minimumDocuments` documents, cuts those longer than
    /// `total / minimumDocuments` bytes into pieces of about that size, at line breaks where the
    /// text has them (`ID#1`, `ID#2`, ...), so the split can take a share of the domain instead of a
    /// whole file. Returns the documents unchanged otherwise. `cut` is the number of documents cut.
    public static func cut(_ documents: [Document]) -> (documents: [Document], cut: Int, pieceBytes: Int?) {
        guard documents.count < minimumDocuments else { return (documents, 0, nil) }
        let total = documents.reduce(0) { $0 + $1.bytes.count }
        let pieceBytes = max((total + minimumDocuments - 1) / minimumDocuments, 1)
        var pieces: [Document] = []
        var cut = 0
        for document in documents {
            guard document.bytes.count > pieceBytes else {
                pieces.append(document)
                continue
            }
            cut += 1
            var start = 0, number = 1
            let bytes = document.bytes
            while start < bytes.count {
                var end = min(start + pieceBytes, bytes.count)
                if end < bytes.count, let newline = bytes[start..<end].lastIndex(of: 0x0A), newline > start { end = newline + 1 }
                pieces.append(Document(id: "\(document.id)#\(number)", bytes: Array(bytes[start..<end])))
                start = end
                number += 1
            }
        }
        return (pieces, cut, pieceBytes)
    }
}
