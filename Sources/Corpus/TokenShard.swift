import Common
import Foundation

/// A file of tokens: a 64-byte header, then the tokens as little-endian unsigned integers of
/// `tokenWidth` bytes, each document followed by the end-of-text token.
///
/// | offset | bytes | field |
/// | --- | --- | --- |
/// | 0 | 8 | magic `VTSHARD` followed by a zero byte |
/// | 8 | 4 | format version (1), u32 |
/// | 12 | 4 | token width in bytes (2 or 4), u32 |
/// | 16 | 8 | token count, u64 |
/// | 24 | 8 | document count, u64 |
/// | 32 | 4 | vocabulary size, u32 |
/// | 36 | 4 | CRC-32 (zlib) of the token bytes, u32 |
/// | 40 | 24 | reserved, zero |
public struct TokenShard: Sendable {
    /// The magic bytes at offset 0.
    public static let magic: [UInt8] = Array("VTSHARD".utf8) + [0]
    /// The format version this build writes and reads.
    public static let version: UInt32 = 1
    /// Size of the header in bytes.
    public static let headerSize = 64

    /// Bytes per token (2 when the vocabulary fits in 16 bits, else 4).
    public let tokenWidth: Int
    /// Number of tokens.
    public let tokenCount: Int
    /// Number of documents.
    public let documentCount: Int
    /// Vocabulary size of the tokenizer that wrote it.
    public let vocabularySize: Int
    /// CRC-32 of the token bytes, from the header.
    public let checksum: UInt32
    /// The file's bytes (memory-mapped when possible).
    private let data: Data

