import Foundation
import Testing
import TestSupport

/// Finding 10 of issue 14: HEAD gave 404.
@Suite(.serialized) struct HeadTests {
    @Test func headAnswersAsGetWithoutTheBody() throws {
        let dir = try Repository.temporaryDirectory("vt-head")
        let token = "head-test-token-0123456789"
        let server = try ServerProcess(database: dir.appendingPathComponent("c.sqlite"), token: token)
        let registration = #"{"domains": ["a", "b"], "l_init": {"a": 3.0, "b": 2.5}, "l_target": {"a": 2.0, "b": 2.0}, "policy": "velocitune", "update_every": 100}"#
        #expect(try server.request("PUT", "/v1/runs/r", registration, token: token).status == 201)
        for (path, authorized, status) in [("/healthz", false, 200), ("/v1/runs/r/weights", true, 200), ("/v1/runs/r/export", true, 200),
                                           ("/v1/runs/zzz/weights", true, 404), ("/v1/runs/r/weights", false, 401)] {
            let get = try server.request("GET", path, token: authorized ? token : nil)
            let head = try server.request("HEAD", path, token: authorized ? token : nil)
            #expect(head.status == status && get.status == status, "HEAD \(path): \(head.status)")
            #expect(head.body.isEmpty, "HEAD \(path) has no body")
            #expect(head.headers["content-length"] == "\(get.body.count)" && head.headers["content-type"] == get.headers["content-type"], "HEAD \(path): \(head.headers)")
        }
    }
}
