import Foundation
import Testing
import TestSupport

/// Finding 10 of issue 14 (JSON items): duplicate keys kept the first value (Python keeps the
/// last), all of JSON5 was accepted without being documented, and `1.5` as a step was "not valid
/// JSON". Bodies are RFC 8259 JSON plus the number tokens NaN, Infinity and -Infinity.
@Suite(.serialized) struct JSONBodyTests {
    static let registration = #"{"domains": ["a", "b"], "l_init": {"a": 3.0, "b": 2.5}, "l_target": {"a": 2.0, "b": 2.0}, "policy": "velocitune", "update_every": 100}"#

    @Test func bodiesAreStrictJSONWithNaNAndInfinityTokens() throws {
        let dir = try Repository.temporaryDirectory("vt-json")
        let server = try ServerProcess(database: dir.appendingPathComponent("c.sqlite"))
        #expect(try server.request("PUT", "/v1/runs/r", Self.registration).status == 201)
        let cases: [(String, Int, String)] = [
            (#"{"step": 100, "step": 200, "base_version": 0, "losses": {"a": 2.5, "b": 2.2}}"#, 400, #"the key "step" appears twice"#),
            (#"{"step": 100, "base_version": 0, "losses": {"a": 2.5, "a": 2.4, "b": 2.2}}"#, 400, #"the key "a" appears twice"#),
            (#"{"step": 100, "base_version": 0, "losses": {"a": 2.5, "\u0061": 2.4, "b": 2.2}}"#, 400, #"the key "a" appears twice"#),
            ("{\"step\": 100, \"base_version\": 0, \"losses\": {\"\u{E9}\": 2.5, \"e\u{301}\": 2.4}}", 400, "appears twice"),
            (#"{"step": 100, /* a comment */ "base_version": 0, "losses": {"a": 2.5, "b": 2.2}}"#, 400, "not valid JSON"),
            (#"{step: 100, "base_version": 0, "losses": {"a": 2.5, "b": 2.2}}"#, 400, "expected a key in double quotes"),
            (#"{"step": 0x64, "base_version": 0, "losses": {"a": 2.5, "b": 2.2}}"#, 400, "not valid JSON"),
            (#"{"step": 100, "base_version": 0, "losses": {"a": 2.5, "b": 2.2,},}"#, 400, "not valid JSON"),
            (#"{'step': 100, "base_version": 0, "losses": {"a": 2.5, "b": 2.2}}"#, 400, "not valid JSON"),
            (#"{"step": +100, "base_version": 0, "losses": {"a": 2.5, "b": 2.2}}"#, 400, "not valid JSON"),
            (#"{"step": 100, "base_version": 0, "losses": {"a": .5, "b": 2.2}}"#, 400, "not valid JSON"),
            (#"{"step": 100, "base_version": 0, "losses": {"a": nan, "b": 2.2}}"#, 400, "not valid JSON"),
            (#"{"step": 100, "base_version": 0, "losses": {"a": "\ud800", "b": 2.2}}"#, 400, "lone surrogate"),
            (#"{"step": 1.5, "base_version": 0, "losses": {"a": 2.5, "b": 2.2}}"#, 400, #"field "step": expected an integer, got 1.5"#),
            (#"{"step": "100", "base_version": 0, "losses": {"a": 2.5, "b": 2.2}}"#, 400, #"field "step": expected an integer, got a string"#),
            (#"{"step": 1e30, "base_version": 0, "losses": {"a": 2.5, "b": 2.2}}"#, 400, #"field "step": 1e30 is outside the integer range"#),
            (#"{"step": 100, "base_version": 0, "losses": {"a": true, "b": 2.2}}"#, 400, #"field "losses.a": expected a number, got a boolean"#),
            (#"{"step": 100, "base_version": 0, "losses": [2.5, 2.2]}"#, 400, #"field "losses": expected an object, got an array"#),
            (#"[{"step": 100}]"#, 400, "the body is an array; expected a JSON object"),
            (String(repeating: "[", count: 40) + String(repeating: "]", count: 40), 400, "nesting deeper than"),
            (#"{"step": 100, "base_version": 0, "losses": {"a": NaN, "b": 2.2}}"#, 422, "nan"),
            (#"{"step": 100, "base_version": 0, "losses": {"a": Infinity, "b": 2.2}}"#, 422, "inf"),
            (#"{"step": 100, "base_version": 0, "losses": {"a": -Infinity, "b": 2.2}}"#, 422, "inf"),
            (#"{"step": 100, "base_version": 0, "losses": {"a": 1e400, "b": 2.2}}"#, 422, "inf"),
        ]
        for (body, status, detail) in cases {
            let response = try server.request("POST", "/v1/runs/r/reports", body)
            let text = response.json["detail"] as? String ?? ""
            #expect(response.status == status && text.contains(detail), "\(body): \(response.status) \(text)")
            #expect(response.headers["content-type"] == "application/problem+json")
        }
        // Integers may be written with a fraction or an exponent when their value is whole.
        let whole = try server.request("POST", "/v1/runs/r/reports", #"{"step": 1e2, "base_version": 0.0, "losses": {"a": 2.5, "b": 2.2}}"#)
        #expect(whole.status == 201 && whole.json["step"] as? Int == 100)
        #expect((try server.request("GET", "/v1/runs/r/versions").json["versions"] as? [Any])?.count == 2, "only that report was stored")
    }
}
