/// A cache from pre-tokenized pieces to their token ids, for one thread.
///
/// Natural text repeats its words, so most pieces were seen before; a hit costs one hash and one
/// comparison and allocates nothing. Past its budget the cache starts over empty.
struct PieceCache {
    private var map = ByteStringMap(expectedCount: 1 << 16)
    private var valueStarts: [Int] = [0]
    private var values: [UInt32] = []
    private let maximumEntries: Int

    init(maximumEntries: Int = 1 << 19) {
        self.maximumEntries = maximumEntries
    }

    /// Appends the cached ids of `piece` to `output`; false if not cached.
    @inline(__always)
    func lookup(_ piece: UnsafeBufferPointer<UInt8>, hash: UInt64, into output: inout [UInt32]) -> Bool {
        guard let index = map.find(piece, hash: hash) else { return false }
        output.append(contentsOf: values[valueStarts[index]..<valueStarts[index + 1]])
        return true
    }

    /// Remembers the ids of `piece`.
    mutating func insert(_ piece: UnsafeBufferPointer<UInt8>, hash: UInt64, ids: ArraySlice<UInt32>) {
        if map.count >= maximumEntries {
            map.removeAll()
            values.removeAll(keepingCapacity: true)
            valueStarts = [0]
        }
        guard map.findOrInsert(piece, hash: hash).inserted else { return }
        values.append(contentsOf: ids)
        valueStarts.append(values.count)
    }
}
