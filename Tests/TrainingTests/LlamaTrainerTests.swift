import Artifacts
import Common
import Corpus
import Foundation
import Kernels
import RunLog
import Testing
import TestSupport
@testable import Training

/// The trainer on a tiny random Llama (saved by `transformers` when it is installed): full
/// fine-tuning, the last block only and LoRA each resume to bit-identical losses; frozen tensors
/// stay bit-identical and get no AdamW moments; checkpoints open in `transformers`.
@Suite(.serialized) struct LlamaTrainerTests {
    func options(steps: Int = 10) -> TrainingOptions {
        var o = TrainingOptions()
        o.blockSize = 16
        o.batchSize = 4
        o.gradAccum = 2
        o.maxSteps = steps
        o.warmupSteps = 2
        o.lr = 3e-3
        o.evalEvery = 4
        o.evalTokens = 64
        o.testTokens = 64
        o.checkpointEvery = 3
        return o
    }

    /// A tiny random `LlamaForCausalLM` of `vocabulary` tokens in `dir/tiny`: saved by
    /// `transformers` when it is installed, else by `LlamaCheckpoint.save`.
    static func tinyLlama(in dir: URL, vocabulary: Int) throws -> URL {
        if let url = try ModelFiles.tinyLlama(in: dir, vocabulary: vocabulary) { return url }
        let url = dir.appendingPathComponent("tiny")
        do {
            print("python torch/transformers not installed: the tiny Llama is saved by LlamaCheckpoint.save instead")
            let config = LlamaConfig(hiddenSize: 32, intermediateSize: 48, layers: 3, heads: 4, kvHeads: 2, headDim: 8, ropeTheta: 500,
                                     vocabSize: vocabulary, maxPositions: 64, tiedEmbeddings: true)
            try LlamaCheckpoint.save(try Llama(config: config, seed: 3, context: ComputeContext(threads: 1)), to: url)
        }
        return url
    }

    func trainLosses(_ run: URL) throws -> [UInt64] {
        try MetricsLog.read(run.appendingPathComponent("metrics.jsonl")).filter { $0.event == .train }.map { $0.loss!.bitPattern }
    }

    enum Mode: String, CaseIterable, Sendable { case full, lastBlock, lora }

    func options(_ mode: Mode) -> TrainingOptions {
        var o = options()
        switch mode {
        case .full: break
        case .lastBlock: o.trainLastBlocks = 1
        case .lora: (o.loraRank, o.loraAlpha, o.lr) = (4, 8, 1e-2)
        }
        return o
    }

    @Test(arguments: Mode.allCases)
    func aLlamaRunResumesBitForBit(mode: Mode) throws {
        let root = try Repository.temporaryDirectory("vt-llama-train")
        let data = try CorpusData(directory: TestCorpus.prepared(in: root))
        let tiny = try Self.tinyLlama(in: root, vocabulary: data.vocabularySize)
        let straight = root.appendingPathComponent("straight"), split = root.appendingPathComponent("split")
        let o = options(mode)
        let summary = try Trainer(options: o, setup: TrainingSetup(data: data, runDirectory: straight, initCheckpoint: tiny, threads: 2)).run()
        #expect(throws: TrainingError.self) {
            _ = try Trainer(options: o, setup: TrainingSetup(data: data, runDirectory: split, initCheckpoint: tiny, threads: 2, stopAtStep: 5)).run()
        }
        _ = try Trainer(options: o, setup: TrainingSetup(data: data, runDirectory: split, initCheckpoint: tiny, resume: true, threads: 2)).run()
        let a = try trainLosses(straight), b = try trainLosses(split)
        #expect(a.count == 10 && a == b, "the resumed run's losses are the uninterrupted run's, bit for bit")
        #expect(summary.finalLoss.allSatisfy { $0.isFinite })
        // The held-out loss falls.
        let evals = try MetricsLog.read(straight.appendingPathComponent("metrics.jsonl")).filter { $0.event == .eval }
        for domain in data.domains { #expect(evals.last!.domainLoss![domain]! < evals.first!.domainLoss![domain]!, "\(domain) learns (\(mode))") }
        let checkpoint = RunDirectory(straight).latestCheckpoint!
        let final = try Checkpoint.loadLanguageModel(from: checkpoint, context: ComputeContext(threads: 1), base: tiny)
        let again = try Checkpoint.loadLanguageModel(from: RunDirectory(split).latestCheckpoint!, context: ComputeContext(threads: 1), base: tiny)
        #expect(final.parameters.all.bitwiseEqual(again.parameters.all))
        let initial = try LlamaCheckpoint.load(from: tiny, context: ComputeContext(threads: 1))
        let moments = try SafeTensors.read(checkpoint.appendingPathComponent("optimizer.safetensors"))
        switch mode {
        case .full:
            #expect(final is Llama && moments.entries["m"]!.shape == [initial.parameters.count])
        case .lastBlock:
            let model = try #require(final as? Llama)
            let trained = initial.layout.lastBlocks(1, finalNorm: true, head: false)
            for tensor in initial.layout.tensors {
                let same = model.parameters.view(tensor.offset, tensor.count).bitwiseEqual(initial.parameters.view(tensor.offset, tensor.count))
                #expect(same != trained.contains(tensor.name), "\(tensor.name): \(trained.contains(tensor.name) ? "trained" : "frozen, bit-identical")")
            }
            // Moments for the trained tensors only.
            let count = initial.layout.tensors.filter { trained.contains($0.name) }.reduce(0) { $0 + $1.count }
            #expect(moments.entries["m"]!.shape == [count] && count * 4 < initial.parameters.count)
        case .lora:
            let model = try #require(final as? LoRAModel)
            #expect(model.base.parameters.all.bitwiseEqual(initial.parameters.all), "the base stays frozen")
            #expect(moments.entries["m"]!.shape == [model.adapters.parameters.count])
            #expect(!FileManager.default.fileExists(atPath: checkpoint.appendingPathComponent("model.safetensors").path), "adapter-only checkpoints")
        }
    }

