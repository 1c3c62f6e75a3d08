import Common
import Foundation
import Testing
import TestSupport
@testable import Corpus

/// Writes a small multi-domain corpus tree and returns its root.
func writeCorpusTree(_ root: URL, documentsPerDomain: Int = 12) throws {
    let fm = FileManager.default
    let texts = [
        "alpha": { (i: Int) in "Alpha document \(i): " + String(repeating: "the cat sat on the mat and purred. ", count: 20 + i) },
        "beta": { (i: Int) in "def f\(i)(x):\n    return x * \(i) + 1\n\n" + String(repeating: "for k in range(10):\n    print(k)\n", count: 10 + i) },
    ]
    for (name, make) in texts {
        for i in 0..<documentsPerDomain {
            let dir = root.appendingPathComponent("\(name)/part\(i % 3)")
            try fm.createDirectory(at: dir, withIntermediateDirectories: true)
            try make(i).write(to: dir.appendingPathComponent("doc\(i).txt"), atomically: false, encoding: .utf8)
        }
    }
}

@Suite struct DocumentReaderTests {
    @Test func readsTextGzipAndJSONLinesAndSkipsWhatIsNotText() throws {
        let root = try Repository.temporaryDirectory("vt-docs")
        let fm = FileManager.default
        try fm.createDirectory(at: root.appendingPathComponent("sub/.hidden"), withIntermediateDirectories: true)
        try "plain".write(to: root.appendingPathComponent("b.txt"), atomically: false, encoding: .utf8)
        try "nested".write(to: root.appendingPathComponent("sub/a.md"), atomically: false, encoding: .utf8)
        try "secret".write(to: root.appendingPathComponent("sub/.hidden/x.txt"), atomically: false, encoding: .utf8)
        try Data().write(to: root.appendingPathComponent("empty.txt"))
        try Data([0x41, 0x00, 0x42]).write(to: root.appendingPathComponent("blob.bin"))
        try "{\"text\": \"one\"}\n\n{\"text\": \"two\", \"id\": 3}\n".write(to: root.appendingPathComponent("c.jsonl"), atomically: false, encoding: .utf8)
        let gz = Process()
        try "zipped text".write(to: root.appendingPathComponent("d.txt"), atomically: false, encoding: .utf8)
        gz.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        gz.arguments = ["gzip", "-n", root.appendingPathComponent("d.txt").path]
        try gz.run()
        gz.waitUntilExit()
        let (documents, skipped) = try DocumentReader.read(root)
        #expect(documents.map(\.id) == ["b.txt", "c.jsonl#1", "c.jsonl#3", "d.txt.gz", "sub/a.md"])
        #expect(documents.map { String(decoding: $0.bytes, as: UTF8.self) } == ["plain", "one", "two", "zipped text", "nested"])
        #expect(Set(skipped.map(\.path)) == ["empty.txt", "blob.bin"])
    }

    @Test func malformedJSONLinesNameTheLine() throws {
        let root = try Repository.temporaryDirectory("vt-jsonl")
        try "{\"text\": \"ok\"}\n{\"body\": \"no text\"}\n".write(to: root.appendingPathComponent("x.jsonl"), atomically: false, encoding: .utf8)
        #expect(throws: CorpusError.malformedJSONLine(root.appendingPathComponent("x.jsonl").path, 2)) { try DocumentReader.read(root) }
        #expect(throws: CorpusError.self) { try DocumentReader.read(root.appendingPathComponent("missing")) }
    }
}

@Suite struct DocumentSplitTests {
    func assign(_ ids: [String], sizes: [Int]? = nil, seed: UInt64 = 7, valid: Double = 0.1, test: Double = 0.05,
                minimum: Int = 0) throws -> [Split] {
        try DocumentSplit.assign(ids: ids, sizes: sizes ?? ids.map { _ in 100 }, seed: seed, validFraction: valid, testFraction: test,
                                 minimumHeldOutBytes: minimum, domain: "d")
    }

    @Test func splitsByDocumentDeterministicallyAndIndependentlyOfOrder() throws {
        let ids = (0..<100).map { "doc\($0).txt" }
        let splits = try assign(ids)
        #expect(splits.filter { $0 == .valid }.count == 10 && splits.filter { $0 == .test }.count == 5)
        #expect(Array(try assign(ids.reversed()).reversed()) == splits)
        #expect(try assign(ids, seed: 8) != splits)
        // Small domains still get one held-out document per split; too small ones are refused.
        #expect(try assign(["a", "b", "c"], valid: 0.01, test: 0.01).sorted { $0.rawValue < $1.rawValue } == [.test, .train, .valid])
        #expect(throws: CorpusError.tooFewDocuments("d", 2, 3)) { try assign(["a", "b"], valid: 0.1, test: 0.1) }
    }

