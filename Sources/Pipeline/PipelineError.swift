/// Why a pipeline stage could not run.
public enum PipelineError: Error, Sendable, CustomStringConvertible {
    /// A value is unusable (what, problem): an exit-code-2 input error.
    case invalidInput(String, String)
    /// A stage failed or its saved artifacts conflict with the request (stage, problem).
    case stage(String, String)

    /// "what: problem" or "stage: problem".
    public var description: String {
        switch self {
        case let .invalidInput(what, message): return "\(what): \(message)"
        case let .stage(stage, message): return "\(stage): \(message)"
        }
    }
}