    /// A checkpoint of a Llama run is a Hugging Face directory: `transformers` opens it and
    /// measures our loss.
    @Test func checkpointsOpenInTransformers() throws {
        guard PythonPeer.available(LlamaParityTests.peers) else { print("python torch/transformers not installed: skipping"); return }
        let root = try Repository.temporaryDirectory("vt-llama-hf")
        let data = try CorpusData(directory: TestCorpus.prepared(in: root))
        let tiny = try Self.tinyLlama(in: root, vocabulary: data.vocabularySize)
        let run = root.appendingPathComponent("run")
        _ = try Trainer(options: options(steps: 3), setup: TrainingSetup(data: data, runDirectory: run, initCheckpoint: tiny, threads: 2)).run()
        let checkpoint = RunDirectory(run).latestCheckpoint!
        let model = try LlamaCheckpoint.load(from: checkpoint, context: ComputeContext(threads: 2))
        let tokens = LlamaParityTests.tokens(rows: 2, time: 12, vocabulary: data.vocabularySize, seed: 3)
        let file = root.appendingPathComponent("tokens.json")
        try JSONSerialization.data(withJSONObject: [Array(tokens[0..<13]), Array(tokens[13..<26])]).write(to: file)
        let theirs = try #require(try LlamaParityTests.reference(["loss", checkpoint.path, file.path]).first)
        let ours = Double(model.rowLosses(tokens: tokens, rows: 2).reduce(0, +)) / 2
        #expect(abs(ours - theirs) <= 1e-5 * theirs, "ours \(ours), transformers \(theirs)")
    }

    @Test func badModelsAndOptionsAreOneClearError() throws {
        let root = try Repository.temporaryDirectory("vt-llama-bad")
        let data = try CorpusData(directory: TestCorpus.prepared(in: root))
        let tiny = try Self.tinyLlama(in: root, vocabulary: data.vocabularySize)
        let other = try Self.tinyLlama(in: root.appendingPathComponent("other"), vocabulary: data.vocabularySize + 5)
        func failure(_ o: TrainingOptions, initCheckpoint: URL? = nil) -> String {
            do {
                _ = try Trainer(options: o, setup: TrainingSetup(data: data, runDirectory: root.appendingPathComponent("run"), initCheckpoint: initCheckpoint,
                                                                 threads: 1))
                return "no error"
            } catch { return "\(error)" }
        }
        #expect(failure(options(), initCheckpoint: other).contains("vocabulary (\(data.vocabularySize + 5) tokens) differs from the corpus tokenizer's (\(data.vocabularySize)"))
        #expect(failure(options(), initCheckpoint: other).contains("prepare --tokenizer"))
        var long = options()
        long.blockSize = 65
        #expect(failure(long, initCheckpoint: tiny).contains("block_size 65 exceeds the checkpoint's 64"))
        var deep = options()
        deep.trainLastBlocks = 4
        #expect(failure(deep, initCheckpoint: tiny).contains("train_last_blocks: the model has 3 blocks, got 4"))
        var gpt = options()
        (gpt.nLayer, gpt.nHead, gpt.nEmbd, gpt.trainLastBlocks) = (2, 2, 16, 1)
        #expect(failure(gpt).contains("train_last_blocks: only Llama models"))
        gpt.trainLastBlocks = 0
        gpt.loraRank = 2
        #expect(failure(gpt).contains("lora_rank: only Llama models"))
        // Options of a mode not chosen are errors, not silently ignored.
        var head = options()
        head.trainHead = true
        #expect(failure(head, initCheckpoint: tiny).contains("train_head: goes with train_last_blocks above 0"))
        head.trainLastBlocks = 1
        head.loraRank = 2
        #expect(failure(head, initCheckpoint: tiny).contains("train_head: goes with train_last_blocks above 0 and no LoRA"))
        var norm = options()
        norm.trainFinalNorm = false
        #expect(failure(norm, initCheckpoint: tiny).contains("train_final_norm: goes with train_last_blocks above 0"))
        var alpha = options()
        alpha.loraAlpha = 8
        #expect(failure(alpha, initCheckpoint: tiny).contains("lora_alpha: goes with lora_rank above 0"))
    }
}
