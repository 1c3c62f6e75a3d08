/// GPT-2's reversible map between bytes and printable Unicode characters, used by byte-level BPE
/// vocabularies (`tokenizer.json`, `encoder.json`) to store arbitrary bytes as text: printable
/// Latin-1 bytes map to themselves, the other 68 to U+0100 and up (space becomes "Ġ").
public enum ByteLevelAlphabet {
    /// The character standing for each byte.
    public static let characterForByte: [Unicode.Scalar] = {
        var printable = Array(0x21...0x7E) + Array(0xA1...0xAC) + Array(0xAE...0xFF)
        var scalars = printable
        var next = 0
        for byte in 0..<256 where !printable.contains(byte) {
            printable.append(byte)
            scalars.append(256 + next)
            next += 1
        }
        var table = [Unicode.Scalar](repeating: " ", count: 256)
        for (byte, scalar) in zip(printable, scalars) { table[byte] = Unicode.Scalar(UInt32(scalar))! }
        return table
    }()

    /// The byte each alphabet character stands for.
    public static let byteForCharacter: [Unicode.Scalar: UInt8] = {
        var map: [Unicode.Scalar: UInt8] = [:]
        for (byte, scalar) in characterForByte.enumerated() { map[scalar] = UInt8(byte) }
        return map
    }()

    /// The vocabulary string for a token's bytes.
    public static func encode<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var text = String.UnicodeScalarView()
        for byte in bytes { text.append(characterForByte[Int(byte)]) }
        return String(text)
    }

    /// The bytes of a vocabulary string; nil if a character is not in the alphabet.
    public static func decode(_ text: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            guard let byte = byteForCharacter[scalar] else { return nil }
            bytes.append(byte)
        }
        return bytes
    }
}
