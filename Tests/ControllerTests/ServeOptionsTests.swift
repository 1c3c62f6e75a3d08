import Foundation
import Testing
import TestSupport

/// Finding 10 of issue 14 (command-line items): the token file's "first line" was documented
/// but the whole file was trimmed, any token length was accepted, and `--host` counted as
/// loopback anything that began with "127.".
@Suite(.serialized) struct ServeOptionsTests {
    /// Runs `velocitune serve` expecting it to refuse its options: its exit status and standard
    /// error, or status -1 when it was still running (serving) after 10 s.
    static func serve(_ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, stderr: String) {
        let dir = try Repository.temporaryDirectory("vt-serve-options")
        let process = Process()
        process.executableURL = CLIRunner.executable
        process.arguments = ["serve", "--port", "0", "--db", dir.appendingPathComponent("c.sqlite").path] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let errors = dir.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: errors)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            return (-1, "still running after 10 s")
        }
        return (process.terminationStatus, try String(contentsOf: errors, encoding: .utf8))
    }

    static func tokenFile(_ text: String) throws -> String {
        let file = try Repository.temporaryDirectory("vt-token").appendingPathComponent("token")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    @Test func aHostIsLoopbackWhenItParsesAsALoopbackAddress() throws {
        for host in ["127.evil.example", "127.0.0.1.evil.example", "0.0.0.0", "::"] {
            let result = try Self.serve(["--host", host])
            #expect(result.status == 2 && result.stderr.contains("not a loopback address"), "\(host): \(result.status) \(result.stderr)")
        }
    }

    @Test func shortOrMalformedTokensAreRefused() throws {
        let cases: [([String], [String: String], String)] = [
            (["--token-file", try Self.tokenFile("short\n")], [:], "use at least 16"),
            (["--token-file", try Self.tokenFile("\nthe-token-on-the-second-line\n")], [:], "the token is empty"),
            (["--token-file", try Self.tokenFile("sixteen bytes with spaces\n")], [:], "visible ASCII"),
            ([], ["VELOCITUNE_TOKEN": "short"], "use at least 16"),
        ]
        for (arguments, environment, message) in cases {
            let result = try Self.serve(arguments, environment: environment)
            #expect(result.status == 2 && result.stderr.contains(message), "\(arguments) \(environment): \(result.status) \(result.stderr)")
        }
    }

    @Test func theTokenIsTheFirstLineOfTheFile() throws {
        let dir = try Repository.temporaryDirectory("vt-first-line")
        let file = try Self.tokenFile("  first-line-token-0123456789\r\nkey id 7, rotated monthly\n")
        let server = try ServerProcess(database: dir.appendingPathComponent("c.sqlite"), extra: ["--token-file", file])
        #expect(try server.request("GET", "/v1/runs/x/weights", token: "first-line-token-0123456789").status == 404, "authenticated: no such run")
        #expect(try server.request("GET", "/v1/runs/x/weights", token: "key id 7, rotated monthly").status == 401)
    }
}
