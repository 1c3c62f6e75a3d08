import Controller

/// Decodes `Decodable` values from a `JSONValue` (`StrictJSONParser`), with messages that name
/// the field: `field "step": expected an integer, got 1.5`.
///
/// - Integers: a number with an integer value (`100`, also `100.0` or `1e2`) in the type's
///   range; anything else, `NaN` included, is refused (400) naming the field.
/// - Floating point: any number, `NaN`, `Infinity` and `-Infinity` included, and numbers beyond
///   the type's range become infinite: the controller refuses non-finite values as invalid
///   values (422), whatever their spelling.
/// - A missing key or `null` is nil for an optional field; an unknown key is ignored.
struct JSONValueDecoder {
    /// Decodes a `T` from `value`.
    static func decode<T: Decodable>(_ type: T.Type, from value: JSONValue) throws -> T {
        try T(from: ValueDecoder(value: value, codingPath: []))
    }
}

/// A `CodingKey` for array indices and dictionary keys.
private struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(stringValue: String) { self.stringValue = stringValue }
    init(intValue: Int) { self.stringValue = "\(intValue)"; self.intValue = intValue }
}

/// `losses.a`, `state.schedule.stages[3].fromStep`.
private func dotted(_ path: [CodingKey]) -> String {
    var text = ""
    for key in path {
        if let index = key.intValue { text += "[\(index)]" } else { text += text.isEmpty ? key.stringValue : ".\(key.stringValue)" }
    }
    return text
}

/// `field "losses.a"`, or `the body` for the top level.
private func render(_ path: [CodingKey]) -> String {
    path.isEmpty ? "the body" : "field \"\(dotted(path))\""
}

private func mismatch(_ path: [CodingKey], _ expected: String, _ value: JSONValue) -> ControllerError {
    if case let .number(text) = value { return .malformed("\(render(path)): expected \(expected), got \(text)") }
    return .malformed("\(render(path)): expected \(expected), got \(value.kind)")
}

private struct ValueDecoder: Decoder {
    let value: JSONValue
    let codingPath: [CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case let .object(keys, values, index) = value else { throw mismatch(codingPath, "an object", value) }
        return KeyedDecodingContainer(KeyedContainer<Key>(keys: keys, values: values, index: index, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        guard case let .array(elements) = value else { throw mismatch(codingPath, "an array", value) }
        return UnkeyedContainer(elements: elements, codingPath: codingPath)
    }

    func singleValueContainer() throws -> SingleValueDecodingContainer { SingleValue(value: value, codingPath: codingPath) }
}

private struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let keys: [String]
    let values: [JSONValue]
    let index: [String: Int]
    let codingPath: [CodingKey]

    var allKeys: [Key] { keys.compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool { index[key.stringValue] != nil }

    private func value(_ key: Key) throws -> JSONValue {
        guard let position = index[key.stringValue] else { throw ControllerError.malformed("missing field \"\(dotted(codingPath + [key]))\"") }
        return values[position]
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        guard let position = index[key.stringValue] else { return true }
        if case .null = values[position] { return true }
        return false
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try SingleValue(value: try value(key), codingPath: codingPath + [key]).decode(type)
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard try !decodeNil(forKey: key) else { return nil }
        return try decode(type, forKey: key)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try ValueDecoder(value: try value(key), codingPath: codingPath + [key]).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
        try ValueDecoder(value: try value(key), codingPath: codingPath + [key]).unkeyedContainer()
    }

    func superDecoder() throws -> Decoder { superDecoder(named: "super") }

    func superDecoder(forKey key: Key) throws -> Decoder { superDecoder(named: key.stringValue) }

    private func superDecoder(named name: String) -> Decoder {
        ValueDecoder(value: index[name].map { values[$0] } ?? .null, codingPath: codingPath + [AnyKey(stringValue: name)])
    }
}

private struct UnkeyedContainer: UnkeyedDecodingContainer {
    let elements: [JSONValue]
    let codingPath: [CodingKey]
    var currentIndex = 0

    init(elements: [JSONValue], codingPath: [CodingKey]) {
        self.elements = elements
        self.codingPath = codingPath
    }

    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    private mutating func next() throws -> (JSONValue, [CodingKey]) {
        guard !isAtEnd else { throw ControllerError.malformed("\(render(codingPath)): the array has too few elements") }
        defer { currentIndex += 1 }
        return (elements[currentIndex], codingPath + [AnyKey(intValue: currentIndex)])
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd else { return false }
        if case .null = elements[currentIndex] { currentIndex += 1; return true }
        return false
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let (value, path) = try next()
        return try SingleValue(value: value, codingPath: path).decode(type)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let (value, path) = try next()
        return try ValueDecoder(value: value, codingPath: path).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
        let (value, path) = try next()
        return try ValueDecoder(value: value, codingPath: path).unkeyedContainer()
    }

    mutating func superDecoder() throws -> Decoder {
        let (value, path) = try next()
        return ValueDecoder(value: value, codingPath: path)
    }
}

private struct SingleValue: SingleValueDecodingContainer {
    let value: JSONValue
    let codingPath: [CodingKey]

    func decodeNil() -> Bool {
        if case .null = value { return true }
        return false
    }

    func decode(_ type: Bool.Type) throws -> Bool {
        guard case let .bool(flag) = value else { throw mismatch(codingPath, "true or false", value) }
        return flag
    }

    func decode(_ type: String.Type) throws -> String {
        guard case let .string(text) = value else { throw mismatch(codingPath, "a string", value) }
        return text
    }

    func decode(_ type: Double.Type) throws -> Double {
        guard case let .number(text) = value else { throw mismatch(codingPath, "a number", value) }
        switch text {
        case "NaN": return .nan
        case "Infinity": return .infinity
        case "-Infinity": return -.infinity
        default:
            guard let number = Double(text) else { throw mismatch(codingPath, "a number", value) }
            return number
        }
    }

    func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }

    func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        guard case let .number(text) = value else { throw mismatch(codingPath, "an integer", value) }
        if let exact = T(text) { return exact }
        // An integer written with a fraction or an exponent (100.0, 1e2): exact below 2^53.
        if let number = Double(text), number.isFinite, number.rounded() == number, abs(number) <= 9_007_199_254_740_992,
           let exact = T(exactly: number) {
            return exact
        }
        let range = "\(T.min)...\(T.max)"
        if let number = Double(text), number.isFinite, number.rounded() == number {
            throw ControllerError.malformed("\(render(codingPath)): \(text) is outside the integer range \(range)")
        }
        throw mismatch(codingPath, "an integer", value)
    }

    func decode(_ type: Int.Type) throws -> Int { try integer(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try integer(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        switch type {
        case is Double.Type: return try decode(Double.self) as! T
        case is Int.Type: return try decode(Int.self) as! T
        case is String.Type: return try decode(String.self) as! T
        case is Bool.Type: return try decode(Bool.self) as! T
        default: return try T(from: ValueDecoder(value: value, codingPath: codingPath))
        }
    }
}
