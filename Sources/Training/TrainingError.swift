/// Why training, evaluation or a checkpoint operation failed. Each case says what and where.
public enum TrainingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A model or training option is out of range.
    case invalidConfig(String)
    /// A checkpoint or weights file is missing, malformed or does not fit (path, problem).
    case checkpoint(String, String)
    /// The data does not fit the model or run (problem).
    case data(String)
    /// The loss stopped being finite (step, value, advice).
    case divergence(step: Int, loss: Float, hint: String)
    /// The run was interrupted after saving a checkpoint (step).
    case interrupted(step: Int, checkpoint: String)

    /// A sentence describing the problem.
    public var description: String {
        switch self {
        case let .invalidConfig(message): return "invalid configuration: \(message)"
        case let .checkpoint(path, message): return "\(path): \(message)"
        case let .data(message): return message
        case let .divergence(step, loss, hint): return "the training loss became \(loss) at step \(step): \(hint)"
        case let .interrupted(step, checkpoint):
            return "interrupted at step \(step); saved \(checkpoint). Continue with the same command and --resume"
        }
    }
}
