import Common
import Foundation
import Kernels

/// The safetensors format: an 8-byte little-endian header length, a JSON header mapping each
/// tensor name to `{dtype, shape, data_offsets}` (plus optional `__metadata__` strings), then the
/// raw little-endian tensor bytes.
public enum SafeTensors {
    /// A tensor to write: its name, shape and float32 values.
    public struct Tensor {
        /// The name.
        public var name: String
        /// The shape.
        public var shape: [Int]
        /// The values (count must equal the shape's product).
        public var values: FloatView

        /// Creates a tensor description.
        public init(name: String, shape: [Int], values: FloatView) {
            self.name = name
            self.shape = shape
            self.values = values
        }
    }

    /// The file bytes for `tensors` (float32), in the given order.
    public static func encode(_ tensors: [Tensor], metadata: [String: String] = [:]) -> Data {
        var data = header(tensors, metadata: metadata)
        data.reserveCapacity(data.count + tensors.reduce(0) { $0 + 4 * $1.values.count })
        for tensor in tensors { data.append(tensor.values.littleEndianBytes) }
        return data
    }

    /// Writes the bytes of `encode(tensors, metadata:)` to `url` tensor by tensor (so at most one
    /// tensor's bytes are held in memory besides the model), and flushes them to disk.
    public static func write(_ tensors: [Tensor], metadata: [String: String] = [:], to url: URL) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw TrainingError.checkpoint(url.path, "cannot create the file")
        }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.write(contentsOf: header(tensors, metadata: metadata))
        for tensor in tensors { try handle.write(contentsOf: tensor.values.littleEndianBytes) }
        try handle.synchronize()
    }

    /// The length prefix and JSON header of a file of `tensors` (float32, in order).
    private static func header(_ tensors: [Tensor], metadata: [String: String]) -> Data {
        var header = "{"
        var offset = 0
        var entries: [String] = []
        if !metadata.isEmpty {
            let pairs = metadata.sorted { $0.key < $1.key }.map { "\(jsonString($0.key)):\(jsonString($0.value))" }
            entries.append("\"__metadata__\":{\(pairs.joined(separator: ","))}")
        }
        for tensor in tensors {
            precondition(tensor.values.count == tensor.shape.reduce(1, *), "\(tensor.name): values do not match the shape")
            let bytes = tensor.values.count * 4
            entries.append("\(jsonString(tensor.name)):{\"dtype\":\"F32\",\"shape\":[\(tensor.shape.map(String.init).joined(separator: ","))],\"data_offsets\":[\(offset),\(offset + bytes)]}")
            offset += bytes
        }
        header += entries.joined(separator: ",") + "}"
        // Pad the header with spaces so the data starts 8-byte aligned.
        while header.utf8.count % 8 != 0 { header += " " }
        var data = Data()
        withUnsafeBytes(of: UInt64(header.utf8.count).littleEndian) { data.append(contentsOf: $0) }
        data.append(Data(header.utf8))
        return data
    }

    /// A parsed safetensors file.
    public struct File {
        /// One tensor's description.
        public struct Entry {
            /// "F32", "F16" or "BF16" (others are refused when read).
            public var dtype: String
            /// The shape.
            public var shape: [Int]
            /// Byte range of the data, relative to the start of the data section.
            public var range: Range<Int>
        }

        /// The tensors by name.
        public var entries: [String: Entry]
        /// The `__metadata__` strings.
        public var metadata: [String: String]
        let data: Data
        let dataStart: Int
        let path: String

        /// The values of `name` converted to float32.
        public func floats(_ name: String) throws(TrainingError) -> [Float] {
            guard let entry = entries[name] else { throw .checkpoint(path, "no tensor named \(name)") }
            let count = entry.shape.reduce(1, *)
            let bytes = data[(dataStart + entry.range.lowerBound)..<(dataStart + entry.range.upperBound)]
            switch entry.dtype {
            case "F32":
                guard bytes.count == count * 4 else { throw .checkpoint(path, "\(name): \(bytes.count) bytes for \(count) float32 values") }
                return bytes.withUnsafeBytes { raw in (0..<count).map { Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 4 * $0, as: UInt32.self))) } }
            case "F16", "BF16":
                guard bytes.count == count * 2 else { throw .checkpoint(path, "\(name): \(bytes.count) bytes for \(count) 16-bit values") }
                return bytes.withUnsafeBytes { raw in
                    (0..<count).map { i -> Float in
                        let half = UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: 2 * i, as: UInt16.self))
                        return entry.dtype == "BF16" ? Float(bitPattern: UInt32(half) << 16) : Float(Float16(bitPattern: half))
                    }
                }
            default:
                throw .checkpoint(path, "\(name): dtype \(entry.dtype) is not supported (expected F32, F16 or BF16)")
            }
        }
    }

    /// Reads and validates a safetensors file.
    public static func read(_ url: URL) throws(TrainingError) -> File {
        let path = url.path
        let data: Data
        do { data = try Data(contentsOf: url, options: .alwaysMapped) } catch {
            throw .checkpoint(path, "cannot read: \(error.localizedDescription)")
        }
        guard data.count >= 8 else { throw .checkpoint(path, "too short to be a safetensors file") }
        let headerLength = Int(data.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) })
        guard headerLength > 0, headerLength <= data.count - 8 else {
            throw .checkpoint(path, "header length \(headerLength) does not fit in a \(data.count)-byte file: truncated or not safetensors")
        }
        guard let header = try? JSONSerialization.jsonObject(with: data[8..<(8 + headerLength)]) as? [String: Any] else {
            throw .checkpoint(path, "the safetensors header is not a JSON object")
        }
        var entries: [String: File.Entry] = [:]
        var metadata: [String: String] = [:]
        let dataLength = data.count - 8 - headerLength
        for (name, value) in header {
            if name == "__metadata__" {
                metadata = (value as? [String: String]) ?? [:]
                continue
            }
            guard let object = value as? [String: Any], let dtype = object["dtype"] as? String,
                  let shape = (object["shape"] as? [NSNumber])?.map(\.intValue),
                  let offsets = (object["data_offsets"] as? [NSNumber])?.map(\.intValue), offsets.count == 2,
                  offsets[0] >= 0, offsets[0] <= offsets[1], offsets[1] <= dataLength else {
                throw .checkpoint(path, "tensor \(name): malformed entry or data past the end of the file (truncated?)")
            }
            guard shape.allSatisfy({ $0 >= 0 }) else { throw .checkpoint(path, "tensor \(name): negative dimension in shape \(shape)") }
            if let size = elementSize[dtype] {
                let count = shape.reduce(1) { $0.multipliedReportingOverflow(by: $1).partialValue }
                guard offsets[1] - offsets[0] == count * size else {
                    throw .checkpoint(path, "tensor \(name): the header gives shape \(shape) of \(dtype) (\(count * size) bytes) but data_offsets \(offsets) span \(offsets[1] - offsets[0]) bytes")
                }
            }
            entries[name] = .init(dtype: dtype, shape: shape, range: offsets[0]..<offsets[1])
        }
        return File(entries: entries, metadata: metadata, data: data, dataStart: 8 + headerLength, path: path)
    }

    /// Bytes per element of the dtypes the format defines.
    static let elementSize: [String: Int] = [
        "F64": 8, "F32": 4, "F16": 2, "BF16": 2, "I64": 8, "I32": 4, "I16": 2, "I8": 1, "U64": 8, "U32": 4, "U16": 2, "U8": 1, "BOOL": 1,
        "F8_E4M3": 1, "F8_E5M2": 1,
    ]

    private static func jsonString(_ text: String) -> String {
        // Encoding a String cannot fail.
        String(decoding: try! JSONEncoder().encode(text), as: UTF8.self)
    }
}
