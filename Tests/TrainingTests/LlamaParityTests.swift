import Common
import Foundation
import Kernels
import Testing
import TestSupport
@testable import Training

/// The Swift Llama against `transformers`' `LlamaForCausalLM` (float32, eager attention) on the
/// same weights and tokens: loss within 1e-5 relative, every parameter gradient within 1e-3
/// relative norm-wise; and our export loads in `transformers` with the same loss.
@Suite struct LlamaParityTests {
    static let peers = ["torch", "transformers", "safetensors"]

    /// Runs scripts/llama_reference.py; fails the test with its stderr when it fails.
    static func reference(_ arguments: [String]) throws -> [Double] {
        let output = try PythonPeer.runScript("scripts/llama_reference.py", arguments)
        #expect(output.status == 0, "llama_reference.py \(arguments.first ?? ""): \(output.stderr)")
        return String(decoding: output.stdout, as: UTF8.self).split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Double])?["loss"]
        }
    }

    static func tokens(rows: Int, time T: Int, vocabulary: Int, seed: UInt64) -> [Int32] {
        var rng = SplitMix64(seed: seed)
        return (0..<(rows * (T + 1))).map { _ in Int32(rng.nextIndex(below: vocabulary)) }
    }

    /// Norm-wise relative difference `||a - b|| / ||b||`.
    static func relativeDifference(_ a: [Float], _ b: [Float]) -> Double {
        var difference = 0.0, norm = 0.0
        for (x, y) in zip(a, b) {
            difference += (Double(x) - Double(y)) * (Double(x) - Double(y))
            norm += Double(y) * Double(y)
        }
        return (difference / max(norm, 1e-300)).squareRoot()
    }

    struct Shape: CustomTestStringConvertible, Sendable {
        var tied: Bool, hidden: Int, intermediate: Int, layers: Int, heads: Int, kvHeads: Int, headDim: Int, vocabulary: Int, ropeFactor: Double
        var testDescription: String { "\(tied ? "tied" : "untied") C\(hidden) NH\(heads)/\(kvHeads) hd\(headDim) rope x\(ropeFactor)" }
    }

    @Test(arguments: [
        Shape(tied: true, hidden: 48, intermediate: 40, layers: 2, heads: 4, kvHeads: 2, headDim: 16, vocabulary: 101, ropeFactor: 2),
        Shape(tied: false, hidden: 48, intermediate: 72, layers: 3, heads: 3, kvHeads: 3, headDim: 20, vocabulary: 67, ropeFactor: 1),
    ])
    func tinyRandomLlamaMatchesTransformers(shape: Shape) throws {
        guard PythonPeer.available(Self.peers) else {
            print("python torch/transformers not installed: skipping the Llama parity test (scripts/setup.sh --python installs them)")
            return
        }
        let dir = try Repository.temporaryDirectory("vt-llama")
        let original = dir.appendingPathComponent("tiny"), exported = dir.appendingPathComponent("exported")
        _ = try Self.reference(["tiny", original.path, "7", shape.tied ? "1" : "0"] +
                               [shape.hidden, shape.intermediate, shape.layers, shape.heads, shape.kvHeads, shape.headDim, shape.vocabulary].map(String.init)
                               + [String(shape.ropeFactor)])
        let model = try LlamaCheckpoint.load(from: original, context: ComputeContext(threads: 2))
        #expect(model.config.tiedEmbeddings == shape.tied && model.config.ropeLinearScale == shape.ropeFactor)
        let B = 3, T = 11
        let batch = Self.tokens(rows: B, time: T, vocabulary: shape.vocabulary, seed: 8)
        model.zeroGradients()
        let loss = model.forwardBackward(tokens: batch, rows: B)
        let ours = model.gradients.toArray()
        // A changed model, exported: transformers must read back its loss.
        for i in 0..<model.parameters.count { model.parameters[i] -= 0.5 * ours[i] }
        let exportedLoss = model.rowLosses(tokens: batch, rows: B).reduce(0, +) / Float(B)
        try LlamaCheckpoint.save(model, to: exported)

        let tokensFile = dir.appendingPathComponent("tokens.json"), gradsFile = dir.appendingPathComponent("grads.safetensors")
        let rows = (0..<B).map { Array(batch[($0 * (T + 1))..<(($0 + 1) * (T + 1))]) }
        try JSONSerialization.data(withJSONObject: rows).write(to: tokensFile)
        let losses = try Self.reference(["loss", original.path, tokensFile.path, gradsFile.path, exported.path])
        try #require(losses.count == 2)
        #expect(abs(Double(loss) - losses[0]) <= 1e-5 * losses[0], "loss \(loss) vs transformers \(losses[0])")
        #expect(abs(Double(exportedLoss) - losses[1]) <= 1e-5 * losses[1], "exported loss \(exportedLoss) vs transformers \(losses[1])")
        let torchGrads = try SafeTensors.read(gradsFile)
        #expect(Set(torchGrads.entries.keys) == Set(model.layout.tensors.map(\.name)))
        var worst = 0.0
        for tensor in model.layout.tensors {
            let theirs = try torchGrads.floats(tensor.name)
            let difference = Self.relativeDifference(Array(ours[tensor.offset..<(tensor.offset + tensor.count)]), theirs)
            #expect(difference <= 1e-3, "\(tensor.name): ||ours - torch|| / ||torch|| = \(difference)")
            worst = max(worst, difference)
        }
        print(String(format: "llama parity (%@): loss relative difference %.2e, export %.2e, worst gradient %.2e", shape.testDescription,
                     abs(Double(loss) - losses[0]) / losses[0], abs(Double(exportedLoss) - losses[1]) / losses[1], worst))
        // Read back by us, the export is the model we wrote.
        let reloaded = try LlamaCheckpoint.load(from: exported, context: ComputeContext(threads: 1))
        #expect(reloaded.parameters.all.bitwiseEqual(model.parameters.all) && reloaded.config == model.config)
    }

    @Test func aTinyLlamaTrainsStepByStepLikePyTorchAdamW() throws {
        guard PythonPeer.available(Self.peers) else {
            print("python torch/transformers not installed: skipping the AdamW training comparison (scripts/setup.sh --python installs them)")
            return
        }
        let dir = try Repository.temporaryDirectory("vt-llama-train")
        let original = dir.appendingPathComponent("tiny")
        _ = try Self.reference(["tiny", original.path, "11", "1", "32", "64", "2", "4", "2", "8", "50", "1"])
        let model = try LlamaCheckpoint.load(from: original, context: ComputeContext(threads: 2))
        let optimizer = AdamWOptimizer(parameterCount: model.parameters.count)
        let B = 2, T = 10, steps = 5
        var batches: [[[Int32]]] = [], ours: [Float] = []
        for step in 0..<steps {
            let batch = Self.tokens(rows: B, time: T, vocabulary: 50, seed: UInt64(20 + step))
            batches.append((0..<B).map { Array(batch[($0 * (T + 1))..<(($0 + 1) * (T + 1))]) })
            model.zeroGradients()
            ours.append(model.forwardBackward(tokens: batch, rows: B))
            optimizer.step(model, learningRate: 1e-2, clipScale: 1)
        }
        let batchesFile = dir.appendingPathComponent("batches.json")
        try JSONSerialization.data(withJSONObject: batches).write(to: batchesFile)
        let output = try PythonPeer.runScript("scripts/llama_reference.py", ["train", original.path, batchesFile.path, "1e-2"])
        try #require(output.status == 0, "\(output.stderr)")
        let line = String(decoding: output.stdout, as: UTF8.self).split(separator: "\n").last.map(String.init) ?? ""
        let theirs = try #require((try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: [Double]])?["losses"])
        try #require(theirs.count == steps)
        for (step, (a, b)) in zip(ours, theirs).enumerated() {
            #expect(abs(Double(a) - b) <= 1e-4 * b, "step \(step): loss \(a) vs PyTorch \(b)")
        }
        print("llama AdamW steps: ours \(ours), PyTorch \(theirs)")
    }
}
