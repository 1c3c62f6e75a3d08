import Foundation

/// Runs the built `velocitune` executable and captures its output.
public struct CLIRunner {
    /// What a run printed and returned.
    public struct Result: Sendable {
        /// Exit status.
        public var status: Int32
        /// Standard output.
        public var stdout: String
        /// Standard error.
        public var stderr: String

        /// A result from its parts (for runners of other launchers, such as mpirun).
        public init(status: Int32, stdout: String, stderr: String) {
            self.status = status
            self.stdout = stdout
            self.stderr = stderr
        }
    }

    /// The repository root.
    public static let repositoryRoot = Repository.root

    /// The executable next to the test bundle (SwiftPM builds it because the tests depend on it).
    public static var executable: URL {
        if let override = ProcessInfo.processInfo.environment["VELOCITUNE_BIN"] { return URL(fileURLWithPath: override) }
        var directory = Bundle.main.bundleURL
        for _ in 0..<3 {
            let candidate = directory.appendingPathComponent("velocitune")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return repositoryRoot.appendingPathComponent(".build/debug/velocitune")
    }

    /// Runs `velocitune` with `arguments` (in the repository root unless `directory` is given).
    public static func run(_ arguments: [String], in directory: URL? = nil, stdin: String? = nil) throws -> Result {
        let output = try ProcessRunner.run(executable, arguments, stdin: stdin.map { Data($0.utf8) }, directory: directory ?? repositoryRoot)
        return Result(status: output.status, stdout: String(decoding: output.stdout, as: UTF8.self),
                      stderr: String(decoding: output.stderr, as: UTF8.self))
    }

    /// A fresh temporary directory.
    public static func temporaryDirectory() throws -> URL { try Repository.temporaryDirectory("vt-cli") }
}
