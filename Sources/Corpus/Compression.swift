import CZlib
import Foundation

/// gzip decompression and CRC-32 through the system zlib.
enum Compression {
    /// Decompresses a gzip stream (several concatenated members allowed).
    static func gunzip(_ data: [UInt8]) throws(CorpusError) -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, 16 + MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .unreadable("", "zlib could not start inflating")
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        output.reserveCapacity(data.count * 4)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        // zlib's next_in is not const: give it a mutable copy of the (compressed, small) input.
        var compressed = data
        try compressed.withUnsafeMutableBufferPointer { (input: inout UnsafeMutableBufferPointer<UInt8>) throws(CorpusError) in
            stream.next_in = input.baseAddress
            stream.avail_in = uInt(input.count)
            while true {
                let status = chunk.withUnsafeMutableBufferPointer { buffer -> Int32 in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = uInt(buffer.count)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                output.append(contentsOf: chunk[0..<(chunk.count - Int(stream.avail_out))])
                if status == Z_STREAM_END {
                    if stream.avail_in == 0 { break }
                    guard inflateReset(&stream) == Z_OK else { throw .unreadable("", "corrupt gzip member") }
                    continue
                }
                guard status == Z_OK else { throw .unreadable("", "corrupt gzip data (zlib status \(status))") }
                if stream.avail_in == 0 && stream.avail_out != 0 { throw .unreadable("", "truncated gzip data") }
            }
        }
        return output
    }

    /// CRC-32 (the zlib / PNG / Python `zlib.crc32` polynomial) of `bytes`.
    static func crc32(_ bytes: UnsafeRawBufferPointer, initial: UInt32 = 0) -> UInt32 {
        var crc = UInt(initial)
        var offset = 0
        while offset < bytes.count {
            let length = min(bytes.count - offset, 1 << 30)
            crc = CZlib.crc32(crc, bytes.baseAddress!.advanced(by: offset).assumingMemoryBound(to: Bytef.self), uInt(length))
            offset += length
        }
        return UInt32(truncatingIfNeeded: crc)
    }
}
