/// The methods each path of the protocol answers, for `405 Method Not Allowed` and its `Allow`
/// header (the router only says that no route matched).
enum Endpoints {
    /// The methods `path` (canonical) answers; empty when no endpoint has that path.
    static func methods(for path: String) -> [String] {
        let segments = path.split(separator: "/")
        if segments == ["healthz"] { return ["GET", "HEAD"] }
        guard segments.count >= 3, segments[0] == "v1", segments[1] == "runs" else { return [] }
        switch segments.count == 3 ? "" : segments[3] {
        case "" where segments.count == 3: return ["PUT"]
        case "reports" where segments.count == 4: return ["POST"]
        case "weights", "versions", "export": return segments.count == 4 ? ["GET", "HEAD"] : []
        case "state" where segments.count == 4: return ["GET", "HEAD", "PUT"]
        default: return []
        }
    }
}
