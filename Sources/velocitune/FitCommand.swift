import ArgumentParser
import Common
import Foundation
import Report
import ScalingLaws

/// `velocitune fit`: scaling-law fits of per-domain learning curves from a CSV file.
struct Fit: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Fit per-domain scaling laws to a loss CSV and extrapolate.",
        discussion: """
            LOSSES.csv has a header with at least domain,tokens,loss (any order, other columns \
            ignored). With a params column holding two or more model sizes, a domain is fitted with \
            L(N, D) = E + A/N^alpha + B/D^beta; otherwise with L(D) = E + B*D^(-beta). Fits minimise \
            a Huber loss of log-loss residuals from a grid of starts, with 0 <= E < min(loss) and \
            0 < beta <= 2. Intervals are bootstrap percentiles.
            """)

    @Argument(help: "CSV file with columns domain,tokens,loss[,params].")
    var losses: String

    @Option(help: ArgumentHelp("Token count to extrapolate to (suffixes k, M, G, T allowed).", valueName: "tokens"))
    var at: TokenCount

    @Option(help: ArgumentHelp("Model size for the prediction with the two-variable law (default: the largest in the file).", valueName: "n"))
    var params: Double?

    @Flag(help: "Print exactly one JSON object on stdout instead of a table.")
    var json = false

    @Option(help: ArgumentHelp("Write an SVG plot of points, fitted curves and the extrapolation.", valueName: "file.svg"))
    var plot: String?

    @Option(help: "Huber threshold on log-loss residuals.")
    var huberDelta: Double = FitOptions().huberDelta

    @Option(help: "Bootstrap refits for the interval.")
    var bootstrap: Int = BootstrapOptions().samples

    @Option(help: "What the bootstrap resamples: pairs (points) or residuals.")
    var bootstrapMethod: String = BootstrapOptions().method.rawValue

    @Option(help: "Nominal coverage of the interval.")
    var confidence: Double = BootstrapOptions().confidence

    @Option(help: "Seed of the bootstrap.")
    var seed: UInt64 = 0

    func validate() throws {
        guard huberDelta > 0 else { throw ValidationError("--huber-delta must be > 0") }
        guard bootstrap >= 10 else { throw ValidationError("--bootstrap must be at least 10") }
        guard confidence > 0, confidence < 1 else { throw ValidationError("--confidence must be in (0, 1)") }
        guard BootstrapOptions.Method(rawValue: bootstrapMethod) != nil else {
            throw ValidationError("--bootstrap-method must be pairs or residuals")
        }
        if let params, !(params > 0) { throw ValidationError("--params must be > 0") }
    }

    func run() throws {
        let table = try LossTable.load(URL(fileURLWithPath: losses))
        let fitter = ScalingLawFitter(options: FitOptions(
            huberDelta: huberDelta,
            bootstrap: BootstrapOptions(samples: bootstrap, seed: seed, confidence: confidence,
                                        method: BootstrapOptions.Method(rawValue: bootstrapMethod)!)))
        var results: [DomainFit] = []
        for domain in table.domains {
            let fit: ScalingLawFit
            do { fit = try fitter.fit(table.points[domain]!) } catch {
                throw InFile(path: "\(losses):\(table.lines[domain]!.first!): domain \"\(domain)\"", underlying: error)
            }
            let size = params ?? fit.points.compactMap(\.parameters).max()
            results.append(DomainFit(
                name: domain, fit: fit, prediction: fit.predict(atTokens: at.value, parameters: size),
                interval: fitter.predictionInterval(for: fit, atTokens: at.value, parameters: size), parameters: size))
        }
        if let plot { try AtomicFile.write(FitPlot.svg(results, at: at.value), to: URL(fileURLWithPath: plot)) }
        if json {
            print(String(decoding: try JSONConventions.encode(FitReport(at: at.value, results: results)), as: UTF8.self), terminator: "")
        } else {
            print(renderTable(results))
            if let plot { print("plot: \(plot)") }
        }
    }

    private func renderTable(_ results: [DomainFit]) -> String {
        let percent = Int((confidence * 100).rounded())
        var table = TextTable(["domain", "points", "E", "B", "beta", "loss@\(Format.tokens(at.value))",
                               "\(percent)% interval", "RMSE", "R2", "held-out-last"])
        for r in results {
            table.add([r.name, "\(r.fit.points.count)", Format.loss(r.fit.law.E), Format.scientific(r.fit.law.B),
                       Format.loss(r.fit.law.beta), Format.loss(r.prediction),
                       "[\(Format.loss(r.interval.lower)), \(Format.loss(r.interval.upper))]",
                       Format.scientific(r.fit.diagnostics.rmse), Format.loss(r.fit.diagnostics.rSquared),
                       Format.percent(r.fit.diagnostics.heldOutLastRelativeError)])
        }
        var text = table.text()
        for r in results {
            if case let .chinchilla(law) = r.fit.law {
                text += "\n\(r.name): two-variable law, A = \(Format.scientific(law.A)), alpha = \(Format.loss(law.alpha)), predicted at N = \(Format.scientific(r.parameters ?? .nan))"
            }
            for warning in r.fit.diagnostics.warnings { text += "\nwarning: \(r.name): \(warning)" }
        }
        return text
    }
}

/// One domain's fit and its extrapolation.
struct DomainFit {
    var name: String
    var fit: ScalingLawFit
    var prediction: Double
    var interval: PredictionInterval
    var parameters: Double?
}

/// The `--json` document: `{"at": T, "domains": {"NAME": {...}}}`.
struct FitReport: Encodable {
    var at: Double
    var results: [DomainFit]

    struct Entry: Encodable {
        var form: String
        var E: Double, B: Double, beta: Double
        var A: Double?, alpha: Double?, params: Double?
        var prediction: Double
        var interval: [Double]
        var confidence: Double
        var rmse: Double
        var rSquared: Double
        var heldOutLastError: Double?
        var points: Int
        var warnings: [String]

        enum CodingKeys: String, CodingKey {
            case form, E, B, beta, A, alpha, params, prediction, interval, confidence, rmse, points, warnings
            case rSquared = "r_squared"
            case heldOutLastError = "held_out_last_error"
        }
    }

    enum CodingKeys: String, CodingKey { case at, domains }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(at, forKey: .at)
        var domains: [String: Entry] = [:]
        for r in results {
            var entry = Entry(form: "data-only", E: r.fit.law.E, B: r.fit.law.B, beta: r.fit.law.beta,
                              prediction: r.prediction, interval: [r.interval.lower, r.interval.upper],
                              confidence: r.interval.confidence, rmse: r.fit.diagnostics.rmse,
                              rSquared: r.fit.diagnostics.rSquared,
                              heldOutLastError: r.fit.diagnostics.heldOutLastRelativeError,
                              points: r.fit.points.count, warnings: r.fit.diagnostics.warnings)
            if case let .chinchilla(law) = r.fit.law {
                entry.form = "chinchilla"
                entry.A = law.A
                entry.alpha = law.alpha
                entry.params = r.parameters
            }
            domains[r.name] = entry
        }
        try container.encode(domains, forKey: .domains)
    }
}

/// The SVG written by `--plot`.
enum FitPlot {
    static func svg(_ results: [DomainFit], at tokens: Double) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + FitChart.svg(results.map {
            FitCurve(name: $0.name, fit: $0.fit, prediction: $0.prediction, interval: $0.interval, parameters: $0.parameters)
        }, atTokens: tokens) + "\n"
    }
}
