import Artifacts
import Common
import Foundation
import Kernels
import Testing
import TestSupport
@testable import Training

/// LoRA adapters on a tiny random Llama: the adapted model starts as the base, its losses equal
/// the merged model's, only adapter gradients are computed, adapter-only checkpoints round-trip;
/// and against `peft` (when installed) the loss, every adapter gradient and the merged loss.
@Suite struct LoRATests {
    let config = LlamaConfig(hiddenSize: 24, intermediateSize: 40, layers: 3, heads: 4, kvHeads: 2, rmsNormEpsilon: 1e-5, ropeTheta: 1000,
                             vocabSize: 37, maxPositions: 32, tiedEmbeddings: true)

    func base(threads: Int = 2) throws -> Llama {
        let model = try Llama(config: config, seed: 4, context: ComputeContext(threads: threads))
        var rng = SplitMix64(seed: 104)
        for i in 0..<model.parameters.count { model.parameters[i] += Float(rng.nextGaussian() * 0.2) }
        return model
    }

    /// Adapters of rank 3 on `targets` of `blocks`, with B drawn at random (PEFT starts B at 0,
    /// which would leave A without gradient).
    func adapted(_ targets: [LlamaProjection] = LlamaProjection.allCases, blocks: [Int] = [0, 1, 2], randomB: Bool = true) throws -> LoRAModel {
        let adapters = try LoRAAdapters(configuration: .init(rank: 3, alpha: 6, targets: targets, blocks: blocks), model: config, seed: 9)
        if randomB {
            var rng = SplitMix64(seed: 10)
            for adapter in adapters.adapters {
                adapters.parameters.view(adapter.b.offset, adapter.b.count).copy(from: (0..<adapter.b.count).map { _ in Float(rng.nextGaussian() * 0.3) })
            }
        }
        return try LoRAModel(base: try base(), adapters: adapters, basePath: "base")
    }

    @Test func theAdaptedModelStartsAsTheBaseAndEqualsItsMerge() throws {
        let tokens = LlamaParityTests.tokens(rows: 2, time: 9, vocabulary: 37, seed: 11)
        let plain = try base(), fresh = try adapted(randomB: false)
        #expect(fresh.rowLosses(tokens: tokens, rows: 2) == plain.rowLosses(tokens: tokens, rows: 2), "B = 0: the base model's losses")
        let lora = try adapted()
        let merged = try lora.merged()
        let ours = lora.rowLosses(tokens: tokens, rows: 2), mergedLosses = merged.rowLosses(tokens: tokens, rows: 2)
        #expect(zip(ours, mergedLosses).allSatisfy { abs($0 - $1) <= 1e-5 * abs($1) }, "\(ours) vs merged \(mergedLosses)")
        #expect(ours != plain.rowLosses(tokens: tokens, rows: 2))
        // Training computes adapter gradients only: the base's gradient buffer stays zero.
        lora.zeroGradients()
        let loss = lora.forwardBackward(tokens: tokens, rows: 2, lossScale: 1)
        #expect(abs(loss - ours.reduce(0, +) / 2) < 1e-5)
        #expect(lora.base.gradients.toArray().allSatisfy { $0 == 0 })
        #expect(lora.trainableParameterCount == lora.parameters.count && lora.adapters.tensors.count == 2 * 7 * 3)
        for tensor in lora.tensors {
            #expect(lora.gradients.view(tensor.offset, tensor.count).toArray().contains { $0 != 0 }, "\(tensor.name) has a gradient")
        }
    }

    @Test func adaptersOnTheLastBlockStopTheBackwardPassThere() throws {
        let tokens = LlamaParityTests.tokens(rows: 2, time: 9, vocabulary: 37, seed: 12)
        let all = try adapted(), last = try adapted(blocks: [2])
        #expect(last.base.backwardFloor == 2 && all.base.backwardFloor == 0)
        // With B = 0 below block 2 and the same adapters in block 2, both compute the same function.
        for adapter in all.adapters.adapters where adapter.block < 2 { all.parameters.view(adapter.b.offset, adapter.b.count).fill(0) }
        for adapter in last.adapters.adapters {
            let same = all.adapters.adapter(block: 2, projection: adapter.projection)!
            for (mine, theirs) in [(adapter.a, same.a), (adapter.b, same.b)] {
                last.parameters.view(mine.offset, mine.count).copy(from: all.parameters.view(theirs.offset, theirs.count).toArray())
            }
        }
        #expect(last.rowLosses(tokens: tokens, rows: 2) == all.rowLosses(tokens: tokens, rows: 2))
        _ = all.forwardBackward(tokens: tokens, rows: 2, lossScale: 1)
        _ = last.forwardBackward(tokens: tokens, rows: 2, lossScale: 1)
        // The last block's adapters get the same gradients either way.
        for adapter in last.adapters.adapters {
            let same = all.adapters.adapter(block: 2, projection: adapter.projection)!
            for (mine, theirs) in [(adapter.a, same.a), (adapter.b, same.b)] {
                let a = last.gradients.view(mine.offset, mine.count).toArray(), b = all.gradients.view(theirs.offset, theirs.count).toArray()
                #expect(LlamaParityTests.relativeDifference(a, b) < 1e-5, "\(mine.name)")
            }
        }
    }

