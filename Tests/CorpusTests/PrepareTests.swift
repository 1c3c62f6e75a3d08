import Common
import Foundation
import Testing
import TestSupport
@testable import Corpus

@Suite struct PrepareTests {
    func options(_ root: URL, _ out: URL, vocabulary: Int = 320) -> PrepareOptions {
        PrepareOptions(domains: [DomainSource(name: "alpha", path: root.appendingPathComponent("alpha")),
                                 DomainSource(name: "beta", path: root.appendingPathComponent("beta"))],
                       output: out, vocabularySize: vocabulary, validFraction: 0.2, testFraction: 0.1, seed: 3, threads: 2)
    }

    @Test func writesShardsManifestAndTokenizerThatAgree() throws {
        let root = try Repository.temporaryDirectory("vt-prep")
        try writeCorpusTree(root)
        let out = root.appendingPathComponent("corpus")
        let manifest = try CorpusBuilder.prepare(options(root, out), progress: ProgressLine(interactive: false))
        #expect(manifest.domains.map(\.name) == ["alpha", "beta"])
        let model = try TokenizerFile.load(huggingFace: out.appendingPathComponent("tokenizer.json"))
        var encoder = BPEEncoder(model: model)
        for domain in manifest.domains {
            #expect(domain.splits.keys.sorted() == ["test", "train", "valid"])
            // 12 documents are too few to split by size: they were cut into pieces first.
            let pieces = try #require(domain.pieces)
            #expect(pieces.cutDocuments > 0 && domain.splits["valid"]!.documents >= DocumentSplit.minimumHeldOutDocuments)
            // The train shard is exactly the train documents, encoded and separated by <|endoftext|>.
            let shard = try TokenShard(contentsOf: out.appendingPathComponent(domain.splits["train"]!.file))
            let tokens = shard.allTokens()
            #expect(tokens.last == model.endOfText)
            #expect(tokens.filter { $0 == model.endOfText }.count == domain.splits["train"]!.documents)
            let firstDocument = Array(tokens.prefix { $0 != model.endOfText! })
            let decoded = String(decoding: try encoder.decode(firstDocument), as: UTF8.self)
            #expect(encoder.encode(decoded, allowSpecial: false) == firstDocument)
        }
        let verification = try CorpusVerification.verify(directory: out)
        #expect(verification.shardsChecked == 6)
    }

    @Test func sameInputsGiveBitIdenticalOutputs() throws {
        let root = try Repository.temporaryDirectory("vt-det")
        try writeCorpusTree(root)
        let a = root.appendingPathComponent("a"), b = root.appendingPathComponent("b")
        var first = options(root, a)
        first.threads = 1
        _ = try CorpusBuilder.prepare(first, progress: ProgressLine(interactive: false))
        _ = try CorpusBuilder.prepare(options(root, b), progress: ProgressLine(interactive: false))
        let files = try FileManager.default.subpathsOfDirectory(atPath: a.path).sorted()
        #expect(files == (try FileManager.default.subpathsOfDirectory(atPath: b.path).sorted()))
        for file in files where !file.hasSuffix("shards") {
            #expect(FileManager.default.contentsEqual(atPath: a.appendingPathComponent(file).path, andPath: b.appendingPathComponent(file).path), "\(file) differs")
        }
    }

    @Test func badInputsFailClearlyAndLeaveNothingHalfWritten() throws {
        let root = try Repository.temporaryDirectory("vt-bad")
        try writeCorpusTree(root)
        let out = root.appendingPathComponent("corpus")
        func failure(_ change: (inout PrepareOptions) -> Void) -> String {
            var o = options(root, out)
            change(&o)
            do { _ = try CorpusBuilder.prepare(o, progress: ProgressLine(interactive: false)); return "no error" } catch { return "\(error)" }
        }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("empty"), withIntermediateDirectories: true)
        #expect(failure { $0.domains.append(DomainSource(name: "empty", path: root.appendingPathComponent("empty"))) }.contains("domain \"empty\""))
        #expect(failure { $0.domains.append(DomainSource(name: "gone", path: root.appendingPathComponent("gone"))) }.contains("no such file"))
        #expect(failure { $0.domains.append($0.domains[0]) } == "domain \"alpha\" is given more than once")
        #expect(failure { $0.domains[0].name = "a/b" }.contains("domain name \"a/b\""))
        #expect(!FileManager.default.fileExists(atPath: out.path), "a failed prepare leaves no output")
        // An existing directory that is not a corpus is never overwritten.
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try "mine".write(to: out.appendingPathComponent("notes.txt"), atomically: false, encoding: .utf8)
        #expect(failure { _ in }.contains("is not a velocitune corpus"))
        #expect(try String(contentsOf: out.appendingPathComponent("notes.txt"), encoding: .utf8) == "mine")
        // A corpus is replaced whole, and a failed rerun keeps the old one intact.
        try FileManager.default.removeItem(at: out)
        _ = try CorpusBuilder.prepare(options(root, out), progress: ProgressLine(interactive: false))
        #expect(failure { $0.domains.append(DomainSource(name: "gone", path: root.appendingPathComponent("gone"))) }.contains("no such file"))
        #expect(try CorpusVerification.verify(directory: out).shardsChecked == 6)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasPrefix(".corpus") }
        #expect(leftovers.isEmpty, "no staging directories left behind: \(leftovers)")
    }

    @Test func inspectionCatchesATokenizerThatDoesNotMatchTheShards() throws {
        let root = try Repository.temporaryDirectory("vt-insp")
        try writeCorpusTree(root)
        let out = root.appendingPathComponent("corpus")
        _ = try CorpusBuilder.prepare(options(root, out), progress: ProgressLine(interactive: false))
        let tokenizer = out.appendingPathComponent("tokenizer.json")
        try (try String(contentsOf: tokenizer, encoding: .utf8)).replacingOccurrences(of: "\"version\": \"1.0\"", with: "\"version\": \"1.1\"")
            .write(to: tokenizer, atomically: false, encoding: .utf8)
        #expect { try CorpusVerification.verify(directory: out) } throws: { "\($0)".contains("does not match the shards") }
    }
}
