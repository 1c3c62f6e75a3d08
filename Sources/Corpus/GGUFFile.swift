import Foundation

/// A GGUF (version 2 or 3) file's container: header, metadata key/values of every GGUF type,
/// tensor descriptions and where each tensor's bytes are. Reads no tensor data itself (models
/// dequantize, tokenizers read the metadata). The file is memory-mapped.
///
/// Layout: magic `GGUF`, version (u32), tensor count and key/value count (u64), the key/values
/// (key string, type u32, value), the tensor infos (name, dimension count u32, dimensions u64
/// innermost first, ggml type u32, offset u64 from the data section), padding to
/// `general.alignment` (default 32), then the data section. Strings are a u64 length and UTF-8
/// bytes; all numbers little-endian.
public struct GGUFFile: Sendable {
    /// A metadata value.
    public enum Value: Sendable, Equatable {
        /// Integers of GGUF types 0-5, 10 and 11.
        case uint8(UInt8), int8(Int8), uint16(UInt16), int16(Int16), uint32(UInt32), int32(Int32), uint64(UInt64), int64(Int64)
        /// Floats (types 6 and 12), a boolean (7), a UTF-8 string (8), an array of one element type (9).
        case float32(Float), float64(Double), bool(Bool), string(String), array([Value])

        /// The value as an integer, for every integer type (and booleans); nil otherwise.
        public var integer: Int? {
            switch self {
            case let .uint8(v): Int(v)
            case let .int8(v): Int(v)
            case let .uint16(v): Int(v)
            case let .int16(v): Int(v)
            case let .uint32(v): Int(v)
            case let .int32(v): Int(v)
            case let .uint64(v): Int(exactly: v)
            case let .int64(v): Int(v)
            case let .bool(v): v ? 1 : 0
            default: nil
            }
        }

        /// The value as a floating-point number, for every numeric type; nil otherwise.
        public var real: Double? {
            switch self {
            case let .float32(v): Double(v)
            case let .float64(v): v
            default: integer.map(Double.init)
            }
        }

        /// The string, for a string value.
        public var string: String? { if case let .string(text) = self { text } else { nil } }

        /// The elements, for an array value.
        public var array: [Value]? { if case let .array(items) = self { items } else { nil } }
    }

    /// One tensor's description.
    public struct TensorInfo: Sendable, Equatable {
        /// The name, e.g. `blk.0.attn_q.weight`.
        public var name: String
        /// Dimensions as stored: innermost (contiguous) first, so a row-major (rows, columns)
        /// matrix is `[columns, rows]`.
        public var dimensions: [Int]
        /// The ggml type number (see `GGMLType`).
        public var type: UInt32
        /// Offset of the first byte in the file.
        public var offset: Int
        /// Number of elements.
        public var count: Int { dimensions.reduce(1, *) }
    }

    /// The file's path.
    public let path: String
    /// The format version (2 or 3).
    public let version: UInt32
    /// The metadata by key.
    public let metadata: [String: Value]
    /// The metadata keys in file order.
    public let keys: [String]
    /// The tensors in file order.
    public let tensors: [TensorInfo]
    /// The data-section alignment (`general.alignment`, default 32).
    public let alignment: Int
    /// Offset of the data section in the file.
    public let dataOffset: Int
    /// The file's bytes (memory-mapped).
    public let data: Data

    /// Reads the header of the GGUF file at `url`.
    /// - Throws: `GGUFError` naming the file: not GGUF, an unsupported version, a truncated
    ///   header, a malformed value, or a tensor whose bytes lie past the end of the file.
    public init(contentsOf url: URL) throws(GGUFError) {
        let path = url.path
        let data: Data
        do { data = try Data(contentsOf: url, options: .alwaysMapped) } catch {
            throw .file(path, "cannot read: \(error.localizedDescription)")
        }
        let parsed: Parsed
        do {
            parsed = try data.withUnsafeBytes { raw in
                var reader = Reader(bytes: raw, path: path)
                return try reader.parse()
            }
        } catch let error as GGUFError {
            throw error
        } catch {
            throw .file(path, "\(error)")
        }
        self.path = path
        self.data = data
        version = parsed.version
        metadata = parsed.metadata
        keys = parsed.keys
        alignment = parsed.alignment
        dataOffset = parsed.dataOffset
        tensors = parsed.tensors
        for tensor in tensors {
            guard let type = GGMLType(rawValue: tensor.type) else { continue }
            guard let bytes = type.byteCount(elements: tensor.count) else {
                throw .file(path, "tensor \(tensor.name): \(tensor.count) values are not whole \(type) blocks of \(type.block.elements)")
            }
            guard tensor.offset + bytes <= data.count else {
                throw .file(path, "tensor \(tensor.name) (\(type), \(tensor.count) values) ends past the end of the \(data.count)-byte file: truncated")
            }
        }
    }

    /// The value of `key`, if present.
    public subscript(key: String) -> Value? { metadata[key] }

