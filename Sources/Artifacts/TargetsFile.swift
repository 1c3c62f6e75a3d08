import Common
import Foundation
import ScalingLaws

/// `targets.json`: each domain's initial and target loss, and how the target was obtained (the
/// proxy's observations, the fitted law, its diagnostics and interval, the predicted curve), so a
/// user can inspect and plot every number the mixer will use. Version 2 predicts under the run's
/// own learning-rate schedule; version 1 files (a constant-rate power law) still read.
public struct TargetsFile: Codable, Sendable {
    /// The format version this build writes.
    public static let currentVersion = 2

    /// Always "velocitune-targets".
    public var format: String
    /// Format version (2; 1 for files of earlier builds).
    public var version: Int
    /// The continual pre-training token budget the targets are predicted for.
    public var budgetTokens: Double
    /// The run's learning-rate schedule the targets are predicted under (absent in version 1).
    public var schedule: ScheduleShape?
    /// The schedule-aware law of the targets (absent in version 1 and for targets given by hand).
    public var method: ScheduleLawMethod?
    /// How the proxy was run (absent for targets given by hand).
    public var proxy: ProxySettings?
    /// The domains, in corpus order.
    public var domains: [DomainTarget]

    /// The proxy's settings.
    public struct ProxySettings: Codable, Sendable {
        /// Share of one run's training tokens the proxy trained on (trunk and branches).
        public var fraction: Double
        /// Tokens the proxy trained on.
        public var tokens: Int
        /// The trunk and branches (absent in version 1).
        public var plan: ProxyRuns?
        /// Evaluations along the proxy run (version 1).
        public var checkpoints: Int?
        /// Observations before this step were left out of the fits (the warm-up transient).
        public var skipSteps: Int?
        /// Leading evaluations left out of the fits (version 1).
        public var skipped: Int?
        /// The base checkpoint.
        public var initCheckpoint: String
        /// The proxy's directory.
        public var runDirectory: String

        /// Creates proxy settings.
        public init(fraction: Double, tokens: Int, plan: ProxyRuns?, skipSteps: Int?, initCheckpoint: String, runDirectory: String) {
            self.fraction = fraction
            self.tokens = tokens
            self.plan = plan
            self.skipSteps = skipSteps
            self.initCheckpoint = initCheckpoint
            self.runDirectory = runDirectory
        }

        enum CodingKeys: String, CodingKey {
            case fraction, tokens, plan, checkpoints, skipped
            case skipSteps = "skip_steps"
            case initCheckpoint = "init"
            case runDirectory = "run"
        }
    }

    /// The proxy's runs: the constant-rate trunk and its cool-down branches, by step.
    public struct ProxyRuns: Codable, Sendable, Hashable {
        /// Steps of the trunk.
        public var trunkSteps: Int
        /// Each branch's first step and its decay steps.
        public var branches: [[Int]]

        /// Creates the description.
        public init(trunkSteps: Int, branches: [[Int]]) {
            self.trunkSteps = trunkSteps
            self.branches = branches
        }

        enum CodingKeys: String, CodingKey {
            case branches
            case trunkSteps = "trunk_steps"
        }
    }

    /// One point of a predicted curve.
    public struct CurvePoint: Codable, Sendable, Hashable {
        /// Optimizer steps done.
        public var step: Int
        /// The predicted held-out loss.
        public var loss: Double

        /// Creates a point.
        public init(step: Int, loss: Double) {
            self.step = step
            self.loss = loss
        }
    }

    /// One domain's goal.
    public struct DomainTarget: Codable, Sendable {
        /// Domain name.
        public var name: String
        /// Held-out loss of the base model.
        public var lInit: Double?
        /// The target loss: where a static run is predicted to end.
        public var lTarget: Double
        /// The power-law fit the target came from (version 1, `velocitune fit`).
        public var fit: ScalingLawFit?
        /// The schedule-aware fit the target came from (version 2).
        public var scheduleFit: ScheduleLawFit?
        /// The interval of the target.
        public var interval: PredictionInterval?
        /// The predicted static run's loss along the run (a time-varying target).
        public var curve: [CurvePoint]?
        /// What the other methods predict from the same proxy, by method name.
        public var alternatives: [String: Double]?
        /// Notes (a flat fit, a target not below l_init, ...).
        public var warnings: [String]

