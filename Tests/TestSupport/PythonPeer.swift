import Foundation

/// Runs the Python peers the tests compare against (scipy, tokenizers, numpy, torch).
///
/// The interpreter is `$VELOCITUNE_PYTHON` (the Makefile points it at the peer virtual
/// environment) or `python3`. Tests that need a module call `available(_:)` first and say so
/// when it is missing; CI installs every module, so there the comparisons always run.
public enum PythonPeer {
    /// The interpreter used.
    public static var interpreter: String {
        let configured = ProcessInfo.processInfo.environment["VELOCITUNE_PYTHON"] ?? ""
        return FileManager.default.isExecutableFile(atPath: configured) ? configured : "python3"
    }

    /// Whether the interpreter can import every module in `modules`.
    public static func available(_ modules: [String]) -> Bool {
        (try? run(["-c", "import " + modules.joined(separator: ", ")]).status) == 0
    }

    /// The outcome of a run.
    public struct Output: Sendable {
        /// Exit status.
        public var status: Int32
        /// Standard output.
        public var stdout: Data
        /// Standard error, as text.
        public var stderr: String
    }

    /// Runs the interpreter with `arguments`, feeding `stdin`, with extra `environment` variables.
    public static func run(_ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:],
                           directory: URL? = nil) throws -> Output {
        let output = try ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/env"), [interpreter] + arguments, stdin: stdin,
                                           environment: environment, directory: directory)
        return Output(status: output.status, stdout: output.stdout, stderr: String(decoding: output.stderr, as: UTF8.self))
    }

    /// Runs a script of this repository (path relative to the root).
    public static func runScript(_ path: String, _ arguments: [String], stdin: Data? = nil, directory: URL? = nil) throws -> Output {
        try run([Repository.root.appendingPathComponent(path).path] + arguments, stdin: stdin, directory: directory)
    }
}
