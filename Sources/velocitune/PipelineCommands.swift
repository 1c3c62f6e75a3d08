import ArgumentParser
import Artifacts
import Common
import ConfigFiles
import Foundation
import Pipeline
import Report
import RunLog
import ScalingLaws
import Training

/// `velocitune targets`: stage 1 of Velocitune.
struct Targets: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Predict per-domain target losses under the run's own schedule from a proxy and a schedule-aware law.",
        discussion: """
            The training options describe the run the targets are for (its schedule, learning \
            rates, warm-up; --budget sets its length). From the base model, trains a proxy within \
            --fraction of the run's tokens: a constant-rate trunk and, for a decaying schedule, two \
            cool-down branches; fits --method per domain to the proxy's held-out losses; and \
            predicts where a static run with the run's schedule ends (l_target, with an interval) \
            and its curve along the way. Writes --out (targets.json), an SVG of the fits beside it, \
            and the proxy runs in OUT_DIR/targets-proxy; repeating the command resumes them.

            \(TrainingFlags.help)
            """)

    @Option(help: "A corpus directory made by `prepare`.") var data: String?
    @Option(name: .customLong("init"), help: "The base model: a checkpoint, a Hugging Face Llama directory or a GGUF file.") var initFrom: String?
    @Option(name: .customLong("from-log"), help: ArgumentHelp("Fit a proxy that already ran instead: its metrics.jsonl (repeat: the first is the constant-rate trunk, the others its cool-down branches).", valueName: "metrics.jsonl"))
    var fromLogs: [String] = []
    @Option(help: ArgumentHelp("Token budget of the real run (suffixes k, M, G); sets its max_steps.", valueName: "tokens")) var budget: TokenCount
    @Option(help: "Share of the run's training tokens the proxy may use (trunk and branches).") var fraction: Double = TargetEstimator.defaultShare
    @Option(help: "The law: cooldown, momentum or multi-power.") var method: ScheduleLawMethod = TargetEstimator.defaultMethod
    @Option(help: "The targets file to write.") var out: String = "targets.json"
    @OptionGroup var training: TrainingFlags
    @Option(help: "Threads.") var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        guard fromLogs.isEmpty == (data != nil && initFrom != nil), fromLogs.isEmpty || (data == nil && initFrom == nil) else {
            throw ValidationError("give either --data and --init (train a proxy) or --from-log (fit a proxy that ran)")
        }
    }

    func run() throws {
        var options = try training.resolve()
        let outURL = URL(fileURLWithPath: out)
        let targets: TargetsFile
        if let data, let initFrom {
            options.maxSteps = max(Int((budget.value / Double(options.tokensPerStep)).rounded()), 1)
            targets = try TargetEstimator(data: try CorpusData(directory: URL(fileURLWithPath: data)), initCheckpoint: URL(fileURLWithPath: initFrom),
                                          run: options, share: fraction, method: method,
                                          directory: outURL.deletingLastPathComponent().appendingPathComponent("targets-proxy"), threads: threads,
                                          shouldStop: StopSignal.install()).estimate()
        } else {
            targets = try fromProxyLogs(&options)
        }
        let svg = outURL.deletingPathExtension().appendingPathExtension("svg")
        try targets.save(to: outURL)
        try AtomicFile.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + targets.chart() + "\n", to: svg)
        print(TargetsTable(targets).text())
        for d in targets.domains { for w in d.warnings { print("warning: \(d.name): \(w)") } }
        print("targets: \(outURL.path)\nfits: \(svg.path)")
    }
}

extension Targets {
    /// The targets of the run the flags describe, fitted to proxy logs given with `--from-log`.
    func fromProxyLogs(_ options: inout TrainingOptions) throws -> TargetsFile {
        let logs = fromLogs.map { URL(fileURLWithPath: $0) }
        let trunk = try MetricsLog.read(logs[0]).filter { $0.event == .train }
        guard let last = trunk.last, last.step > 0 else { throw InFile(path: fromLogs[0], underlying: CLIError.invalidInput("no training steps")) }
        let tokensPerStep = Double(last.tokens) / Double(last.step)
        options.maxSteps = max(Int((budget.value / tokensPerStep).rounded()), 1)
        let proxy = try ProxyObservations.fromLogs(logs, peak: options.lr, warmupSteps: options.warmupSteps)
        let proxySteps = proxy.curves.map(\.steps).max() ?? 0
        guard options.maxSteps > proxySteps else {
            throw CLIError.invalidInput("--budget \(Format.tokens(budget.value)) tokens is \(options.maxSteps) steps, no longer than the proxy's \(proxySteps): the budget must exceed the proxy")
        }
        let skip = max(options.warmupSteps * 3 / 2, proxy.curves[0].steps / 4)
        let domains = try proxy.targets(for: proxy.observations.keys.sorted(), run: options, method: method, options: FitOptions(), skipSteps: skip)
        let trained = try logs.reduce(0) { $0 + (try MetricsLog.read($1)).filter { $0.event == .train }.count }
        return TargetsFile(budgetTokens: budget.value, schedule: options.learningRates, method: method,
                           proxy: .init(fraction: Double(proxySteps) / Double(options.maxSteps), tokens: Int(Double(trained) * tokensPerStep), plan: nil,
                                        skipSteps: skip, initCheckpoint: nil, runDirectory: fromLogs.joined(separator: ",")),
                           domains: domains)
    }
}

/// The table `targets` prints: each domain's l_init, target, interval and every method's prediction.
struct TargetsTable {
    let targets: TargetsFile

    init(_ targets: TargetsFile) { self.targets = targets }

    func text() -> String {
        let methods = ScheduleLawMethod.allCases.map(\.rawValue)
        var table = TextTable(["domain", "l_init", "l_target", "90% interval", "noise"] + methods)
        for d in targets.domains {
            table.add([d.name, Format.loss(d.lInit ?? .nan), Format.loss(d.lTarget),
                       "[\(Format.loss(d.interval?.lower ?? .nan)), \(Format.loss(d.interval?.upper ?? .nan))]",
                       Format.percent(d.scheduleFit?.diagnostics.relativeNoise)] + methods.map { Format.loss(d.alternatives?[$0] ?? .nan) })
        }
        let proxy = targets.proxy.map { String(format: "proxy: %@ tokens (%.0f%% of one run)", Format.tokens(Double($0.tokens)), 100 * $0.fraction) } ?? ""
        return table.text() + "\n" + "method: \(targets.method?.rawValue ?? "n/a"), schedule: \(targets.schedule?.kind.rawValue ?? "n/a"); " + proxy
    }
}

extension ScheduleLawMethod: ExpressibleByArgument {}

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
        print(ComparisonText.render(records))
        print("report: \(out)")
    }
}

/// `velocitune compare`.
struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the comparison table of one or several runs.")

    @Argument(help: "Run directories (made by `train`).") var runs: [String]

    func run() throws { print(ComparisonText.render(try RunLoader.load(runs))) }
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
        print(ComparisonText.render(result.runs))
        if let check = result.targetCheck {
            print("\nscaling-law prediction vs the loss \(check.reference) reached at the budget:")
            print(check.text())
        }
        print("\nreport: \(result.reportURL.path)")
    }
}
