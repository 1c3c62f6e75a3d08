/// A byte-level BPE vocabulary: token bytes, merge ranks and special tokens. Immutable and
/// shareable across threads; `BPEEncoder` does the encoding with a per-thread cache.
public struct BPEModel: Sendable {
    /// The bytes of each token, by id (special tokens hold their text's bytes).
    public let tokenBytes: [[UInt8]]
    /// The merges in rank order: `(left, right)` ids; merge r creates `mergeResults[r]`.
    public let merges: [(left: UInt32, right: UInt32)]
    /// The id each merge creates.
    public let mergeResults: [UInt32]
    /// Special tokens (matched in text before pre-tokenization), by content.
    public let specialTokens: [String: UInt32]
    /// How text is split into pieces before merging.
    public let preTokenizer: PreTokenization
    /// The id of the single-byte token for each byte (`.max` for a byte without one).
    let byteTokens: [UInt32]
    /// `pairKey(left, right)` to `(rank << 32) | result`.
    let mergeTable: [UInt64: UInt64]

    /// Creates a model.
    ///
    /// - Throws: `TokenizerError` when a printable ASCII byte has no single-byte token, a merge does not
    ///   concatenate to its result, or ids are out of range.
    public init(tokenBytes: [[UInt8]], merges: [(left: UInt32, right: UInt32)], mergeResults: [UInt32],
                specialTokens: [String: UInt32], preTokenizer: PreTokenization = .byteLevel) throws(TokenizerError) {
        guard merges.count == mergeResults.count else { throw .invalid("\(merges.count) merges but \(mergeResults.count) results") }
        var byteTokens = [UInt32](repeating: .max, count: 256)
        let specialIDs = Set(specialTokens.values)
        for (id, bytes) in tokenBytes.enumerated() where bytes.count == 1 && !specialIDs.contains(UInt32(id)) {
            if byteTokens[Int(bytes[0])] == .max { byteTokens[Int(bytes[0])] = UInt32(id) }
        }
        // Some pretrained vocabularies (SmolLM2's) lack tokens for a few bytes that never occur in
        // their training text; Hugging Face's BPE drops such bytes, and so does `encodePiece`.
        if let missing = (0x21...0x7E).first(where: { byteTokens[$0] == .max }) {
            throw .invalid("byte 0x\(String(missing, radix: 16)) has no single-byte token: not a byte-level vocabulary")
        }
        var table: [UInt64: UInt64] = [:]
        table.reserveCapacity(merges.count)
        for (rank, merge) in merges.enumerated() {
            let result = mergeResults[rank]
            let count = UInt32(tokenBytes.count)
            guard merge.left < count, merge.right < count, result < count else {
                throw .invalid("merge \(rank) refers to a token id outside the vocabulary")
            }
            guard tokenBytes[Int(merge.left)] + tokenBytes[Int(merge.right)] == tokenBytes[Int(result)] else {
                throw .invalid("merge \(rank) does not concatenate to its result token \(result)")
            }
            let key = Self.pairKey(merge.left, merge.right)
            if table[key] == nil { table[key] = (UInt64(rank) << 32) | UInt64(result) }
        }
        for (text, id) in specialTokens where Int(id) >= tokenBytes.count || tokenBytes[Int(id)] != Array(text.utf8) {
            throw .invalid("special token \"\(text)\" has id \(id), whose bytes differ")
        }
        self.tokenBytes = tokenBytes
        self.merges = merges
        self.mergeResults = mergeResults
        self.specialTokens = specialTokens
        self.preTokenizer = preTokenizer
        self.byteTokens = byteTokens
        self.mergeTable = table
    }

    /// The bytes that have no single-byte token (encoding drops them, as Hugging Face does).
    public var bytesWithoutToken: [UInt8] { (0..<256).filter { byteTokens[$0] == .max }.map(UInt8.init) }

    /// Number of tokens, special tokens included.
    public var vocabularySize: Int { tokenBytes.count }

    /// The id of `<|endoftext|>`, if the vocabulary has it.
    public var endOfText: UInt32? { specialTokens[SpecialTokens.endOfText] }

    @inline(__always)
    static func pairKey(_ a: UInt32, _ b: UInt32) -> UInt64 { (UInt64(a) << 32) | UInt64(b) }

    /// Applies the merges to one pre-tokenized piece, appending its token ids to `output`.
    /// Pairs merge lowest rank first, leftmost first among equals (as Hugging Face's BPE does).
    func encodePiece(_ piece: UnsafeBufferPointer<UInt8>, into output: inout [UInt32]) {
        if piece.count == 1 {
            if byteTokens[Int(piece[0])] != .max { output.append(byteTokens[Int(piece[0])]) }
            return
        }
        // A byte without a token is dropped, and its neighbours may merge (as Hugging Face's BPE
        // without an unknown token does).
        var symbols = piece.compactMap { byteTokens[Int($0)] == .max ? nil : byteTokens[Int($0)] }
        if symbols.count <= 1 { output.append(contentsOf: symbols); return }
        if symbols.count <= 48 {
            mergeByScanning(&symbols)
        } else {
            mergeWithHeap(&symbols)
        }
        output.append(contentsOf: symbols)
    }

