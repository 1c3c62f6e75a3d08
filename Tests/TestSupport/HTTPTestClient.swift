import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A minimal blocking HTTP/1.1 client over a POSIX socket to 127.0.0.1, for tests against a
/// live server (no proxies, no Foundation networking).
public enum HTTPTestClient {
    /// A response: status, headers (lowercased names) and body.
    public struct Response: Sendable {
        /// Status code.
        public var status: Int
        /// Header fields, names lowercased.
        public var headers: [String: String]
        /// The body.
        public var body: Data

        /// The body parsed as a JSON object.
        public var json: [String: Any] { (try? JSONSerialization.jsonObject(with: body) as? [String: Any]) ?? [:] }
    }

    /// Sends one request and reads the whole response. The request carries `Host`,
    /// `Connection: close`, `Content-Length` and, with a body, `Content-Type: application/json`;
    /// an entry of `headers` with the same name (in any case) replaces one of them, and an empty
    /// value leaves it out. `extraLines` are sent as they are (repeated fields, malformed ones).
    public static func request(_ method: String, port: Int, path: String, body: String? = nil, headers: [String: String] = [:],
                               extraLines: [String] = []) throws -> Response {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw ClientError(message: "socket() failed") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw ClientError(message: "connection to 127.0.0.1:\(port) refused") }
        let payload = body.map { Data($0.utf8) } ?? Data()
        var sent: [(String, String)] = [("Host", "127.0.0.1:\(port)"), ("Connection", "close"), ("Content-Length", "\(payload.count)")]
        if body != nil { sent.append(("Content-Type", "application/json")) }
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) {
            sent.removeAll { $0.0.lowercased() == name.lowercased() }
            sent.append((name, value))
        }
        var head = "\(method) \(path) HTTP/1.1\r\n"
        for (name, value) in sent where !value.isEmpty { head += "\(name): \(value)\r\n" }
        for line in extraLines { head += line + "\r\n" }
        let bytes = Data((head + "\r\n").utf8) + payload
        try bytes.withUnsafeBytes { raw in
            var sent = 0
            while sent < raw.count {
                let n = send(fd, raw.baseAddress! + sent, raw.count - sent, 0)
                guard n > 0 else { throw ClientError(message: "send failed") }
                sent += n
            }
        }
        var received = Data()
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = recv(fd, &chunk, chunk.count, 0)
            if n <= 0 { break }
            received.append(contentsOf: chunk[0..<n])
        }
        guard let split = received.range(of: Data("\r\n\r\n".utf8)) else { throw ClientError(message: "no HTTP response to \(method) \(path)") }
        let lines = String(decoding: received[..<split.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let status = Int(lines.first?.split(separator: " ").dropFirst().first ?? "") ?? 0
        var fields: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var content = Data(received[split.upperBound...])
        if fields["transfer-encoding"]?.lowercased() == "chunked" { content = dechunk(content) }
        return Response(status: status, headers: fields, body: content)
    }

    private static func dechunk(_ data: Data) -> Data {
        var out = Data(), rest = data[...]
        while let lineEnd = rest.range(of: Data("\r\n".utf8)) {
            let size = Int(String(decoding: rest[..<lineEnd.lowerBound], as: UTF8.self), radix: 16) ?? 0
            if size == 0 { break }
            let start = lineEnd.upperBound
            out.append(rest[start..<(start + size)])
            rest = rest[(start + size + 2)...]
        }
        return out
    }

    struct ClientError: Error { var message: String }
}
