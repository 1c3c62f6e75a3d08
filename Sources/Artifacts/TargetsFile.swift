import Common
import Foundation
import ScalingLaws

/// `targets.json`: each domain's initial and target loss, and how the target was obtained (the
/// proxy's points, the fitted law, its diagnostics and interval), so a user can inspect and plot
/// every number the mixer will use.
public struct TargetsFile: Codable, Sendable {
    /// Always "velocitune-targets".
    public var format: String
    /// Format version (1).
    public var version: Int
    /// The continual pre-training token budget the targets are extrapolated to.
    public var budgetTokens: Double
    /// How the proxy was run (absent for targets given by hand).
    public var proxy: ProxySettings?
    /// The domains, in corpus order.
    public var domains: [DomainTarget]

    /// The proxy run's settings.
    public struct ProxySettings: Codable, Sendable {
        /// Fraction of the budget the proxy trained on.
        public var fraction: Double
        /// Tokens the proxy trained on.
        public var tokens: Int
        /// Evaluations along the proxy run (after step 0).
        public var checkpoints: Int
        /// Leading evaluations left out of the fits (warm-up transient).
        public var skipped: Int
        /// The base checkpoint.
        public var initCheckpoint: String
        /// The proxy's run directory.
        public var runDirectory: String

        /// Creates proxy settings.
        public init(fraction: Double, tokens: Int, checkpoints: Int, skipped: Int, initCheckpoint: String, runDirectory: String) {
            self.fraction = fraction
            self.tokens = tokens
            self.checkpoints = checkpoints
            self.skipped = skipped
            self.initCheckpoint = initCheckpoint
            self.runDirectory = runDirectory
        }

        enum CodingKeys: String, CodingKey {
            case fraction, tokens, checkpoints, skipped
            case initCheckpoint = "init"
            case runDirectory = "run"
        }
    }

    /// One domain's goal.
    public struct DomainTarget: Codable, Sendable {
        /// Domain name.
        public var name: String
        /// Held-out loss of the base model.
        public var lInit: Double?
        /// The target loss.
        public var lTarget: Double
        /// The fit the target came from.
        public var fit: ScalingLawFit?
        /// The bootstrap interval of the target.
        public var interval: PredictionInterval?
        /// Notes (a flat fit, a target not below l_init, ...).
        public var warnings: [String]

        /// Creates a domain's target.
        public init(name: String, lInit: Double?, lTarget: Double, fit: ScalingLawFit?, interval: PredictionInterval?, warnings: [String]) {
            self.name = name
            self.lInit = lInit
            self.lTarget = lTarget
            self.fit = fit
            self.interval = interval
            self.warnings = warnings
        }

        enum CodingKeys: String, CodingKey {
            case name, fit, interval, warnings
            case lInit = "l_init"
            case lTarget = "l_target"
        }
    }

    enum CodingKeys: String, CodingKey {
        case format, version, proxy, domains
        case budgetTokens = "budget_tokens"
    }

    /// Creates a targets file.
    public init(budgetTokens: Double, proxy: ProxySettings?, domains: [DomainTarget]) {
        format = "velocitune-targets"
        version = 1
        self.budgetTokens = budgetTokens
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
