import ArgumentParser
import Foundation
import Mixing
import Pipeline
import Training

/// `velocitune demo`: the README's main job.
struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The main job: Velocitune vs static vs distance on the embedded demo corpus, from nothing.",
        discussion: """
            Prepares corpus/demo (shell, code, math, prose), pre-trains a small GPT-2 on prose, \
            estimates targets with a proxy run, continues pre-training with the static, velocitune \
            and distance mixers (prose kept as replay), and writes an HTML report. About 10 minutes \
            on 2 cores (--quick: a smaller model and budget, about 2). Repeating the command skips \
            finished stages. The same experiment as a file: examples/experiment.yaml.
            """)

    @Flag(help: "A smaller model and budget (about 2 minutes).") var quick = false
    @Option(help: "The embedded corpus (folders shell, code, math, prose).") var corpus: String = "corpus/demo"
    @Option(help: "Where everything goes (default demo-output/full or demo-output/quick).") var out: String?
    @Option(help: "Threads (default: all cores).") var threads: Int?

    func run() throws {
        let domains = ["shell", "code", "math", "prose"]
        for domain in domains where !FileManager.default.fileExists(atPath: "\(corpus)/\(domain)") {
            throw CLIError.invalidInput("\(corpus)/\(domain) not found: run the demo from the repository root, or pass --corpus DIR")
        }
        print("velocitune demo\(quick ? " --quick" : ""): corpus \(corpus), output \(out ?? "demo-output/\(quick ? "quick" : "full")")")
        try ExperimentCommand.execute(Self.experiment(quick: quick, corpus: corpus, out: out ?? "demo-output/\(quick ? "quick" : "full")"),
                                      threads: threads, title: "Velocitune demo\(quick ? " (quick)" : "")")
    }

    /// The demo experiment.
    static func experiment(quick: Bool, corpus: String, out: String) -> Experiment {
        func layer(_ change: (inout TrainingOptions) -> Void, _ keys: [String]) -> OptionLayer {
            var options = TrainingOptions()
            change(&options)
            return OptionLayer(keys: Set(keys), options: options)
        }
        let model = quick
            ? layer({ $0.nLayer = 2; $0.nHead = 2; $0.nEmbd = 64; $0.blockSize = 64 }, ["n_layer", "n_head", "n_embd", "block_size"])
            : layer({ $0.nLayer = 4; $0.nHead = 4; $0.nEmbd = 128; $0.blockSize = 128 }, ["n_layer", "n_head", "n_embd", "block_size"])
        let pretrain = layer({
            $0.weights = .explicit(["prose": 1])
            $0.maxSteps = quick ? 800 : 1000
            $0.lr = quick ? 3e-3 : 2e-3
            $0.minLr = 2e-4
            $0.warmupSteps = 100
            $0.evalEvery = quick ? 400 : 500
            $0.evalTokens = 2048
            $0.checkpointEvery = 500
        }, ["weights", "max_steps", "lr", "min_lr", "warmup_steps", "eval_every", "eval_tokens", "checkpoint_every"])
        // Continual pre-training keeps the proxy's schedule (constant after warm-up) so that the
        // runs follow the dynamics the targets were extrapolated from; a cosine decay would end
        // every domain below its target and clamp all velocities to 0.
        let training = layer({
            $0.lr = quick ? 2e-3 : 1e-3
            $0.warmupSteps = 100
            $0.schedule = .constant
            $0.evalEvery = 500
            $0.evalTokens = 2048
            $0.updateEvery = quick ? 200 : 100
            $0.checkpointEvery = 500
        }, ["lr", "warmup_steps", "schedule", "eval_every", "eval_tokens", "update_every", "checkpoint_every"])
        let runs = [PolicyKind.static, .velocitune, .distance].map { policy in
            Experiment.RunSpec(name: policy.rawValue, options: layer({ $0.mixer = policy }, ["mixer"]))
        }
        return Experiment(out: out,
                          corpus: .init(domains: Dictionary(uniqueKeysWithValues: ["shell", "code", "math", "prose"].map { ($0, "\(corpus)/\($0)") }),
                                        order: ["shell", "code", "math", "prose"], vocabSize: 4096),
                          base: .init(pretrain: pretrain), model: model, training: training, budgetTokens: quick ? 1.5e6 : 3e6,
                          targets: .init(fraction: 0.1, checkpoints: 8), runs: runs)
    }
}
