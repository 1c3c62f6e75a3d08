import Foundation
import Testing
import TestSupport

/// Finding 8 of issue 14: well-typed bodies whose values cannot be used answered 500 (which
/// clients retry for 15 s): epsilon -1 with l_init equal to l_target, l_init 1e308 with
/// l_target -1e308 (a NaN velocity). They are refused (422) and change nothing. The third case,
/// NaN in an imported state's current.velocity, is in ImportedStateTests.
@Suite(.serialized) struct WellTypedInputTests {
    @Test func registrationsAndReportsThatCannotBeUsedAre422() throws {
        let dir = try Repository.temporaryDirectory("vt-typed")
        let server = try ServerProcess(database: dir.appendingPathComponent("c.sqlite"))
        let registrations = [
            #"{"domains": ["a", "b"], "l_init": {"a": 2.0, "b": 2.5}, "l_target": {"a": 2.0, "b": 2.0}, "epsilon": -1, "policy": "velocitune", "update_every": 100}"#,
            #"{"domains": ["a", "b"], "l_init": {"a": 1e308, "b": 2.5}, "l_target": {"a": -1e308, "b": 2.0}, "policy": "velocitune", "update_every": 100}"#,
            #"{"domains": ["a", "b"], "l_init": {"a": -1, "b": 2.5}, "l_target": {"a": 2.0, "b": 2.0}, "policy": "velocitune", "update_every": 100}"#,
            #"{"domains": ["a", "b"], "l_init": {"a": 3, "b": 2.5}, "l_target": {"a": 2.0, "b": 2.0}, "initial_weights": {"a": 1e308, "b": 1e308}, "policy": "velocitune", "update_every": 100}"#,
            #"{"domains": ["a", "b"], "l_init": {"a": 3, "b": 2.5}, "l_target": {"a": 2.0, "b": 2.0}, "eta": 1000, "policy": "velocitune", "update_every": 100}"#,
        ]
        for (index, body) in registrations.enumerated() {
            let response = try server.request("PUT", "/v1/runs/r\(index)", body)
            // The last one registers (its options are finite); its first report overflows.
            if index == registrations.count - 1 {
                #expect(response.status == 201)
                let report = try server.request("POST", "/v1/runs/r\(index)/reports", #"{"step": 100, "base_version": 0, "losses": {"a": 3.0, "b": 2.5}}"#)
                #expect(report.status == 422, "\(String(decoding: report.body, as: UTF8.self))")
            } else {
                #expect(response.status == 422, "\(body): \(response.status) \(String(decoding: response.body, as: UTF8.self))")
                #expect(try server.request("GET", "/v1/runs/r\(index)/weights").status == 404)
            }
        }
    }
}
