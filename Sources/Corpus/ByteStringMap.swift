#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A hash table from byte strings to dense indices 0, 1, 2, ... in insertion order, storing the
/// keys in one arena. Finding a key allocates nothing, which matters when tens of millions of
/// pre-tokenized pieces are looked up.
struct ByteStringMap {
    private struct Slot {
        var hash: UInt64 = 0
        var index: Int32 = -1          // -1: empty
    }

    private var slots: [Slot]
    private var keyStarts: [Int] = []
    private var keyBytes: [UInt8] = []

    /// Creates an empty map sized for about `expectedCount` keys (it grows as needed).
    init(expectedCount: Int = 1024) {
        var capacity = 64
        while capacity < expectedCount * 2 { capacity <<= 1 }
        slots = [Slot](repeating: Slot(), count: capacity)
        keyStarts = [0]
    }

    /// Number of keys.
    var count: Int { keyStarts.count - 1 }

    /// Bytes held by the keys.
    var keyByteCount: Int { keyBytes.count }

    /// A 64-bit hash of a byte string (8 bytes at a time, multiply-xorshift mixing).
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0x243F_6A88_85A3_08D3 ^ UInt64(bytes.count)
        let raw = UnsafeRawBufferPointer(bytes)
        var i = 0
        while i + 8 <= raw.count {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 29
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < raw.count {
            tail |= UInt64(raw[i]) << shift
            shift += 8
            i += 1
        }
        h = (h ^ tail) &* 0xBF58_476D_1CE4_E5B9
        return h ^ (h >> 31)
    }

    /// The index of `key`, or nil.
    @inline(__always)
    func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        let mask = slots.count - 1
        var position = Int(truncatingIfNeeded: hash) & mask
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let slot = slots[position]
                if slot.index < 0 { return nil }
                if slot.hash == hash && equals(Int(slot.index), key) { return Int(slot.index) }
                position = (position + 1) & mask
            }
        }
    }

    /// The index of `key`, inserting it if absent; `inserted` tells which.
    mutating func findOrInsert(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (index: Int, inserted: Bool) {
        if let index = find(key, hash: hash) { return (index, false) }
        if (count + 1) * 2 > slots.count { grow() }
        let index = count
        keyBytes.append(contentsOf: key)
        keyStarts.append(keyBytes.count)
        place(hash: hash, index: index)
        return (index, true)
    }

    /// The key with index `index`.
    func key(_ index: Int) -> ArraySlice<UInt8> { keyBytes[keyStarts[index]..<keyStarts[index + 1]] }

    /// Forgets every key, keeping the storage.
    mutating func removeAll() {
        for i in slots.indices { slots[i].index = -1 }
        keyBytes.removeAll(keepingCapacity: true)
        keyStarts.removeAll(keepingCapacity: true)
        keyStarts.append(0)
    }

    @inline(__always)
    private func equals(_ index: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = keyStarts[index], length = keyStarts[index + 1] - start
        guard length == key.count else { return false }
        if length == 0 { return true }
        return keyBytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, key.baseAddress!, length) == 0 }
    }

    private mutating func place(hash: UInt64, index: Int) {
        let mask = slots.count - 1
        var position = Int(truncatingIfNeeded: hash) & mask
        while slots[position].index >= 0 { position = (position + 1) & mask }
        slots[position] = Slot(hash: hash, index: Int32(index))
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        for slot in old where slot.index >= 0 { place(hash: slot.hash, index: Int(slot.index)) }
    }
}
