import Controller
import Hummingbird

/// Requires `Authorization: Bearer <token>` on every request but the health check when a token
/// is configured, comparing in constant time. The exemption is one exact path (after
/// `CanonicalPathMiddleware` has refused every other spelling), not a prefix: a new endpoint is
/// protected without anyone remembering to protect it.
struct BearerTokenMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The expected token's bytes.
    let token: [UInt8]

    /// The only path served without a token.
    static var publicPath: String { "/healthz" }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.uri.path != Self.publicPath else { return try await next(request, context) }
        let header = request.headers[.authorization] ?? ""
        guard header.hasPrefix("Bearer "), Self.constantTimeEqual(Array(header.utf8.dropFirst(7)), token) else {
            throw ControllerError.unauthorized
        }
        return try await next(request, context)
    }

    /// Compares without an early exit, so timing does not reveal how much of a guess matched.
    /// The lengths are compared in full (a length difference of 256 must not vanish in a byte).
    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var difference = UInt(bitPattern: a.count ^ b.count)
        for i in 0..<max(a.count, b.count) {
            difference |= UInt((i < a.count ? a[i] : 0) ^ (i < b.count ? b[i] : 0))
        }
        return difference == 0
    }
}
