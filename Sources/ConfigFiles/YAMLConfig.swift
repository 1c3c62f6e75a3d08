import Common
import Foundation
import Yams

/// Loads YAML configuration files into `Codable` values with errors a user can act on: the
/// file, line and column, the field path, and what was expected. Keys the type does not know
/// (typos) are rejected instead of silently ignored.
public enum YAMLConfig {
    /// Reads and decodes the file at `url`.
    public static func load<T: Codable>(_ type: T.Type, from url: URL) throws(ConfigError) -> T {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw ConfigError(file: url.path, message: "cannot read the file: \(error.localizedDescription)")
        }
        return try decode(type, yaml: text, file: url.path)
    }

    /// Decodes YAML text; `file` names the source in error messages.
    public static func decode<T: Codable>(_ type: T.Type, yaml: String, file: String) throws(ConfigError) -> T {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: yaml) else {
                throw ConfigError(file: file, message: "the file is empty; expected a YAML mapping")
            }
            root = node
        } catch let error as ConfigError {
            throw error
        } catch let error as YamlError {
            throw syntaxError(error, file: file)
        } catch {
            throw ConfigError(file: file, message: "\(error)")
        }
        let value: T
        do {
            value = try YAMLDecoder().decode(type, from: root)
        } catch let error as DecodingError {
            throw decodingError(error, root: root, file: file)
        } catch {
            throw ConfigError(file: file, message: "\(error)")
        }
        if let unknown = unknownKey(in: value, root: root) {
            throw ConfigError(file: file, line: unknown.mark?.line, column: unknown.mark?.column, field: unknown.path,
                              message: "unknown key (expected one of: \(unknown.known.joined(separator: ", ")))")
        }
        if let validating = value as? any FieldValidating {
            do { try validating.validateFields() } catch {
                let mark = node(at: error.path, in: root)?.mark
                throw ConfigError(file: file, line: mark?.line, column: mark?.column, field: error.path.isEmpty ? nil : error.field,
                                  message: error.message)
            }
        }
        return value
    }

    private static func syntaxError(_ error: YamlError, file: String) -> ConfigError {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return ConfigError(file: file, line: mark.line, column: mark.column, message: "YAML syntax: \(problem)")
        case let .duplicatedKeysInMapping(duplicates, context):
            return ConfigError(file: file, line: context.mark.line, column: context.mark.column,
                               message: "duplicate key \(duplicates.joined(separator: ", "))")
        default:
            return ConfigError(file: file, message: "YAML syntax: \(error)")
        }
    }

    private static func decodingError(_ error: DecodingError, root: Node, file: String) -> ConfigError {
        func located(_ path: [CodingKey], _ message: String) -> ConfigError {
            let mark = node(at: path, in: root)?.mark
            return ConfigError(file: file, line: mark?.line, column: mark?.column, field: fieldPath(path), message: message)
        }
        switch error {
        case let .keyNotFound(key, context):
            let mark = node(at: context.codingPath, in: root)?.mark
            return ConfigError(file: file, line: mark?.line, column: mark?.column,
                               field: fieldPath(context.codingPath + [key]), message: "required key is missing")
        case let .typeMismatch(type, context):
            return located(context.codingPath, "expected \(describe(type))\(detail(context))")
        case let .valueNotFound(type, context):
            return located(context.codingPath, "expected \(describe(type)), found nothing")
        case let .dataCorrupted(context):
            return located(context.codingPath, context.debugDescription)
        @unknown default:
            return ConfigError(file: file, message: "\(error)")
        }
    }

    private static func detail(_ context: DecodingError.Context) -> String {
        let text = context.debugDescription
        return text.isEmpty ? "" : " (\(text))"
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is Double.Type, is Float.Type: return "a number"
        case is Int.Type, is UInt64.Type, is Int64.Type: return "an integer"
        case is String.Type: return "a string"
        case is Bool.Type: return "true or false"
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array") { return "a list" }
            if name.hasPrefix("Dictionary") { return "a mapping" }
            return name
        }
    }

    static func fieldPath(_ path: [CodingKey]) -> String {
        var text = ""
        for key in path {
            if let index = key.intValue { text += "[\(index)]" } else { text += text.isEmpty ? key.stringValue : ".\(key.stringValue)" }
        }
        return text
    }

    /// The node at a field path (the deepest existing node on the way).
    static func node(at path: [FieldError.Component], in root: Node) -> Node? {
        node(at: path.map { component -> CodingKey in
            switch component {
            case let .key(key): return OptionCodingKey(key)
            case let .index(index): return IndexKey(intValue: index)
            }
        }, in: root)
    }

    private struct IndexKey: CodingKey {
        var intValue: Int?
        var stringValue: String { "\(intValue ?? 0)" }
        init(intValue: Int) { self.intValue = intValue }
        init?(stringValue: String) { nil }
    }

    static func node(at path: [CodingKey], in root: Node) -> Node? {
        var current: Node? = root
        // The deepest node that exists on the way, so a missing key still points at its parent.
        for key in path {
            guard let node = current else { return nil }
            let next: Node?
            if let index = key.intValue, let sequence = node.sequence {
                next = index < sequence.count ? sequence[index] : nil
            } else if let mapping = node.mapping {
                next = mapping.first { $0.key.string == key.stringValue }?.value
            } else {
                next = nil
            }
            guard let next else { return node }
            current = next
        }
        return current
    }

    /// The first key present in the input but absent from the value re-encoded (keys the type
    /// does not declare). Mappings whose keys are data (for example weights by domain) re-encode
    /// with the same keys, so they never trigger this.
    private static func unknownKey<T: Encodable>(in value: T, root: Node) -> (path: String, mark: Mark?, known: [String])? {
        guard let text = try? YAMLEncoder().encode(value), let encoded = try? Yams.compose(yaml: text) else { return nil }
        return firstUnknown(input: root, encoded: encoded, path: "")
    }

    private static func firstUnknown(input: Node, encoded: Node, path: String) -> (path: String, mark: Mark?, known: [String])? {
        if let inputMapping = input.mapping, let encodedMapping = encoded.mapping {
            let known = encodedMapping.compactMap { $0.key.string }
            for (key, value) in inputMapping {
                guard let name = key.string else { continue }
                let childPath = path.isEmpty ? name : "\(path).\(name)"
                guard let counterpart = encodedMapping.first(where: { $0.key.string == name })?.value else {
                    if value.null != nil { continue }
                    return (childPath, key.mark, known.sorted())
                }
                if let found = firstUnknown(input: value, encoded: counterpart, path: childPath) { return found }
            }
        } else if let inputSequence = input.sequence, let encodedSequence = encoded.sequence {
            for (index, pair) in zip(inputSequence, encodedSequence).enumerated() {
                if let found = firstUnknown(input: pair.0, encoded: pair.1, path: "\(path)[\(index)]") { return found }
            }
        }
        return nil
    }
}

/// A configuration file is malformed. Rendered as `file:line:column: field: message`.
public struct ConfigError: Error, CustomStringConvertible, Sendable {
    /// The file.
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column, when known.
    public var column: Int?
    /// The field path, e.g. `domains[1].beta`.
    public var field: String?
    /// What is wrong and what was expected.
    public var message: String

    /// Creates an error.
    public init(file: String, line: Int? = nil, column: Int? = nil, field: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.field = field
        self.message = message
    }

    /// `file:line:column: field: message`.
    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        return field.map { "\(location): \($0): \(message)" } ?? "\(location): \(message)"
    }
}
