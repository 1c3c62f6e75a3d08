import Common
import Foundation

/// Something that receives every event a run logs (for example a `TensorBoardWriter`).
public protocol MetricsSink: AnyObject {
    /// Receives one event.
    func append(_ event: MetricsEvent) throws
}

/// An append-only `metrics.jsonl` writer: one compact JSON object per line, written through to
/// the file at every event so the log can be read (or tailed) while the run goes on. Every event
/// is passed on to the `sinks` too.
public final class MetricsLog: MetricsSink {
    /// Where the log lives.
    public let url: URL
    /// Further receivers of every event appended.
    public var sinks: [any MetricsSink] = []
    private let handle: FileHandle
    private let encoder = JSONConventions.encoder(pretty: false)

    /// Opens `url` for appending, creating it if needed.
    public init(url: URL) throws {
        self.url = url
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        if !FileManager.default.fileExists(atPath: url.path),
           !FileManager.default.createFile(atPath: url.path, contents: nil) {
            throw MetricsLogError(path: url.path, line: nil, message: "cannot create the file")
        }
        handle = try FileHandle(forWritingTo: url)
        try handle.seekToEnd()
    }

    deinit { try? handle.close() }

    /// Appends one event as a line.
    public func append(_ event: MetricsEvent) throws {
        var line = try encoder.encode(event)
        line.append(0x0A)
        try handle.write(contentsOf: line)
        for sink in sinks { try sink.append(event) }
    }

    /// Reads every event of a log. Lines that are not valid events are reported with their line
    /// number; a torn last line (a run killed mid-write) is ignored.
    public static func read(_ url: URL) throws -> [MetricsEvent] {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw MetricsLogError(path: url.path, line: nil, message: "cannot read: \(error.localizedDescription)")
        }
        let lines = data.split(separator: 0x0A, omittingEmptySubsequences: false)
        var events: [MetricsEvent] = []
        let decoder = JSONDecoder()
        for (index, line) in lines.enumerated() where !line.isEmpty {
            do {
                events.append(try decoder.decode(MetricsEvent.self, from: Data(line)))
            } catch {
                let isLast = index == lines.count - 1 || (index == lines.count - 2 && lines.last?.isEmpty == true)
                if isLast && data.last != 0x0A { break }
                throw MetricsLogError(path: url.path, line: index + 1, message: "not a metrics event: \(error)")
            }
        }
        return events
    }

    /// Writes a whole log at once, atomically (a temporary file renamed over `url`).
    public static func write(_ events: [MetricsEvent], to url: URL) throws {
        let encoder = JSONConventions.encoder(pretty: false)
        var data = Data()
        for event in events {
            data.append(try encoder.encode(event))
            data.append(0x0A)
        }
        try AtomicFile.write(data, to: url)
    }

    /// Rewrites the log keeping only events at or before `step` (used when a run resumes from a
    /// checkpoint, so the steps replayed after it are not logged twice).
    public static func truncate(_ url: URL, keepingThroughStep step: Int) throws {
        guard FileManager.default.fileExists(atPath: url.path) else { return }
        try write(read(url).filter { $0.step <= step }, to: url)
    }
}

/// A metrics log could not be read.
public struct MetricsLogError: Error, CustomStringConvertible, Sendable {
    /// The log file.
    public var path: String
    /// The 1-based line, when the problem is on one line.
    public var line: Int?
    /// What is wrong.
    public var message: String

    /// "path:line: message".
    public var description: String { line.map { "\(path):\($0): \(message)" } ?? "\(path): \(message)" }
}
