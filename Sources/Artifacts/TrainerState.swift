import Common
import Corpus
import Foundation
import Mixing

/// The JSON trainer state saved with every checkpoint (`trainer-state.json`): enough, with the
/// model and optimizer files, to continue a run exactly.
public struct TrainerState: Codable, Sendable {
    /// The format version this build writes and reads.
    public static let currentFormatVersion = 1
    /// The file's name inside a checkpoint directory.
    public static let fileName = "trainer-state.json"

    /// Format version (1).
    public var formatVersion: Int
    /// Optimizer steps completed.
    public var step: Int
    /// Training tokens consumed.
    public var tokens: Int
    /// Wall-clock seconds spent so far (summed over sessions).
    public var elapsedSeconds: Double
    /// Seconds of that spent evaluating.
    public var evalSeconds: Double
    /// The data sampler's state.
    public var sampler: SamplerState
    /// The mixer's state (weights, schedule, goals).
    public var mixer: MixerState
    /// The run's options (model shape included).
    public var options: TrainingOptions
    /// The corpus the run reads: tokenizer hash and per-domain source hashes.
    public var dataFingerprint: String
    /// Per domain, the per-sequence held-out losses at step 0, for the paired standard error of
    /// later evaluations (absent in checkpoints of earlier builds).
    public var baselineSequenceLosses: [[Double]]?
    /// The number of data-parallel ranks that wrote the checkpoint (absent: one process).
    public var ranks: Int?

    /// Creates a state in the current format.
    public init(step: Int, tokens: Int, elapsedSeconds: Double, evalSeconds: Double, sampler: SamplerState, mixer: MixerState,
                options: TrainingOptions, dataFingerprint: String) {
        formatVersion = Self.currentFormatVersion
        self.step = step
        self.tokens = tokens
        self.elapsedSeconds = elapsedSeconds
        self.evalSeconds = evalSeconds
        self.sampler = sampler
        self.mixer = mixer
        self.options = options
        self.dataFingerprint = dataFingerprint
    }

    enum CodingKeys: String, CodingKey {
        case step, tokens, sampler, mixer, options, ranks
        case baselineSequenceLosses = "baseline_sequence_losses"
        case formatVersion = "format_version"
        case elapsedSeconds = "elapsed_s"
        case evalSeconds = "eval_s"
        case dataFingerprint = "data_fingerprint"
    }

    /// Reads the state of the checkpoint directory `checkpoint`.
    public static func load(checkpoint: URL) throws(ArtifactError) -> TrainerState {
        let url = checkpoint.appendingPathComponent(fileName)
        let state: TrainerState
        do { state = try JSONConventions.decode(TrainerState.self, from: Data(contentsOf: url)) } catch {
            throw ArtifactError(url.path, "cannot read the trainer state: \(error)")
        }
        guard state.formatVersion == currentFormatVersion else {
            throw ArtifactError(url.path, "trainer state format \(state.formatVersion) is not supported (this build reads \(currentFormatVersion))")
        }
        return state
    }
}