    /// Opens and validates a shard: magic, version, width, size, and (when `verifyChecksum`)
    /// the CRC-32 of the tokens.
    public init(contentsOf url: URL, verifyChecksum: Bool = true) throws(CorpusError) {
        let path = url.path
        let data: Data
        do { data = try Data(contentsOf: url, options: .alwaysMapped) } catch {
            throw .unreadable(path, "cannot read shard: \(error.localizedDescription)")
        }
        guard data.count >= Self.headerSize else {
            throw .corruptShard(path, "\(data.count) bytes is shorter than the \(Self.headerSize)-byte header")
        }
        guard Array(data.prefix(8)) == Self.magic else { throw .corruptShard(path, "bad magic (not a velocitune shard)") }
        func u32(_ offset: Int) -> UInt32 { data.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: UInt32.self).littleEndian } }
        func u64(_ offset: Int) -> UInt64 { data.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self).littleEndian } }
        guard u32(8) == Self.version else { throw .corruptShard(path, "format version \(u32(8)), this build reads \(Self.version)") }
        let tokenWidth = Int(u32(12))
        guard tokenWidth == 2 || tokenWidth == 4 else { throw .corruptShard(path, "token width \(tokenWidth), expected 2 or 4") }
        let tokenCount = Int(u64(16))
        let checksum = u32(36)
        let expected = Self.headerSize + tokenCount * tokenWidth
        guard data.count == expected else {
            throw .corruptShard(path, "\(data.count) bytes, but the header promises \(expected) (\(tokenCount) tokens): truncated or padded")
        }
        if verifyChecksum {
            let actual = data.withUnsafeBytes { Compression.crc32(UnsafeRawBufferPointer(rebasing: $0[Self.headerSize...])) }
            guard actual == checksum else {
                throw .corruptShard(path, String(format: "checksum mismatch: header says %08x, tokens hash to %08x", checksum, actual))
            }
        }
        self.data = data
        self.tokenWidth = tokenWidth
        self.tokenCount = tokenCount
        self.documentCount = Int(u64(24))
        self.vocabularySize = Int(u32(32))
        self.checksum = checksum
    }

    /// The token at `index`.
    @inline(__always)
    public func token(at index: Int) -> UInt32 {
        data.withUnsafeBytes { raw in
            tokenWidth == 2
                ? UInt32(raw.loadUnaligned(fromByteOffset: Self.headerSize + 2 * index, as: UInt16.self).littleEndian)
                : raw.loadUnaligned(fromByteOffset: Self.headerSize + 4 * index, as: UInt32.self).littleEndian
        }
    }

    /// Copies `count` tokens starting at `start` into `destination[at...]` as `Int32`. (Hot: the
    /// sampler calls it for every sequence, so it loops over raw pointers the compiler vectorises.)
    @inline(__always)
    public func copyTokens(from start: Int, count: Int, into destination: inout [Int32], at offset: Int = 0) {
        precondition(start >= 0 && start + count <= tokenCount, "token range out of bounds")
        precondition(offset >= 0 && offset + count <= destination.count, "destination range out of bounds")
        data.withUnsafeBytes { raw in
            let base = raw.baseAddress! + Self.headerSize
            destination.withUnsafeMutableBufferPointer { output in
                let target = output.baseAddress! + offset
                if tokenWidth == 2 {
                    let source = base.assumingMemoryBound(to: UInt16.self) + start
                    for i in 0..<count { target[i] = Int32(UInt16(littleEndian: source[i])) }
                } else {
                    let source = base.assumingMemoryBound(to: UInt32.self) + start
                    for i in 0..<count { target[i] = Int32(bitPattern: UInt32(littleEndian: source[i])) }
                }
            }
        }
    }

    /// All tokens (for inspection and tests).
    public func allTokens() -> [UInt32] {
        withStoredTokens { stored in
            switch stored {
            case .narrow(let tokens): tokens.map { UInt32(UInt16(littleEndian: $0)) }
            case .wide(let tokens): tokens.map { UInt32(littleEndian: $0) }
            }
        }
    }

    /// The largest token id in the shard (nil when empty), in one pass.
    public func maximumToken() -> UInt32? {
        withStoredTokens { stored in
            switch stored {
            case .narrow(let tokens): tokens.lazy.map { UInt32(UInt16(littleEndian: $0)) }.max()
            case .wide(let tokens): tokens.lazy.map { UInt32(littleEndian: $0) }.max()
            }
        }
    }

    /// The token payload as stored: little-endian values of the shard's width.
    private enum StoredTokens {
        case narrow(UnsafeBufferPointer<UInt16>)
        case wide(UnsafeBufferPointer<UInt32>)
    }

    /// Calls `body` with the token payload (valid only during the call).
    @inline(__always)
    private func withStoredTokens<Result>(_ body: (StoredTokens) -> Result) -> Result {
        data.withUnsafeBytes { raw in
            let base = raw.baseAddress! + Self.headerSize
            return tokenWidth == 2
                ? body(.narrow(UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt16.self), count: tokenCount)))
                : body(.wide(UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt32.self), count: tokenCount)))
        }
    }

    /// The bytes of a shard file holding `tokens`.
    public static func encode(tokens: [UInt32], documentCount: Int, vocabularySize: Int) -> Data {
        let width = vocabularySize <= 1 << 16 ? 2 : 4
        var body = Data(capacity: tokens.count * width)
        if width == 2 {
            var values = tokens.map { UInt16(truncatingIfNeeded: $0).littleEndian }
            body.append(Data(bytes: &values, count: values.count * 2))
        } else {
            var values = tokens.map(\.littleEndian)
            body.append(Data(bytes: &values, count: values.count * 4))
        }
        let crc = body.withUnsafeBytes { Compression.crc32($0) }
        var header = Data(magic)
        func append<T: FixedWidthInteger>(_ value: T) { withUnsafeBytes(of: value.littleEndian) { header.append(contentsOf: $0) } }
        append(version)
        append(UInt32(width))
        append(UInt64(tokens.count))
        append(UInt64(documentCount))
        append(UInt32(vocabularySize))
        append(crc)
        header.append(Data(count: headerSize - header.count))
        return header + body
    }
}
