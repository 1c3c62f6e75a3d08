/// A failure the CLI itself detects (a command-line value that no library checks), reported as
/// one line on stderr with a specific exit code.
struct CLIError: Error {
    /// The message, already saying what, where and what was expected.
    var message: String
    /// The process exit code.
    var exitCode: Int32

    /// Bad input: a file, configuration or value the user can fix (exit code 2).
    static func invalidInput(_ message: String) -> CLIError { CLIError(message: message, exitCode: 2) }
    /// Something failed while running (exit code 1).
    static func failure(_ message: String) -> CLIError { CLIError(message: message, exitCode: 1) }
}
