import Common
import Corpus
import Foundation

/// A prepared corpus opened for training: the manifest, each domain's training and validation
/// shards (checksums verified), and a fingerprint of the data for checkpoints.
public struct CorpusData: Sendable {
    /// The corpus directory.
    public let directory: URL
    /// Its manifest.
    public let manifest: CorpusManifest
    /// Domain names in manifest order.
    public var domains: [String] { manifest.domains.map(\.name) }
    /// Training shards, by domain order.
    public let train: [TokenShard]
    /// Validation shards, by domain order.
    public let valid: [TokenShard]
    /// Test shards, by domain order (nil when the corpus was prepared without a test split).
    public let test: [TokenShard]?

    /// Opens `directory`; verifies the tokenizer hash and every shard it uses.
    public init(directory: URL) throws {
        self.directory = directory
        manifest = try CorpusManifest.load(directory: directory)
        let tokenizer = directory.appendingPathComponent(manifest.tokenizer.file)
        guard let data = try? Data(contentsOf: tokenizer), SHA256.hex(data) == manifest.tokenizer.sha256 else {
            throw CorpusError.invalidManifest(tokenizer.path, "missing, or does not match manifest.json's sha256: the tokenizer does not match the shards")
        }
        var train: [TokenShard] = []
        var valid: [TokenShard] = []
        var test: [TokenShard] = []
        for domain in manifest.domains {
            guard let trainEntry = domain.splits["train"], let validEntry = domain.splits["valid"] else {
                throw CorpusError.invalidManifest(directory.appendingPathComponent("manifest.json").path,
                                                  "domain \"\(domain.name)\" needs train and valid splits (prepare it with a validation share above 0)")
            }
            train.append(try TokenShard(contentsOf: directory.appendingPathComponent(trainEntry.file)))
            valid.append(try TokenShard(contentsOf: directory.appendingPathComponent(validEntry.file)))
            if let testEntry = domain.splits["test"] { test.append(try TokenShard(contentsOf: directory.appendingPathComponent(testEntry.file))) }
        }
        self.train = train
        self.valid = valid
        self.test = test.count == manifest.domains.count ? test : nil
    }

    /// The shards of `split`, by domain order.
    /// - Throws: `TrainingError.data` when the corpus has no such split.
    public func shards(_ split: Split) throws(TrainingError) -> [TokenShard] {
        switch split {
        case .train: return train
        case .valid: return valid
        case .test:
            guard let test else { throw .data("the corpus at \(directory.path) has no test split (prepare it with a test share above 0)") }
            return test
        }
    }

    /// Training tokens per domain (for natural weights).
    public var trainingTokens: [Double] { train.map { Double($0.tokenCount) } }

    /// The vocabulary size of the corpus's tokenizer.
    public var vocabularySize: Int { manifest.tokenizer.vocabSize }

    /// Identifies the data: the tokenizer hash and each domain's source hash.
    public var fingerprint: String {
        SHA256.hex(Array((manifest.tokenizer.sha256 + manifest.domains.map { "\($0.name)=\($0.sourceSHA256)" }.joined(separator: ";")).utf8))
    }
}
