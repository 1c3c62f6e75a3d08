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
            64 invalid command line, 130 stopped by a signal (after a checkpoint).
            """,
        version: "0.1.0",
        subcommands: [Demo.self, Run.self, Serve.self, Prepare.self, Inspect.self, Tokenize.self, Targets.self, Train.self, Eval.self,
                      ReportCommand.self, Compare.self, Fit.self, Simulate.self, Bench.self, Merge.self])

    /// Parses, runs, and renders every failure in one place (`ErrorReport`).
    static func main() async {
        var command: any ParsableCommand
        do { command = try parseAsRoot() } catch { exit(withError: error) }
        do {
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch where ErrorReport.belongsToArgumentParser(error) {
            exit(withError: error)  // help, version, validation: the parser renders its own
        } catch {
            let report = ErrorReport(error, command: type(of: command))
            FileHandle.standardError.write(Data("velocitune: error: \(report.message)\n".utf8))
            Foundation.exit(report.exitCode)
        }
    }
}
