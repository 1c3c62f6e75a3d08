import Foundation
import Testing
import TestSupport

/// Bad experiment files: one clear error naming the field, exit 2, and nothing written.
@Suite struct ExperimentInputTests {
    func experiment(in root: URL, corpus: String, training: String = "lr: 0.001", extra: String = "",
                    runs: String = "[{name: static, mixer: static}]") throws -> (file: String, out: URL) {
        let out = root.appendingPathComponent("out-\(UUID().uuidString.prefix(6))")
        let file = root.appendingPathComponent("experiment-\(UUID().uuidString.prefix(6)).yaml")
        try """
            out: \(out.path)
            corpus: {path: \(corpus)}
            base: {init: \(root.appendingPathComponent("base").path)}
            training: {\(training)}
            budget_tokens: 1280
            targets: {fraction: 0.5}
            runs: \(runs)
            \(extra)
            """.write(to: file, atomically: false, encoding: .utf8)
        return (file.path, out)
    }

    @Test func eachBadFieldIsOneErrorNamingItAndNothingIsWritten() throws {
        let root = try CLIRunner.temporaryDirectory()
        let corpus = try TestCorpus.prepared(in: root).path
        let cases: [(file: (file: String, out: URL), expected: String)] = [
            (try experiment(in: root, corpus: corpus, training: "replay_domains: [poetry]"), "training.replay_domains: \"poetry\" is not a domain"),
            (try experiment(in: root, corpus: corpus, runs: "[{name: static, mixer: static, replay_domains: [prose, code]}]"),
             "runs[0].replay_domains: every domain is a replay domain"),
            (try experiment(in: root, corpus: corpus, extra: "seeds: []"), "seeds: must list at least one seed"),
            (try experiment(in: root, corpus: corpus, extra: "seeds: [0, a]"), "seeds[1]"),
            (try experiment(in: root, corpus: corpus, extra: "seeds: [1.5]"), "seeds[0]"),
            (try experiment(in: root, corpus: corpus, extra: "seeds: [2, 2]"), "seeds[1]: seed 2 is listed twice"),
            (try experiment(in: root, corpus: corpus, runs: "[{name: static, mixer: static}, {name: r, mixer: replay, replay: velocitune, replay_average: true}]"),
             "runs[1].replay: \"velocitune\" must name an earlier run"),
            (try experiment(in: root, corpus: corpus, training: "warmup_steps: 100"), "targets.fraction: the proxy's trunk"),
        ]
        for (experiment, expected) in cases {
            let result = try CLIRunner.run(["run", experiment.file])
            let errors = result.stderr.split(separator: "\n").filter { $0.hasPrefix("velocitune: error:") }
            #expect(result.status == 2, "\(expected): \(result.stderr)")
            #expect(errors.count == 1 && errors[0].contains(expected), "\(expected): \(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: experiment.out.path), "\(expected): nothing is written")
        }
    }
}