    /// O(n^2) merging for short pieces: repeatedly merges the best pair everywhere it occurs.
    private func mergeByScanning(_ symbols: inout [UInt32]) {
        while symbols.count > 1 {
            var bestRank = UInt64.max, bestResult: UInt32 = 0, bestLeft: UInt32 = 0, bestRight: UInt32 = 0
            for i in 0..<(symbols.count - 1) {
                if let entry = mergeTable[Self.pairKey(symbols[i], symbols[i + 1])], entry >> 32 < bestRank {
                    bestRank = entry >> 32
                    bestResult = UInt32(truncatingIfNeeded: entry)
                    bestLeft = symbols[i]
                    bestRight = symbols[i + 1]
                }
            }
            if bestRank == .max { return }
            var write = 0, read = 0
            while read < symbols.count {
                if read + 1 < symbols.count && symbols[read] == bestLeft && symbols[read + 1] == bestRight {
                    symbols[write] = bestResult
                    read += 2
                } else {
                    symbols[write] = symbols[read]
                    read += 1
                }
                write += 1
            }
            symbols.removeLast(symbols.count - write)
        }
    }

    /// O(n log n) merging for long pieces: a min-heap of (rank, position) over a linked list.
    private func mergeWithHeap(_ symbols: inout [UInt32]) {
        let n = symbols.count
        var next = Array(1...n)            // next[i] == n: end
        var prev = Array(-1..<(n - 1))     // prev[i] == -1: start
        var alive = [Bool](repeating: true, count: n)
        // Candidates (rank, position, right symbol): lowest rank first, then leftmost.
        var heap = BinaryHeap<(rank: UInt32, position: UInt32, right: UInt32)> { a, b in
            a.rank != b.rank ? a.rank < b.rank : a.position < b.position
        }
        func push(_ i: Int) {
            let j = next[i]
            guard j < n, let entry = mergeTable[Self.pairKey(symbols[i], symbols[j])] else { return }
            heap.push((rank: UInt32(entry >> 32), position: UInt32(i), right: symbols[j]))
        }
        for i in 0..<(n - 1) { push(i) }
        while let top = heap.pop() {
            let i = Int(top.position)
            guard alive[i], next[i] < n else { continue }
            let j = next[i]
            // Stale if either symbol changed since the entry was pushed.
            guard symbols[j] == top.right, let entry = mergeTable[Self.pairKey(symbols[i], symbols[j])],
                  UInt32(entry >> 32) == top.rank else { continue }
            symbols[i] = UInt32(truncatingIfNeeded: entry)
            alive[j] = false
            next[i] = next[j]
            if next[j] < n { prev[next[j]] = i }
            if prev[i] >= 0 { push(prev[i]) }
            push(i)
        }
        var result: [UInt32] = []
        result.reserveCapacity(n)
        var i = 0
        while i < n { result.append(symbols[i]); i = next[i] }
        symbols = result
    }
}

/// How a byte-level BPE tokenizer splits text into pieces before merging.
public enum PreTokenization: String, Sendable, Hashable, CaseIterable {
    /// GPT-2's regular expression (Hugging Face's `ByteLevel` pre-tokenizer).
    case byteLevel
    /// Every number character alone, then GPT-2's expression on the runs between
    /// (`Sequence[Digits(individual_digits: true), ByteLevel]`, as SmolLM2 and StarCoder).
    case byteLevelIndividualDigits
}

/// Names of the special tokens this project uses.
public enum SpecialTokens {
    /// The document separator.
    public static let endOfText = "<|endoftext|>"
}

/// A tokenizer file or vocabulary is malformed or unsupported.
public enum TokenizerError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The vocabulary is inconsistent.
    case invalid(String)
    /// A file could not be read or parsed (path, problem).
    case file(String, String)
    /// The file describes a tokenizer this project does not implement.
    case unsupported(String)
    /// Training was asked for an impossible vocabulary.
    case training(String)

    /// A sentence describing the problem.
    public var description: String {
        switch self {
        case let .invalid(message): return "invalid vocabulary: \(message)"
        case let .file(path, message): return "\(path): \(message)"
        case let .unsupported(message): return "unsupported tokenizer: \(message)"
        case let .training(message): return "cannot train the tokenizer: \(message)"
        }
    }
}
