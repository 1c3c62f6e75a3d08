import Foundation
import TestSupport

/// A `velocitune serve` process on an ephemeral port, for tests over a real socket.
final class ServerProcess {
    let process = Process()
    let port: Int
    let database: URL

    /// Starts `velocitune serve` on `database`; with `fileSizeLimitKB`, through a shell that
    /// limits the size of every file it writes (RLIMIT_FSIZE, SIGXFSZ ignored): a full disk.
    init(database: URL, token: String? = nil, extra: [String] = [], fileSizeLimitKB: Int? = nil) throws {
        self.database = database
        var arguments = ["serve", "--port", "0", "--db", database.path] + extra
        if let token {
            let file = database.deletingLastPathComponent().appendingPathComponent("token-\(UUID().uuidString)")
            try token.write(to: file, atomically: false, encoding: .utf8)
            arguments += ["--token-file", file.path]
        }
        if let fileSizeLimitKB {
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            process.arguments = ["-c", "trap '' XFSZ; ulimit -f \(fileSizeLimitKB) && exec \"$0\" \"$@\"", CLIRunner.executable.path] + arguments
        } else {
            process.executableURL = CLIRunner.executable
            process.arguments = arguments
        }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var text = ""
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline, !text.contains("listening on") {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty {
                if !process.isRunning { break }
                usleep(10_000)
            }
            text += String(decoding: data, as: UTF8.self)
        }
        guard let range = text.range(of: #"127\.0\.0\.1:(\d+)"#, options: .regularExpression),
              let port = Int(text[range].split(separator: ":").last ?? "") else {
            process.terminate()
            throw ServerError(message: "the server did not start: \(text)")
        }
        self.port = port
    }

    func request(_ method: String, _ path: String, _ body: String? = nil, token: String? = nil, headers: [String: String] = [:],
                 extraLines: [String] = []) throws -> HTTPTestClient.Response {
        var headers = headers
        if let token { headers["Authorization"] = "Bearer \(token)" }
        return try HTTPTestClient.request(method, port: port, path: path, body: body, headers: headers, extraLines: extraLines)
    }

    /// CPU seconds (user and system) the server has used so far, from /proc: unlike wall time,
    /// not inflated by whatever else the machine runs.
    func cpuSeconds() throws -> Double {
        let stat = try String(contentsOfFile: "/proc/\(process.processIdentifier)/stat", encoding: .utf8)
        // Fields after the parenthesised command name; utime and stime are the 14th and 15th.
        let fields = stat[stat.index(after: stat.lastIndex(of: ")")!)...].split(separator: " ")
        let ticks = (Double(fields[11]) ?? 0) + (Double(fields[12]) ?? 0)
        return ticks / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// Stops the server gracefully (SIGTERM: it closes the database, which checkpoints it).
    func stop() {
        process.terminate()
        process.waitUntilExit()
    }

    /// Ends the process the hard way (no chance to flush anything).
    func kill9() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    deinit {
        if process.isRunning { kill9() }
    }
}

struct ServerError: Error { var message: String }