    @Test func adapterCheckpointsRoundTripAndMergeToAHuggingFaceDirectory() throws {
        let dir = try Repository.temporaryDirectory("vt-lora")
        let lora = try adapted([.q, .v, .down], blocks: [1, 2])
        let baseDir = dir.appendingPathComponent("base"), checkpoint = dir.appendingPathComponent("adapter")
        try LlamaCheckpoint.save(lora.base, to: baseDir)
        let saved = try LoRAModel(base: lora.base, adapters: lora.adapters, basePath: baseDir.path)
        try Checkpoint.save(model: saved, optimizer: nil, state: nil, to: checkpoint)
        let files = Set(try FileManager.default.contentsOfDirectory(atPath: checkpoint.path))
        #expect(files == [LoRACheckpoint.configFile, LoRACheckpoint.weightsFile], "adapter-only: \(files)")
        let loaded = try #require(try Checkpoint.loadLanguageModel(from: checkpoint, context: ComputeContext(threads: 2)) as? LoRAModel)
        #expect(loaded.adapters.configuration == lora.adapters.configuration)
        #expect(loaded.parameters.all.bitwiseEqual(lora.parameters.all) && loaded.base.parameters.all.bitwiseEqual(lora.base.parameters.all))
        let tokens = LlamaParityTests.tokens(rows: 2, time: 9, vocabulary: 37, seed: 13)
        #expect(loaded.rowLosses(tokens: tokens, rows: 2) == lora.rowLosses(tokens: tokens, rows: 2))
        // A configuration this trainer does not implement is refused, naming the file and key.
        let configURL = checkpoint.appendingPathComponent(LoRACheckpoint.configFile)
        let text = try String(contentsOf: configURL, encoding: .utf8)
        try text.replacingOccurrences(of: "\"use_dora\" : false", with: "\"use_dora\" : true").write(to: configURL, atomically: false, encoding: .utf8)
        #expect(throws: TrainingError.checkpoint(configURL.path, "use_dora is true: this trainer implements plain LoRA only")) {
            _ = try LoRACheckpoint.load(from: checkpoint, base: nil, context: ComputeContext(threads: 1))
        }
    }

    /// Against peft: the same loss, every adapter gradient, and the merged model's loss.
    @Test func matchesPeft() throws {
        guard PythonPeer.available(LlamaParityTests.peers + ["peft"]) else {
            print("python peft not installed: skipping the LoRA parity test (scripts/setup.sh --python installs it)")
            return
        }
        let dir = try Repository.temporaryDirectory("vt-lora-peft")
        let lora = try adapted([.q, .k, .o, .gate, .down], blocks: [0, 2])
        let baseDir = dir.appendingPathComponent("base"), adapterDir = dir.appendingPathComponent("adapter")
        try LlamaCheckpoint.save(lora.base, to: baseDir)
        try Checkpoint.save(model: LoRAModel(base: lora.base, adapters: lora.adapters, basePath: baseDir.path), optimizer: nil, state: nil,
                            to: adapterDir)
        let rows = 3, T = 10
        let tokens = LlamaParityTests.tokens(rows: rows, time: T, vocabulary: 37, seed: 14)
        let tokensFile = dir.appendingPathComponent("tokens.json"), gradsFile = dir.appendingPathComponent("grads.safetensors")
        try JSONSerialization.data(withJSONObject: (0..<rows).map { Array(tokens[($0 * (T + 1))..<(($0 + 1) * (T + 1))]) }).write(to: tokensFile)
        let output = try PythonPeer.runScript("scripts/lora_reference.py", [baseDir.path, adapterDir.path, tokensFile.path, gradsFile.path])
        #expect(output.status == 0, "\(output.stderr)")
        let reference = try #require(try JSONSerialization.jsonObject(with: output.stdout) as? [String: Double])
        lora.zeroGradients()
        let loss = Double(lora.forwardBackward(tokens: tokens, rows: rows, lossScale: 1))
        #expect(abs(loss - reference["loss"]!) <= 1e-5 * reference["loss"]!, "ours \(loss), peft \(reference["loss"]!)")
        let merged = Double(try lora.merged().rowLosses(tokens: tokens, rows: rows).reduce(0, +)) / Double(rows)
        #expect(abs(merged - reference["merged_loss"]!) <= 1e-5 * reference["merged_loss"]!, "merged: ours \(merged), peft \(reference["merged_loss"]!)")
        let grads = try SafeTensors.read(gradsFile)
        #expect(Set(grads.entries.keys) == Set(lora.tensors.map(\.name)))
        for tensor in lora.tensors {
            let difference = LlamaParityTests.relativeDifference(lora.gradients.view(tensor.offset, tensor.count).toArray(), try grads.floats(tensor.name))
            #expect(difference < 1e-4, "\(tensor.name): \(difference)")
        }
    }
}
