import Foundation

/// Writes files so that a reader never sees a half-written one: the bytes go to a temporary file
/// in the same directory, are flushed to disk, and the temporary file is renamed over the target.
public enum AtomicFile {
    /// Atomically replaces (or creates) the file at `url` with `data`.
    ///
    /// - Throws: `AtomicFileError` naming the path and the system error.
    public static func write(_ data: Data, to url: URL) throws(AtomicFileError) {
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(
            ".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw AtomicFileError(path: directory.path, reason: "cannot create directory: \(error.localizedDescription)")
        }
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw AtomicFileError(path: temporary.path, reason: "cannot create file (permissions or disk full?)")
        }
        do {
            let handle = try FileHandle(forWritingTo: temporary)
            defer { try? handle.close() }
            try handle.write(contentsOf: data)
            try handle.synchronize()
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw AtomicFileError(path: url.path, reason: "write failed: \(error.localizedDescription)")
        }
        if rename(temporary.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw AtomicFileError(path: url.path, reason: "rename failed: \(reason)")
        }
    }

    /// Atomically writes a UTF-8 string.
    public static func write(_ text: String, to url: URL) throws(AtomicFileError) {
        try write(Data(text.utf8), to: url)
    }
}

/// A file could not be written; `path` is where and `reason` is why.
public struct AtomicFileError: Error, CustomStringConvertible, Sendable {
    /// The file or directory concerned.
    public var path: String
    /// What went wrong, in words.
    public var reason: String

    /// "`path`: `reason`".
    public var description: String { "\(path): \(reason)" }
}
