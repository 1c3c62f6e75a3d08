/// How often each pre-tokenized piece occurs in a body of text: the input of BPE training.
/// Count documents in parallel into separate values, then `merge` them.
public struct PieceCounts: Sendable {
    private var map = ByteStringMap(expectedCount: 1 << 14)
    private(set) var counts: [Int] = []

    /// Creates empty counts.
    public init() {}

    /// Number of distinct pieces.
    public var distinctPieces: Int { counts.count }

    /// Total pieces counted.
    public var totalPieces: Int { counts.reduce(0, +) }

    /// Counts the pieces of one document.
    public mutating func add(document: [UInt8]) { document.withUnsafeBufferPointer { add(document: $0) } }

    /// Counts the pieces of one document's borrowed bytes.
    mutating func add(document: UnsafeBufferPointer<UInt8>) {
        PreTokenizer.split(document) { range in
            add(piece: UnsafeBufferPointer(rebasing: document[range]), count: 1)
        }
    }

    /// Adds `count` occurrences of `piece`.
    mutating func add(piece: UnsafeBufferPointer<UInt8>, count: Int) {
        let (index, inserted) = map.findOrInsert(piece, hash: ByteStringMap.hash(piece))
        if inserted { counts.append(count) } else { counts[index] += count }
    }

    /// Adds every count of `other`.
    public mutating func merge(_ other: PieceCounts) {
        for index in 0..<other.counts.count {
            let key = Array(other.map.key(index))
            key.withUnsafeBufferPointer { add(piece: $0, count: other.counts[index]) }
        }
    }

    /// The piece with index `index`.
    func piece(_ index: Int) -> ArraySlice<UInt8> { map.key(index) }
}