        /// Creates a domain's target.
        public init(name: String, lInit: Double?, lTarget: Double, fit: ScalingLawFit? = nil, scheduleFit: ScheduleLawFit? = nil,
                    interval: PredictionInterval?, curve: [CurvePoint]? = nil, alternatives: [String: Double]? = nil, warnings: [String]) {
            self.name = name
            self.lInit = lInit
            self.lTarget = lTarget
            self.fit = fit
            self.scheduleFit = scheduleFit
            self.interval = interval
            self.curve = curve
            self.alternatives = alternatives
            self.warnings = warnings
        }

        /// The predicted static loss at `step`: the curve, linearly interpolated, or the target
        /// when there is no curve (the paper's fixed target).
        public func predictedLoss(atStep step: Int) -> Double {
            guard let curve, let first = curve.first else { return lTarget }
            if step <= first.step { return first.loss }
            for (a, b) in zip(curve, curve.dropFirst()) where step <= b.step {
                return a.loss + (b.loss - a.loss) * Double(step - a.step) / Double(max(b.step - a.step, 1))
            }
            return curve.last!.loss
        }

        enum CodingKeys: String, CodingKey {
            case name, fit, interval, curve, alternatives, warnings
            case scheduleFit = "schedule_fit"
            case lInit = "l_init"
            case lTarget = "l_target"
        }
    }

    enum CodingKeys: String, CodingKey {
        case format, version, schedule, method, proxy, domains
        case budgetTokens = "budget_tokens"
    }

    /// Creates a targets file of the current version.
    public init(budgetTokens: Double, schedule: ScheduleShape?, method: ScheduleLawMethod?, proxy: ProxySettings?, domains: [DomainTarget]) {
        format = "velocitune-targets"
        version = Self.currentVersion
        self.budgetTokens = budgetTokens
        self.schedule = schedule
        self.method = method
        self.proxy = proxy
        self.domains = domains
    }

    /// Reads targets for `domains` from `url`: a targets.json written by `velocitune targets`,
    /// the `--json` output of `velocitune fit` (`{"domains": {NAME: {"prediction": x}}}`), or a
    /// plain object `{NAME: loss}`. Every domain must have a finite target.
    public static func loadTargets(_ url: URL, domains: [String]) throws(ArtifactError) -> [Double] {
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw ArtifactError(url.path, "cannot read: \(error.localizedDescription)") }
        var byName: [String: Double] = [:]
        if let file = try? JSONConventions.decode(TargetsFile.self, from: data), file.format == "velocitune-targets" {
            for domain in file.domains { byName[domain.name] = domain.lTarget }
        } else if let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] {
            if let fits = object["domains"] as? [String: [String: Any]] {
                for (name, entry) in fits { byName[name] = (entry["prediction"] as? NSNumber)?.doubleValue }
            } else {
                for (name, value) in object { byName[name] = (value as? NSNumber)?.doubleValue }
            }
        } else {
            throw ArtifactError(url.path, "expected a targets.json, `velocitune fit --json` output, or {\"domain\": loss}")
        }
        return try domains.map { (name: String) throws(ArtifactError) -> Double in
            guard let value = byName[name] else {
                throw ArtifactError(url.path, "no target for domain \"\(name)\" (found: \(byName.keys.sorted().joined(separator: ", ")))")
            }
            guard value.isFinite, value > 0 else { throw ArtifactError(url.path, "the target of \"\(name)\" is \(value), expected a positive number") }
            return value
        }
    }

    /// Writes the file atomically.
    public func save(to url: URL) throws {
        try AtomicFile.write(JSONConventions.encode(self), to: url)
    }

    /// Reads a file written by `save`.
    public static func load(_ url: URL) throws(ArtifactError) -> TargetsFile {
        do {
            let file = try JSONConventions.decode(TargetsFile.self, from: Data(contentsOf: url))
            guard file.format == "velocitune-targets" else { throw ArtifactError(url.path, "not a velocitune targets file") }
            return file
        } catch let error as ArtifactError {
            throw error
        } catch {
            throw ArtifactError(url.path, "cannot read the targets file: \(error)")
        }
    }
}
