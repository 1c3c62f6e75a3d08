import Common
import Foundation
import Synchronization

/// A domain to prepare: its name and where its documents are.
public struct DomainSource: Sendable, Hashable {
    /// Domain name (letters, digits, '_' or '-').
    public var name: String
    /// A folder (read recursively) or a single file.
    public var path: URL

    /// Creates a domain source.
    public init(name: String, path: URL) {
        self.name = name
        self.path = path
    }

    /// Parses `NAME=PATH`.
    public init(parsing text: String) throws(CorpusError) {
        let parts = text.split(separator: "=", maxSplits: 1)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
            throw .invalidOption("--domain expects NAME=PATH, got \"\(text)\"")
        }
        self.init(name: String(parts[0]), path: URL(fileURLWithPath: String(parts[1])))
    }
}

/// Options of `velocitune prepare`.
public struct PrepareOptions: Sendable {
    /// The domains, in order.
    public var domains: [DomainSource]
    /// The corpus directory to create (or replace, if it holds a corpus).
    public var output: URL
    /// Vocabulary size when training the tokenizer.
    public var vocabularySize: Int
    /// A `tokenizer.json` to use instead of training one.
    public var tokenizer: URL?
    /// Share of each domain's bytes held out for validation.
    public var validFraction: Double
    /// Share held out for testing.
    public var testFraction: Double
    /// The smallest held-out split in bytes of text (capped at a fifth of the domain).
    public var minimumHeldOutBytes: Int
    /// Seed of the split.
    public var seed: UInt64
    /// Threads for counting and encoding.
    public var threads: Int

    /// Creates options with the documented defaults.
    public init(domains: [DomainSource], output: URL, vocabularySize: Int = 4096, tokenizer: URL? = nil,
                validFraction: Double = 0.05, testFraction: Double = 0.05, minimumHeldOutBytes: Int = 32768, seed: UInt64 = 0,
                threads: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.minimumHeldOutBytes = minimumHeldOutBytes
        self.domains = domains
        self.output = output
        self.vocabularySize = vocabularySize
        self.tokenizer = tokenizer
        self.validFraction = validFraction
        self.testFraction = testFraction
        self.seed = seed
        self.threads = threads
    }
}

