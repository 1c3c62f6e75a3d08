import ArgumentParser
import Artifacts
import Common
import ConfigFiles
import Corpus
import DataParallel
import Foundation
import Mixing
import Pipeline
import RunLog
import ScalingLaws
import Training

/// The one place where errors become what the user sees: a one-line message and an exit code
/// (0 success, 1 a runtime failure, 2 invalid input, 64 an invalid command line, 130
/// interrupted). Every subcommand throws library errors as they are; the same error gives the
/// same message and exit code from every subcommand.
struct ErrorReport {
    /// The message, without the `velocitune: error:` prefix.
    var message: String
    /// The process exit code.
    var exitCode: Int32

    /// The report of `error` raised by `command` (whose type decides command-specific advice).
    init(_ error: any Error, command: (any ParsableCommand.Type)? = nil) {
        switch error {
        case let error as CLIError: self.init(error.message, error.exitCode)
        case let error as InFile:
            let inner = ErrorReport(error.underlying, command: command)
            self.init("\(error.path): \(inner.message)", inner.exitCode)
        case let error as TrainingError: self.init(error, command: command)
        case let error as PipelineError:
            switch error {
            case .invalidInput: self.init(error.description, 2)
            case .stage: self.init(error.description, 1)
            }
        case let error as ConfigError: self.init(error.description, 2)
        case let error as OptionError: self.init(error.description, 2)
        case let error as FieldError: self.init(error.description, 2)
        case let error as ArtifactError: self.init(error.description, 2)
        case let error as CorpusError: self.init(error.description, 2)
        case let error as TokenizerError: self.init(error.description, 2)
        case let error as GGUFError: self.init(error.description, 2)
        case let error as MixingError: self.init(error.description, 2)
        case let error as FitError: self.init(error.description, 2)
        case let error as LossTableError: self.init(error.description, 2)
        case let error as MetricsLogError: self.init(error.description, 2)
        case let error as AtomicFileError: self.init(error.description, 1)
        case let error as ProcessGroup.JoinError: self.init(error.description, 2)
        default: self.init("\(error)", 1)
        }
    }

    /// Whether `error` is the argument parser's own (a help request, `ValidationError`, `ExitCode`,
    /// `CleanExit` or its internal `CommandError`), which `exit(withError:)` must render.
    static func belongsToArgumentParser(_ error: any Error) -> Bool {
        error is ValidationError || error is ExitCode || error is CleanExit
            || String(reflecting: type(of: error)).hasPrefix("ArgumentParser.")
    }

    private init(_ message: String, _ exitCode: Int32) {
        self.message = message
        self.exitCode = exitCode
    }

    /// Training errors, with the advice of the command that ran the training.
    private init(_ error: TrainingError, command: (any ParsableCommand.Type)?) {
        let repeats = command.map { $0 == Run.self || $0 == Demo.self || $0 == Targets.self } ?? false
        switch error {
        case .invalidConfig, .checkpoint, .data, .optionsDiffer:
            self.init(error.description, 2)
        case .runExists:
            self.init(error.description + (repeats ? "" : " (add --resume to continue it, or choose another --out)"), 2)
        case .divergence:
            self.init(error.description, 1)
        case .interrupted:
            self.init(error.description + (repeats ? "; repeat the command to continue" : "; continue with the same command and --resume"), 130)
        }
    }
}

/// An error that happened while reading the file at `path` (the path prefixes its message).
struct InFile: Error {
    /// The file.
    var path: String
    /// What went wrong.
    var underlying: any Error
}

/// Calls `body`, attributing any error to the file at `path`.
func inFile<T>(_ path: String, _ body: () throws -> T) throws -> T {
    do { return try body() } catch { throw InFile(path: path, underlying: error) }
}
