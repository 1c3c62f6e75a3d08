/// GPT-2's pre-tokenizer, the regular expression
/// `'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+`
/// (also Hugging Face's `ByteLevel` pre-tokenizer), implemented as a scanner over UTF-8 bytes.
///
/// Byte-level BPE merges only within the pieces it produces. Invalid UTF-8 bytes count as
/// "other" characters (neither letter, number nor space), so any byte string splits and
/// round-trips; on valid UTF-8 the pieces are exactly the regular expression's matches.
enum PreTokenizer {
    /// Character classes the expression distinguishes.
    enum CharacterClass: UInt8 {
        case letter, number, space, other
    }

    /// Classes of ASCII bytes (0-127).
    private static let asciiClass: [CharacterClass] = (0..<128).map { byte -> CharacterClass in
        switch byte {
        case 0x41...0x5A, 0x61...0x7A: return .letter
        case 0x30...0x39: return .number
        case 0x09...0x0D, 0x20: return .space
        default: return .other
        }
    }

    /// The class and UTF-8 length of the character starting at `bytes[i]`.
    @inline(__always)
    static func classify(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> (CharacterClass, Int) {
        let lead = bytes[i]
        if lead < 0x80 { return (asciiClass[Int(lead)], 1) }
        guard let (scalar, length) = decodeScalar(bytes, i) else { return (.other, 1) }
        let properties = scalar.properties
        if properties.isWhitespace { return (.space, length) }
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return (.letter, length)
        case .decimalNumber, .letterNumber, .otherNumber:
            return (.number, length)
        default:
            return (.other, length)
        }
    }

    /// Decodes one well-formed UTF-8 scalar (no overlongs, no surrogates); nil if malformed.
    @inline(__always)
    private static func decodeScalar(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Unicode.Scalar, Int)? {
        let n = b.count, lead = UInt32(b[i])
        func continuation(_ k: Int) -> UInt32? {
            guard i + k < n, b[i + k] & 0xC0 == 0x80 else { return nil }
            return UInt32(b[i + k] & 0x3F)
        }
        switch lead {
        case 0xC2...0xDF:
            guard let c1 = continuation(1) else { return nil }
            return Unicode.Scalar(((lead & 0x1F) << 6) | c1).map { ($0, 2) }
        case 0xE0...0xEF:
            guard let c1 = continuation(1), let c2 = continuation(2) else { return nil }
            let value = ((lead & 0x0F) << 12) | (c1 << 6) | c2
            guard value >= 0x800 else { return nil }
            return Unicode.Scalar(value).map { ($0, 3) }
        case 0xF0...0xF4:
            guard let c1 = continuation(1), let c2 = continuation(2), let c3 = continuation(3) else { return nil }
            let value = ((lead & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3
            guard value >= 0x10000 else { return nil }
            return Unicode.Scalar(value).map { ($0, 4) }
        default:
            return nil
        }
    }

    /// The end of the run of `kind` characters starting at `i`.
    @inline(__always)
    private static func runEnd(_ bytes: UnsafeBufferPointer<UInt8>, from i: Int, kind: CharacterClass) -> Int {
        var j = i
        while j < bytes.count {
            let (c, length) = classify(bytes, j)
            guard c == kind else { break }
            j += length
        }
        return j
    }

    /// Calls `body` with the byte range of each piece, in order; the pieces tile `bytes`. With
    /// `individualDigits` (Hugging Face's `Digits(individual_digits: true)` before `ByteLevel`,
    /// llama.cpp's "smollm" pre-tokenizer), every number character (`\p{N}`) is a piece of its
    /// own and the expression splits each run between them separately.
    static func split(_ bytes: UnsafeBufferPointer<UInt8>, individualDigits: Bool, _ body: (Range<Int>) -> Void) {
        guard individualDigits else { return split(bytes, body) }
        var start = 0, i = 0
        while i < bytes.count {
            let (c, length) = classify(bytes, i)
            guard c == .number else { i += length; continue }
            if start < i { split(UnsafeBufferPointer(rebasing: bytes[start..<i])) { body(($0.lowerBound + start)..<($0.upperBound + start)) } }
            body(i..<(i + length))
            i += length
            start = i
        }
        if start < bytes.count { split(UnsafeBufferPointer(rebasing: bytes[start..<bytes.count])) { body(($0.lowerBound + start)..<($0.upperBound + start)) } }
    }

    /// Calls `body` with the byte range of each piece, in order; the pieces tile `bytes`.
    static func split(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
        let n = bytes.count
        var i = 0
        while i < n {
            // 's 't 're 've 'm 'll 'd
            if bytes[i] == 0x27, i + 1 < n {
                let a = bytes[i + 1]
                if a == 0x73 || a == 0x74 || a == 0x6D || a == 0x64 {
                    body(i..<(i + 2)); i += 2; continue
                }
                if i + 2 < n {
                    let b = bytes[i + 2]
                    if (a == 0x72 && b == 0x65) || (a == 0x76 && b == 0x65) || (a == 0x6C && b == 0x6C) {
                        body(i..<(i + 3)); i += 3; continue
                    }
                }
            }
            let (c0, length0) = classify(bytes, i)
            // " ?\p{L}+", " ?\p{N}+", " ?[^\s\p{L}\p{N}]+": a literal space may lead the run.
            var runStart = i
            var kind = c0
            if bytes[i] == 0x20, i + 1 < n {
                let (c1, _) = classify(bytes, i + 1)
                if c1 != .space { runStart = i + 1; kind = c1 }
            }
            if kind != .space {
                let end = runEnd(bytes, from: runStart, kind: kind)
                body(i..<end)
                i = end
                continue
            }
            // "\s+(?!\S)" leaves the last space of a run for the word that follows; "\s+" otherwise.
            let end = runEnd(bytes, from: i + length0, kind: .space)
            if end < n, end - i > length0 {
                // Back off one character: the run minus its last space.
                var last = i
                var j = i
                while j < end { last = j; j += classify(bytes, j).1 }
                body(i..<last)
                i = last
            } else {
                body(i..<end)
                i = end
            }
        }
    }
}
