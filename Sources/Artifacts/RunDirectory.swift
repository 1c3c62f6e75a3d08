import Common
import Foundation
import RunLog

/// The layout of a run directory, and the questions asked of it:
///
/// ```
/// RUN/metrics.jsonl                  the run's events
/// RUN/targets.json                   the targets the run steered by (a copy), when it had any
/// RUN/checkpoints/step-NNNNNNNN/     complete checkpoints (a directory appears only when whole)
/// ```
public struct RunDirectory: Sendable, Hashable {
    /// The directory.
    public let url: URL

    /// The run at `url`.
    public init(_ url: URL) { self.url = url }

    /// The run's name: its directory's name.
    public var name: String { url.lastPathComponent }
    /// `metrics.jsonl`.
    public var metricsURL: URL { url.appendingPathComponent("metrics.jsonl") }
    /// The copy of the targets the run used.
    public var targetsURL: URL { url.appendingPathComponent("targets.json") }
    /// The checkpoints directory.
    public var checkpointsURL: URL { url.appendingPathComponent("checkpoints") }

    /// The directory of the checkpoint at `step`.
    public func checkpointURL(step: Int) -> URL { checkpointsURL.appendingPathComponent(String(format: "step-%08d", step)) }

    /// Complete checkpoints (those with a trainer state), oldest first.
    public var checkpoints: [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: checkpointsURL.path)) ?? []
        return names.filter { $0.hasPrefix("step-") }.sorted()
            .map { checkpointsURL.appendingPathComponent($0) }
            .filter { FileManager.default.fileExists(atPath: $0.appendingPathComponent(TrainerState.fileName).path) }
    }

    /// The complete checkpoint with the most steps, if any.
    public var latestCheckpoint: URL? { checkpoints.last }

    /// The latest checkpoint's trainer state, if there is a checkpoint.
    public func latestState() throws(ArtifactError) -> TrainerState? {
        guard let checkpoint = latestCheckpoint else { return nil }
        return try TrainerState.load(checkpoint: checkpoint)
    }

    /// Deletes all but the newest `count` checkpoints.
    public func pruneCheckpoints(keeping count: Int) {
        let all = ((try? FileManager.default.contentsOfDirectory(atPath: checkpointsURL.path)) ?? []).filter { $0.hasPrefix("step-") }.sorted()
        for old in all.dropLast(count) { try? FileManager.default.removeItem(at: checkpointsURL.appendingPathComponent(old)) }
    }

    /// Whether the run finished all `maxSteps`: its log ends the run at that step and its last
    /// checkpoint is at that step.
    public func isComplete(maxSteps: Int) -> Bool {
        guard let events = try? MetricsLog.read(metricsURL), events.contains(where: { $0.event == .end && $0.step == maxSteps }),
              let state = try? latestState() else { return false }
        return state.step == maxSteps
    }

    /// Keeps a copy of the targets file at `source` with the run (atomically), for reports.
    public func storeTargets(from source: URL) throws {
        guard source.standardizedFileURL != targetsURL.standardizedFileURL else { return }
        let data: Data
        do { data = try Data(contentsOf: source) } catch { throw ArtifactError(source.path, "cannot read: \(error.localizedDescription)") }
        try AtomicFile.write(data, to: targetsURL)
    }
}
