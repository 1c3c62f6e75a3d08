/// A value decoded from a configuration file that checks relations between its fields after
/// decoding; the file loader turns a `FieldError` into `file:line:column: field: message`.
public protocol FieldValidating {
    /// Checks the value; throws the first problem with the path of the field it concerns.
    func validateFields() throws(FieldError)
}

/// A field of a configuration value is unusable.
public struct FieldError: Error, Sendable, Equatable, CustomStringConvertible {
    /// One step of a field path: a key or a list index.
    public enum Component: Sendable, Equatable {
        /// A mapping key.
        case key(String)
        /// A list index.
        case index(Int)
    }

    /// Where: `runs[2].replay` is `[.key("runs"), .index(2), .key("replay")]`.
    public var path: [Component]
    /// What is wrong and what was expected.
    public var message: String

    /// Creates an error at `path`.
    public init(_ path: [Component], _ message: String) {
        self.path = path
        self.message = message
    }

    /// The path as text, `runs[2].replay`.
    public var field: String {
        path.reduce(into: "") { text, component in
            switch component {
            case let .key(key): text += text.isEmpty ? key : ".\(key)"
            case let .index(index): text += "[\(index)]"
            }
        }
    }

    /// `field: message`.
    public var description: String { path.isEmpty ? message : "\(field): \(message)" }
}
