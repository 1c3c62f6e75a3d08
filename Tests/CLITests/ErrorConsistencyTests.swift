import Foundation
import Testing
import TestSupport

/// The same bad input gives the same message and exit code from every subcommand that reads it.
@Suite struct ErrorConsistencyTests {
    func experiment(in root: URL, corpus: String, training: String) throws -> String {
        let file = root.appendingPathComponent("experiment.yaml")
        try """
            out: \(root.appendingPathComponent("out").path)
            corpus: {path: \(corpus)}
            base: {init: \(root.appendingPathComponent("base").path)}
            training: {\(training)}
            budget_tokens: 1280
            targets: {fraction: 0.5}
            runs: [{name: static, mixer: static}]
            """.write(to: file, atomically: false, encoding: .utf8)
        return file.path
    }

    @Test func aBadOptionValueIsTheSameErrorEverywhere() throws {
        let root = try CLIRunner.temporaryDirectory()
        let corpus = try TestCorpus.prepared(in: root).path
        let results = [
            try CLIRunner.run(["train", "--data", corpus, "--out", root.appendingPathComponent("r").path, "--batch-size", "0"]),
            try CLIRunner.run(["train", "--data", corpus, "--out", root.appendingPathComponent("r").path, "--set", "batch_size=0"]),
            try CLIRunner.run(["targets", "--data", corpus, "--init", root.path, "--budget", "1k", "--batch-size", "0"]),
            try CLIRunner.run(["run", try experiment(in: root, corpus: corpus, training: "batch_size: 0")]),
        ]
        for result in results {
            #expect(result.status == 2, "\(result.stderr)")
            #expect(result.stderr.contains("batch_size: must be at least 1, got 0"), "\(result.stderr)")
            #expect(result.stderr.split(separator: "\n").filter { $0.hasPrefix("velocitune: error:") }.count == 1)
        }
        #expect(results[3].stderr.contains("experiment.yaml:4:"), "the experiment's error names the line: \(results[3].stderr)")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("r").path), "nothing is written")
    }

    @Test func aMissingCorpusIsTheSameErrorEverywhere() throws {
        let root = try CLIRunner.temporaryDirectory()
        let missing = root.appendingPathComponent("no-corpus").path
        let results = [
            try CLIRunner.run(["train", "--data", missing, "--out", root.appendingPathComponent("r").path]),
            try CLIRunner.run(["targets", "--data", missing, "--init", root.path, "--budget", "1k"]),
            try CLIRunner.run(["run", try experiment(in: root, corpus: missing, training: "lr: 0.001")]),
        ]
        let messages = results.map { $0.stderr.split(separator: "\n").first { $0.hasPrefix("velocitune: error:") }.map(String.init) ?? "" }
        for result in results { #expect(result.status == 2, "\(result.stderr)") }
        #expect(Set(messages).count == 1 && messages[0].contains("no-corpus"), "\(messages)")
    }

    @Test func helpIsTextNotAnError() throws {
        for arguments in [["--help"], ["train", "--help"], ["bench", "--help"], ["help", "targets"]] {
            let result = try CLIRunner.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            #expect((result.stdout + result.stderr).contains("USAGE:"), "\(arguments): \(result.stdout)\(result.stderr)")
            #expect(!result.stderr.contains("CommandError"), "\(arguments): \(result.stderr)")
        }
    }
}
