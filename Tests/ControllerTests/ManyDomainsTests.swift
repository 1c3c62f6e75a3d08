import Foundation
import Testing
import TestSupport

/// Finding 5 of issue 14: domain lookups were linear scans inside loops over the domains, so a
/// report's cost grew with the square of the number of domains (26,000 domains: 4.1 s per report,
/// 2.3 s per refused one, inside the write transaction every other run waits for).
@Suite(.serialized) struct ManyDomainsTests {
    static func object(_ domains: [String], _ value: (Int) -> Double) -> String {
        "{" + domains.enumerated().map { "\"\($1)\": \(value($0))" }.joined(separator: ", ") + "}"
    }

    /// The server CPU seconds of two reports and of two refused reports on a run of `k` domains.
    static func reportSeconds(_ server: ServerProcess, domains k: Int) throws -> (report: Double, refused: Double) {
        let domains = (0..<k).map { "domain-\($0)" }
        let names = "[" + domains.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
        let run = "wide-\(k)"
        let registration = #"{"domains": \#(names), "l_init": \#(Self.object(domains) { 3 + Double($0 % 7) / 10 }), "l_target": \#(Self.object(domains) { 2 + Double($0 % 5) / 20 }), "initial_weights": \#(Self.object(domains) { 1 + Double($0 % 3) }), "policy": "velocitune", "update_every": 100}"#
        func timed(_ method: String, _ path: String, _ body: String, _ status: Int) throws -> Double {
            let started = try server.cpuSeconds()
            let response = try server.request(method, path, body)
            #expect(response.status == status, "\(k) domains: \(String(decoding: response.body.prefix(300), as: UTF8.self))")
            return try server.cpuSeconds() - started
        }
        _ = try timed("PUT", "/v1/runs/\(run)", registration, 201)
        var reports: [Double] = [], refused: [Double] = []
        for version in 0..<2 {
            let losses = Self.object(domains) { 2.5 + Double(($0 + version) % 7) / 10 }
            reports.append(try timed("POST", "/v1/runs/\(run)/reports", #"{"step": \#(100 * (version + 1)), "base_version": \#(version), "losses": \#(losses)}"#, 201))
            let unknown = losses.replacingOccurrences(of: #""domain-0": "#, with: #""other": "#)
            refused.append(try timed("POST", "/v1/runs/\(run)/reports", #"{"step": \#(100 * (version + 1) + 50), "base_version": \#(version + 1), "losses": \#(unknown)}"#, 422))
        }
        return (reports.reduce(0, +), refused.reduce(0, +))
    }

    /// Eight times the domains cost about eight times the server's CPU time (7-9 measured; it
    /// was 17 with the quadratic lookups: the release build before the fix, measured this way).
    @Test func reportsCostLinearTimeInTheNumberOfDomains() throws {
        let dir = try Repository.temporaryDirectory("vt-wide")
        let server = try ServerProcess(database: dir.appendingPathComponent("c.sqlite"), extra: ["--max-body", "\(32 << 20)"])
        let small = try Self.reportSeconds(server, domains: 5_000), large = try Self.reportSeconds(server, domains: 40_000)
        let ratio = (large.report + large.refused) / (small.report + small.refused)
        #expect(ratio < 12, "reports of 40,000 domains took \(large) CPU seconds, of 5,000 \(small)")
    }
}
