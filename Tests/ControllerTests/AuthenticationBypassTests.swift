import Foundation
import Testing
import TestSupport

/// Finding 1 of issue 14: the token check looked at the raw path (`/v1` prefix) while the router
/// merges repeated slashes, so `//v1/runs/x` reached every endpoint without the token.
@Suite(.serialized) struct AuthenticationBypassTests {
    static let token = "bypass-test-token-0123456789"
    static let registration = #"{"domains": ["a", "b"], "l_init": {"a": 3.0, "b": 2.5}, "l_target": {"a": 2.0, "b": 2.0}, "policy": "velocitune", "update_every": 100}"#
    static let report = #"{"step": 100, "base_version": 0, "losses": {"a": 2.5, "b": 2.2}}"#

    /// Every other spelling of an endpoint's path is refused before authentication, with or
    /// without the token, and none of them creates anything.
    @Test func nonCanonicalPathsAreRefusedBeforeAuthentication() throws {
        let dir = try Repository.temporaryDirectory("vt-bypass")
        let server = try ServerProcess(database: dir.appendingPathComponent("c.sqlite"), token: Self.token)
        #expect(try server.request("PUT", "/v1/runs/seed", Self.registration, token: Self.token).status == 201)
        let spellings: [(String, String, String?)] = [
            ("PUT", "//v1/runs/x", Self.registration),
            ("PUT", "///v1/runs/x", Self.registration),
            ("PUT", "/v1//runs/x", Self.registration),
            ("PUT", "/v1/runs//x", Self.registration),
            ("PUT", "/v1/runs/x/", Self.registration),
            ("PUT", "/./v1/runs/x", Self.registration),
            ("PUT", "/v1/./runs/x", Self.registration),
            ("PUT", "/v1/runs/seed/../x", Self.registration),
            ("PUT", "/v1/runs/x/.", Self.registration),
            ("PUT", "/%76%31/runs/x", Self.registration),
            ("PUT", "/v1/runs/%78", Self.registration),
            ("PUT", "/v1/runs/x%2F", Self.registration),
            ("PUT", "http://127.0.0.1//v1/runs/x", Self.registration),
            ("POST", "//v1/runs/seed/reports", Self.report),
            ("POST", "/v1/runs/seed//reports", Self.report),
            ("POST", "/v1/runs/seed/reports/", Self.report),
            ("GET", "//v1/runs/seed/export", nil),
            ("GET", "//v1/runs/seed/weights?version=0", nil),
            ("GET", "/v1/runs/seed/./state", nil),
            ("GET", "//healthz", nil),
        ]
        for (method, path, body) in spellings {
            for token in [nil, Self.token] {
                let response = try server.request(method, path, body, token: token)
                #expect(response.status == 400, "\(method) \(path) token \(token != nil): \(response.status) \(String(decoding: response.body, as: UTF8.self))")
                #expect(response.json["type"] as? String == "urn:velocitune:problem:non-canonical-path", "\(method) \(path)")
            }
        }
        #expect(try server.request("GET", "/v1/runs/x/weights", token: Self.token).status == 404, "no run x was created")
        let seed = try server.request("GET", "/v1/runs/seed/versions", token: Self.token)
        #expect((seed.json["versions"] as? [Any])?.count == 1, "no report reached run seed")
        // The canonical spellings still work, and need the token.
        #expect(try server.request("GET", "/v1/runs/seed/weights").status == 401)
        #expect(try server.request("GET", "/healthz").status == 200)
    }
}
