import Common
import Foundation

/// The result of checking a corpus directory end to end.
public struct CorpusVerification: Sendable {
    /// The manifest that was checked.
    public var manifest: CorpusManifest
    /// Number of shards verified.
    public var shardsChecked: Int

    /// Verifies the tokenizer's hash and vocabulary size, and for every shard its header, size,
    /// CRC-32, counts against the manifest and that every id is inside the vocabulary.
    public static func verify(directory: URL) throws -> CorpusVerification {
        let manifest = try CorpusManifest.load(directory: directory)
        let tokenizerURL = directory.appendingPathComponent(manifest.tokenizer.file)
        guard let tokenizerData = try? Data(contentsOf: tokenizerURL) else {
            throw CorpusError.invalidManifest(tokenizerURL.path, "the tokenizer named in manifest.json is missing")
        }
        let hash = SHA256.hex(tokenizerData)
        guard hash == manifest.tokenizer.sha256 else {
            throw CorpusError.invalidManifest(tokenizerURL.path, "SHA-256 is \(hash.prefix(16))..., manifest.json expects \(manifest.tokenizer.sha256.prefix(16))...: the tokenizer does not match the shards")
        }
        let model = try TokenizerFile.load(huggingFace: tokenizerURL)
        guard model.vocabularySize == manifest.tokenizer.vocabSize else {
            throw CorpusError.invalidManifest(tokenizerURL.path, "has \(model.vocabularySize) tokens, manifest.json says \(manifest.tokenizer.vocabSize)")
        }
        var checked = 0
        for domain in manifest.domains {
            for (split, entry) in domain.splits.sorted(by: { $0.key < $1.key }) {
                let url = directory.appendingPathComponent(entry.file)
                let shard = try TokenShard(contentsOf: url)
                func mismatch(_ what: String) -> CorpusError { .corruptShard(url.path, "\(what) differs from manifest.json (\(domain.name)/\(split))") }
                guard shard.tokenCount == entry.tokens else { throw mismatch("token count \(shard.tokenCount)") }
                guard shard.documentCount == entry.documents else { throw mismatch("document count \(shard.documentCount)") }
                guard String(format: "%08x", shard.checksum) == entry.crc32 else { throw mismatch("checksum") }
                guard shard.vocabularySize == manifest.tokenizer.vocabSize else { throw mismatch("vocabulary size \(shard.vocabularySize)") }
                if let maximum = shard.maximumToken(), Int(maximum) >= manifest.tokenizer.vocabSize {
                    throw CorpusError.corruptShard(url.path, "token id \(maximum) is outside the vocabulary (size \(manifest.tokenizer.vocabSize))")
                }
                checked += 1
            }
        }
        return CorpusVerification(manifest: manifest, shardsChecked: checked)
    }
}
