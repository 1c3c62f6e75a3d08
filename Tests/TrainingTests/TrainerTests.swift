import Artifacts
import Common
import Corpus
import Foundation
import Kernels
import RunLog
import Testing
import TestSupport
@testable import Training

@Suite(.serialized) struct TrainerTests {
    func options(steps: Int = 12) -> TrainingOptions {
        var o = TrainingOptions()
        o.nLayer = 2
        o.nHead = 2
        o.nEmbd = 32
        o.blockSize = 16
        o.batchSize = 4
        o.gradAccum = 2
        o.maxSteps = steps
        o.warmupSteps = 3
        o.lr = 3e-3
        o.evalEvery = 4
        o.evalTokens = 64
        o.checkpointEvery = 3
        return o
    }

    func trainLosses(_ run: URL) throws -> [Double] {
        try MetricsLog.read(run.appendingPathComponent("metrics.jsonl")).filter { $0.event == .train }.map { $0.loss! }
    }

    func evalLosses(_ run: URL) throws -> [[String: Double]] {
        try MetricsLog.read(run.appendingPathComponent("metrics.jsonl")).filter { $0.event == .eval }.map { $0.domainLoss! }
    }

    @Test func aResumedRunMatchesAnUninterruptedOneBitForBit() throws {
        let root = try Repository.temporaryDirectory("vt-resume")
        let data = try CorpusData(directory: TestCorpus.prepared(in: root))
        let straight = root.appendingPathComponent("straight"), split = root.appendingPathComponent("split")
        _ = try Trainer(options: options(), setup: TrainingSetup(data: data, runDirectory: straight, threads: 2)).run()
        #expect(throws: TrainingError.self) {
            _ = try Trainer(options: options(), setup: TrainingSetup(data: data, runDirectory: split, threads: 2, stopAtStep: 7)).run()
        }
        // Interrupted after step 7: the checkpoint at step 7 holds the state; continue from it.
        #expect(RunDirectory(split).latestCheckpoint?.lastPathComponent == "step-00000007")
        _ = try Trainer(options: options(), setup: TrainingSetup(data: data, runDirectory: split, resume: true, threads: 2)).run()
        let a = try trainLosses(straight), b = try trainLosses(split)
        #expect(a.count == 12 && b.count == 12, "the log holds each step once after resuming")
        #expect(a.map(\.bitPattern) == b.map(\.bitPattern))
        #expect(try evalLosses(straight) == evalLosses(split))
        let finalA = try Checkpoint.loadModel(from: RunDirectory(straight).latestCheckpoint!, context: ComputeContext(threads: 1))
        let finalB = try Checkpoint.loadModel(from: RunDirectory(split).latestCheckpoint!, context: ComputeContext(threads: 1))
        #expect(finalA.parameters.toArray().map(\.bitPattern) == finalB.parameters.toArray().map(\.bitPattern))
        // Old checkpoints are pruned to keep_checkpoints.
        #expect(try FileManager.default.contentsOfDirectory(atPath: straight.appendingPathComponent("checkpoints").path).count == 2)
    }

    @Test func trainingLowersTheHeldOutLossAndRefusesToOverwriteARun() throws {
        let root = try Repository.temporaryDirectory("vt-learn")
        let data = try CorpusData(directory: TestCorpus.prepared(in: root))
        let run = root.appendingPathComponent("run")
        var o = options(steps: 30)
        o.evalEvery = 30
        let summary = try Trainer(options: o, setup: TrainingSetup(data: data, runDirectory: run, threads: 2)).run()
        let evals = try evalLosses(run)
        for domain in data.domains { #expect(evals.last![domain]! < evals.first![domain]! - 1, "\(domain) learns") }
        #expect(summary.steps == 30 && summary.tokens == 30 * 4 * 16 * 2)
        #expect { _ = try Trainer(options: o, setup: TrainingSetup(data: data, runDirectory: run, threads: 2)) } throws: {
            ($0 as? TrainingError) == .runExists(run.path)
        }
        var changed = o
        changed.lr = 1e-2
        #expect { _ = try Trainer(options: changed, setup: TrainingSetup(data: data, runDirectory: run, resume: true, threads: 2)) } throws: {
            "\($0)".contains("lr")
        }
    }

    @Test func checkpointsRoundTripAndRefuseForeignFiles() throws {
        let dir = try Repository.temporaryDirectory("vt-ckpt")
        let config = GPTConfig(nLayer: 2, nHead: 2, nEmbd: 16, blockSize: 8, vocabSize: 30)
        let model = try GPT(config: config, seed: 3, context: ComputeContext(threads: 1))
        let optimizer = AdamWOptimizer(layout: model.layout)
        let tokens: [Int32] = (0..<18).map { Int32($0 % 30) }
        model.zeroGradients()
        _ = model.forwardBackward(tokens: tokens, rows: 2)
        optimizer.step(model, learningRate: 1e-2, clipScale: 1)
        let url = dir.appendingPathComponent("step-00000001")
        try Checkpoint.save(model: model, optimizer: optimizer, state: nil, to: url)
        let loaded = try Checkpoint.loadModel(from: url, context: ComputeContext(threads: 1))
        #expect(loaded.config == config)
        #expect(loaded.parameters.toArray().map(\.bitPattern) == model.parameters.toArray().map(\.bitPattern))
        let restored = AdamWOptimizer(layout: loaded.layout)
        try Checkpoint.loadOptimizer(from: url, into: restored, layout: loaded.layout)
        #expect(restored.stepCount == 1 && restored.v.toArray() == optimizer.v.toArray())
        // A truncated weights file is refused with its path.
        let weights = url.appendingPathComponent("model.safetensors")
        let bytes = try Data(contentsOf: weights)
        try bytes.prefix(bytes.count - 100).write(to: weights)
        #expect { _ = try Checkpoint.loadModel(from: url, context: ComputeContext(threads: 1)) } throws: {
            "\($0)".contains("model.safetensors") && "\($0)".contains("truncated")
        }
    }

    /// Loss and every gradient against scripts/gpt2_reference.py, an independent float64 numpy
    /// implementation (run when numpy is installed).
    @Test func matchesTheNumpyGoldenReference() throws {
        guard PythonPeer.available(["numpy"]) else { print("numpy not installed: skipping the golden test"); return }
        let dir = try Repository.temporaryDirectory("vt-golden")
        let config = GPTConfig(nLayer: 2, nHead: 4, nEmbd: 32, blockSize: 12, vocabSize: 61)
        let model = try GPT(config: config, seed: 21, context: ComputeContext(threads: 2))
        var rng = SplitMix64(seed: 22)
        for i in 0..<model.parameters.count { model.parameters[i] += Float(rng.nextGaussian() * 0.05) }
        let rows = (0..<3).map { _ in (0..<13).map { _ in Int32(rng.nextIndex(below: 61)) } }
        let checkpoint = dir.appendingPathComponent("ckpt")
        try Checkpoint.save(model: model, optimizer: nil, state: nil, to: checkpoint)
        let tokensFile = dir.appendingPathComponent("tokens.json")
        try JSONSerialization.data(withJSONObject: rows).write(to: tokensFile)
        let gradsFile = dir.appendingPathComponent("grads.safetensors")
        let output = try PythonPeer.runScript("scripts/gpt2_reference.py", [checkpoint.path, tokensFile.path, gradsFile.path])
        #expect(output.status == 0, "\(output.stderr)")
        let reference = try JSONSerialization.jsonObject(with: output.stdout) as! [String: Double]
        model.zeroGradients()
        let flat = rows.flatMap { $0 }
        let loss = model.forwardBackward(tokens: flat, rows: 3)
        #expect(abs(Double(loss) - reference["loss"]!) < 1e-5)
        let grads = try SafeTensors.read(gradsFile)
        for tensor in model.layout.tensors {
            let expected = try grads.floats(tensor.name)
            let scale = max(expected.map { abs($0) }.max() ?? 0, 1e-6)
            var worst: Float = 0
            for i in 0..<tensor.count { worst = max(worst, abs(model.gradients[tensor.offset + i] - expected[i])) }
            #expect(worst <= 1e-4 * scale + 1e-7, "\(tensor.name): worst difference \(worst) (scale \(scale))")
        }
    }

    /// A nanoGPT state_dict saved by PyTorch loads and gives PyTorch's loss (run when torch and
    /// safetensors are installed).
    @Test func loadsANanoGPTStateDictSavedByPyTorch() throws {
        guard PythonPeer.available(["torch", "safetensors"]) else { print("torch not installed: skipping the nanoGPT test"); return }
        let dir = try Repository.temporaryDirectory("vt-nanogpt")
        var rng = SplitMix64(seed: 5)
        let rows = (0..<2).map { _ in (0..<17).map { _ in Int32(rng.nextIndex(below: 50)) } }
        let tokensFile = dir.appendingPathComponent("tokens.json")
        try JSONSerialization.data(withJSONObject: rows).write(to: tokensFile)
        for compiled in [false, true] {
            let weights = dir.appendingPathComponent("nanogpt\(compiled).safetensors")
            let output = try PythonPeer.runScript("scripts/nanogpt_export.py",
                                                  [weights.path, tokensFile.path, "2", "2", "16", "32", "50"] + (compiled ? ["--compiled-prefix"] : []))
            #expect(output.status == 0, "\(output.stderr)")
            let torchLoss = (try JSONSerialization.jsonObject(with: output.stdout) as! [String: Double])["loss"]!
            #expect { _ = try Checkpoint.loadModel(from: weights, context: ComputeContext(threads: 1)) } throws: { "\($0)".contains("--n-head") }
            let model = try Checkpoint.loadModel(from: weights, context: ComputeContext(threads: 1), nHead: 2)
            #expect(model.config == GPTConfig(nLayer: 2, nHead: 2, nEmbd: 16, blockSize: 32, vocabSize: 50))
            let flat = rows.flatMap { $0 }
            let losses = model.rowLosses(tokens: flat, rows: 2)
            #expect(abs(Double(losses.reduce(0, +) / 2) - torchLoss) < 1e-5, "ours \(losses), torch \(torchLoss)")
        }
    }

    @Test func learningRateSchedules() {
        var o = TrainingOptions()
        o.lr = 1e-3; o.minLr = 1e-4; o.warmupSteps = 10; o.maxSteps = 110
        #expect(abs(o.learningRate(atStep: 0) - 1e-4) < 1e-12 && abs(o.learningRate(atStep: 9) - 1e-3) < 1e-12)
        #expect(abs(o.learningRate(atStep: 60) - 5.5e-4) < 1e-9, "cosine halfway")
        #expect(abs(o.learningRate(atStep: 110) - 1e-4) < 1e-12)
        o.schedule = .constant
        #expect(o.learningRate(atStep: 100) == 1e-3)
        o.schedule = .wsd; o.decayFraction = 0.5
        #expect(o.learningRate(atStep: 50) == 1e-3 && abs(o.learningRate(atStep: 109) - 1e-4) < 1e-12)
    }
}
