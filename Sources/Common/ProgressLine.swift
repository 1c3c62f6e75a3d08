import Foundation
import Synchronization

/// A one-line progress display on stderr: rewritten in place (at most 10 times a second) when
/// stderr is a terminal, silent otherwise (logs get the stage lines printed by `note`).
public final class ProgressLine: Sendable {
    private let interactive: Bool
    private let silent: Bool
    private let lastDraw = Mutex<Double>(0)

    /// A progress line that prints nothing (the data-parallel ranks other than 0).
    public static let silent = ProgressLine(interactive: false, silent: true)

    /// Creates a progress line; `interactive` defaults to whether stderr is a terminal.
    public convenience init(interactive: Bool = isatty(2) != 0) {
        self.init(interactive: interactive, silent: false)
    }

    private init(interactive: Bool, silent: Bool) {
        self.interactive = interactive
        self.silent = silent
    }

    /// Shows `text` (throttled; call as often as convenient).
    public func update(_ text: @autoclosure () -> String) {
        guard interactive else { return }
        let now = Date().timeIntervalSinceReferenceDate
        let due = lastDraw.withLock { last -> Bool in
            guard now - last >= 0.1 else { return false }
            last = now
            return true
        }
        if due { FileHandle.standardError.write(Data("\r\u{1B}[2K\(text())".utf8)) }
    }

    /// Prints a permanent line (clearing the progress line first).
    public func note(_ text: String) {
        guard !silent else { return }
        let prefix = interactive ? "\r\u{1B}[2K" : ""
        FileHandle.standardError.write(Data("\(prefix)\(text)\n".utf8))
    }

    /// Clears the progress line.
    public func finish() {
        if interactive { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
    }
}
