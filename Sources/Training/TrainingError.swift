/// Why training, evaluation or a checkpoint operation failed. Each case says what and where;
/// none says which command-line flag to use (the CLI adds that).
public enum TrainingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A model or training option is out of range.
    case invalidConfig(String)
    /// A checkpoint or weights file is missing, malformed or does not fit (path, problem).
    case checkpoint(String, String)
    /// The data does not fit the model or run (problem).
    case data(String)
    /// A fresh run was asked for in a directory that already holds a run's checkpoints (path).
    case runExists(String)
    /// A run is being resumed with options that differ from its saved ones.
    case optionsDiffer(run: String, key: String, saved: String, given: String)
    /// The loss stopped being finite (step, value, advice).
    case divergence(step: Int, loss: Float, hint: String)
    /// The run stopped at a step boundary after saving a checkpoint (step, checkpoint path).
    case interrupted(step: Int, checkpoint: String)

    /// A sentence describing the problem.
    public var description: String {
        switch self {
        case let .invalidConfig(message): return "invalid configuration: \(message)"
        case let .checkpoint(path, message): return "\(path): \(message)"
        case let .data(message): return message
        case let .runExists(path): return "\(path) already holds the checkpoints of a run"
        case let .optionsDiffer(run, key, saved, given):
            return "\(run) was trained with \(key) = \(saved), not \(given); resuming needs the same options"
        case let .divergence(step, loss, hint): return "the training loss became \(loss) at step \(step): \(hint)"
        case let .interrupted(step, checkpoint): return "stopped at step \(step); saved \(checkpoint)"
        }
    }
}
