import Corpus
import Foundation

/// Dequantization of GGUF tensors to float32, value for value as the `gguf` Python package
/// (and ggml's reference code) computes it: F32, F16, BF16, and the 32-value blocks Q8_0
/// (f16 scale d, 32 int8: `q * d`), Q4_0 (d, 16 bytes of nibbles, low nibbles first:
/// `d * (q - 8)`) and Q4_1 (d, minimum m, nibbles: `d * q + m`), products and sums rounded
/// to float32 one at a time.
enum GGUFTensors {
    /// The types `floats` reads.
    static let supported: [GGMLType] = [.f32, .f16, .bf16, .q8_0, .q4_0, .q4_1]

    /// The values of `tensor` in storage order (innermost dimension fastest).
    /// - Throws: `TrainingError.checkpoint` naming the file, the tensor and its type when the type
    ///   is not one of `supported`.
    static func floats(_ file: GGUFFile, _ tensor: GGUFFile.TensorInfo) throws(TrainingError) -> [Float] {
        guard let type = GGMLType(rawValue: tensor.type), supported.contains(type) else {
            let name = GGMLType(rawValue: tensor.type).map { "\($0)" } ?? "number \(tensor.type)"
            throw .checkpoint(file.path, "tensor \(tensor.name) has ggml type \(name), which is not supported (F32, F16, BF16, Q8_0, Q4_0, Q4_1)")
        }
        guard let bytes = file.bytes(of: tensor) else {
            throw .checkpoint(file.path, "tensor \(tensor.name): \(tensor.count) values are not whole \(type) blocks")
        }
        let n = tensor.count
        var out = [Float](repeating: 0, count: n)
        bytes.withUnsafeBytes { raw in
            out.withUnsafeMutableBufferPointer { out in
                func u16(_ at: Int) -> UInt16 { UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt16.self)) }
                func half(_ at: Int) -> Float { Float(Float16(bitPattern: u16(at))) }
                switch type {
                case .f32:
                    for i in 0..<n { out[i] = Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 4 * i, as: UInt32.self))) }
                case .f16:
                    for i in 0..<n { out[i] = half(2 * i) }
                case .bf16:
                    for i in 0..<n { out[i] = Float(bitPattern: UInt32(u16(2 * i)) << 16) }
                case .q8_0:
                    for block in 0..<(n / 32) {
                        let base = block * 34, d = half(base)
                        for j in 0..<32 { out[block * 32 + j] = Float(Int8(bitPattern: raw[base + 2 + j])) * d }
                    }
                case .q4_0:
                    for block in 0..<(n / 32) {
                        let base = block * 18, d = half(base)
                        for j in 0..<16 {
                            let byte = raw[base + 2 + j]
                            out[block * 32 + j] = d * Float(Int(byte & 0x0F) - 8)
                            out[block * 32 + 16 + j] = d * Float(Int(byte >> 4) - 8)
                        }
                    }
                case .q4_1:
                    for block in 0..<(n / 32) {
                        let base = block * 20, d = half(base), m = half(base + 2)
                        for j in 0..<16 {
                            let byte = raw[base + 4 + j]
                            let low = d * Float(byte & 0x0F), high = d * Float(byte >> 4)
                            out[block * 32 + j] = low + m
                            out[block * 32 + 16 + j] = high + m
                        }
                    }
                default:
                    preconditionFailure("unreachable: \(type) is checked above")
                }
            }
        }
        return out
    }
}
