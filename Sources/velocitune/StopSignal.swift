import Foundation
import Synchronization

/// SIGINT and SIGTERM as a polite request: the first one sets a flag that long-running
/// commands pass to the library as their `shouldStop` check (a trainer then writes a checkpoint
/// at the next step boundary and stops); a second one ends the process at once.
enum StopSignal {
    private static let requested = Atomic<Bool>(false)

    /// Installs the handlers and returns the check to pass to the library.
    static func install() -> @Sendable () -> Bool {
        requested.store(false, ordering: .relaxed)
        let handler: @convention(c) (Int32) -> Void = { number in
            if StopSignal.requested.exchange(true, ordering: .relaxed) { _exit(128 + number) }
        }
        signal(SIGINT, handler)
        signal(SIGTERM, handler)
        return { requested.load(ordering: .relaxed) }
    }
}
