/// Settings declared once, as a table of keys: every way of setting them (a YAML or JSON file,
/// a layer of an experiment file, `--key value` and `--set key=value` on a command line) goes
/// through the same table, with the same parsing and the same checks. Adding an option is one
/// entry in `keys`.
public protocol DeclaredOptions: Codable, Sendable {
    /// Every key, in the order help and encodings list them.
    static var keys: [OptionKey<Self>] { get }
    /// The defaults.
    init()
}

/// A value an option can hold: read from command-line text, written back as text.
public protocol OptionValue: Codable, Sendable, Equatable {
    /// Parses command-line text; the error says what was expected.
    init(optionText text: String) throws(OptionError)
    /// The value as a user would type it.
    var optionText: String { get }
    /// What a value looks like, for help ("an integer", "cosine, constant or wsd").
    static var expected: String { get }
}

/// A value that is not acceptable for an option.
public struct OptionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The key, when known.
    public var key: String?
    /// What is wrong and what was expected.
    public var message: String

    /// Creates an error.
    public init(key: String? = nil, _ message: String) {
        self.key = key
        self.message = message
    }

    /// `key: message`.
    public var description: String { key.map { "\($0): \(message)" } ?? message }
}

/// One declared option of `Options`: its snake_case key, help, value type, checks, and how to
/// read and write it (built from a key path by `OptionKey.value`).
public struct OptionKey<Options>: Sendable {
    /// The key, snake_case as in files (`n_layer`); `--n-layer` on a command line.
    public let name: String
    /// One sentence of help.
    public let help: String
    /// What a value looks like.
    public let expected: String
    let decode: @Sendable (inout Options, KeyedDecodingContainer<OptionCodingKey>) throws -> Void
    let encode: @Sendable (Options, inout KeyedEncodingContainer<OptionCodingKey>) throws -> Void
    let parse: @Sendable (inout Options, String) throws(OptionError) -> Void
    let copy: @Sendable (Options, inout Options) -> Void
    let text: @Sendable (Options) -> String?

    /// The command-line flag, `--n-layer`.
    public var flag: String { "--" + name.replacingOccurrences(of: "_", with: "-") }

    /// The option's value in `options` as text (nil when unset).
    public func value(in options: Options) -> String? { text(options) }

    /// A key bound to `keyPath`; `check` returns what is wrong with a value (nil: acceptable).
    public static func value<V: OptionValue>(_ name: String, _ keyPath: WritableKeyPath<Options, V> & Sendable, _ help: String,
                                             check: (@Sendable (V) -> String?)? = nil) -> OptionKey {
        let codingKey = OptionCodingKey(name)
        @Sendable func checked(_ value: V) throws(OptionError) -> V {
            if let problem = check?(value) { throw OptionError(key: name, problem) }
            return value
        }
        return OptionKey(
            name: name, help: help, expected: V.expected,
            decode: { options, container in
                guard container.contains(codingKey) else { return }
                let value = try container.decode(V.self, forKey: codingKey)
                if let problem = check?(value) {
                    throw DecodingError.dataCorruptedError(forKey: codingKey, in: container, debugDescription: problem)
                }
                options[keyPath: keyPath] = value
            },
            encode: { options, container in try container.encode(options[keyPath: keyPath], forKey: codingKey) },
            parse: { (options: inout Options, text: String) throws(OptionError) in
                let value: V
                do throws(OptionError) { value = try V(optionText: text) } catch { throw OptionError(key: name, error.message) }
                options[keyPath: keyPath] = try checked(value)
            },
            copy: { source, target in target[keyPath: keyPath] = source[keyPath: keyPath] },
            text: { $0[keyPath: keyPath].optionText })
    }

