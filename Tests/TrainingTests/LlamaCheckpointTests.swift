import Common
import Foundation
import Kernels
import Testing
import TestSupport
@testable import Training

/// Hugging Face directories without a Python peer: export and reload, shards, the trainable
/// mask, and one clear error per kind of bad input.
@Suite struct LlamaCheckpointTests {
    let config = LlamaConfig(hiddenSize: 16, intermediateSize: 24, layers: 3, heads: 4, kvHeads: 2, rmsNormEpsilon: 1e-5, ropeTheta: 1000,
                             vocabSize: 30, maxPositions: 16, tiedEmbeddings: false)

    func model(threads: Int = 1, seed: UInt64 = 1) throws -> Llama {
        let model = try Llama(config: config, seed: seed, context: ComputeContext(threads: threads))
        var rng = SplitMix64(seed: seed + 100)
        for i in 0..<model.parameters.count { model.parameters[i] += Float(rng.nextGaussian() * 0.1) }
        return model
    }

    @Test func exportAndShardsReloadTheSameModel() throws {
        let original = try model()
        let dir = try Repository.temporaryDirectory("vt-llama-ckpt")
        let exported = dir.appendingPathComponent("export")
        try LlamaCheckpoint.save(original, to: exported)
        #expect(LlamaCheckpoint.isLlama(exported))
        let single = try LlamaCheckpoint.load(from: exported, context: original.context)
        #expect(single.parameters.all.bitwiseEqual(original.parameters.all) && single.config == config)
        // The same tensors in two shards with an index.
        let sharded = dir.appendingPathComponent("sharded")
        try FileManager.default.createDirectory(at: sharded, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: exported.appendingPathComponent("config.json"), to: sharded.appendingPathComponent("config.json"))
        let tensors = original.layout.tensors
        var map: [String: String] = [:]
        for (part, slice) in [tensors.prefix(10), tensors.dropFirst(10)].enumerated() {
            let name = "model-0000\(part + 1)-of-00002.safetensors"
            let encoded = SafeTensors.encode(slice.map { SafeTensors.Tensor(name: $0.name, shape: $0.shape, values: original.parameters.view($0.offset, $0.count)) })
            try encoded.write(to: sharded.appendingPathComponent(name))
            for tensor in slice { map[tensor.name] = name }
        }
        try JSONSerialization.data(withJSONObject: ["metadata": [:], "weight_map": map]).write(to: sharded.appendingPathComponent("model.safetensors.index.json"))
        let fromShards = try LlamaCheckpoint.load(from: sharded, context: original.context)
        #expect(fromShards.parameters.all.bitwiseEqual(original.parameters.all))
    }

    @Test(arguments: ["BF16", "F16"])
    func halfPrecisionTensorsLoadAsFloat32(dtype: String) throws {
        let original = try model()
        // Values exactly representable in the half type, so loading must give them back bit for bit.
        for i in 0..<original.parameters.count {
            let value = original.parameters[i]
            original.parameters[i] = dtype == "BF16" ? Float(bitPattern: value.bitPattern & 0xFFFF_0000) : Float(Float16(value))
        }
        let dir = try Repository.temporaryDirectory("vt-llama-half")
        try LlamaCheckpoint.save(original, to: dir)
        var header: [String] = [], payload = Data(), offset = 0
        for tensor in original.layout.tensors {
            for value in original.parameters.view(tensor.offset, tensor.count).toArray() {
                let half = dtype == "BF16" ? UInt16(value.bitPattern >> 16) : Float16(value).bitPattern
                withUnsafeBytes(of: half.littleEndian) { payload.append(contentsOf: $0) }
            }
            header.append("\"\(tensor.name)\":{\"dtype\":\"\(dtype)\",\"shape\":\(tensor.shape),\"data_offsets\":[\(offset),\(offset + 2 * tensor.count)]}")
            offset += 2 * tensor.count
        }
        let text = "{" + header.joined(separator: ",") + "}"
        var file = Data()
        withUnsafeBytes(of: UInt64(text.utf8.count).littleEndian) { file.append(contentsOf: $0) }
        file.append(Data(text.utf8))
        file.append(payload)
        try file.write(to: dir.appendingPathComponent("model.safetensors"))
        let loaded = try LlamaCheckpoint.load(from: dir, context: original.context)
        #expect(loaded.parameters.all.bitwiseEqual(original.parameters.all))
    }

