/// A protocol-buffer message being serialised, field by field (wire types varint, 64-bit,
/// length-delimited and 32-bit): just what TensorBoard's `Event` and `Summary` need.
struct ProtobufMessage {
    /// The serialised bytes so far.
    private(set) var bytes: [UInt8] = []

    /// A `double` field.
    mutating func double(_ field: Int, _ value: Double) {
        key(field, wireType: 1)
        bytes += TFRecordFile.littleEndian(value.bitPattern)
    }

    /// A `float` field.
    mutating func float(_ field: Int, _ value: Float) {
        key(field, wireType: 5)
        bytes += TFRecordFile.littleEndian(value.bitPattern)
    }

    /// An `int64` or enum field.
    mutating func int(_ field: Int, _ value: Int) {
        key(field, wireType: 0)
        varint(UInt64(bitPattern: Int64(value)))
    }

    /// A `string` field.
    mutating func string(_ field: Int, _ value: String) { message(field, Array(value.utf8)) }

    /// An embedded message (or bytes) field.
    mutating func message(_ field: Int, _ value: [UInt8]) {
        key(field, wireType: 2)
        varint(UInt64(value.count))
        bytes += value
    }

    private mutating func key(_ field: Int, wireType: UInt64) { varint(UInt64(field) << 3 | wireType) }

    private mutating func varint(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }
}
