import Foundation

/// A parsed JSON value that keeps booleans, numbers and strings apart (which `JSONSerialization`
/// does not on every platform), for reading configuration files key by key.
enum JSONValue: Decodable, Sendable, Equatable, CustomStringConvertible {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let flag = try? container.decode(Bool.self) {
            self = .bool(flag)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let text = try? container.decode(String.self) {
            self = .string(text)
        } else if let items = try? container.decode([JSONValue].self) {
            self = .array(items)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    /// The members of an object (nil for other values).
    var members: [String: JSONValue]? { if case let .object(members) = self { members } else { nil } }

    /// The JSON text of simple values (for messages).
    var description: String {
        switch self {
        case .null: "null"
        case let .bool(flag): String(flag)
        case let .number(number): number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case let .string(text): "\"\(text)\""
        case let .array(items): "[" + items.map(\.description).joined(separator: ", ") + "]"
        case .object: "an object"
        }
    }
}
