import ArgumentParser
import ConfigFiles
import Foundation
import Pipeline

/// `velocitune demo`: the README's main job, the experiment of `examples/experiment.yaml`
/// (or `examples/experiment-quick.yaml` with `--quick`); with `--model smollm2`, the same
/// experiment with SmolLM2-135M as the base model (`examples/smollm2-cpt.yaml`, or
/// `examples/smollm2-cpt-quick.yaml` with `--quick`).
struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The main job: Velocitune vs static vs distance on the embedded demo corpus, from nothing.",
        discussion: """
            Runs examples/experiment.yaml (--quick: examples/experiment-quick.yaml): prepares \
            corpus/demo (shell, code, math, prose), pre-trains a small GPT-2 on prose, estimates \
            targets with a proxy run, continues pre-training with the static, velocitune and \
            distance mixers (prose kept as replay), and writes an HTML report. Repeating the \
            command skips finished stages. --model smollm2 continues SmolLM2-135M (the GGUF that \
            scripts/setup.sh --python caches) instead of pre-training a GPT-2: the corpus is prepared \
            with its tokenizer and its last blocks are trained (examples/smollm2-cpt.yaml).
            """)

    @Flag(help: "A smaller model and budget (examples/experiment-quick.yaml; with --model smollm2, a smaller budget).") var quick = false
    @Option(help: "The base model: gpt2 (pre-trained here on prose) or smollm2 (SmolLM2-135M, cached by scripts/setup.sh --python).")
    var model: String = "gpt2"
    @Option(help: "The experiment file (default examples/experiment.yaml or examples/experiment-quick.yaml).") var experiment: String?
    @Option(help: "The embedded corpus (folders shell, code, math, prose); replaces the file's corpus folders.") var corpus: String?
    @Option(help: "Where everything goes (default: the file's out).") var out: String?
    @Option(help: "Threads (default: all cores).") var threads: Int?

    func validate() throws {
        guard ["gpt2", "smollm2"].contains(model) else { throw ValidationError("--model: unknown model \"\(model)\" (known: gpt2, smollm2)") }
    }

    func run() throws {
        let stem = model == "smollm2" ? "examples/smollm2-cpt" : "examples/experiment"
        let file = experiment ?? (quick ? "\(stem)-quick.yaml" : "\(stem).yaml")
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
        if model == "smollm2" { try useCachedSmolLM2(&spec) }
        print("velocitune demo: \(file), output \(spec.out)")
        try ExperimentCommand.execute(spec, threads: threads, title: "Velocitune demo\(quick ? " (quick)" : "")")
    }
}

extension Demo {
    /// Points the experiment's base model and corpus tokenizer at the cached SmolLM2 GGUF
    /// (`$VELOCITUNE_SMOLLM2_DIR`, default `~/.cache/velocitune/smollm2`), which must exist.
    func useCachedSmolLM2(_ spec: inout Experiment) throws {
        let environment = ProcessInfo.processInfo.environment
        let directory = environment["VELOCITUNE_SMOLLM2_DIR"] ?? Experiment.expandingHome("~/.cache/velocitune/smollm2")
        let gguf = "\(directory)/SmolLM2-135M-Instruct.Q4_1.gguf"
        guard FileManager.default.fileExists(atPath: gguf) else {
            throw CLIError.invalidInput("\(gguf) not found: scripts/setup.sh --python caches SmolLM2-135M (or set VELOCITUNE_SMOLLM2_DIR)")
        }
        spec.base.initCheckpoint = gguf
        if spec.corpus.domains != nil { spec.corpus.tokenizer = gguf }
    }
}
