import Common
import Foundation
import Mixing
import RunLog

/// A finished (or running) training run read back from its directory: the metrics log, the
/// latest checkpoint's trainer state, and the targets it used. What `report`, `compare` and the
/// replay policy need.
public struct RunRecord: Sendable {
    /// The run's name (its directory name).
    public var name: String
    /// The run directory.
    public var directory: URL
    /// Domains, in corpus order.
    public var domains: [String]
    /// Policy name.
    public var policy: String
    /// Every event of the log.
    public var events: [MetricsEvent]
    /// Evaluation events, in step order.
    public var evaluations: [MetricsEvent]
    /// Held-out loss of each domain at step 0.
    public var initialLoss: [Double]
    /// Target loss of each domain, when the run had targets.
    public var targetLoss: [Double]?
    /// The targets file the run used, when it had one.
    public var targets: TargetsFile?
    /// Steps the run was configured for.
    public var maxSteps: Int
    /// The run's velocity guard (its mixer's epsilon).
    public var epsilon: Double
    /// Each domain's role (target or replay), in `domains` order.
    public var roles: [DomainRole]
    /// The seed of initialisation, data order and sampling.
    public var seed: UInt64
    /// Test-split evaluations (step 0 and the end), in step order.
    public var testEvaluations: [MetricsEvent]

    /// Reads `directory`.
    /// - Throws: `ArtifactError` for a directory that is not a started run, `MetricsLogError` for
    ///   a malformed log.
    public init(directory: URL) throws {
        let run = RunDirectory(directory)
        self.directory = directory
        name = run.name
        events = try MetricsLog.read(run.metricsURL)
        evaluations = events.filter { $0.event == .eval }.sorted { $0.step < $1.step }
        guard let first = evaluations.first, let losses = first.domainLoss else {
            throw ArtifactError(run.metricsURL.path, "no evaluation yet: not a training run, or it has not started")
        }
        guard let state = try run.latestState() else { throw ArtifactError(directory.path, "no checkpoint yet") }
        let configuration = state.mixer.configuration
        domains = configuration.domains
        policy = configuration.policy.rawValue
        initialLoss = zip(domains, configuration.initialLoss).map { losses[$0] ?? $1 }
        maxSteps = state.options.maxSteps
        epsilon = configuration.epsilon
        roles = configuration.roles ?? Array(repeating: .target, count: configuration.domains.count)
        seed = state.options.seed
        testEvaluations = events.filter { $0.event == .test }.sorted { $0.step < $1.step }
        if FileManager.default.fileExists(atPath: run.targetsURL.path) {
            targets = try? TargetsFile.load(run.targetsURL)
            targetLoss = try TargetsFile.loadTargets(run.targetsURL, domains: domains)
        }
    }

    /// Whether the run reached its last step.
    public var isComplete: Bool { RunDirectory(directory).isComplete(maxSteps: maxSteps) }

    /// The held-out losses of the last evaluation.
    public var finalLoss: [Double] {
        let last = evaluations.last?.domainLoss ?? [:]
        return domains.map { last[$0] ?? .nan }
    }

    /// The learning velocity of domain `index` at held-out loss `loss` (nil without targets).
    public func velocity(domain index: Int, loss: Double) -> Double? {
        targetLoss.map { Velocity.of(current: loss, initial: initialLoss[index], target: $0[index], epsilon: epsilon) }
    }

    /// Tokens consumed.
    public var tokens: Int { events.last?.tokens ?? 0 }

    /// Steps completed.
    public var steps: Int { events.last?.step ?? 0 }

    /// Wall-clock seconds (all sessions).
    public var wallSeconds: Double { events.compactMap(\.time).max() ?? 0 }

    /// Seconds spent evaluating.
    public var evalSeconds: Double { evaluations.compactMap(\.evalSeconds).reduce(0, +) }

    /// The weights as they changed: each evaluation's weights apply from its step on.
    public var schedule: WeightSchedule {
        var stages: [WeightSchedule.Stage] = []
        for e in evaluations {
            guard let weights = e.weights else { continue }
            let vector = domains.map { weights[$0] ?? 0 }
            if stages.last?.weights != vector { stages.append(.init(fromStep: e.step, weights: vector)) }
        }
        return WeightSchedule(stages: stages)
    }

    /// Weights averaged over the run's steps.
    public var averageWeights: [Double] { schedule.timeAverage(totalSteps: max(steps, 1)) }

    /// The schedule a `replay` run over `domains` follows: this run's schedule, or with
    /// `average` its time-averaged weights as one static stage (the ordering ablation).
    public func replaySchedule(average: Bool, domains expected: [String]) throws(ArtifactError) -> WeightSchedule {
        guard domains == expected else {
            throw ArtifactError(directory.path, "was trained on domains \(domains), the corpus has \(expected)")
        }
        return average ? WeightSchedule(stages: [.init(fromStep: 0, weights: averageWeights)]) : schedule
    }
}
