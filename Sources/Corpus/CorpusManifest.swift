import Common
import Foundation

/// `manifest.json`: what a prepared corpus holds and how it was made. See the README's
/// "Corpus directory" section for every field.
public struct CorpusManifest: Codable, Sendable, Hashable {
    /// Always "velocitune-corpus".
    public var format: String
    /// The manifest format version (1).
    public var version: Int
    /// The tokenizer the shards were encoded with.
    public var tokenizer: TokenizerEntry
    /// How documents were assigned to splits.
    public var split: SplitSettings
    /// The domains, in the order given to `prepare`.
    public var domains: [DomainEntry]

    /// The tokenizer's file, hash and sizes.
    public struct TokenizerEntry: Codable, Sendable, Hashable {
        /// File name inside the corpus directory.
        public var file: String
        /// SHA-256 of the file.
        public var sha256: String
        /// Tokens in the vocabulary, special tokens included.
        public var vocabSize: Int
        /// Id of `<|endoftext|>`, which follows every document in the shards.
        public var endOfText: Int
        /// "trained" (by `prepare`) or "given" (with `--tokenizer`).
        public var origin: String

        enum CodingKeys: String, CodingKey {
            case file, sha256, origin
            case vocabSize = "vocab_size"
            case endOfText = "end_of_text"
        }
    }

    /// The split settings.
    public struct SplitSettings: Codable, Sendable, Hashable {
        /// Seed of the document hash that orders documents before splitting.
        public var seed: UInt64
        /// Share of each domain held out for validation.
        public var validFraction: Double
        /// Share held out for testing.
        public var testFraction: Double
        /// What the shares measure: "bytes" (of text, by document); nil in corpora made before
        /// the split was by size, where the shares counted documents.
        public var unit: String?
        /// The smallest held-out split, in bytes of text (unless that is more than a fifth of
        /// the domain); nil in older corpora.
        public var minimumHeldOutBytes: Int?

        /// Creates split settings.
        public init(seed: UInt64, validFraction: Double, testFraction: Double, unit: String?, minimumHeldOutBytes: Int?) {
            self.seed = seed
            self.validFraction = validFraction
            self.testFraction = testFraction
            self.unit = unit
            self.minimumHeldOutBytes = minimumHeldOutBytes
        }

        enum CodingKeys: String, CodingKey {
            case seed, unit
            case validFraction = "valid_fraction"
            case testFraction = "test_fraction"
            case minimumHeldOutBytes = "min_heldout_bytes"
        }
    }

    /// How a domain's documents were cut before splitting (a domain with too few documents).
    public struct PieceSettings: Codable, Sendable, Hashable {
        /// Documents cut into pieces.
        public var cutDocuments: Int
        /// The largest piece, in bytes.
        public var pieceBytes: Int

        /// Creates piece settings.
        public init(cutDocuments: Int, pieceBytes: Int) {
            self.cutDocuments = cutDocuments
            self.pieceBytes = pieceBytes
        }

        enum CodingKeys: String, CodingKey {
            case cutDocuments = "cut_documents"
            case pieceBytes = "piece_bytes"
        }
    }

    /// One domain.
    public struct DomainEntry: Codable, Sendable, Hashable {
        /// Domain name (also the shard file prefix).
        public var name: String
        /// The path given to `prepare`.
        public var source: String
        /// SHA-256 over the documents in order (id, length, bytes): changes when any input does.
        public var sourceSHA256: String
        /// Files under the source that were not used.
        public var skipped: [SkippedFile]
        /// The shards, by split name: "train", "valid", "test".
        public var splits: [String: ShardEntry]
        /// How documents were cut into pieces before splitting; nil when they were not.
        public var pieces: PieceSettings?

        enum CodingKeys: String, CodingKey {
            case name, source, skipped, splits, pieces
            case sourceSHA256 = "source_sha256"
        }
    }

    /// One shard file.
    public struct ShardEntry: Codable, Sendable, Hashable {
        /// Path relative to the corpus directory.
        public var file: String
        /// Documents in the shard.
        public var documents: Int
        /// Tokens in the shard (end-of-text separators included).
        public var tokens: Int
        /// Bytes of text encoded.
        public var textBytes: Int
        /// CRC-32 of the token bytes (as in the shard header), 8 hex digits.
        public var crc32: String

        enum CodingKeys: String, CodingKey {
            case file, documents, tokens, crc32
            case textBytes = "text_bytes"
        }
    }

    /// The split names, in order.
    public static let splitNames = ["train", "valid", "test"]

    /// Reads `DIR/manifest.json`.
    public static func load(directory: URL) throws(CorpusError) -> CorpusManifest {
        let url = directory.appendingPathComponent("manifest.json")
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw .invalidManifest(url.path, "cannot read (is \(directory.path) a corpus made by `velocitune prepare`?)")
        }
        let manifest: CorpusManifest
        do { manifest = try JSONConventions.decode(CorpusManifest.self, from: data) } catch {
            throw .invalidManifest(url.path, "malformed: \(error)")
        }
        guard manifest.format == "velocitune-corpus" else {
            throw .invalidManifest(url.path, "format is \"\(manifest.format)\", expected \"velocitune-corpus\"")
        }
        guard manifest.version == 1 else { throw .invalidManifest(url.path, "version \(manifest.version), this build reads 1") }
        guard !manifest.domains.isEmpty else { throw .invalidManifest(url.path, "no domains") }
        return manifest
    }

    /// The domain named `name`.
    public func domain(_ name: String) -> DomainEntry? { domains.first { $0.name == name } }
}