    @Test func heldOutSplitsTakeTheirShareOfBytesAndAMinimum() throws {
        let ids = (0..<200).map { "doc\($0)" }
        var rng = SplitMix64(seed: 3)
        let sizes = ids.map { _ in 50 + rng.nextIndex(below: 5000) }
        let total = sizes.reduce(0, +)
        let splits = try assign(ids, sizes: sizes, valid: 0.05, test: 0.05)
        for split in [Split.valid, .test] {
            let bytes = zip(splits, sizes).filter { $0.0 == split }.map(\.1).reduce(0, +)
            #expect(Double(bytes) >= 0.05 * Double(total) && Double(bytes) <= 0.05 * Double(total) + 5050, "\(split): \(bytes) of \(total)")
        }
        // A minimum above the fraction raises a held-out split to it (here 8% of the domain).
        let larger = try assign(ids, sizes: sizes, valid: 0.01, test: 0, minimum: total * 8 / 100)
        #expect(zip(larger, sizes).filter { $0.0 == .valid }.map(\.1).reduce(0, +) >= total * 8 / 100)
        // ...but never past a fifth of the domain.
        let capped = try assign(ids, sizes: sizes, valid: 0.01, test: 0, minimum: total)
        let held = zip(capped, sizes).filter { $0.0 == .valid }.map(\.1).reduce(0, +)
        #expect(held >= total / 5 && held <= total / 5 + 5050)
    }

    @Test func aDomainOfFewLargeFilesIsCutIntoPiecesAtLineBreaks() throws {
        // The case that failed: 11 files, one of them 21 bytes, the rest large.
        var documents = [Document(id: "tiny", bytes: Array("a twenty-one byte doc".utf8))]
        for f in 0..<10 {
            documents.append(Document(id: "file\(f)", bytes: Array((0..<800).map { "entry \(f)-\($0): a definition of some length\n" }.joined().utf8)))
        }
        let plan = try DocumentSplit.plan(documents, seed: 0, validFraction: 0.05, testFraction: 0.05, minimumHeldOutBytes: 32768,
                                          domain: "dictionary")
        let pieceBytes = try #require(plan.pieceBytes)
        #expect(plan.cut == 10 && plan.documents.allSatisfy { $0.bytes.count <= pieceBytes })
        #expect(plan.documents.filter { $0.id != "tiny" }.allSatisfy { $0.bytes.last == 0x0A }, "pieces end at line breaks")
        for document in documents {
            let joined = plan.documents.filter { $0.id == document.id || $0.id.hasPrefix(document.id + "#") }.flatMap(\.bytes)
            #expect(joined == document.bytes, "the pieces of \(document.id) are the document")
        }
        let total = documents.reduce(0) { $0 + $1.bytes.count }
        for split in [Split.valid, .test] {
            let members = zip(plan.splits, plan.documents).filter { $0.0 == split }.map(\.1)
            #expect(members.reduce(0) { $0 + $1.bytes.count } >= min(32768, total / 5))
            #expect(members.count >= DocumentSplit.minimumHeldOutDocuments, "\(split): \(members.count) pieces")
        }
    }

    @Test func enoughDocumentsPerHeldOutSplitAreNotCut() throws {
        let documents = (0..<400).map { Document(id: "d\($0)", bytes: Array(repeating: 0x61, count: 1000 + $0)) }
        let plan = try DocumentSplit.plan(documents, seed: 1, validFraction: 0.05, testFraction: 0.05, minimumHeldOutBytes: 0, domain: "d")
        #expect(plan.cut == 0 && plan.pieceBytes == nil && plan.documents.count == 400)
    }
}

@Suite struct TokenShardTests {
    func writeShard(_ tokens: [UInt32], vocabularySize: Int = 1000) throws -> URL {
        let url = try Repository.temporaryDirectory("vt-shard").appendingPathComponent("s.bin")
        try TokenShard.encode(tokens: tokens, documentCount: 2, vocabularySize: vocabularySize).write(to: url)
        return url
    }

    @Test func roundTripsInBothTokenWidths() throws {
        let small = try TokenShard(contentsOf: writeShard([1, 2, 999, 0]))
        #expect(small.tokenWidth == 2 && small.allTokens() == [1, 2, 999, 0] && small.documentCount == 2)
        let large = try TokenShard(contentsOf: writeShard([70_000, 3], vocabularySize: 100_000))
        #expect(large.tokenWidth == 4 && large.allTokens() == [70_000, 3])
    }

    @Test func detectsCorruptionTruncationAndForeignFiles() throws {
        let url = try writeShard(Array(0..<500))
        var bytes = try Data(contentsOf: url)
        bytes[TokenShard.headerSize + 101] ^= 0x40
        try bytes.write(to: url)
        #expect { try TokenShard(contentsOf: url) } throws: { "\($0)".contains("checksum mismatch") }
        try bytes.prefix(bytes.count - 3).write(to: url)
        #expect { try TokenShard(contentsOf: url) } throws: { "\($0)".contains("truncated") }
        try Data("hello, not a shard at all, definitely not; padding padding padding padding".utf8).write(to: url)
        #expect { try TokenShard(contentsOf: url) } throws: { "\($0)".contains("bad magic") }
    }

    /// The README's format description is enough for another tool: a short numpy reader
    /// (scripts/read_shard.py) must read the same tokens and verify the checksum.
    @Test func aNumpyReaderFollowingTheREADMEReadsTheSameTokens() throws {
        guard PythonPeer.available(["numpy"]) else { print("numpy not installed: skipping"); return }
        let tokens: [UInt32] = (0..<1000).map { UInt32(($0 * 7919) % 997) }
        let url = try writeShard(tokens)
        let output = try PythonPeer.runScript("scripts/read_shard.py", [url.path])
        #expect(output.status == 0, "\(output.stderr)")
        let read = String(decoding: output.stdout, as: UTF8.self).split(separator: "\n")
        #expect(read.first == "tokens=1000 documents=2 vocab=1000 width=2 crc=ok")
        #expect(read.dropFirst().first.map { $0.split(separator: " ").compactMap { UInt32($0) } } == tokens)
    }
}
