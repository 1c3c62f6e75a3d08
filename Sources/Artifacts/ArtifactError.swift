/// An artifact (a run directory, a targets file, a trainer state) is missing, incomplete or
/// malformed. Rendered as `path: message`.
public struct ArtifactError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file or directory.
    public var path: String
    /// What is wrong and what was expected.
    public var message: String

    /// Creates an error.
    public init(_ path: String, _ message: String) {
        self.path = path
        self.message = message
    }

    /// `path: message`.
    public var description: String { "\(path): \(message)" }
}