    /// The bytes of `tensor` (its size from its type; nil for a type whose size is unknown).
    public func bytes(of tensor: TensorInfo) -> Data? {
        guard let type = GGMLType(rawValue: tensor.type), let count = type.byteCount(elements: tensor.count) else { return nil }
        return data[tensor.offset..<(tensor.offset + count)]
    }

    fileprivate struct Parsed {
        var version: UInt32
        var metadata: [String: Value]
        var keys: [String]
        var tensors: [TensorInfo]
        var alignment: Int
        var dataOffset: Int
    }

    /// A cursor over the file's bytes; every read checks the bounds.
    private struct Reader {
        let bytes: UnsafeRawBufferPointer
        let path: String
        var position = 0

        func truncated(_ what: String) -> GGUFError {
            .file(path, "truncated: the file ends (at \(bytes.count) bytes) inside \(what)")
        }

        mutating func take<T: FixedWidthInteger>(_: T.Type, _ what: String) throws(GGUFError) -> T {
            let size = MemoryLayout<T>.size
            guard position + size <= bytes.count else { throw truncated(what) }
            defer { position += size }
            return T(littleEndian: bytes.loadUnaligned(fromByteOffset: position, as: T.self))
        }

        mutating func string(_ what: String) throws(GGUFError) -> String {
            let length = try take(UInt64.self, what)
            guard length <= UInt64(bytes.count - position) else { throw truncated(what) }
            let start = position
            position += Int(length)
            return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        }

        mutating func value(type: UInt32, _ what: String, depth: Int = 0) throws(GGUFError) -> Value {
            switch type {
            case 0: return .uint8(try take(UInt8.self, what))
            case 1: return .int8(try take(Int8.self, what))
            case 2: return .uint16(try take(UInt16.self, what))
            case 3: return .int16(try take(Int16.self, what))
            case 4: return .uint32(try take(UInt32.self, what))
            case 5: return .int32(try take(Int32.self, what))
            case 6: return .float32(Float(bitPattern: try take(UInt32.self, what)))
            case 7:
                let byte = try take(UInt8.self, what)
                guard byte <= 1 else { throw .file(path, "\(what): boolean byte \(byte) is neither 0 nor 1") }
                return .bool(byte == 1)
            case 8: return .string(try string(what))
            case 9:
                guard depth < 8 else { throw .file(path, "\(what): arrays nested too deeply") }
                let elementType = try take(UInt32.self, what)
                let count = try take(UInt64.self, what)
                // Every element takes at least one byte: a larger count cannot fit in the file.
                guard count <= UInt64(bytes.count - position) else { throw truncated(what) }
                var items: [Value] = []
                items.reserveCapacity(Int(count))
                for _ in 0..<Int(count) { items.append(try value(type: elementType, what, depth: depth + 1)) }
                return .array(items)
            case 10: return .uint64(try take(UInt64.self, what))
            case 11: return .int64(try take(Int64.self, what))
            case 12: return .float64(Double(bitPattern: try take(UInt64.self, what)))
            default: throw .file(path, "\(what): unknown metadata value type \(type)")
            }
        }

        mutating func parse() throws(GGUFError) -> Parsed {
            guard bytes.count >= 4, bytes[0] == 0x47, bytes[1] == 0x47, bytes[2] == 0x55, bytes[3] == 0x46 else {
                throw .file(path, "not a GGUF file (no GGUF magic)")
            }
            position = 4
            let version = try take(UInt32.self, "the header")
            guard version == 2 || version == 3 else { throw .file(path, "GGUF version \(version) is not supported (2 or 3)") }
            let tensorCount = try take(UInt64.self, "the header"), keyCount = try take(UInt64.self, "the header")
            guard tensorCount <= UInt64(bytes.count), keyCount <= UInt64(bytes.count) else { throw truncated("the header") }
            var metadata: [String: Value] = [:], keys: [String] = []
            for index in 0..<Int(keyCount) {
                let key = try string("metadata key \(index)")
                let type = try take(UInt32.self, "metadata \(key)")
                metadata[key] = try value(type: type, "metadata \(key)")
                keys.append(key)
            }
            var alignment = 32
            if let given = metadata["general.alignment"] {
                guard case let .uint32(value) = given, value > 0, value & (value - 1) == 0 else {
                    throw .file(path, "general.alignment must be a power of two (u32), got \(given)")
                }
                alignment = Int(value)
            }
            var infos: [(String, [Int], UInt32, UInt64)] = []
            for index in 0..<Int(tensorCount) {
                let name = try string("tensor info \(index)")
                let rank = try take(UInt32.self, "tensor info \(name)")
                guard rank <= 8 else { throw .file(path, "tensor \(name): \(rank) dimensions (at most 8)") }
                var dimensions: [Int] = []
                for _ in 0..<rank {
                    let dimension = try take(UInt64.self, "tensor info \(name)")
                    guard dimension <= UInt64(Int32.max) else { throw .file(path, "tensor \(name): dimension \(dimension) is too large") }
                    dimensions.append(Int(dimension))
                }
                let type = try take(UInt32.self, "tensor info \(name)"), offset = try take(UInt64.self, "tensor info \(name)")
                guard offset % UInt64(alignment) == 0 else { throw .file(path, "tensor \(name): offset \(offset) is not a multiple of the alignment \(alignment)") }
                infos.append((name, dimensions, type, offset))
            }
            let dataOffset = (position + alignment - 1) / alignment * alignment
            var tensors: [TensorInfo] = []
            for (name, dimensions, type, offset) in infos {
                guard offset <= UInt64(bytes.count) else {
                    throw .file(path, "tensor \(name) starts at \(offset) past the end of the data: truncated")
                }
                tensors.append(TensorInfo(name: name, dimensions: dimensions, type: type, offset: dataOffset + Int(offset)))
            }
            return Parsed(version: version, metadata: metadata, keys: keys, tensors: tensors, alignment: alignment, dataOffset: dataOffset)
        }
    }
}