/// `velocitune prepare`: reads domain folders, splits them by document, trains (or loads) the
/// tokenizer, encodes every document in parallel, and writes the shards, `tokenizer.json` and
/// `manifest.json`. Everything is written to a staging directory that replaces the output only
/// when complete, so a failed or interrupted run leaves no half-written corpus.
public enum CorpusBuilder {
    /// Prepares the corpus; returns its manifest.
    public static func prepare(_ options: PrepareOptions, progress: ProgressLine = ProgressLine()) throws -> CorpusManifest {
        try validate(options)
        let clock = ContinuousClock()
        let started = clock.now

        // 1. Read and split.
        var documents: [Document] = []
        var splits: [Split] = []
        var domainOf: [Int] = []
        var entries: [CorpusManifest.DomainEntry] = []
        for (d, source) in options.domains.enumerated() {
            progress.update("prepare: reading \(source.name) from \(source.path.path)")
            let (docs, skipped) = try DocumentReader.read(source.path)
            guard !docs.isEmpty else { throw CorpusError.emptyDomain(source.name, source.path.path) }
            let (pieces, assigned, cut, pieceBytes) = try DocumentSplit.plan(docs, seed: options.seed, validFraction: options.validFraction,
                                                                             testFraction: options.testFraction,
                                                                             minimumHeldOutBytes: options.minimumHeldOutBytes, domain: source.name)
            var hash = SHA256()
            for doc in docs {
                hash.update(Array(doc.id.utf8) + [0])
                withUnsafeBytes(of: UInt64(doc.bytes.count).littleEndian) { hash.update(Array($0)) }
                hash.update(doc.bytes)
            }
            entries.append(.init(name: source.name, source: source.path.path, sourceSHA256: hash.finalizeHex(),
                                 skipped: skipped, splits: [:], pieces: pieceBytes.map { .init(cutDocuments: cut, pieceBytes: $0) }))
            documents += pieces
            splits += assigned
            domainOf += Array(repeating: d, count: pieces.count)
            progress.note("prepare: \(source.name): \(docs.count) documents, \(Units.bytes(docs.reduce(0) { $0 + $1.bytes.count }))"
                          + (skipped.isEmpty ? "" : ", \(skipped.count) files skipped (empty or binary)")
                          + (cut > 0 ? "; \(cut) cut into \(pieces.count - docs.count + cut) pieces of at most \(Units.bytes(pieceBytes ?? 0)) to split by size" : ""))
        }

        // 2. Tokenizer.
        let model: BPEModel
        let origin: String
        if let given = options.tokenizer {
            model = try TokenizerFile.load(given)
            origin = "given"
        } else {
            let trainIndices = documents.indices.filter { splits[$0] == .train }
            model = try trainTokenizer(documents: documents, indices: trainIndices, options: options, progress: progress)
            origin = "trained"
        }
        guard let endOfText = model.endOfText else {
            throw TokenizerError.unsupported("the tokenizer has no \(SpecialTokens.endOfText) token to separate documents")
        }

        // 3. Encode every document.
        let encoded = encodeAll(documents, model: model, threads: options.threads, progress: progress)

        // 4. Write shards, tokenizer and manifest into a staging directory, then swap it in.
        let fileManager = FileManager.default
        let parent = options.output.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(options.output.lastPathComponent).staging-\(ProcessInfo.processInfo.processIdentifier)")
        try? fileManager.removeItem(at: staging)
        try fileManager.createDirectory(at: staging.appendingPathComponent("shards"), withIntermediateDirectories: true)
        defer { try? fileManager.removeItem(at: staging) }
        let tokenizerJSON = Data(TokenizerFile.huggingFaceJSON(model).utf8)
        try tokenizerJSON.write(to: staging.appendingPathComponent("tokenizer.json"))
        for (d, source) in options.domains.enumerated() {
            for split in Split.allCases {
                let members = documents.indices.filter { domainOf[$0] == d && splits[$0] == split }
                if members.isEmpty && split != .train { continue }
                var tokens: [UInt32] = []
                tokens.reserveCapacity(members.reduce(0) { $0 + encoded[$1].count + 1 })
                for i in members {
                    tokens += encoded[i]
                    tokens.append(endOfText)
                }
                let file = "shards/\(source.name).\(split.rawValue).bin"
                let data = TokenShard.encode(tokens: tokens, documentCount: members.count, vocabularySize: model.vocabularySize)
                try data.write(to: staging.appendingPathComponent(file))
                let crc = data.withUnsafeBytes { Compression.crc32(UnsafeRawBufferPointer(rebasing: $0[TokenShard.headerSize...])) }
                entries[d].splits[split.rawValue] = .init(file: file, documents: members.count, tokens: tokens.count,
                                                          textBytes: members.reduce(0) { $0 + documents[$1].bytes.count },
                                                          crc32: String(format: "%08x", crc))
            }
        }
        let manifest = CorpusManifest(
            format: "velocitune-corpus", version: 1,
            tokenizer: .init(file: "tokenizer.json", sha256: SHA256.hex(tokenizerJSON), vocabSize: model.vocabularySize,
                             endOfText: Int(endOfText), origin: origin),
            split: .init(seed: options.seed, validFraction: options.validFraction, testFraction: options.testFraction, unit: "bytes",
                         minimumHeldOutBytes: options.minimumHeldOutBytes),
            domains: entries)
        try JSONConventions.encode(manifest).write(to: staging.appendingPathComponent("manifest.json"))
        try swapIn(staging: staging, output: options.output)
        progress.note("prepare: wrote \(options.output.path) in \(String(format: "%.1f", (clock.now - started).seconds)) s")
        return manifest
    }

