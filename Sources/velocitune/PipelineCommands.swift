import ArgumentParser
import Artifacts
import Common
import ConfigFiles
import Foundation
import Pipeline
import Report
import Training

/// `velocitune targets`: stage 1 of Velocitune.
struct Targets: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Estimate per-domain target losses with a proxy run and a scaling-law fit.",
        discussion: """
            Measures each domain's held-out loss on the base model (l_init), trains a proxy copy of \
            it on --fraction of the budget at the initial weights with a constant learning rate \
            after warm-up, evaluates at --checkpoints points, fits L(D) = E + B*D^(-beta) per domain \
            (leaving out the first ~10% of points) and extrapolates to --budget tokens. Writes \
            --out (targets.json), an SVG of the fits beside it, and the proxy run in OUT_DIR/targets-proxy. \
            An interrupted proxy run resumes when the command is repeated.

            \(TrainingFlags.help)
            """)

    @Option(help: "A corpus directory made by `prepare`.") var data: String
    @Option(name: .customLong("init"), help: "The base model checkpoint.") var initFrom: String
    @Option(help: ArgumentHelp("Token budget of the real run (suffixes k, M, G).", valueName: "tokens")) var budget: TokenCount
    @Option(help: "Share of the budget the proxy trains on.") var fraction: Double = 0.1
    @Option(help: "Evaluations along the proxy run.") var checkpoints: Int = 8
    @Option(help: "The targets file to write.") var out: String = "targets.json"
    @OptionGroup var training: TrainingFlags
    @Option(help: "Threads.") var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    func run() throws {
        let options = try training.resolve()
        let outURL = URL(fileURLWithPath: out)
        let estimator = TargetEstimator(data: try CorpusData(directory: URL(fileURLWithPath: data)), initCheckpoint: URL(fileURLWithPath: initFrom),
                                        budgetTokens: budget.value, fraction: fraction, checkpoints: checkpoints, options: options,
                                        runDirectory: outURL.deletingLastPathComponent().appendingPathComponent("targets-proxy"), threads: threads,
                                        shouldStop: StopSignal.install())
        let targets = try estimator.run()
        let svg = outURL.deletingPathExtension().appendingPathExtension("svg")
        try targets.save(to: outURL)
        try AtomicFile.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + targets.chart() + "\n", to: svg)
        var table = TextTable(["domain", "l_init", "l_target", "90% interval", "E", "beta", "RMSE", "held-out-last"])
        for d in targets.domains {
            table.add([d.name, Format.loss(d.lInit ?? .nan), Format.loss(d.lTarget),
                       "[\(Format.loss(d.interval?.lower ?? .nan)), \(Format.loss(d.interval?.upper ?? .nan))]",
                       Format.loss(d.fit?.law.E ?? .nan), Format.loss(d.fit?.law.beta ?? .nan), Format.scientific(d.fit?.diagnostics.rmse ?? .nan),
                       Format.percent(d.fit?.diagnostics.heldOutLastRelativeError)])
        }
        print(table.text())
        for d in targets.domains { for w in d.warnings { print("warning: \(d.name): \(w)") } }
        print("targets: \(outURL.path)\nfits: \(svg.path)")
    }
}

/// `velocitune report`.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write one self-contained HTML report (inline SVG) of one or several runs.")

    @Argument(help: "Run directories (made by `train`).") var runs: [String]
    @Option(help: "The HTML file to write.") var out: String = "report.html"
    @Option(help: "A targets.json whose fits to show (default: the first run's copy).") var targets: String?
    @Option(help: "Title of the report.") var title: String = "Velocitune report"

    func run() throws {
        let records = try RunLoader.load(runs)
        let targetsFile = try targets.map { try TargetsFile.load(URL(fileURLWithPath: $0)) } ?? records.first?.targets
        try AtomicFile.write(HTMLReport.render(runs: records, targets: targetsFile, title: title), to: URL(fileURLWithPath: out))
        print(ComparisonTable(runs: records).text())
        print("report: \(out)")
    }
}

/// `velocitune compare`.
struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the comparison table of one or several runs.")

    @Argument(help: "Run directories (made by `train`).") var runs: [String]

    func run() throws { print(ComparisonTable(runs: try RunLoader.load(runs)).text()) }
}

/// Reads the run directories named on a command line; they must share their domains.
enum RunLoader {
    static func load(_ paths: [String]) throws -> [RunRecord] {
        guard !paths.isEmpty else { throw ValidationError("give at least one run directory") }
        let records = try paths.map { try RunRecord(directory: URL(fileURLWithPath: $0)) }
        if let mismatch = records.first(where: { $0.domains != records[0].domains }) {
            throw CLIError.invalidInput("\(mismatch.directory.path) has domains \(mismatch.domains), \(records[0].directory.path) has \(records[0].domains)")
        }
        return records
    }
}

/// `velocitune run`.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a whole experiment from one YAML file (corpus, base model, targets, runs, report).",
        discussion: "Stages whose artifacts exist are skipped and interrupted runs resume, so repeating the command continues a killed experiment. See examples/experiment.yaml.")

    @Argument(help: "The experiment file.") var experiment: String
    @Option(help: "Threads (default: the file's, or all cores).") var threads: Int?

    func run() throws {
        let spec = try YAMLConfig.load(Experiment.self, from: URL(fileURLWithPath: experiment))
        try ExperimentCommand.execute(spec, threads: threads, title: "Velocitune: \(URL(fileURLWithPath: experiment).lastPathComponent)")
    }
}

/// Runs an experiment and prints its results; shared by `run` and `demo`.
enum ExperimentCommand {
    static func execute(_ spec: Experiment, threads: Int?, title: String) throws {
        let result = try ExperimentRunner(experiment: spec, threads: threads, title: title, shouldStop: StopSignal.install()).run()
        print(ComparisonTable(runs: result.runs).text())
        if let check = result.targetCheck {
            print("\nscaling-law prediction vs the loss \(check.reference) reached at the budget:")
            print(check.text())
        }
        print("\nreport: \(result.reportURL.path)")
    }
}