    /// A key bound to an optional value: absent from files when nil.
    public static func optional<V: OptionValue>(_ name: String, _ keyPath: WritableKeyPath<Options, V?> & Sendable, _ help: String,
                                                check: (@Sendable (V) -> String?)? = nil) -> OptionKey {
        let codingKey = OptionCodingKey(name)
        @Sendable func checked(_ value: V) throws(OptionError) -> V {
            if let problem = check?(value) { throw OptionError(key: name, problem) }
            return value
        }
        return OptionKey(
            name: name, help: help, expected: V.expected,
            decode: { options, container in
                guard container.contains(codingKey), try !container.decodeNil(forKey: codingKey) else { return }
                let value = try container.decode(V.self, forKey: codingKey)
                if let problem = check?(value) {
                    throw DecodingError.dataCorruptedError(forKey: codingKey, in: container, debugDescription: problem)
                }
                options[keyPath: keyPath] = value
            },
            encode: { options, container in try container.encodeIfPresent(options[keyPath: keyPath], forKey: codingKey) },
            parse: { (options: inout Options, text: String) throws(OptionError) in
                let value: V
                do throws(OptionError) { value = try V(optionText: text) } catch { throw OptionError(key: name, error.message) }
                options[keyPath: keyPath] = try checked(value)
            },
            copy: { source, target in target[keyPath: keyPath] = source[keyPath: keyPath] },
            text: { $0[keyPath: keyPath]?.optionText })
    }
}

/// The coding key of declared options (and of any mapping whose keys are data).
public struct OptionCodingKey: CodingKey, Sendable {
    /// The key.
    public var stringValue: String
    /// Never an integer key.
    public var intValue: Int? { nil }
    /// A key named `name`.
    public init(_ name: String) { stringValue = name }
    /// A key named `stringValue`.
    public init(stringValue: String) { self.stringValue = stringValue }
    /// Integer keys are not used.
    public init?(intValue: Int) { nil }
}

extension DeclaredOptions {
    /// The key named `name`.
    public static func key(named name: String) -> OptionKey<Self>? { keys.first { $0.name == name } }

    /// Every key name.
    public static var keyNames: [String] { keys.map(\.name) }

    /// Decodes any subset of the keys over the defaults, checking each value.
    public init(from decoder: Decoder) throws {
        self.init()
        let container = try decoder.container(keyedBy: OptionCodingKey.self)
        for key in Self.keys { try key.decode(&self, container) }
    }

    /// Encodes every key that has a value.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: OptionCodingKey.self)
        for key in Self.keys { try key.encode(self, &container) }
    }

    /// Sets option `name` from command-line text.
    /// - Throws: `OptionError` for an unknown key (naming the closest ones) or a bad value.
    public mutating func set(_ name: String, text: String) throws(OptionError) {
        guard let key = Self.key(named: name) else { throw Self.unknownKey(name) }
        try key.parse(&self, text)
    }

    /// The error for an unknown key, suggesting the keys that start alike.
    public static func unknownKey(_ name: String) -> OptionError {
        let near = keyNames.filter { $0.hasPrefix(String(name.prefix(3))) || name.hasPrefix(String($0.prefix(3))) }
        let hint = near.isEmpty ? "known keys: \(keyNames.joined(separator: ", "))" : "did you mean \(near.joined(separator: " or "))?"
        return OptionError(key: name, "unknown option (\(hint))")
    }

    /// The first key whose value differs between `self` and `other`, as
    /// `key (first X, second Y)`; nil when every key agrees.
    public func firstDifference(from other: Self, ignoring ignored: Set<String> = []) -> (key: String, mine: String, theirs: String)? {
        for key in Self.keys where !ignored.contains(key.name) {
            let a = key.value(in: self), b = key.value(in: other)
            if a != b { return (key.name, a ?? "unset", b ?? "unset") }
        }
        return nil
    }
}

/// Some keys of `Options` and their values: one layer of settings (a config file, a section of
/// an experiment file, command-line flags). Layers apply in order over a base, each key taking
/// the value of the last layer that sets it.
public struct OptionLayer<Options: DeclaredOptions>: Codable, Sendable {
    /// The keys this layer sets, in the table's order.
    public private(set) var keys: [String]
    /// The values (keys not in `keys` hold defaults and are ignored).
    public private(set) var values: Options

    /// An empty layer.
    public init() {
        keys = []
        values = Options()
    }

    /// Sets `name` from command-line text.
    public mutating func set(_ name: String, text: String) throws(OptionError) {
        try values.set(name, text: text)
        if !keys.contains(name) { keys.append(name) }
    }

