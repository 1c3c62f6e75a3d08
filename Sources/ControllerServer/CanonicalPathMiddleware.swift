import Controller
import Hummingbird

/// Refuses (400) every request whose path is not in canonical form, before authentication and
/// routing see it. The router merges repeated slashes and would match `//v1/runs/x` to
/// `/v1/runs/:id`, so a path check that looks at the raw path and one that looks at the matched
/// route could disagree; rejecting every spelling but one makes them agree.
struct CanonicalPathMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        guard RequestPath.isCanonical(path) else { throw ControllerError.nonCanonicalPath(path) }
        return try await next(request, context)
    }
}

/// The one accepted spelling of a request path.
enum RequestPath {
    /// Whether `path` is `/` or `/segment/segment...` where every segment is one or more
    /// characters of `A-Z a-z 0-9 . _ ~ -` and is neither `.` nor `..`: no empty segment (`//`, a
    /// trailing `/`), no dot segment, no percent-encoding (no endpoint needs it: run ids use
    /// these characters only), no absolute-form leftovers.
    static func isCanonical(_ path: String) -> Bool {
        if path == "/" { return true }
        let bytes = Array(path.utf8)
        guard bytes.first == UInt8(ascii: "/") else { return false }
        var segmentStart = 1
        for index in 1...bytes.count {
            if index == bytes.count || bytes[index] == UInt8(ascii: "/") {
                let segment = bytes[segmentStart..<index]
                guard !segment.isEmpty, !segment.elementsEqual(".".utf8), !segment.elementsEqual("..".utf8) else { return false }
                segmentStart = index + 1
            } else if !isUnreserved(bytes[index]) {
                return false
            }
        }
        return true
    }

    /// RFC 3986's unreserved characters.
    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): return true
        case UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "-"): return true
        default: return false
        }
    }
}
