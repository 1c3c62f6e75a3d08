import Foundation
import GRDB

extension VersionStore {
    /// Every version of run `id`, oldest first, as the JSON array a reply contains, written
    /// straight from the stored columns: the weights, velocity and losses are stored as the
    /// canonical JSON `JSONConventions` writes (sorted keys, shortest round-trip numbers), so
    /// they are copied, not decoded and encoded again (which took 150 ms for 5,000 versions).
    /// Each element is byte-identical to the version's reply on its own (`JSONConventions`): keys
    /// sorted, absent optionals left out, numbers as its encoder writes them.
    static func versionsJSON(_ db: Database, run id: String) throws -> Data {
        var text = "["
        let rows = try Row.fetchCursor(db, sql: "SELECT \(replyColumns) FROM version WHERE run_id = ? ORDER BY version", arguments: [id])
        var first = true
        while let row = try rows.next() {
            if !first { text += "," }
            first = false
            text += "{\"apply_from_step\":\(row["apply_from_step"] as Int)"
            if let base = row["base_version"] as Int? { text += ",\"base_version\":\(base)" }
            text += ",\"created_at\":\(Self.number(row["created_at"]))"
            if let losses = row["losses"] as String? { text += ",\"losses\":\(losses)" }
            text += ",\"step\":\(row["step"] as Int),\"superseded\":\((row["superseded"] as Bool) ? "true" : "false")"
            if let tokens = row["tokens"] as Int? { text += ",\"tokens\":\(tokens)" }
            text += ",\"velocity\":\(row["velocity"] as String),\"version\":\(row["version"] as Int),\"weights\":\(row["weights"] as String)}"
        }
        text += "]"
        return Data(text.utf8)
    }

    /// A finite double as Foundation's `JSONEncoder` writes it: Swift's shortest round-trip
    /// description without a trailing `.0`.
    static func number(_ value: Double) -> String {
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }
}
