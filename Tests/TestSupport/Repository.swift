import Foundation

/// Locations in this repository, and scratch space for tests.
public enum Repository {
    /// The repository root (found from this file's path).
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// A fresh, empty temporary directory. Every one lives under a directory owned by this test
    /// process, which is removed when the process exits, so a test run leaves nothing behind.
    public static func temporaryDirectory(_ prefix: String = "vt-test") throws -> URL {
        let url = scratchRoot.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// This process's scratch directory, created (and its removal at exit registered) on first use.
    private static let scratchRoot: URL = {
        let root = URL(fileURLWithPath: scratchRootPath())
        try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: scratchRootPath()) }
        return root
    }()

    /// Unique per process: `/tmp` may be shared with other sandboxes whose pids collide with ours.
    private static let uniqueScratchRootPath =
        FileManager.default.temporaryDirectory.appendingPathComponent("velocitune-tests-\(getpid())-\(UUID().uuidString.prefix(8))").path

    private static func scratchRootPath() -> String { uniqueScratchRootPath }
}
