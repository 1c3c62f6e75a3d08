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

    /// The shortest token accepted, in bytes: a token is the only lock of an exposed controller.
    static let minimumTokenBytes = 16

    func run() async throws {
        var token: String?
        if let tokenFile {
            let text: String
            do { text = try String(contentsOfFile: tokenFile, encoding: .utf8) } catch {
                throw CLIError.invalidInput("\(tokenFile): cannot read the token file (\(error.localizedDescription))")
            }
            token = try Self.checked(Self.firstLine(of: text), source: tokenFile)
        } else if let environment = ProcessInfo.processInfo.environment["VELOCITUNE_TOKEN"], !environment.isEmpty {
            token = try Self.checked(environment, source: "VELOCITUNE_TOKEN")
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
        let host = self.host.contains(":") ? "[\(self.host)]" : self.host, db = self.db
        let authentication = token == nil ? "none (loopback only)" : "bearer token"
        try await ControllerServer.run(controller: controller, configuration: configuration) { port in
            // Written directly (not buffered): scripts and tests read the port from this line.
            FileHandle.standardOutput.write(Data("velocitune serve: listening on http://\(host):\(port) (database \(db); authentication: \(authentication))\n".utf8))
        }
    }

    /// The first line of a token file without its line ending (LF, CRLF or CR), spaces and
    /// tabs around it removed; later lines are ignored (a comment, a key id).
    static func firstLine(of text: String) -> String {
        let line = text.split(maxSplits: 1, omittingEmptySubsequences: false, whereSeparator: \.isNewline).first ?? ""
        return line.trimmingCharacters(in: CharacterSet(charactersIn: " \t"))
    }

    /// `token`, if it is at least `minimumTokenBytes` of visible ASCII (what an Authorization
    /// header carries unchanged).
    static func checked(_ token: String, source: String) throws -> String {
        guard !token.isEmpty else { throw CLIError.invalidInput("\(source): the token is empty (it is the first line of the file)") }
        guard token.utf8.allSatisfy({ (0x21...0x7E).contains($0) }) else {
            throw CLIError.invalidInput("\(source): the token must be visible ASCII characters without spaces")
        }
        guard token.utf8.count >= minimumTokenBytes else {
            throw CLIError.invalidInput("\(source): the token has \(token.utf8.count) bytes; use at least \(minimumTokenBytes) (for example: openssl rand -hex 32)")
        }
        return token
    }
}