    /// Sets `name` from a typed value through `change`, recording the key.
    public mutating func set(_ name: String, _ change: (inout Options) -> Void) {
        precondition(Options.key(named: name) != nil, "undeclared option \(name)")
        change(&values)
        if !keys.contains(name) { keys.append(name) }
    }

    /// Whether the layer sets `name`.
    public func sets(_ name: String) -> Bool { keys.contains(name) }

    /// `base` with this layer's keys applied.
    public func applied(to base: Options) -> Options {
        var result = base
        for key in Options.keys where keys.contains(key.name) { key.copy(values, &result) }
        return result
    }

    /// `base` with `layers` applied in order.
    public static func resolve(_ base: Options, _ layers: [OptionLayer]) -> Options {
        layers.reduce(base) { $1.applied(to: $0) }
    }

    /// Decodes the declared keys present in a mapping (which may hold other keys too), checking
    /// each value.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: OptionCodingKey.self)
        var values = Options()
        var keys: [String] = []
        for key in Options.keys where container.contains(OptionCodingKey(key.name)) {
            try key.decode(&values, container)
            keys.append(key.name)
        }
        self.keys = keys
        self.values = values
    }

    /// Encodes the keys this layer sets.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: OptionCodingKey.self)
        for key in Options.keys where keys.contains(key.name) { try key.encode(values, &container) }
    }
}

extension Int: OptionValue {
    /// Parses a decimal integer.
    public init(optionText text: String) throws(OptionError) {
        guard let value = Int(text.trimmingWhitespace) else { throw OptionError("\"\(text)\" is not an integer") }
        self = value
    }
    /// The decimal digits.
    public var optionText: String { String(self) }
    /// "an integer".
    public static var expected: String { "an integer" }
}

extension UInt64: OptionValue {
    /// Parses a non-negative decimal integer.
    public init(optionText text: String) throws(OptionError) {
        guard let value = UInt64(text.trimmingWhitespace) else { throw OptionError("\"\(text)\" is not a non-negative integer") }
        self = value
    }
    /// The decimal digits.
    public var optionText: String { String(self) }
    /// "a non-negative integer".
    public static var expected: String { "a non-negative integer" }
}

extension Double: OptionValue {
    /// Parses a finite number (`1e-3`, `0.5`).
    public init(optionText text: String) throws(OptionError) {
        guard let value = Double(text.trimmingWhitespace), value.isFinite else { throw OptionError("\"\(text)\" is not a finite number") }
        self = value
    }
    /// Swift's shortest round-trip representation.
    public var optionText: String { "\(self)" }
    /// "a number".
    public static var expected: String { "a number" }
}

extension Bool: OptionValue {
    /// Parses `true` or `false`.
    public init(optionText text: String) throws(OptionError) {
        switch text.trimmingWhitespace {
        case "true": self = true
        case "false": self = false
        default: throw OptionError("\"\(text)\" is not true or false")
        }
    }
    /// `true` or `false`.
    public var optionText: String { self ? "true" : "false" }
    /// "true or false".
    public static var expected: String { "true or false" }
}

extension String: OptionValue {
    /// The text itself.
    public init(optionText text: String) throws(OptionError) { self = text }
    /// The text itself.
    public var optionText: String { self }
    /// "text".
    public static var expected: String { "text" }
}

/// Option values that are one of a fixed set of names (enums with string raw values).
public protocol NamedOptionValue: OptionValue, RawRepresentable, CaseIterable where RawValue == String {}

extension NamedOptionValue {
    /// Parses one of the names.
    public init(optionText text: String) throws(OptionError) {
        guard let value = Self(rawValue: text.trimmingWhitespace) else {
            throw OptionError("\"\(text)\" is not one of \(Self.expected)")
        }
        self = value
    }
    /// The name.
    public var optionText: String { rawValue }
    /// The names, "a, b or c".
    public static var expected: String {
        let names = allCases.map(\.rawValue)
        return names.count < 2 ? names.joined() : names.dropLast().joined(separator: ", ") + " or " + names.last!
    }
}

extension String {
    /// The text without leading and trailing spaces, tabs and newlines.
    var trimmingWhitespace: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
