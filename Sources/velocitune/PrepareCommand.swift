import ArgumentParser
import Common
import Corpus
import Foundation

/// `velocitune prepare`: text folders to a tokenized, split corpus.
struct Prepare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Tokenize domain folders into train/valid/test shards with a manifest.",
        discussion: """
            Each PATH is a folder (read recursively; hidden entries skipped) or a file: plain text \
            files are documents, .gz files are decompressed, and each line of a .jsonl file with a \
            "text" field is a document. Documents are split by document (never by line) in the \
            order of a seeded hash, each held-out split taking documents until it holds its share of the \
            domain's text; a domain of fewer than 20 documents has its long documents cut into \
            pieces first (recorded in the manifest). Without --tokenizer a byte-level BPE is trained on the training split of \
            all domains. The same inputs give bit-identical outputs.
            """)

    @Option(name: .customLong("domain"), help: ArgumentHelp("A domain: NAME=PATH (repeat for each domain).", valueName: "name=path"))
    var domains: [String] = []

    @Option(help: "The corpus directory to create (replaced if it already holds a corpus).")
    var out: String

    @Option(help: "Vocabulary size of the trained tokenizer (special tokens included).")
    var vocabSize: Int = 4096

    @Option(help: ArgumentHelp("Use this tokenizer.json instead of training one.", valueName: "file"))
    var tokenizer: String?

    @Option(help: "Share of each domain's text (bytes, by document) held out for validation.")
    var validFraction: Double = PrepareOptions(domains: [], output: URL(fileURLWithPath: "")).validFraction

    @Option(help: "Share of each domain's text (bytes, by document) held out for testing.")
    var testFraction: Double = PrepareOptions(domains: [], output: URL(fileURLWithPath: "")).testFraction

    @Option(help: ArgumentHelp("The smallest held-out split of a domain, in bytes of text (at most a fifth of the domain).", valueName: "bytes"))
    var minHeldoutBytes: Int = PrepareOptions(domains: [], output: URL(fileURLWithPath: "")).minimumHeldOutBytes

    @Option(help: "Seed of the document split.")
    var seed: UInt64 = 0

    @Option(help: "Threads for counting and encoding (default: all cores).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    func run() throws {
        let options = PrepareOptions(domains: try domains.map { try DomainSource(parsing: $0) }, output: URL(fileURLWithPath: out),
                                     vocabularySize: vocabSize, tokenizer: tokenizer.map { URL(fileURLWithPath: $0) },
                                     validFraction: validFraction, testFraction: testFraction, minimumHeldOutBytes: minHeldoutBytes,
                                     seed: seed, threads: threads)
        print(CorpusTable.render(try CorpusBuilder.prepare(options)))
    }
}

/// `velocitune inspect`: the manifest as a table, with every shard verified.
struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show a corpus's manifest and verify every shard and the tokenizer.",
        discussion: "Checks the tokenizer's SHA-256, each shard's header, size and CRC-32 against the manifest, and that every token id is inside the vocabulary. Exit code 2 if anything is wrong.")

    @Argument(help: "The corpus directory.")
    var directory: String

    func run() throws {
        let report = try CorpusVerification.verify(directory: URL(fileURLWithPath: directory))
        print(CorpusTable.render(report.manifest))
        print("\ntokenizer: \(report.manifest.tokenizer.file), \(report.manifest.tokenizer.vocabSize) tokens (\(report.manifest.tokenizer.origin)), sha256 \(report.manifest.tokenizer.sha256.prefix(16))... ok")
        print("verified \(report.shardsChecked) shards: headers, sizes, CRC-32 and token ids all ok")
    }
}

/// The per-domain table `prepare` and `inspect` print.
enum CorpusTable {
    static func render(_ manifest: CorpusManifest) -> String {
        var table = TextTable(["domain", "train docs", "train tokens", "valid docs", "valid tokens", "test docs", "test tokens", "bytes/token"])
        var totals = [Int](repeating: 0, count: 6)
        for domain in manifest.domains {
            var row = [domain.name]
            for (s, split) in CorpusManifest.splitNames.enumerated() {
                let entry = domain.splits[split]
                row += ["\(entry?.documents ?? 0)", "\(entry?.tokens ?? 0)"]
                totals[2 * s] += entry?.documents ?? 0
                totals[2 * s + 1] += entry?.tokens ?? 0
            }
            let bytes = domain.splits.values.reduce(0) { $0 + $1.textBytes }
            let tokens = domain.splits.values.reduce(0) { $0 + $1.tokens - $1.documents }
            row.append(String(format: "%.2f", Double(bytes) / Double(max(tokens, 1))))
            table.add(row)
        }
        table.add(["total"] + totals.map(String.init) + [""])
        return table.text()
    }
}