/// ggml tensor types by their GGUF numbers, with block sizes for the byte count of a tensor.
public enum GGMLType: UInt32, Sendable, CaseIterable, CustomStringConvertible {
    /// Floats and the 32-value block quantizations.
    case f32 = 0, f16 = 1, q4_0 = 2, q4_1 = 3, q5_0 = 6, q5_1 = 7, q8_0 = 8, q8_1 = 9
    /// The 256-value "K" quantizations.
    case q2_K = 10, q3_K = 11, q4_K = 12, q5_K = 13, q6_K = 14, q8_K = 15
    /// The importance-matrix quantizations.
    case iq2_xxs = 16, iq2_xs = 17, iq3_xxs = 18, iq1_s = 19, iq4_nl = 20, iq3_s = 21, iq2_s = 22, iq4_xs = 23
    /// Integers, double, bfloat16 and the ternary quantizations.
    case i8 = 24, i16 = 25, i32 = 26, i64 = 27, f64 = 28, iq1_m = 29, bf16 = 30, tq1_0 = 34, tq2_0 = 35

    /// ggml's name for the type (`Q4_1`, `BF16`, ...).
    public var description: String {
        switch self {
        case .f32: "F32"
        case .f16: "F16"
        case .q4_0: "Q4_0"
        case .q4_1: "Q4_1"
        case .q5_0: "Q5_0"
        case .q5_1: "Q5_1"
        case .q8_0: "Q8_0"
        case .q8_1: "Q8_1"
        case .q2_K: "Q2_K"
        case .q3_K: "Q3_K"
        case .q4_K: "Q4_K"
        case .q5_K: "Q5_K"
        case .q6_K: "Q6_K"
        case .q8_K: "Q8_K"
        case .iq2_xxs: "IQ2_XXS"
        case .iq2_xs: "IQ2_XS"
        case .iq3_xxs: "IQ3_XXS"
        case .iq1_s: "IQ1_S"
        case .iq4_nl: "IQ4_NL"
        case .iq3_s: "IQ3_S"
        case .iq2_s: "IQ2_S"
        case .iq4_xs: "IQ4_XS"
        case .i8: "I8"
        case .i16: "I16"
        case .i32: "I32"
        case .i64: "I64"
        case .f64: "F64"
        case .iq1_m: "IQ1_M"
        case .bf16: "BF16"
        case .tq1_0: "TQ1_0"
        case .tq2_0: "TQ2_0"
        }
    }

    /// (elements per block, bytes per block).
    public var block: (elements: Int, bytes: Int) {
        switch self {
        case .f32, .i32: (1, 4)
        case .f16, .bf16, .i16: (1, 2)
        case .i8: (1, 1)
        case .i64, .f64: (1, 8)
        case .q4_0: (32, 18)
        case .q4_1: (32, 20)
        case .q5_0: (32, 22)
        case .q5_1: (32, 24)
        case .q8_0: (32, 34)
        case .q8_1: (32, 36)
        case .q2_K: (256, 84)
        case .q3_K: (256, 110)
        case .q4_K: (256, 144)
        case .q5_K: (256, 176)
        case .q6_K: (256, 210)
        case .q8_K: (256, 292)
        case .iq2_xxs: (256, 66)
        case .iq2_xs: (256, 74)
        case .iq3_xxs: (256, 98)
        case .iq1_s: (256, 50)
        case .iq4_nl: (32, 18)
        case .iq3_s: (256, 110)
        case .iq2_s: (256, 82)
        case .iq4_xs: (256, 136)
        case .iq1_m: (256, 56)
        case .tq1_0: (256, 54)
        case .tq2_0: (256, 66)
        }
    }

    /// Bytes holding `elements` values (nil when they are not whole blocks).
    public func byteCount(elements: Int) -> Int? {
        let (size, bytes) = block
        return elements % size == 0 ? elements / size * bytes : nil
    }
}

/// A GGUF file is unreadable or malformed (path, problem).
public enum GGUFError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file (path) and what is wrong with it.
    case file(String, String)

    /// A sentence describing the problem.
    public var description: String {
        switch self {
        case let .file(path, message): "\(path): \(message)"
        }
    }
}
