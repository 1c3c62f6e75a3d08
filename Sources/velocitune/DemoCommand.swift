import ArgumentParser
import ConfigFiles
import Foundation
import Pipeline

/// `velocitune demo`: the README's main job, the experiment of `examples/experiment.yaml`
/// (or `examples/experiment-quick.yaml` with `--quick`).
struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The main job: Velocitune vs static vs distance on the embedded demo corpus, from nothing.",
        discussion: """
            Runs examples/experiment.yaml (--quick: examples/experiment-quick.yaml): prepares \
            corpus/demo (shell, code, math, prose), pre-trains a small GPT-2 on prose, estimates \
            targets with a proxy run, continues pre-training with the static, velocitune and \
            distance mixers (prose kept as replay), and writes an HTML report. Repeating the \
            command skips finished stages.
            """)

    @Flag(help: "A smaller model and budget (examples/experiment-quick.yaml).") var quick = false
    @Option(help: "The experiment file (default examples/experiment.yaml or examples/experiment-quick.yaml).") var experiment: String?
    @Option(help: "The embedded corpus (folders shell, code, math, prose); replaces the file's corpus folders.") var corpus: String?
    @Option(help: "Where everything goes (default: the file's out).") var out: String?
    @Option(help: "Threads (default: all cores).") var threads: Int?

    func run() throws {
        let file = experiment ?? (quick ? "examples/experiment-quick.yaml" : "examples/experiment.yaml")
        guard FileManager.default.fileExists(atPath: file) else {
            throw CLIError.invalidInput("\(file) not found: run the demo from the repository root, or pass --experiment FILE")
        }
        var spec = try YAMLConfig.load(Experiment.self, from: URL(fileURLWithPath: file))
        if let out { spec.out = out }
        if let corpus, let folders = spec.corpus.domains {
            spec.corpus.domains = Dictionary(uniqueKeysWithValues: folders.keys.map { ($0, "\(corpus)/\($0)") })
        }
        for (name, folder) in (spec.corpus.domains ?? [:]).sorted(by: { $0.key < $1.key }) where !FileManager.default.fileExists(atPath: folder) {
            throw CLIError.invalidInput("\(folder) (domain \(name)) not found: run the demo from the repository root, or pass --corpus DIR")
        }
        print("velocitune demo: \(file), output \(spec.out)")
        try ExperimentCommand.execute(spec, threads: threads, title: "Velocitune demo\(quick ? " (quick)" : "")")
    }
}
