/// Trains a byte-level BPE vocabulary: 256 byte tokens, then the most frequent adjacent pair of
/// tokens is merged into a new token, repeatedly, until the vocabulary (special tokens included)
/// reaches `vocabularySize`. Deterministic: ties go to the pair with the smaller ids.
public struct BPETrainer: Sendable {
    /// Target vocabulary size, special tokens included.
    public var vocabularySize: Int
    /// Special tokens appended after the learned ones (the first is the document separator).
    public var specialTokens: [String]
    /// Pairs seen fewer times than this are never merged (training may stop early).
    public var minimumPairCount: Int

    /// Creates a trainer; the defaults give a 4096-token vocabulary with `<|endoftext|>`.
    public init(vocabularySize: Int = 4096, specialTokens: [String] = [SpecialTokens.endOfText], minimumPairCount: Int = 2) {
        self.vocabularySize = vocabularySize
        self.specialTokens = specialTokens
        self.minimumPairCount = minimumPairCount
    }

    /// Learns the merges from `counts`; `progress(merges done, merges wanted)` is called now and then.
    public func train(_ counts: PieceCounts, progress: ((Int, Int) -> Void)? = nil) throws(TokenizerError) -> BPEModel {
        let wantedMerges = vocabularySize - 256 - specialTokens.count
        guard wantedMerges >= 0 else {
            throw .training("a vocabulary of \(vocabularySize) cannot hold the 256 byte tokens and \(specialTokens.count) special tokens")
        }
        guard vocabularySize <= Int(UInt32.max) else { throw .training("vocabulary size \(vocabularySize) is too large") }
        var tokenBytes = (0..<256).map { [UInt8($0)] }
        var merges: [(left: UInt32, right: UInt32)] = []
        var results: [UInt32] = []

        // Words: distinct pieces as token sequences, with their counts.
        var words: [[UInt32]] = []
        var wordCounts: [Int] = []
        words.reserveCapacity(counts.distinctPieces)
        for index in 0..<counts.distinctPieces {
            let piece = counts.piece(index)
            guard piece.count > 1 else { continue }
            words.append(piece.map { UInt32($0) })
            wordCounts.append(counts.counts[index])
        }
        var pairCounts: [UInt64: Int] = [:]
        var pairWords: [UInt64: [Int32]] = [:]
        for (w, word) in words.enumerated() {
            for i in 0..<(word.count - 1) {
                let key = BPEModel.pairKey(word[i], word[i + 1])
                pairCounts[key, default: 0] += wordCounts[w]
                if pairWords[key]?.last != Int32(w) { pairWords[key, default: []].append(Int32(w)) }
            }
        }
        // Pairs by count, most frequent first; ties to the smaller pair key (smaller ids).
        var heap = BinaryHeap<(count: Int, key: UInt64)> { a, b in a.count != b.count ? a.count > b.count : a.key < b.key }
        for (key, count) in pairCounts.sorted(by: { $0.key < $1.key }) { heap.push((count: count, key: key)) }

        var lastVisit = [Int32](repeating: -1, count: words.count)
        while merges.count < wantedMerges, let top = heap.pop() {
            let current = pairCounts[top.key] ?? 0
            if current != top.count {
                if current > 0 { heap.push((count: current, key: top.key)) }
                continue
            }
            if current < minimumPairCount { break }
            let left = UInt32(top.key >> 32), right = UInt32(truncatingIfNeeded: top.key)
            let merged = UInt32(tokenBytes.count)
            tokenBytes.append(tokenBytes[Int(left)] + tokenBytes[Int(right)])
            merges.append((left, right))
            results.append(merged)
            var touched: [UInt64: Int] = [:]
            let mergeIndex = Int32(merges.count)
            for w in pairWords[top.key] ?? [] where lastVisit[Int(w)] != mergeIndex {
                lastVisit[Int(w)] = mergeIndex
                let c = wordCounts[Int(w)]
                let old = words[Int(w)]
                guard old.count > 1 else { continue }
                var new: [UInt32] = []
                new.reserveCapacity(old.count)
                var i = 0
                while i < old.count {
                    if i + 1 < old.count && old[i] == left && old[i + 1] == right {
                        new.append(merged)
                        i += 2
                    } else {
                        new.append(old[i])
                        i += 1
                    }
                }
                if new.count == old.count { continue }
                for i in 0..<(old.count - 1) { pairCounts[BPEModel.pairKey(old[i], old[i + 1]), default: 0] -= c }
                for i in 0..<max(new.count - 1, 0) {
                    let key = BPEModel.pairKey(new[i], new[i + 1])
                    pairCounts[key, default: 0] += c
                    if new[i] == merged || new[i + 1] == merged {
                        touched[key] = 0
                        if pairWords[key]?.last != w { pairWords[key, default: []].append(w) }
                    }
                }
                words[Int(w)] = new
            }
            pairCounts[top.key] = nil
            pairWords[top.key] = nil
            for key in touched.keys.sorted() where (pairCounts[key] ?? 0) > 0 { heap.push((count: pairCounts[key]!, key: key)) }
            if merges.count % 256 == 0 { progress?(merges.count, wantedMerges) }
        }
        progress?(merges.count, wantedMerges)
        var specials: [String: UInt32] = [:]
        for token in specialTokens {
            specials[token] = UInt32(tokenBytes.count)
            tokenBytes.append(Array(token.utf8))
        }
        return try BPEModel(tokenBytes: tokenBytes, merges: merges, mergeResults: results, specialTokens: specials)
    }
}
