import Common
import Corpus
import Foundation
import Kernels
import Testing
import TestSupport
@testable import Training

/// GGUF reading: files written by the `gguf` Python package (every supported tensor type, bit for
/// bit; a Llama converted as llama.cpp does), and malformed files (one clear error each).
@Suite struct GGUFTests {
    @Test func everyTypeDequantizesBitForBitAsTheGGUFPackage() throws {
        guard PythonPeer.available(["gguf", "safetensors", "numpy"]) else {
            print("python gguf not installed: skipping the GGUF round trip (scripts/setup.sh --python installs it)")
            return
        }
        let dir = try Repository.temporaryDirectory("vt-gguf")
        let file = dir.appendingPathComponent("types.gguf"), values = dir.appendingPathComponent("values.safetensors")
        let output = try PythonPeer.runScript("scripts/gguf_fixture.py", ["types", file.path, values.path])
        try #require(output.status == 0, "\(output.stderr)")
        let gguf = try GGUFFile(contentsOf: file)
        #expect(gguf.version == 3 && gguf.alignment == 64 && gguf.dataOffset % 64 == 0)
        #expect(gguf["v.u8"] == .uint8(200) && gguf["v.i8"] == .int8(-100) && gguf["v.u16"] == .uint16(60000) && gguf["v.i16"] == .int16(-30000))
        #expect(gguf["v.u32"] == .uint32(4_000_000_000) && gguf["v.i32"] == .int32(-2_000_000_000))
        #expect(gguf["v.u64"] == .uint64(1 << 40 + 3) && gguf["v.i64"] == .int64(-(1 << 40) - 3))
        #expect(gguf["v.f32"] == .float32(0.1) && gguf["v.f64"] == .float64(0.1) && gguf["v.bool"] == .bool(true))
        #expect(gguf["v.str"] == .string("héllo\n"))
        #expect(gguf["v.ints"] == .array([.int32(1), .int32(2), .int32(3)]) || gguf["v.ints"]?.array?.compactMap(\.integer) == [1, 2, 3])
        #expect(gguf["v.strs"] == .array([.string("a"), .string("Ġb"), .string("")]))
        #expect(gguf["v.floats"]?.array?.compactMap(\.real) == [0.5, -1.25])
        let expected = try SafeTensors.read(values)
        #expect(gguf.tensors.count == 6)
        for tensor in gguf.tensors {
            let ours = try GGUFTensors.floats(gguf, tensor), theirs = try expected.floats(tensor.name)
            #expect(ours.map(\.bitPattern) == theirs.map(\.bitPattern), "\(tensor.name) (\(GGMLType(rawValue: tensor.type)!))")
            #expect(Array(tensor.dimensions.reversed()) == expected.entries[tensor.name]?.shape)
        }
    }

