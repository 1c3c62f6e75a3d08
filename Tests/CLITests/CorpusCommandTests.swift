import Foundation
import Testing
import TestSupport

@Suite struct CorpusCommandTests {
    /// A two-domain text tree: enough documents to split, small enough to prepare in a second.
    func textTree() throws -> URL {
        let root = try CLIRunner.temporaryDirectory()
        for (domain, line) in [("prose", "The king walked slowly through the quiet castle at night. "), ("code", "def add(a, b):\n    return a + b\n")] {
            for i in 0..<10 {
                let dir = root.appendingPathComponent(domain)
                try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
                try String(repeating: line, count: 30 + i).write(to: dir.appendingPathComponent("\(i).txt"), atomically: false, encoding: .utf8)
            }
        }
        return root
    }

    @Test func prepareInspectAndTokenizeWorkTogether() throws {
        let root = try textTree()
        let out = root.appendingPathComponent("corpus").path
        let prepare = try CLIRunner.run(["prepare", "--domain", "prose=\(root.path)/prose", "--domain", "code=\(root.path)/code",
                                         "--out", out, "--vocab-size", "300", "--valid-fraction", "0.2", "--test-fraction", "0.1"])
        #expect(prepare.status == 0, "\(prepare.stderr)")
        #expect(prepare.stdout.contains("prose") && prepare.stdout.contains("total"))
        let inspect = try CLIRunner.run(["inspect", out])
        #expect(inspect.status == 0 && inspect.stdout.contains("verified 6 shards"))
        let text = "The king walked. def add(a, b):<|endoftext|>"
        let encoded = try CLIRunner.run(["tokenize", "--tokenizer", "\(out)/tokenizer.json"], stdin: text)
        #expect(encoded.status == 0)
        let ids = encoded.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(ids.split(separator: " ").last == "299", "<|endoftext|> is the last id")
        let decoded = try CLIRunner.run(["tokenize", "--tokenizer", "\(out)/tokenizer.json", "--decode"], stdin: ids)
        #expect(decoded.stdout == text)
    }

    @Test func inspectRejectsACorruptedShardWithExitCodeTwo() throws {
        let root = try textTree()
        let out = root.appendingPathComponent("corpus")
        #expect(try CLIRunner.run(["prepare", "--domain", "prose=\(root.path)/prose", "--out", out.path, "--vocab-size", "300"]).status == 0)
        let shard = out.appendingPathComponent("shards/prose.train.bin")
        var bytes = try Data(contentsOf: shard)
        bytes[bytes.count - 1] ^= 0xFF
        try bytes.write(to: shard)
        let result = try CLIRunner.run(["inspect", out.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("prose.train.bin") && result.stderr.contains("checksum mismatch"))
    }

    @Test func prepareReportsBadDomainsOnOneLineWithExitCodeTwo() throws {
        let root = try textTree()
        let empty = root.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        for (arguments, message) in [
            (["--domain", "prose=\(root.path)/prose", "--domain", "e=\(empty.path)"], "domain \"e\""),
            (["--domain", "prose=\(root.path)/prose", "--domain", "prose=\(root.path)/code"], "given more than once"),
            (["--domain", "x=/no/such/dir"], "/no/such/dir: no such file or directory"),
            (["--domain", "missing-equals"], "expects NAME=PATH"),
        ] {
            let result = try CLIRunner.run(["prepare"] + arguments + ["--out", root.appendingPathComponent("out").path])
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.contains(message), "\(result.stderr)")
            #expect(result.stderr.split(separator: "\n").filter { $0.hasPrefix("velocitune: error") }.count == 1)
        }
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("out").path))
    }
}
