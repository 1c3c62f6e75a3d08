import Foundation

/// An append-only file of TFRecords, the framing of TensorBoard event files: each record is
/// `length (u64 LE) | masked CRC-32C of length (u32 LE) | data | masked CRC-32C of data (u32 LE)`.
final class TFRecordFile {
    private let handle: FileHandle

    /// Creates (or truncates) the file at `url`.
    init(url: URL) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw MetricsLogError(path: url.path, line: nil, message: "cannot create the file")
        }
        handle = try FileHandle(forWritingTo: url)
    }

    deinit { try? handle.close() }

    /// Appends one record holding `data`.
    func append(_ data: [UInt8]) throws {
        var record: [UInt8] = []
        record.reserveCapacity(data.count + 16)
        let length = Self.littleEndian(UInt64(data.count))
        record += length
        record += Self.littleEndian(Self.maskedCRC(length))
        record += data
        record += Self.littleEndian(Self.maskedCRC(data))
        try handle.write(contentsOf: record)
    }

    /// TFRecord's masked checksum: the CRC-32C rotated right by 15 bits plus a constant.
    static func maskedCRC(_ bytes: [UInt8]) -> UInt32 {
        let crc = CRC32C.checksum(bytes)
        return ((crc >> 15) | (crc << 17)) &+ 0xA282_EAD8
    }

    static func littleEndian<T: FixedWidthInteger>(_ value: T) -> [UInt8] {
        withUnsafeBytes(of: value.littleEndian) { Array($0) }
    }
}

/// CRC-32C (Castagnoli, reflected polynomial 0x82F63B78), as TFRecord uses.
enum CRC32C {
    private static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0x82F6_3B78 ^ (c >> 1) : c >> 1 }
        return c
    }

    /// The checksum of `bytes`.
    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}