    @Test func aLlamaConvertedByTheGGUFPackageLoadsAsTheHuggingFaceModel() throws {
        guard PythonPeer.available(LlamaParityTests.peers + ["gguf"]) else {
            print("python gguf/torch/transformers not installed: skipping the GGUF Llama test (scripts/setup.sh --python installs them)")
            return
        }
        let dir = try Repository.temporaryDirectory("vt-gguf-llama")
        let hf = dir.appendingPathComponent("hf"), exact = dir.appendingPathComponent("f32.gguf"), q8 = dir.appendingPathComponent("q8.gguf")
        _ = try LlamaParityTests.reference(["tiny", hf.path, "5", "1", "64", "96", "2", "4", "2", "16", "90", "1"])
        for (file, type) in [(exact, "F32"), (q8, "Q8_0")] {
            let output = try PythonPeer.runScript("scripts/gguf_fixture.py", ["llama", hf.path, file.path, type])
            try #require(output.status == 0, "\(output.stderr)")
        }
        let context = ComputeContext(threads: 2)
        let reference = try LlamaCheckpoint.load(from: hf, context: context)
        let converted = try LlamaCheckpoint.load(from: exact, context: context)
        #expect(converted.config == reference.config)
        #expect(converted.parameters.all.bitwiseEqual(reference.parameters.all), "q/k rows un-permuted to Hugging Face's order")
        // The quantized file against transformers on the weights `gguf` dequantizes.
        let quantized = try LlamaCheckpoint.load(from: q8, context: context)
        let B = 2, T = 9
        let batch = LlamaParityTests.tokens(rows: B, time: T, vocabulary: 90, seed: 4)
        let ours = quantized.rowLosses(tokens: batch, rows: B).reduce(0, +) / Float(B)
        let tokensFile = dir.appendingPathComponent("tokens.json")
        try JSONSerialization.data(withJSONObject: (0..<B).map { Array(batch[($0 * (T + 1))..<(($0 + 1) * (T + 1))]) }).write(to: tokensFile)
        let theirs = try LlamaParityTests.reference(["loss", q8.path, tokensFile.path])
        try #require(theirs.count == 1)
        #expect(abs(Double(ours) - theirs[0]) <= 1e-5 * theirs[0], "Q8_0 loss \(ours) vs transformers \(theirs[0])")
    }

    // MARK: - Malformed files

    /// Hand-written GGUF bytes: metadata, then tensors with raw data.
    struct Builder {
        var keys: [(String, UInt32, [UInt8])] = []
        var tensors: [(String, [Int], UInt32, [UInt8])] = []

        static func bytes<T: FixedWidthInteger>(_ value: T) -> [UInt8] { withUnsafeBytes(of: value.littleEndian, Array.init) }
        static func string(_ text: String) -> [UInt8] { bytes(UInt64(text.utf8.count)) + Array(text.utf8) }

        mutating func u32(_ key: String, _ value: UInt32) { keys.append((key, 4, Self.bytes(value))) }
        mutating func f32(_ key: String, _ value: Float) { keys.append((key, 6, Self.bytes(value.bitPattern))) }
        mutating func string(_ key: String, _ value: String) { keys.append((key, 8, Self.string(value))) }
        mutating func tensor(_ name: String, _ dimensions: [Int], type: UInt32 = 0, bytes: [UInt8]? = nil) {
            tensors.append((name, dimensions, type, bytes ?? [UInt8](repeating: 0, count: 4 * dimensions.reduce(1, *))))
        }

        var data: Data {
            var out = Array("GGUF".utf8) + Self.bytes(UInt32(3)) + Self.bytes(UInt64(tensors.count)) + Self.bytes(UInt64(keys.count))
            for (key, type, value) in keys { out += Self.string(key) + Self.bytes(type) + value }
            var offset = 0
            for (name, dimensions, type, bytes) in tensors {
                out += Self.string(name) + Self.bytes(UInt32(dimensions.count)) + dimensions.flatMap { Self.bytes(UInt64($0)) } + Self.bytes(type)
                out += Self.bytes(UInt64(offset))
                offset += (bytes.count + 31) / 32 * 32
            }
            out += [UInt8](repeating: 0, count: (32 - out.count % 32) % 32)
            for (_, _, _, bytes) in tensors { out += bytes + [UInt8](repeating: 0, count: (32 - bytes.count % 32) % 32) }
            return Data(out)
        }

        /// A one-block Llama (C 8, F 16, 2 heads of 4, vocabulary 5) in F32.
        static func llama() -> Builder {
            var b = Builder()
            b.string("general.architecture", "llama")
            for (key, value) in [("embedding_length", 8), ("block_count", 1), ("attention.head_count", 2), ("attention.head_count_kv", 2),
                                 ("feed_forward_length", 16), ("context_length", 32), ("vocab_size", 5)] {
                b.u32("llama." + key, UInt32(value))
            }
            b.f32("llama.attention.layer_norm_rms_epsilon", 1e-5)
            b.f32("llama.rope.freq_base", 10_000)
            b.tensor("token_embd.weight", [8, 5])
            for name in ["attn_q", "attn_k", "attn_v", "attn_output"] { b.tensor("blk.0.\(name).weight", [8, 8]) }
            b.tensor("blk.0.ffn_gate.weight", [8, 16]); b.tensor("blk.0.ffn_up.weight", [8, 16]); b.tensor("blk.0.ffn_down.weight", [16, 8])
            b.tensor("blk.0.attn_norm.weight", [8]); b.tensor("blk.0.ffn_norm.weight", [8]); b.tensor("output_norm.weight", [8])
            return b
        }
    }

