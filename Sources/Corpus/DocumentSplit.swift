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
///
/// A held-out split of a few whole documents represents its domain badly (three modules of a
/// 56-module math generator, say): when whole documents would give a held-out split fewer than
/// `minimumHeldOutDocuments`, `plan` first cuts the long documents into pieces at line breaks.
public enum DocumentSplit {
    /// The fewest documents (or pieces) a held-out split should hold.
    public static let minimumHeldOutDocuments = 16
    /// The largest share of a domain a minimum held-out size may claim.
    static let largestHeldOutShare = 0.2

    /// The documents to split (cut into pieces when needed) and the split of each.
    public static func plan(_ documents: [Document], seed: UInt64, validFraction: Double, testFraction: Double,
                            minimumHeldOutBytes: Int, domain: String) throws(CorpusError) -> (documents: [Document], splits: [Split], cut: Int, pieceBytes: Int?) {
        func assign(_ documents: [Document]) throws(CorpusError) -> [Split] {
            try Self.assign(ids: documents.map(\.id), sizes: documents.map(\.bytes.count), seed: seed, validFraction: validFraction,
                            testFraction: testFraction, minimumHeldOutBytes: minimumHeldOutBytes, domain: domain)
        }
        let total = documents.reduce(0) { $0 + $1.bytes.count }
        let heldOut = [validFraction, testFraction].filter { $0 > 0 }
        if heldOut.isEmpty { return (documents, try assign(documents), 0, nil) }
        let whole = documents.count >= 2 + heldOut.count ? try? assign(documents) : nil
        if let whole, [Split.valid, .test].allSatisfy({ split in
            let count = whole.filter { $0 == split }.count
            return count == 0 || count >= minimumHeldOutDocuments
        }) {
            return (documents, whole, 0, nil)
        }
        let smallest = heldOut.map { target(fraction: $0, total: Double(total), minimum: minimumHeldOutBytes) }.min()!
        let pieceBytes = max(Int(smallest) / minimumHeldOutDocuments, 1)
        let (pieces, cut) = Self.cut(documents, pieceBytes: pieceBytes)
        return (pieces, try assign(pieces), cut, pieceBytes)
    }

    /// A held-out split's share in bytes.
    static func target(fraction: Double, total: Double, minimum: Int) -> Double {
        fraction > 0 ? max(fraction * total, min(Double(minimum), largestHeldOutShare * total)) : 0
    }

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
        let keys = ids.map { SplitMix64.derive(seed: seed, stream: FNV1a.hash($0)) }
        let order = ids.indices.sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : ids[$0] < ids[$1] }
        var splits = [Split](repeating: .train, count: n)
        var rank = 0
        for (split, fraction) in [(Split.test, testFraction), (.valid, validFraction)] where fraction > 0 {
            let goal = target(fraction: fraction, total: total, minimum: minimumHeldOutBytes)
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

    /// Cuts the documents longer than `pieceBytes` into pieces of about that size, at line
    /// breaks where the text has them (`ID#1`, `ID#2`, ...). Returns the pieces (whole documents
    /// included) and how many documents were cut.
    public static func cut(_ documents: [Document], pieceBytes: Int) -> (documents: [Document], cut: Int) {
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
        return (pieces, cut)
    }
}
