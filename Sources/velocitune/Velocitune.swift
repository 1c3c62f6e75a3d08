import ArgumentParser
import DataParallel
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

    /// Parses, runs, and renders every failure in one place (`ErrorReport`). A data-parallel
    /// process leaves its MPI group on every way out; ranks other than 0 report only failures
    /// of their own (exit 1), since invalid input is invalid on every rank and rank 0 says so.
    static func main() async {
        var command: any ParsableCommand
        do { command = try parseAsRoot() } catch { exit(withError: error) }
        do {
            if let ranks = ProcessGroup.launchedRanks, ranks > 1, !(command is Train) {
                throw CLIError.invalidInput("only `velocitune train` runs on several MPI ranks; run this command as one process (the launcher started \(ranks))")
            }
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            ProcessGroup.leave()
        } catch where ErrorReport.belongsToArgumentParser(error) {
            ProcessGroup.leave()
            exit(withError: error)  // help, version, validation: the parser renders its own
        } catch {
            let report = ErrorReport(error, command: type(of: command))
            let rank = ProcessGroup.rank
            if rank == 0 || report.exitCode == 1 {
                let origin = rank == 0 ? "" : "rank \(rank): "
                FileHandle.standardError.write(Data("velocitune: error: \(origin)\(report.message)\n".utf8))
            }
            ProcessGroup.leave()
            Foundation.exit(report.exitCode)
        }
    }
}
