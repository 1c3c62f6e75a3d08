/// Why a corpus could not be read, prepared or sampled. Each case names the file or domain and
/// says what was expected.
public enum CorpusError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A path could not be read (path, reason).
    case unreadable(String, String)
    /// A domain has no usable documents (name, path).
    case emptyDomain(String, String)
    /// Two domains share a name.
    case duplicateDomain(String)
    /// A domain name is not usable in file names.
    case invalidDomainName(String)
    /// A domain has too few documents to split by document (name, count, needed).
    case tooFewDocuments(String, Int, Int)
    /// A `.jsonl` line is not an object with a `text` string (path, line).
    case malformedJSONLine(String, Int)
    /// A shard file is corrupt or truncated (path, what is wrong).
    case corruptShard(String, String)
    /// The manifest is missing, malformed or inconsistent (path, what is wrong).
    case invalidManifest(String, String)
    /// The output directory exists and is not a corpus (path).
    case outputNotACorpus(String)
    /// Sampling weights are unusable (what is wrong).
    case invalidWeights(String)
    /// A configuration value is out of range (what is wrong).
    case invalidOption(String)

    /// A sentence describing the problem.
    public var description: String {
        switch self {
        case let .unreadable(path, reason): return path.isEmpty ? reason : "\(path): \(reason)"
        case let .emptyDomain(name, path): return "domain \"\(name)\" (\(path)) has no non-empty text documents"
        case let .duplicateDomain(name): return "domain \"\(name)\" is given more than once"
        case let .invalidDomainName(name):
            return "domain name \"\(name)\" must be 1-64 characters of letters, digits, '_' or '-'"
        case let .tooFewDocuments(name, count, needed):
            return "domain \"\(name)\" has \(count) document\(count == 1 ? "" : "s") or pieces; splitting by document into train/valid/test needs at least \(needed) (add documents, or hold out less)"
        case let .malformedJSONLine(path, line): return "\(path):\(line): expected a JSON object with a \"text\" string"
        case let .corruptShard(path, reason): return "\(path): corrupt shard: \(reason)"
        case let .invalidManifest(path, reason): return "\(path): \(reason)"
        case let .outputNotACorpus(path):
            return "\(path) exists and is not a velocitune corpus (no manifest.json); choose an empty or new directory"
        case let .invalidWeights(reason): return "invalid sampling weights: \(reason)"
        case let .invalidOption(reason): return reason
        }
    }
}