    @Test func trainingTheLastBlocksMatchesTheFullGradientsOfThoseTensors() throws {
        let tokens = LlamaParityTests.tokens(rows: 2, time: 8, vocabulary: 30, seed: 3)
        let full = try model(threads: 2)
        let fullLoss = full.forwardBackward(tokens: tokens, rows: 2)
        let partial = try model(threads: 2)
        let names = partial.layout.lastBlocks(1, finalNorm: true, head: true)
        try partial.setTrainable(names)
        #expect(partial.backwardFloor == 2 && partial.trainableTensors.count == 11)
        let partialLoss = partial.forwardBackward(tokens: tokens, rows: 2)
        #expect(partialLoss == fullLoss)
        for tensor in partial.layout.tensors {
            let ours = partial.gradients.view(tensor.offset, tensor.count).toArray(), reference = full.gradients.view(tensor.offset, tensor.count).toArray()
            if names.contains(tensor.name) {
                #expect(zip(ours, reference).allSatisfy { abs($0 - $1) <= 1e-6 * max(1, abs($1)) }, "\(tensor.name)")
            } else {
                #expect(ours.allSatisfy { $0 == 0 }, "\(tensor.name) is frozen")
            }
        }
        // Only the attention of the middle block and the input norm of the last: the backward pass
        // reaches block 1 and computes nothing for the frozen MLPs.
        let sparse = try model(threads: 2)
        try sparse.setTrainable(["model.layers.1.self_attn.k_proj.weight", "model.layers.2.input_layernorm.weight"])
        #expect(sparse.backwardFloor == 1)
        _ = sparse.forwardBackward(tokens: tokens, rows: 2)
        for name in ["model.layers.1.self_attn.k_proj.weight", "model.layers.2.input_layernorm.weight"] {
            let tensor = sparse.layout.tensor(name)!
            let ours = sparse.gradients.view(tensor.offset, tensor.count).toArray(), reference = full.gradients.view(tensor.offset, tensor.count).toArray()
            #expect(zip(ours, reference).allSatisfy { abs($0 - $1) <= 1e-6 * max(1, abs($1)) }, "\(name)")
        }
        #expect(throws: TrainingError.invalidConfig("no tensor named model.layers.9.mlp.up_proj.weight in this model")) {
            try sparse.setTrainable(["model.layers.9.mlp.up_proj.weight"])
        }
        // Inference losses are the training losses.
        let rows = full.rowLosses(tokens: tokens, rows: 2)
        #expect(abs(rows.reduce(0, +) / 2 - fullLoss) < 1e-6)
    }

    @Test func sameSeedAndThreadsGiveBitwiseIdenticalGradients() throws {
        let tokens = LlamaParityTests.tokens(rows: 3, time: 8, vocabulary: 30, seed: 5)
        let a = try model(threads: 2), b = try model(threads: 2)
        #expect(a.forwardBackward(tokens: tokens, rows: 3) == b.forwardBackward(tokens: tokens, rows: 3))
        #expect(a.gradients.all.bitwiseEqual(b.gradients.all))
    }

    // MARK: - Bad input

    func directory(config: String? = nil, weights: Data? = nil) throws -> URL {
        let dir = try Repository.temporaryDirectory("vt-llama-bad")
        let good = try model()
        try LlamaCheckpoint.save(good, to: dir.appendingPathComponent("m"))
        let m = dir.appendingPathComponent("m")
        if let config { try Data(config.utf8).write(to: m.appendingPathComponent("config.json")) }
        if let weights { try weights.write(to: m.appendingPathComponent("model.safetensors")) }
        return m
    }

    @Test func aConfigWithAMissingKeyNamesTheFileAndTheKey() throws {
        let good = try JSONSerialization.jsonObject(with: Data(contentsOf: try directory().appendingPathComponent("config.json"))) as! [String: Any]
        for key in ["hidden_size", "intermediate_size", "num_hidden_layers", "num_attention_heads", "rms_norm_eps", "vocab_size", "max_position_embeddings"] {
            var object = good
            object[key] = nil
            let text = String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
            let dir = try directory(config: text)
            #expect(throws: TrainingError.checkpoint(dir.appendingPathComponent("config.json").path,
                                                     "missing required key \"\(key)\" in the model configuration")) {
                _ = try LlamaCheckpoint.load(from: dir, context: ComputeContext(threads: 1))
            }
        }
        var object = good
        object["hidden_size"] = "16"
        let wrongType = try directory(config: String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self))
        #expect(throws: TrainingError.checkpoint(wrongType.appendingPathComponent("config.json").path, "hidden_size must be an integer, got \"16\"")) {
            _ = try LlamaCheckpoint.load(from: wrongType, context: ComputeContext(threads: 1))
        }
    }

    @Test func aSafetensorsHeaderThatLiesAboutSizesIsRefused() throws {
        let header = #"{"model.embed_tokens.weight":{"dtype":"F32","shape":[30,16],"data_offsets":[0,1000]}}"#
        var data = Data()
        withUnsafeBytes(of: UInt64(header.utf8.count).littleEndian) { data.append(contentsOf: $0) }
        data.append(Data(header.utf8))
        data.append(Data(count: 1000))
        let dir = try directory(weights: data)
        let path = dir.appendingPathComponent("model.safetensors").path
        #expect(throws: TrainingError.checkpoint(path, "tensor model.embed_tokens.weight: the header gives shape [30, 16] of F32 (1920 bytes) but data_offsets [0, 1000] span 1000 bytes")) {
            _ = try LlamaCheckpoint.load(from: dir, context: ComputeContext(threads: 1))
        }
        // Offsets past the end of the file: truncated.
        let truncated = try directory(weights: data.prefix(data.count - 10))
        #expect(throws: TrainingError.self) { _ = try LlamaCheckpoint.load(from: truncated, context: ComputeContext(threads: 1)) }
    }
}
