import ArgumentParser
import Foundation

/// The `velocitune` command: domain-reweighted continual pre-training.
@main
struct Velocitune: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "velocitune",
        abstract: "Domain-reweighted continual pre-training with Velocitune (arXiv 2411.14318).",
        discussion: """
            Exit codes: 0 success, 1 runtime failure, 2 invalid input (a file, config or value), \
            64 invalid command line.
            """,
        version: "0.1.0",
        subcommands: [Demo.self, Run.self, Serve.self, Prepare.self, Inspect.self, Tokenize.self, Targets.self, Train.self, Eval.self, ReportCommand.self, Compare.self, Fit.self, Simulate.self, Bench.self])

    /// Parses, runs, and renders every failure in one place.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let failure as CLIError {
            FileHandle.standardError.write(Data("velocitune: error: \(failure.message)\n".utf8))
            Foundation.exit(failure.exitCode)
        } catch {
            exit(withError: error)
        }
    }
}
