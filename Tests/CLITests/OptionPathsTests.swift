import Artifacts
import Common
import ConfigFiles
import Foundation
import Mixing
import Pipeline
import Testing
import TestSupport
@testable import velocitune

/// Every training option reaches the options the same way through every path that sets it: a
/// `--config` file, an experiment file's layer, `--key-name VALUE`, `--key-name=VALUE` and
/// `--set key=value`.
@Suite struct OptionPathsTests {
    /// A value for `key` that differs from its default, as a user would type it.
    func sample(_ key: OptionKey<TrainingOptions>) -> String {
        switch key.expected {
        case Int.expected: return "7"
        case UInt64.expected: return "42"
        case Double.expected: return "0.5"
        case InitialWeights.expected: return "uniform"
        case DomainNames.expected: return "prose"
        default:
            // The first of the names ("a, b or c") that is not the default.
            let names = key.expected.replacingOccurrences(of: " or ", with: ", ").components(separatedBy: ", ")
            return names.first { $0 != key.value(in: TrainingOptions()) }!
        }
    }

    @Test func everyKeyThroughEveryPath() throws {
        let defaults = TrainingOptions()
        for key in TrainingOptions.keys {
            let text = sample(key)
            #expect(key.value(in: defaults) != key.value(in: try { var o = defaults; try o.set(key.name, text: text); return o }()),
                    "\(key.name): the sample must differ from the default")
            var expected = defaults
            try expected.set(key.name, text: text)

            let file = try CLIRunner.temporaryDirectory().appendingPathComponent("options.yaml")
            try "\(key.name): \(text)\n".write(to: file, atomically: false, encoding: .utf8)
            let paths: [(String, [String])] = [
                ("config", ["--config", file.path]),
                ("flag", [key.flag, text]),
                ("flag=", ["\(key.flag)=\(text)"]),
                ("set", ["--set", "\(key.name)=\(text)"]),
            ]
            for (path, arguments) in paths {
                let resolved = try TrainingFlags.parse(arguments).resolve()
                #expect(resolved == expected, "\(key.name) through \(path)")
            }
            let experiment = try YAMLConfig.decode(Experiment.self, yaml: """
                out: x
                corpus: {path: c}
                base: {init: b}
                budget_tokens: 1000
                targets: {fraction: 0.1}
                training: {\(key.name): \(text)}
                runs: [{name: r, \(key.name): \(text)}]
                """, file: "e.yaml")
            #expect(TrainingLayer.resolve(defaults, [experiment.training!]) == expected, "\(key.name) through an experiment's training")
            #expect(experiment.runs[0].options.applied(to: defaults) == expected, "\(key.name) through a run's own keys")
        }
    }

    @Test func laterLayersWinAndUnknownKeysAreRefused() throws {
        let file = try CLIRunner.temporaryDirectory().appendingPathComponent("options.yaml")
        try "lr: 0.01\nmax_steps: 50\n".write(to: file, atomically: false, encoding: .utf8)
        let resolved = try TrainingFlags.parse(["--config", file.path, "--lr", "0.02", "--set", "lr=0.03"]).resolve()
        #expect(resolved.lr == 0.03 && resolved.maxSteps == 50)
        #expect(throws: OptionError.self) { _ = try TrainingFlags.parse(["--set", "lrr=0.1"]).resolve() }
        #expect { _ = try TrainingFlags.parse(["--batch-size", "0"]).resolve() } throws: {
            ($0 as? OptionError)?.description == "batch_size: must be at least 1, got 0"
        }
        #expect { _ = try TrainingFlags.parse(["--max-step", "3"]).resolve() } throws: { "\($0)".contains("did you mean max_steps") }
    }
}

/// The README documents every declared option in its training-options table.
@Suite struct OptionDocumentationTests {
    @Test func theReadmeTableListsEveryKey() throws {
        let readme = try String(contentsOf: Repository.root.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "### Training options"))
        let section = readme[start.upperBound...].prefix { _ in true }.components(separatedBy: "\n## ")[0]
        let rows = section.split(separator: "\n").filter { $0.hasPrefix("| `") }.map { $0.split(separator: "|")[0] }
        for key in TrainingOptions.keyNames {
            #expect(rows.contains { $0.contains("`\(key)`") }, "README's training options table has no row for \(key)")
        }
    }
}

