import ArgumentParser
import Controller
import ControllerServer
import Foundation

/// `velocitune serve`: the mixing controller for external trainers.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the mixing controller: trainers report held-out losses over HTTP, it answers with the next weights.",
        discussion: """
            HTTP/1.1 + JSON under /v1 (see docs/controller-protocol.md); errors are RFC 9457 \
            problem+json. State lives in SQLite (WAL, synchronous=FULL): an acknowledged report \
            survives kill -9. Binds 127.0.0.1 unless told otherwise, and refuses any other address \
            without a token (--token-file, or the VELOCITUNE_TOKEN environment variable).
            """)

    @Option(help: "The SQLite database (created if missing).") var db: String = "velocitune-controller.sqlite"
    @Option(help: "Address to bind.") var host: String = "127.0.0.1"
    @Option(help: "Port (0: any free port, printed on start).") var port: Int = 8765
    @Option(help: ArgumentHelp("A file holding the bearer token clients must send.", valueName: "file")) var tokenFile: String?
    @Option(help: "Largest accepted request body, in bytes.") var maxBody: Int = 1 << 20
    @Option(help: "Seconds a connection may stay without a complete request head, and a request body may take.") var timeout: Double = 30

    func run() async throws {
        var token: String?
        if let tokenFile {
            do { token = try String(contentsOfFile: tokenFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines) } catch {
                throw CLIError.invalidInput("\(tokenFile): cannot read the token file (\(error.localizedDescription))")
            }
            guard token?.isEmpty == false else { throw CLIError.invalidInput("\(tokenFile): the token file is empty") }
        } else if let environment = ProcessInfo.processInfo.environment["VELOCITUNE_TOKEN"], !environment.isEmpty {
            token = environment
        }
        let configuration = ControllerServerConfiguration(host: host, port: port, token: token, maxBodyBytes: maxBody, timeout: timeout)
        guard configuration.isLoopback || token != nil else {
            throw CLIError.invalidInput("--host \(host) is not a loopback address: give a token (--token-file or VELOCITUNE_TOKEN) before exposing the controller")
        }
        guard (0...65535).contains(port), maxBody >= 1024 else { throw CLIError.invalidInput("--port must be 0-65535 and --max-body at least 1024") }
        guard timeout.isFinite, (0.1...86_400).contains(timeout) else { throw CLIError.invalidInput("--timeout must be 0.1-86400 seconds") }
        let controller: MixingController
        do { controller = MixingController(database: try ControllerDatabase.open(path: db)) } catch {
            throw CLIError.invalidInput("\(db): cannot open the controller database: \(error)")
        }
        let host = self.host, db = self.db
        let authentication = token == nil ? "none (loopback only)" : "bearer token"
        try await ControllerServer.run(controller: controller, configuration: configuration) { port in
            // Written directly (not buffered): scripts and tests read the port from this line.
            FileHandle.standardOutput.write(Data("velocitune serve: listening on http://\(host):\(port) (database \(db); authentication: \(authentication))\n".utf8))
        }
    }
}
