import Hummingbird

/// Answers `HEAD` as the `GET` of the same path (issue 14, finding 10: HEAD gave 404). It wraps
/// the router, which picks a route by method before any of its middleware runs and only knows
/// `GET` routes; the HTTP encoder leaves out the body of a response to `HEAD` and keeps its
/// headers, `Content-Length` included.
struct HeadAsGetResponder<Base: HTTPResponder>: HTTPResponder {
    /// The router.
    let base: Base

    @Sendable func respond(to request: Request, context: Base.Context) async throws -> Response {
        guard request.method == .head else { return try await base.respond(to: request, context: context) }
        var head = request.head
        head.method = .get
        return try await base.respond(to: Request(head: head, body: request.body), context: context)
    }
}
