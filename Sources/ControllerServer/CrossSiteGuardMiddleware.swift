import Controller
import Hummingbird

/// Keeps web pages out of a controller that trusts its callers (issue 14, finding 7). A page a
/// user visits can send requests to 127.0.0.1, and with DNS rebinding it can read the answers
/// (its own name then resolves to 127.0.0.1, and the browser sends that name as `Host`).
///
/// - Without a token (loopback only), `Host` must name a loopback address (`localhost`, 127.x,
///   `::1`, any port): a rebound name is refused (421).
/// - An `Origin` header (sent by browsers, not by trainers) must be this server itself,
///   `http://` + the `Host` of the request; any other origin, `null` included, is refused (403).
/// - A second `Host` field is refused (400): proxies and servers disagree on which one counts.
///
/// Bodies must also be `application/json` (415, checked where bodies are read), which a page
/// cannot send cross-site without the browser asking first (a CORS preflight this server does
/// not answer).
struct CrossSiteGuardMiddleware<Context: RequestContext>: RouterMiddleware {
    /// True when the server runs without a token.
    let requireLoopbackHost: Bool

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        // The first Host field became the authority; any other is still a header field.
        if request.headers.contains(where: { $0.name.canonicalName == "host" }) {
            throw ControllerError.foreignHost("the request has more than one Host field")
        }
        let authority = request.head.authority ?? ""
        if requireLoopbackHost {
            guard let host = LoopbackAddress.host(ofAuthority: authority), LoopbackAddress.isLoopback(host) else {
                throw ControllerError.foreignHost(authority.isEmpty ? "the request has no Host" : "Host \"\(authority)\" is not a loopback name or address")
            }
        }
        if let origin = request.headers[.origin], origin.lowercased() != "http://" + authority.lowercased() {
            throw ControllerError.foreignOrigin(origin)
        }
        return try await next(request, context)
    }
}
