import Common
import Corpus
import Foundation
import Kernels
import Testing
import TestSupport
@testable import Training

/// SmolLM2-135M itself (the GGUF that set-up caches) against `transformers` on the weights the
/// `gguf` package dequantizes: the loss on a fixed paragraph, tokenized with the model's own
/// tokenizer, within 1e-5 relative, and every gradient within 1e-3 relative norm-wise.
@Suite struct SmolLM2ParityTests {
    static let paragraph = """
        The Amazon rainforest covers much of the Amazon basin of South America. This basin encompasses \
        7,000,000 square kilometres, of which 5,500,000 square kilometres are covered by the rainforest. \
        The region includes territory belonging to nine nations and 3,344 formally acknowledged indigenous \
        territories. The majority of the forest, 60%, is in Brazil, followed by Peru with 13% and Colombia \
        with 10%, and with minor amounts in Bolivia, Ecuador, French Guiana, Guyana, Suriname, and Venezuela.
        """

    @Test func smolLM2MatchesTransformersOnAParagraph() throws {
        guard let gguf = ModelFiles.smolLM2GGUF else { print(ModelFiles.smolLM2Missing + ": skipping"); return }
        guard PythonPeer.available(LlamaParityTests.peers + ["gguf"]) else {
            print("python torch/transformers/gguf not installed: skipping the SmolLM2 parity test (scripts/setup.sh --python installs them)")
            return
        }
        let clock = ContinuousClock(), started = clock.now
        var encoder = BPEEncoder(model: try TokenizerFile.load(gguf: gguf))
        let tokens = encoder.encode(Self.paragraph).map { Int32($0) }
        let model = try LlamaCheckpoint.load(from: gguf, context: ComputeContext(threads: 2))
        #expect(model.config == LlamaConfig.smolLM2_135M && model.layout.totalCount == 134_515_008)
        let loaded = clock.now
        let loss = model.forwardBackward(tokens: tokens, rows: 1)
        let computed = clock.now
        let dir = try Repository.temporaryDirectory("vt-smollm2")
        let tokensFile = dir.appendingPathComponent("tokens.json"), gradsFile = dir.appendingPathComponent("grads.safetensors")
        try JSONSerialization.data(withJSONObject: [tokens]).write(to: tokensFile)
        let theirs = try LlamaParityTests.reference(["loss", gguf.path, tokensFile.path, gradsFile.path])
        try #require(theirs.count == 1)
        let lossDifference = abs(Double(loss) - theirs[0]) / theirs[0]
        #expect(lossDifference <= 1e-5, "loss \(loss) vs transformers \(theirs[0])")
        let torchGrads = try SafeTensors.read(gradsFile)
        var worst = (0.0, "")
        for tensor in model.layout.tensors {
            let ours = model.gradients.view(tensor.offset, tensor.count).toArray()
            let difference = LlamaParityTests.relativeDifference(ours, try torchGrads.floats(tensor.name))
            #expect(difference <= 1e-3, "\(tensor.name): ||ours - torch|| / ||torch|| = \(difference)")
            if difference > worst.0 { worst = (difference, tensor.name) }
        }
        print(String(format: "SmolLM2 parity on %d tokens: loss %.6f (transformers %.6f, relative difference %.2e), worst gradient %.2e (%@); "
                     + "load %.1f s, forward+backward %.1f s, with the peer %.1f s",
                     tokens.count - 1, loss, theirs[0], lossDifference, worst.0, worst.1, (loaded - started).seconds, (computed - loaded).seconds,
                     (clock.now - started).seconds))
    }
}
