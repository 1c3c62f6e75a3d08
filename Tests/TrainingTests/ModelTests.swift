import Common
import Foundation
import Kernels
import Testing
@testable import Training

@Suite struct ModelTests {
    let tiny = GPTConfig(nLayer: 2, nHead: 2, nEmbd: 8, blockSize: 6, vocabSize: 17)

    func tokens(_ rows: Int, _ T: Int, vocabulary: Int, seed: UInt64) -> [Int32] {
        var rng = SplitMix64(seed: seed)
        return (0..<(rows * (T + 1))).map { _ in Int32(rng.nextIndex(below: vocabulary)) }
    }

    /// Perturbs the freshly initialised parameters so biases and LayerNorm weights are not at
    /// their special initial values (zero, one), which would hide mistakes in their gradients.
    func perturbed(_ model: GPT, seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        for i in 0..<model.parameters.count { model.parameters[i] += Float(rng.nextGaussian() * 0.1) }
    }

    @Test func wholeModelGradientsMatchFiniteDifferencesOfADoubleReference() throws {
        let model = try GPT(config: tiny, seed: 1, context: ComputeContext(threads: 2))
        perturbed(model, seed: 2)
        let batch = tokens(2, 6, vocabulary: 17, seed: 3)
        model.zeroGradients()
        let loss = model.forwardBackward(tokens: batch, rows: 2)
        let reference = ReferenceGPT(config: tiny)
        var p = model.parameters.toArray().map(Double.init)
        #expect(abs(Double(loss) - reference.loss(p, tokens: batch, rows: 2)) < 1e-5)
        // Every tensor, a few elements each.
        var rng = SplitMix64(seed: 4)
        for tensor in model.layout.tensors {
            for _ in 0..<3 {
                let i = tensor.offset + rng.nextIndex(below: tensor.count)
                let saved = p[i], h = 1e-5
                p[i] = saved + h
                let plus = reference.loss(p, tokens: batch, rows: 2)
                p[i] = saved - h
                let minus = reference.loss(p, tokens: batch, rows: 2)
                p[i] = saved
                let numeric = (plus - minus) / (2 * h)
                let analytic = Double(model.gradients[i])
                #expect(abs(analytic - numeric) <= 1e-4 + 2e-3 * abs(numeric), "\(tensor.name)[\(i - tensor.offset)]: analytic \(analytic), numeric \(numeric)")
            }
        }
    }

    @Test func inferenceLossesEqualTrainingLosses() throws {
        let model = try GPT(config: tiny, seed: 5, context: ComputeContext(threads: 1))
        perturbed(model, seed: 6)
        let batch = tokens(3, 6, vocabulary: 17, seed: 7)
        let rows = model.rowLosses(tokens: batch, rows: 3)
        let mean = model.forwardBackward(tokens: batch, rows: 3)
        #expect(abs(rows.reduce(0, +) / 3 - mean) < 1e-6)
    }

    @Test func sameSeedAndThreadsGiveBitwiseIdenticalTraining() throws {
        func run(threads: Int) throws -> ([Float], [Float]) {
            let config = GPTConfig(nLayer: 2, nHead: 2, nEmbd: 32, blockSize: 16, vocabSize: 50)
            let model = try GPT(config: config, seed: 9, context: ComputeContext(threads: threads))
            let optimizer = AdamWOptimizer(layout: model.layout)
            var losses: [Float] = []
            for step in 0..<5 {
                let batch = tokens(4, 16, vocabulary: 50, seed: UInt64(100 + step))
                model.zeroGradients()
                losses.append(model.forwardBackward(tokens: batch, rows: 4))
                optimizer.step(model, learningRate: 1e-3, clipScale: 1)
            }
            return (losses, model.parameters.toArray())
        }
        let (a, pa) = try run(threads: 2)
        let (b, pb) = try run(threads: 2)
        #expect(a.map(\.bitPattern) == b.map(\.bitPattern))
        #expect(pa.map(\.bitPattern) == pb.map(\.bitPattern))
    }

    @Test func aTinyModelOverfitsOneBatch() throws {
        let config = GPTConfig(nLayer: 2, nHead: 2, nEmbd: 32, blockSize: 16, vocabSize: 40)
        let model = try GPT(config: config, seed: 11, context: ComputeContext(threads: 2))
        let optimizer = AdamWOptimizer(layout: model.layout)
        optimizer.weightDecay = 0
        let batch = tokens(4, 16, vocabulary: 40, seed: 12)
        var first: Float = 0, last: Float = 0
        for step in 0..<150 {
            model.zeroGradients()
            last = model.forwardBackward(tokens: batch, rows: 4)
            if step == 0 { first = last }
            optimizer.step(model, learningRate: 3e-3, clipScale: 1)
        }
        #expect(abs(first - log(40)) < 0.3, "initial loss near ln(V)")
        #expect(last < 0.1, "memorised: \(first) -> \(last)")
    }

    @Test func parameterLayoutFollowsNanoGPT() {
        let layout = ParameterLayout(config: GPTConfig(nLayer: 2, nHead: 4, nEmbd: 16, blockSize: 32, vocabSize: 100))
        #expect(layout.tensors.first?.name == "transformer.wte.weight" && layout.tensors.first?.shape == [100, 16])
        #expect(layout.tensor("transformer.h.1.attn.c_attn.weight")?.shape == [48, 16])
        #expect(layout.tensor("transformer.h.0.mlp.c_proj.weight")?.shape == [16, 64])
        #expect(layout.tensors.last?.name == "transformer.ln_f.bias")
        #expect(layout.tensors.filter(\.decays).allSatisfy { $0.name.hasSuffix(".weight") && !$0.name.contains("ln_") })
        // nanoGPT's count for these shapes: wte + wpe + 12 * n_layer * C^2 + 13 * n_layer * C + 2 * C.
        #expect(layout.totalCount == 100 * 16 + 32 * 16 + 2 * (12 * 16 * 16 + 13 * 16) + 2 * 16)
    }
}
