import Foundation

/// The project's JSON conventions: keys sorted (stable diffs, byte-identical reruns), and Swift's
/// shortest round-trip representation for doubles, so a decoded value is bitwise equal to the
/// encoded one.
public enum JSONConventions {
    /// An encoder with sorted keys; `pretty` adds indentation for files meant to be read.
    public static func encoder(pretty: Bool = true) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
                                          : [.sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .throw
        return encoder
    }

    /// Encodes `value` to JSON text (pretty unless `pretty` is false).
    public static func encode<T: Encodable>(_ value: T, pretty: Bool = true) throws -> Data {
        var data = try encoder(pretty: pretty).encode(value)
        if pretty { data.append(0x0A) }
        return data
    }

    /// Decodes `T` from JSON data.
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        try JSONDecoder().decode(type, from: data)
    }
}
