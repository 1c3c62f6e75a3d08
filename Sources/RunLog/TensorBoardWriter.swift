import Foundation

/// Writes a run's metrics as a TensorBoard event file (`events.out.tfevents.*` in a directory),
/// readable by `tensorboard --logdir` and its `EventAccumulator`: scalars `train/loss`, `train/lr`,
/// `train/grad_norm`, `train/tokens_per_s` at every step; `eval/loss/D`, `mix/weight/D`,
/// `mix/velocity/D` per domain D at every evaluation; `test/loss/D` at the test evaluations.
/// A resumed run starts a new file with a session-restart marker at its step, so TensorBoard
/// drops the steps the killed session logged after its checkpoint.
public final class TensorBoardWriter: MetricsSink {
    /// The event file.
    public let url: URL
    private let file: TFRecordFile

    /// Creates a new event file in `directory`; `resumingAt` is the step a resumed run continues
    /// from (nil for a fresh run).
    public init(directory: URL, resumingAt step: Int? = nil) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let now = Date().timeIntervalSince1970
        let host = ProcessInfo.processInfo.hostName.replacingOccurrences(of: "/", with: "_")
        url = directory.appendingPathComponent("events.out.tfevents.\(Int(now)).\(host).\(getpid()).\(UUID().uuidString.prefix(8))")
        file = try TFRecordFile(url: url)
        var version = ProtobufMessage()
        version.double(1, now)
        version.string(3, "brain.Event:2")
        try file.append(version.bytes)
        if let step {
            var session = ProtobufMessage()
            session.int(1, 1)  // SessionLog.START
            var event = ProtobufMessage()
            event.double(1, now)
            event.int(2, step)
            event.message(6, session.bytes)
            try file.append(event.bytes)
        }
    }

    /// Writes `scalars` (tag, value) at `step`.
    public func write(_ scalars: [(tag: String, value: Double)], step: Int, wallTime: Double = Date().timeIntervalSince1970) throws {
        guard !scalars.isEmpty else { return }
        var summary = ProtobufMessage()
        for scalar in scalars where scalar.value.isFinite {
            var value = ProtobufMessage()
            value.string(1, scalar.tag)
            value.float(2, Float(scalar.value))
            summary.message(1, value.bytes)
        }
        var event = ProtobufMessage()
        event.double(1, wallTime)
        event.int(2, step)
        event.message(5, summary.bytes)
        try file.append(event.bytes)
    }

    /// The scalars of one metrics event, by the tags above.
    public static func scalars(of event: MetricsEvent) -> [(tag: String, value: Double)] {
        var scalars: [(tag: String, value: Double)] = []
        func add(_ tag: String, _ value: Double?) { if let value { scalars.append((tag, value)) } }
        func add(_ prefix: String, _ values: [String: Double]?) {
            for (domain, value) in (values ?? [:]).sorted(by: { $0.key < $1.key }) { scalars.append(("\(prefix)/\(domain)", value)) }
        }
        switch event.event {
        case .train:
            add("train/loss", event.loss)
            add("train/lr", event.lr)
            add("train/grad_norm", event.gradNorm)
            add("train/tokens_per_s", event.tokensPerSecond)
        case .eval:
            add("eval/loss", event.domainLoss)
            add("mix/weight", event.weights)
            add("mix/velocity", event.velocity)
        case .test:
            add("test/loss", event.domainLoss)
        default: break
        }
        return scalars
    }

    /// Writes the scalars of `event` at its step.
    public func append(_ event: MetricsEvent) throws {
        try write(Self.scalars(of: event), step: event.step)
    }
}
