import Foundation

/// Encodes and decodes text with a `BPEModel`. Keeps a cache of pieces, so use one encoder per
/// thread (it is a value type; copies have their own cache).
public struct BPEEncoder {
    /// The vocabulary.
    public let model: BPEModel
    private var cache = PieceCache()
    private let specialPatterns: [(bytes: [UInt8], id: UInt32)]

    /// Creates an encoder with an empty cache.
    public init(model: BPEModel) {
        self.model = model
        specialPatterns = model.specialTokens.map { (Array($0.key.utf8), $0.value) }.sorted { $0.bytes.count > $1.bytes.count }
    }

    /// Appends the ids of `bytes` (any bytes, UTF-8 or not) to `output`. Special tokens written in
    /// the text become their ids when `allowSpecial` is true; otherwise they are encoded as
    /// ordinary text.
    public mutating func encode(bytes: [UInt8], allowSpecial: Bool = true, into output: inout [UInt32]) {
        bytes.withUnsafeBufferPointer { encode($0, allowSpecial: allowSpecial, into: &output) }
    }

    /// `encode(bytes:allowSpecial:into:)` on borrowed bytes (the hot path of `prepare`).
    mutating func encode(_ bytes: UnsafeBufferPointer<UInt8>, allowSpecial: Bool, into output: inout [UInt32]) {
        guard allowSpecial, !specialPatterns.isEmpty else {
            encodeOrdinary(bytes, into: &output)
            return
        }
        var start = 0
        var i = 0
        while i < bytes.count {
            if bytes[i] == specialPatterns[0].bytes.first,
               let match = specialPatterns.first(where: { pattern in
                   pattern.bytes.count <= bytes.count - i && pattern.bytes.indices.allSatisfy { bytes[i + $0] == pattern.bytes[$0] }
               }) {
                encodeOrdinary(UnsafeBufferPointer(rebasing: bytes[start..<i]), into: &output)
                output.append(match.id)
                i += match.bytes.count
                start = i
            } else {
                i += 1
            }
        }
        encodeOrdinary(UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]), into: &output)
    }

    /// Encodes text (UTF-8), recognising special tokens.
    public mutating func encode(_ text: String, allowSpecial: Bool = true) -> [UInt32] {
        var output: [UInt32] = []
        var text = text
        text.withUTF8 { encode($0, allowSpecial: allowSpecial, into: &output) }
        return output
    }

    /// Encodes raw bytes, recognising special tokens.
    public mutating func encode(bytes: [UInt8], allowSpecial: Bool = true) -> [UInt32] {
        var output: [UInt32] = []
        encode(bytes: bytes, allowSpecial: allowSpecial, into: &output)
        return output
    }

    private mutating func encodeOrdinary(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt32]) {
        guard !bytes.isEmpty else { return }
        PreTokenizer.split(bytes, individualDigits: model.preTokenizer == .byteLevelIndividualDigits) { range in
            let piece = UnsafeBufferPointer(rebasing: bytes[range])
            let hash = ByteStringMap.hash(piece)
            if cache.lookup(piece, hash: hash, into: &output) { return }
            let start = output.count
            model.encodePiece(piece, into: &output)
            cache.insert(piece, hash: hash, ids: output[start...])
        }
    }

    /// The bytes of `ids` (special tokens give their text). Out-of-range ids are an error.
    public func decode(_ ids: [UInt32]) throws(TokenizerError) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(ids.count * 4)
        for id in ids {
            guard Int(id) < model.tokenBytes.count else {
                throw .invalid("token id \(id) is outside the vocabulary (size \(model.tokenBytes.count))")
            }
            bytes.append(contentsOf: model.tokenBytes[Int(id)])
        }
        return bytes
    }
}
