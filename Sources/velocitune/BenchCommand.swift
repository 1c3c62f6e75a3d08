import ArgumentParser
import Common
import Corpus
import Foundation

/// `velocitune bench`: performance figures, printed (never asserted in tests).
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure throughput: training (default), Llama training, tokenizer, sampler.",
        subcommands: [BenchTrain.self, BenchLlama.self, BenchTokenizer.self, BenchSampler.self],
        defaultSubcommand: BenchTrain.self)
}

/// `velocitune bench tokenizer`: BPE training time and single-thread encoding throughput.
struct BenchTokenizer: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenizer",
        abstract: "Time BPE training and single-thread encoding on a folder of text.",
        discussion: """
            Reads TEXT like `prepare` reads a domain. With --train N, trains an N-token vocabulary \
            first (and encodes with it unless --tokenizer is given). Each repeat encodes every \
            document with a fresh encoder (cold cache) on one thread; prints per-repeat MB/s and the \
            median. scripts/bench-tokenizer.sh runs this side by side with Hugging Face tokenizers.
            """)

    @Option(help: "Folder or file of text to encode.")
    var text: String

    @Option(help: "tokenizer.json (or GPT-2 encoder.json) to encode with.")
    var tokenizer: String?

    @Option(help: ArgumentHelp("Train a vocabulary of this size on the text first.", valueName: "n"))
    var train: Int?

    @Option(name: .customLong("repeat"), help: "Encoding repeats.")
    var repeats: Int = 5

    @Flag(help: "Print one JSON object instead of text.")
    var json = false

    func run() throws {
        let documents: [Document]
        documents = try DocumentReader.read(URL(fileURLWithPath: text)).documents
        let bytes = documents.reduce(0) { $0 + $1.bytes.count }
        var model: BPEModel?
        var trainSeconds: Double?
        let clock = ContinuousClock()
        if let train {
            let started = clock.now
            var counts = PieceCounts()
            for document in documents { counts.add(document: document.bytes) }
            model = try BPETrainer(vocabularySize: train).train(counts)
            trainSeconds = (clock.now - started).seconds
        }
        if let tokenizer {
            model = try TokenizerLoader.load(tokenizer)
        }
        guard let model else { throw ValidationError("give --tokenizer FILE or --train N") }
        var rates: [Double] = []
        var tokens = 0
        for _ in 0..<max(repeats, 1) {
            var encoder = BPEEncoder(model: model)
            var output: [UInt32] = []
            output.reserveCapacity(bytes / 2)
            let started = clock.now
            for document in documents {
                output.removeAll(keepingCapacity: true)
                encoder.encode(bytes: document.bytes, allowSpecial: false, into: &output)
                tokens += output.count
            }
            rates.append(Double(bytes) / 1e6 / (clock.now - started).seconds)
        }
        tokens /= max(repeats, 1)
        let median = rates.sorted()[rates.count / 2]
        if json {
            var object: [String: Any] = ["tool": "velocitune", "bytes": bytes, "documents": documents.count, "tokens": tokens,
                                         "vocab_size": model.vocabularySize, "mb_per_s": rates, "median_mb_per_s": median]
            if let trainSeconds { object["train_seconds"] = trainSeconds }
            print(String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self))
        } else {
            if let trainSeconds { print(String(format: "trained %d tokens in %.2f s", model.vocabularySize, trainSeconds)) }
            print(String(format: "encoded %@ (%d documents) into %d tokens (%.2f bytes/token), 1 thread",
                         Format.tokens(Double(bytes)) + "B", documents.count, tokens, Double(bytes) / Double(max(tokens, 1))))
            print("MB/s per repeat: " + rates.map { String(format: "%.1f", $0) }.joined(separator: " ") + String(format: "; median %.1f", median))
        }
    }
}

/// `velocitune bench sampler`: mixture-sampler throughput.
struct BenchSampler: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sampler",
        abstract: "Measure mixture-sampler throughput (tokens per second, one thread).")

    @Option(help: "A corpus directory made by `prepare`.")
    var data: String

    @Option(help: "Sequences per batch (B).")
    var batch: Int = 8

    @Option(help: "Tokens per sequence (T).")
    var blockSize: Int = 256

    @Option(help: "Seconds to run.")
    var seconds: Double = 2

    func run() throws {
        let directory = URL(fileURLWithPath: data)
        let manifest = try CorpusManifest.load(directory: directory)
        let streams = try manifest.domains.map { domain throws(CorpusError) -> (name: String, shard: TokenShard) in
            (domain.name, try TokenShard(contentsOf: directory.appendingPathComponent(domain.splits["train"]!.file)))
        }
        var weights = streams.map { Double($0.shard.tokenCount) }
        var sampler = try MixtureSampler(domains: streams, sequenceLength: blockSize, seed: 0)
        var buffer = [Int32](repeating: 0, count: batch * (blockSize + 1))
        let clock = ContinuousClock()
        let started = clock.now
        var batches = 0
        var rotate = 0
        var checksum: Int64 = 0
        while (clock.now - started).seconds < seconds {
            for _ in 0..<64 {
                // Change the weights every batch, as a mixer may at any step.
                rotate += 1
                weights[rotate % weights.count] *= 1.0001
                _ = try sampler.nextBatch(rows: batch, weights: weights, into: &buffer)
                // Read every token so no copy can be optimised away.
                checksum &+= buffer.reduce(Int64(0)) { $0 &+ Int64($1) }
                batches += 1
            }
        }
        let elapsed = (clock.now - started).seconds
        let tokens = Double(batches * batch * (blockSize + 1))
        print(String(format: "%d batches of %dx%d in %.2f s: %.1f million tokens/s (one thread, weights changed every batch; token checksum %lld)",
                     batches, batch, blockSize + 1, elapsed, tokens / elapsed / 1e6, checksum))
    }
}