    private static func validate(_ options: PrepareOptions) throws(CorpusError) {
        guard !options.domains.isEmpty else { throw .invalidOption("at least one domain is needed") }
        var seen = Set<String>()
        for domain in options.domains {
            guard (1...64).contains(domain.name.count),
                  domain.name.unicodeScalars.allSatisfy({ CharacterSet.alphanumerics.contains($0) && $0.isASCII || $0 == "_" || $0 == "-" }) else {
                throw .invalidDomainName(domain.name)
            }
            guard seen.insert(domain.name).inserted else { throw .duplicateDomain(domain.name) }
        }
        guard options.tokenizer != nil || (257...(1 << 24)).contains(options.vocabularySize) else {
            throw .invalidOption("the vocabulary size must be between 257 and 16777216, got \(options.vocabularySize)")
        }
        guard options.threads >= 1 else { throw .invalidOption("threads must be at least 1") }
        guard options.minimumHeldOutBytes >= 0 else { throw .invalidOption("the minimum held-out size must be >= 0 bytes") }
        let output = options.output.path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) {
            let contents = (try? FileManager.default.contentsOfDirectory(atPath: output)) ?? []
            let isCorpus = FileManager.default.fileExists(atPath: options.output.appendingPathComponent("manifest.json").path)
            guard isDirectory.boolValue, contents.isEmpty || isCorpus else { throw .outputNotACorpus(output) }
        }
    }

    private static func trainTokenizer(documents: [Document], indices: [Int], options: PrepareOptions,
                                       progress: ProgressLine) throws -> BPEModel {
        let clock = ContinuousClock()
        let started = clock.now
        let chunks = Parallel.ranges(indices.count, parts: options.threads * 4)
        var partial = [PieceCounts](repeating: PieceCounts(), count: chunks.count)
        partial.withUnsafeMutableBufferPointer { slots in
            let slots = UncheckedSendable(slots)
            Parallel.forEach(chunks.count, threads: options.threads) { c in
                var counts = PieceCounts()
                for i in chunks[c] { documents[indices[i]].bytes.withUnsafeBufferPointer { counts.add(document: $0) } }
                slots.value[c] = counts
            }
        }
        var counts = PieceCounts()
        for part in partial { counts.merge(part) }
        progress.note("prepare: \(counts.distinctPieces) distinct pieces in the training split")
        let model = try BPETrainer(vocabularySize: options.vocabularySize).train(counts) { done, wanted in
            progress.update("prepare: training the tokenizer: \(done)/\(wanted) merges")
        }
        progress.note("prepare: trained a \(model.vocabularySize)-token BPE vocabulary in \(String(format: "%.1f", (clock.now - started).seconds)) s")
        return model
    }

    private static func encodeAll(_ documents: [Document], model: BPEModel, threads: Int, progress: ProgressLine) -> [[UInt32]] {
        let clock = ContinuousClock()
        let started = clock.now
        let totalBytes = documents.reduce(0) { $0 + $1.bytes.count }
        let doneBytes = Atomic<Int>(0)
        var encoded = [[UInt32]](repeating: [], count: documents.count)
        let workers = Parallel.workerCount(documents.count, threads: threads)
        var encoders = (0..<workers).map { _ in BPEEncoder(model: model) }
        encoded.withUnsafeMutableBufferPointer { results in
            encoders.withUnsafeMutableBufferPointer { encoders in
                let results = UncheckedSendable(results), encoders = UncheckedSendable(encoders)
                Parallel.forEachWithWorker(documents.count, threads: threads) { worker, i in
                    var ids: [UInt32] = []
                    ids.reserveCapacity(documents[i].bytes.count / 3)
                    documents[i].bytes.withUnsafeBufferPointer { encoders.value[worker].encode($0, allowSpecial: false, into: &ids) }
                    results.value[i] = ids
                    let done = doneBytes.wrappingAdd(documents[i].bytes.count, ordering: .relaxed).newValue
                    let seconds = (clock.now - started).seconds
                    progress.update(String(format: "prepare: encoding %@ of %@ (%.1f MB/s)", Units.bytes(done), Units.bytes(totalBytes),
                                           Double(done) / 1e6 / max(seconds, 1e-9)))
                }
            }
        }
        let seconds = (clock.now - started).seconds
        let tokens = encoded.reduce(0) { $0 + $1.count }
        progress.note(String(format: "prepare: encoded %@ into %d tokens in %.1f s (%.1f MB/s, %d threads)",
                             Units.bytes(totalBytes), tokens, seconds, Double(totalBytes) / 1e6 / max(seconds, 1e-9), workers))
        return encoded
    }

    private static func swapIn(staging: URL, output: URL) throws {
        let fileManager = FileManager.default
        if fileManager.fileExists(atPath: output.path) {
            let old = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)")
            try fileManager.moveItem(at: output, to: old)
            try fileManager.moveItem(at: staging, to: output)
            try? fileManager.removeItem(at: old)
        } else {
            try fileManager.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
            try fileManager.moveItem(at: staging, to: output)
        }
    }
}

extension Duration {
    /// The duration in seconds.
    public var seconds: Double { Double(components.seconds) + Double(components.attoseconds) * 1e-18 }
}