    func loadError(_ data: Data, _ name: String = "model.gguf") throws -> String {
        let url = try Repository.temporaryDirectory("vt-gguf-bad").appendingPathComponent(name)
        try data.write(to: url)
        do {
            _ = try LlamaCheckpoint.load(from: url, context: ComputeContext(threads: 1))
            return "no error"
        } catch {
            #expect(error.description.hasPrefix(url.path + ": "), "the message names the file: \(error)")
            return error.description
        }
    }

    @Test func aWellFormedHandWrittenFileLoads() throws {
        let url = try Repository.temporaryDirectory("vt-gguf-ok").appendingPathComponent("model.gguf")
        try Builder.llama().data.write(to: url)
        let model = try LlamaCheckpoint.load(from: url, context: ComputeContext(threads: 1))
        #expect(model.config == LlamaConfig(hiddenSize: 8, intermediateSize: 16, layers: 1, heads: 2, kvHeads: 2, rmsNormEpsilon: 1e-5,
                                            ropeTheta: 10_000, vocabSize: 5, maxPositions: 32, tiedEmbeddings: true))
    }

    @Test func anUnsupportedTensorTypeIsNamed() throws {
        var b = Builder.llama()
        b.tensors[1].2 = 99
        let unknown = try loadError(b.data)
        #expect(unknown.contains("tensor blk.0.attn_q.weight has ggml type number 99, which is not supported"), "\(unknown)")
        // A known type without a dequantizer here: one Q6_K block (256 values, 210 bytes).
        var q6 = Builder()
        q6.tensor("x", [256], type: 14, bytes: [UInt8](repeating: 0, count: 210))
        let url = try Repository.temporaryDirectory("vt-gguf-q6").appendingPathComponent("q6.gguf")
        try q6.data.write(to: url)
        let file = try GGUFFile(contentsOf: url)
        #expect(throws: TrainingError.checkpoint(url.path, "tensor x has ggml type Q6_K, which is not supported (F32, F16, BF16, Q8_0, Q4_0, Q4_1)")) {
            try GGUFTensors.floats(file, file.tensors[0])
        }
    }

    @Test func aTruncatedFileIsAClearError() throws {
        let data = Builder.llama().data
        for cut in [3, 20, 60, data.count / 2, data.count - 7] {
            let error = try loadError(data.prefix(cut))
            #expect(error.contains("truncated") || error.contains("not a GGUF"), "cut at \(cut): \(error)")
        }
    }

    @Test func missingMetadataIsNamed() throws {
        var b = Builder.llama()
        b.keys.removeAll { $0.0 == "llama.block_count" }
        #expect(try loadError(b.data).hasSuffix("missing metadata llama.block_count"))
        var noEpsilon = Builder.llama()
        noEpsilon.keys.removeAll { $0.0 == "llama.attention.layer_norm_rms_epsilon" }
        #expect(try loadError(noEpsilon.data).contains("llama.attention.layer_norm_rms_epsilon"))
        var wrongShape = Builder.llama()
        wrongShape.tensors[6].1 = [8, 15]
        wrongShape.tensors[6].3 = [UInt8](repeating: 0, count: 4 * 120)
        #expect(try loadError(wrongShape.data).contains("blk.0.ffn_up.weight has dimensions [8, 15]"))
    }
}
