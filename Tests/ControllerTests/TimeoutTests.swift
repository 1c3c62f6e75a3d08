import Foundation
import Testing
import TestSupport

/// Finding 6 of issue 14: silent and half-sent connections stayed open for ever (1,100 of them
/// exhausted the descriptors and every client timed out). Finding 10: HTTP parser errors were
/// empty 400s.
@Suite(.serialized) struct TimeoutTests {
    @Test func slowAndSilentConnectionsAreClosedWhileOthersAreServed() throws {
        let dir = try Repository.temporaryDirectory("vt-slow")
        let server = try ServerProcess(database: dir.appendingPathComponent("c.sqlite"), extra: ["--timeout", "1"])
        let started = Date()
        let silent = try (0..<20).map { _ in try RawConnection(port: server.port) }
        let slowHeaders = try (0..<20).map { _ -> RawConnection in
            let connection = try RawConnection(port: server.port)
            connection.send("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
            return connection
        }
        let slowBody = try RawConnection(port: server.port)
        slowBody.send("POST /v1/runs/r/reports HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{\"step\"")
        // Meanwhile the server answers others; the slow ones keep trickling bytes.
        for _ in 0..<6 {
            #expect(try server.request("GET", "/healthz").status == 200)
            for connection in slowHeaders { connection.send("x") }
            slowBody.send(" ")
            usleep(250_000)
        }
        let answer = slowBody.readUntilClosed(within: 3)
        #expect(answer.closed, "the trickling body was cut off")
        let text = String(decoding: answer.data, as: UTF8.self)
        #expect(text.hasPrefix("HTTP/1.1 408") && text.contains("application/problem+json") && text.contains("urn:velocitune:problem:request-timeout"), "\(text)")
        for connection in silent + slowHeaders {
            #expect(connection.readUntilClosed(within: 3).closed, "a connection without a complete request head was closed")
        }
        #expect(Date().timeIntervalSince(started) < 8)
        #expect(try server.request("GET", "/healthz").status == 200)
    }

    @Test func requestsTheHTTPParserRefusesAreAnsweredWithAProblem() throws {
        let dir = try Repository.temporaryDirectory("vt-parse")
        let server = try ServerProcess(database: dir.appendingPathComponent("c.sqlite"))
        let requests = [
            "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: zz\r\n\r\n",
            "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n",
            "GET v1/runs/x HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
            "GET /healthz HTTP/1.1\r\nHost 127.0.0.1\r\n\r\n",
            "POST /v1/runs/x/reports HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
        ]
        for request in requests {
            let connection = try RawConnection(port: server.port)
            connection.send(request)
            let answer = connection.readUntilClosed(within: 5)
            let text = String(decoding: answer.data, as: UTF8.self)
            #expect(answer.closed && text.hasPrefix("HTTP/1.1 400"), "\(request.debugDescription): \(text)")
            #expect(text.lowercased().contains("content-type: application/problem+json") && text.contains("urn:velocitune:problem:malformed-request"),
                    "\(request.debugDescription): \(text)")
        }
        #expect(try server.request("GET", "/healthz").status == 200)
    }
}
