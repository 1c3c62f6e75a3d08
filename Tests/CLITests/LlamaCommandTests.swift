import Foundation
import Testing
import TestSupport

/// Llama models from the command line: `train --init` a Hugging Face directory (all tensors, the
/// last block, LoRA), `eval --checkpoint`, `merge`, an experiment with a Llama base and the
/// model's tokenizer, and bad input (vocabulary, block size, options): one message, exit 2.
@Suite(.serialized) struct LlamaCommandTests {
    let shape = ["--block-size", "16", "--batch-size", "4", "--eval-tokens", "64", "--test-tokens", "64", "--warmup-steps", "2", "--threads", "1"]

    /// A prepared test corpus and a tiny random Llama of its vocabulary saved by `transformers`
    /// (nil when it is not installed).
    func setUp() throws -> (root: URL, corpus: URL, model: URL)? {
        let root = try CLIRunner.temporaryDirectory()
        let corpus = try TestCorpus.prepared(in: root)
        guard let model = try ModelFiles.tinyLlama(in: root, vocabulary: try vocabularySize(corpus)) else {
            print("python torch/transformers not installed: skipping (scripts/setup.sh --python installs them)")
            return nil
        }
        return (root, corpus, model)
    }

    func vocabularySize(_ corpus: URL) throws -> Int {
        let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: corpus.appendingPathComponent("manifest.json"))) as! [String: Any]
        return (manifest["tokenizer"] as! [String: Any])["vocab_size"] as! Int
    }

    func evalJSON(_ arguments: [String]) throws -> [String: Double] {
        let result = try CLIRunner.run(["eval", "--eval-tokens", "64", "--block-size", "16", "--json"] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return object?["domains"] as? [String: Double] ?? [:]
    }

    @Test func trainEvalAndMergeALlama() throws {
        guard let setup = try setUp() else { return }
        let (root, corpus, model) = setup
        let before = try evalJSON(["--data", corpus.path, "--checkpoint", model.path])
        for (name, mode) in [("full", [String]()), ("last", ["--train-last-blocks", "1"]), ("lora", ["--lora-rank", "4", "--lr", "1e-2"])] {
            let run = root.appendingPathComponent(name)
            let train = try CLIRunner.run(["train", "--data", corpus.path, "--out", run.path, "--init", model.path, "--max-steps", "8",
                                           "--eval-every", "8"] + shape + mode)
            #expect(train.status == 0, "\(name): \(train.stderr)")
            #expect(train.stdout.contains("8 steps") && train.stdout.contains("peak RSS"), "\(train.stdout)")
            #expect(train.stderr.contains("llama model"), "\(train.stderr)")
            let checkpoint = run.appendingPathComponent("checkpoints/step-00000008")
            let after = try evalJSON(["--data", corpus.path, "--checkpoint", checkpoint.path])
            for (domain, loss) in before { #expect(after[domain]! < loss, "\(name): \(domain) learns") }
            if name == "lora" {
                let merged = root.appendingPathComponent("merged")
                let merge = try CLIRunner.run(["merge", "--adapter", checkpoint.path, "--out", merged.path])
                #expect(merge.status == 0, "\(merge.stderr)")
                let mergedLosses = try evalJSON(["--data", corpus.path, "--checkpoint", merged.path])
                for (domain, loss) in after { #expect(abs(mergedLosses[domain]! - loss) < 1e-4, "merged \(domain)") }
            }
        }
    }

    @Test func anExperimentWithALlamaBaseAndTheModelsTokenizer() throws {
        guard let setup = try setUp() else { return }
        let (root, corpus, model) = setup
        let file = root.appendingPathComponent("experiment.yaml")
        try """
            out: \(root.appendingPathComponent("out").path)
            corpus:
              domains: {prose: \(root.path)/text/prose, code: \(root.path)/text/code}
              tokenizer: \(corpus.path)/tokenizer.json
              valid_fraction: 0.2
              test_fraction: 0.1
            base: {init: \(model.path)}
            training: {batch_size: 4, block_size: 16, lr: 3.0e-3, warmup_steps: 3, schedule: constant, eval_tokens: 64, test_tokens: 64,
                       update_every: 5, checkpoint_every: 5, train_last_blocks: 2, replay_domains: [prose]}
            budget_tokens: 1280
            targets: {fraction: 0.5}
            runs:
              - {name: static, mixer: static}
              - {name: velocitune, mixer: velocitune}
            threads: 1
            """.write(to: file, atomically: false, encoding: .utf8)
        let result = try CLIRunner.run(["run", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("velocitune") && result.stdout.contains("report:"))
        // The runs' checkpoints are Hugging Face directories.
        let checkpoints = root.appendingPathComponent("out/runs/static/checkpoints")
        let last = try #require(try FileManager.default.contentsOfDirectory(atPath: checkpoints.path).sorted().last)
        #expect(FileManager.default.fileExists(atPath: checkpoints.appendingPathComponent("\(last)/config.json").path))
    }

    @Test func badInputsExitWithCodeTwoAndOneMessage() throws {
        guard let setup = try setUp() else { return }
        let (root, corpus, model) = setup
        let other = try #require(try ModelFiles.tinyLlama(in: root.appendingPathComponent("other"), vocabulary: 311))
        let cases: [([String], String)] = [
            (["--init", other.path], "the model's vocabulary (311 tokens) differs from the corpus tokenizer's"),
            (["--init", model.path, "--block-size", "65"], "block_size 65 exceeds the checkpoint's 64"),
            (["--init", model.path, "--train-last-blocks", "9"], "train_last_blocks: the model has 3 blocks, got 9"),
            (["--init", model.path, "--lora-targets", "q_proj,w_proj"], "\"w_proj\" is not one of q_proj"),
            (["--n-layer", "2", "--n-head", "2", "--n-embd", "16", "--lora-rank", "2"], "lora_rank: only Llama models"),
        ]
        for (arguments, message) in cases {
            let result = try CLIRunner.run(["train", "--data", corpus.path, "--out", root.appendingPathComponent("run").path] + shape + arguments)
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains(message), "\(result.stderr)")
            #expect(result.stderr.split(separator: "\n").filter { $0.hasPrefix("velocitune: error:") }.count == 1)
        }
        let eval = try CLIRunner.run(["eval", "--data", corpus.path, "--checkpoint", other.path])
        #expect(eval.status == 2 && eval.stderr.contains("prepare --tokenizer"), "\(eval.stderr)")
        // A tokenizer and a vocabulary size for the same corpus: the experiment file's line.
        let file = root.appendingPathComponent("e.yaml")
        try """
            out: x
            corpus: {domains: {prose: p}, tokenizer: t.json, vocab_size: 300}
            base: {init: \(model.path)}
            budget_tokens: 1000
            targets: {fraction: 0.1}
            runs: [{name: r}]
            """.write(to: file, atomically: false, encoding: .utf8)
        let run = try CLIRunner.run(["run", file.path])
        #expect(run.status == 2 && run.stderr.contains("corpus.vocab_size: goes with a trained tokenizer"), "\(run.stderr)")
    }
}
