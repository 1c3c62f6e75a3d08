import Foundation
import Testing
import TestSupport

/// Finding 7 of issue 14: on the default unauthenticated loopback server, Content-Type was
/// ignored and Host and Origin never checked, so a web page could fork a run (a text/plain POST
/// with a foreign Origin answered 201) and read an export through DNS rebinding (a foreign Host
/// answered 200).
@Suite(.serialized) struct CrossSiteTests {
    static let registration = #"{"domains": ["a", "b"], "l_init": {"a": 3.0, "b": 2.5}, "l_target": {"a": 2.0, "b": 2.0}, "policy": "velocitune", "update_every": 100}"#
    static let report = #"{"step": 100, "base_version": 0, "losses": {"a": 2.5, "b": 2.2}}"#

    @Test func theUnauthenticatedServerAnswersOnlyLoopbackHostsJSONBodiesAndNoForeignOrigin() throws {
        let dir = try Repository.temporaryDirectory("vt-site")
        let server = try ServerProcess(database: dir.appendingPathComponent("c.sqlite"))
        #expect(try server.request("PUT", "/v1/runs/r", Self.registration).status == 201)
        let port = server.port
        let refused: [(String, String, String?, [String: String], [String], Int, String)] = [
            ("POST", "/v1/runs/r/reports", Self.report, ["Content-Type": "text/plain", "Origin": "http://evil.example"], [], 403, "foreign-origin"),
            ("POST", "/v1/runs/r/reports", Self.report, ["Content-Type": "text/plain"], [], 415, "unsupported-media-type"),
            ("POST", "/v1/runs/r/reports", Self.report, ["Content-Type": ""], [], 415, "unsupported-media-type"),
            ("POST", "/v1/runs/r/reports", Self.report, ["Content-Type": "application/x-www-form-urlencoded"], [], 415, "unsupported-media-type"),
            ("POST", "/v1/runs/r/reports", Self.report, ["Content-Type": "application/jsonp"], [], 415, "unsupported-media-type"),
            ("POST", "/v1/runs/r/reports", Self.report, ["Content-Type": "application/json; charset=iso-8859-1"], [], 415, "unsupported-media-type"),
            ("POST", "/v1/runs/r/reports", Self.report, ["Origin": "http://evil.example"], [], 403, "foreign-origin"),
            ("POST", "/v1/runs/r/reports", Self.report, ["Origin": "null"], [], 403, "foreign-origin"),
            ("PUT", "/v1/runs/r2", Self.registration, ["Origin": "http://localhost:\(port)"], [], 403, "foreign-origin"),
            ("GET", "/v1/runs/r/export", nil, ["Host": "evil.example:\(port)"], [], 421, "foreign-host"),
            ("GET", "/v1/runs/r/export", nil, ["Host": "127.0.0.1.evil.example:\(port)"], [], 421, "foreign-host"),
            ("GET", "/v1/runs/r/export", nil, ["Host": "127.evil.example"], [], 421, "foreign-host"),
            ("GET", "/v1/runs/r/export", nil, ["Host": "evil.example", "Origin": "http://evil.example"], [], 421, "foreign-host"),
            ("GET", "/v1/runs/r/export", nil, ["Host": ""], [], 421, "foreign-host"),
            ("GET", "/v1/runs/r/export", nil, [:], ["Host: evil.example"], 421, "foreign-host"),
            ("POST", "/v1/runs/r/reports", Self.report, ["Host": "rebound.example:\(port)"], [], 421, "foreign-host"),
        ]
        for (method, path, body, headers, lines, status, type) in refused {
            let response = try server.request(method, path, body, headers: headers, extraLines: lines)
            #expect(response.status == status && response.json["type"] as? String == "urn:velocitune:problem:\(type)",
                    "\(method) \(headers) \(lines): \(response.status) \(String(decoding: response.body, as: UTF8.self))")
        }
        #expect((try server.request("GET", "/v1/runs/r/versions").json["versions"] as? [Any])?.count == 1, "no refused report was stored")
        #expect(try server.request("GET", "/v1/runs/r2/weights").status == 404)
        // Loopback names and addresses, the server's own origin and JSON with parameters pass.
        let accepted: [(String, String, String?, [String: String], Int)] = [
            ("GET", "/v1/runs/r/export", nil, ["Host": "localhost:\(port)"], 200),
            ("GET", "/v1/runs/r/export", nil, ["Host": "LOCALHOST."], 200),
            ("GET", "/v1/runs/r/export", nil, ["Host": "[::1]:\(port)"], 200),
            ("GET", "/v1/runs/r/export", nil, ["Host": "127.0.0.2"], 200),
            ("GET", "/v1/runs/r/weights", nil, ["Origin": "http://127.0.0.1:\(port)"], 200),
            ("POST", "/v1/runs/r/reports", Self.report, ["Content-Type": "Application/JSON; charset=UTF-8"], 201),
        ]
        for (method, path, body, headers, status) in accepted {
            let response = try server.request(method, path, body, headers: headers)
            #expect(response.status == status, "\(method) \(path) \(headers): \(response.status) \(String(decoding: response.body, as: UTF8.self))")
        }
    }

    /// With a token the server may sit behind any name; foreign origins stay refused.
    @Test func withATokenAnyHostIsAnsweredButNoForeignOrigin() throws {
        let dir = try Repository.temporaryDirectory("vt-site-token")
        let token = "cross-site-token-0123456789"
        let server = try ServerProcess(database: dir.appendingPathComponent("c.sqlite"), token: token)
        #expect(try server.request("PUT", "/v1/runs/r", Self.registration, token: token, headers: ["Host": "controller.example:8765"]).status == 201)
        let foreign = try server.request("POST", "/v1/runs/r/reports", Self.report, token: token, headers: ["Origin": "https://evil.example"])
        #expect(foreign.status == 403)
        let text = try server.request("POST", "/v1/runs/r/reports", Self.report, token: token, headers: ["Content-Type": "text/plain"])
        #expect(text.status == 415)
    }
}
