import Foundation
import Testing
import TestSupport

/// Finding 10 of issue 14 (last item): scripts/bench_controller.py waited forever for a server
/// that did not start.
@Suite struct BenchScriptTests {
    @Test func theBenchmarkFailsPromptlyWhenTheServerDoesNotStart() throws {
        let dir = try Repository.temporaryDirectory("vt-bench")
        let silent = dir.appendingPathComponent("silent-server")
        try "#!/bin/sh\nexec sleep 60\n".write(to: silent, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: silent.path)
        let started = Date()
        for binary in ["/bin/false", silent.path] {
            let output = try PythonPeer.runScript("scripts/bench_controller.py", ["--binary", binary, "--start-timeout", "2", "--clients", "1", "--reports", "1"])
            #expect(output.status != 0)
            #expect(output.stderr.contains("the server did not start"), "\(output.stderr)")
        }
        #expect(Date().timeIntervalSince(started) < 20)
    }
}
