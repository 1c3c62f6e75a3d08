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

    /// The first top-level key (sorted) whose value differs between two encodable values, with
    /// both values as text ("absent" when missing); nil when they encode alike.
    public static func firstDifference<T: Encodable>(_ a: T, _ b: T) -> (key: String, first: String, second: String)? {
        func object(_ value: T) -> [String: Any] {
            (try? encode(value, pretty: false)).flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] } ?? [:]
        }
        let x = object(a), y = object(b)
        for key in Set(x.keys).union(y.keys).sorted() where "\(x[key] ?? "absent")" != "\(y[key] ?? "absent")" {
            return (key, x[key].map { "\($0)" } ?? "absent", y[key].map { "\($0)" } ?? "absent")
        }
        return nil
    }
}
