/// A request the controller refuses; each case has an HTTP status and a problem type
/// (RFC 9457), rendered in one place by the HTTP layer.
public enum ControllerError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The body is not valid JSON of the expected shape (400).
    case malformed(String)
    /// The run id has characters outside `[A-Za-z0-9._-]` or is too long (400).
    case invalidRunID(String)
    /// The request path is not in its one canonical spelling: empty or dot segments, a trailing
    /// slash, percent-encoding (400). Checked before authentication.
    case nonCanonicalPath(String)
    /// Missing or wrong bearer token (401).
    case unauthorized
    /// A browser page of another origin sent the request (403).
    case foreignOrigin(String)
    /// The `Host` names no loopback address on a server without a token, or is repeated (421).
    case foreignHost(String)
    /// A body that is not `application/json` (415).
    case unsupportedMediaType(String?)
    /// No run with this id (404).
    case runNotFound(String)
    /// No such version of the run (404).
    case versionNotFound(run: String, version: Int)
    /// No such endpoint (404).
    case routeNotFound(String)
    /// The endpoint exists but not with this method (405, with `Allow`).
    case methodNotAllowed(method: String, allowed: [String])
    /// The run exists with a different registration (409).
    case registrationConflict(run: String, detail: String)
    /// The report's base version was superseded by a fork (409).
    case supersededBase(run: String, version: Int)
    /// The run exists with a history that does not match the imported state (409).
    case stateConflict(run: String, detail: String)
    /// The body exceeds the size limit (413).
    case tooLarge(limit: Int)
    /// The request's body did not arrive within the timeout (408; the connection is closed).
    case requestTimeout(seconds: Double)
    /// The HTTP parser refused the request (400; the connection is closed).
    case malformedRequest(String)

    /// Values are invalid: NaN or infinite losses, missing or unknown domains, bad options (422).
    case invalid(String)
    /// The database holds something this build cannot read back (500: a bug or a damaged file).
    case corruptStorage(String)
    /// The database cannot be read or written: damaged, read-only, an I/O error, locked (503).
    case storageUnavailable(String)
    /// The disk or the database is full (507).
    case storageFull(String)

    /// The HTTP status.
    public var status: Int {
        switch self {
        case .malformed, .invalidRunID, .nonCanonicalPath, .malformedRequest: return 400
        case .unauthorized: return 401
        case .runNotFound, .versionNotFound, .routeNotFound: return 404
        case .methodNotAllowed: return 405
        case .registrationConflict, .supersededBase, .stateConflict: return 409
        case .tooLarge: return 413
        case .requestTimeout: return 408
        case .foreignOrigin: return 403
        case .foreignHost: return 421
        case .unsupportedMediaType: return 415
        case .invalid: return 422
        case .corruptStorage: return 500
        case .storageUnavailable: return 503
        case .storageFull: return 507
        }
    }

    /// The problem type URI.
    public var type: String {
        let slug: String
        switch self {
        case .malformed: slug = "malformed-body"
        case .invalidRunID: slug = "invalid-run-id"
        case .nonCanonicalPath: slug = "non-canonical-path"
        case .unauthorized: slug = "unauthorized"
        case .foreignOrigin: slug = "foreign-origin"
        case .foreignHost: slug = "foreign-host"
        case .unsupportedMediaType: slug = "unsupported-media-type"
        case .runNotFound: slug = "run-not-found"
        case .versionNotFound: slug = "version-not-found"
        case .routeNotFound: slug = "not-found"
        case .methodNotAllowed: slug = "method-not-allowed"
        case .registrationConflict: slug = "registration-conflict"
        case .supersededBase: slug = "superseded-base"
        case .stateConflict: slug = "state-conflict"
        case .tooLarge: slug = "body-too-large"
        case .requestTimeout: slug = "request-timeout"
        case .malformedRequest: slug = "malformed-request"
        case .invalid: slug = "invalid-values"
        case .corruptStorage: slug = "corrupt-storage"
        case .storageUnavailable: slug = "storage-unavailable"
        case .storageFull: slug = "storage-full"
        }
        return "urn:velocitune:problem:\(slug)"
    }

    /// A short, fixed title for the problem type.
    public var title: String {
        switch self {
        case .malformed: return "Malformed request body"
        case .invalidRunID: return "Invalid run id"
        case .nonCanonicalPath: return "Non-canonical request path"
        case .unauthorized: return "Missing or invalid bearer token"
        case .foreignOrigin: return "Request from another origin"
        case .foreignHost: return "Request for another host"
        case .unsupportedMediaType: return "Unsupported media type"
        case .runNotFound: return "Run not found"
        case .versionNotFound: return "Version not found"
        case .routeNotFound: return "Not found"
        case .methodNotAllowed: return "Method not allowed"
        case .registrationConflict: return "Run already registered differently"
        case .supersededBase: return "Base version superseded"
        case .stateConflict: return "State conflicts with the stored run"
        case .tooLarge: return "Request body too large"
        case .requestTimeout: return "Request timed out"
        case .malformedRequest: return "Malformed HTTP request"
        case .invalid: return "Invalid values"
        case .corruptStorage: return "Stored data cannot be read"
        case .storageUnavailable: return "Storage unavailable"
        case .storageFull: return "Storage full"
        }
    }

    /// What exactly is wrong.
    public var description: String {
        switch self {
        case let .malformed(detail): return detail
        case let .invalidRunID(id): return "run id \"\(id)\" must be 1-128 characters of letters, digits, '.', '_' or '-'"
        case let .nonCanonicalPath(path):
            return "the path \"\(path)\" is not canonical: single slashes, no trailing slash, no \".\" or \"..\" segments, no percent-encoding"
        case .unauthorized: return "this controller requires \"Authorization: Bearer <token>\""
        case let .foreignOrigin(origin): return "requests from web pages of other origins are refused (Origin \"\(origin)\")"
        case let .foreignHost(detail): return "\(detail); a controller without a token answers only requests for a loopback host"
        case let .unsupportedMediaType(type):
            return "the body must be JSON with Content-Type: application/json, got \(type.map { "\"\($0)\"" } ?? "no Content-Type")"
        case let .runNotFound(id): return "no run \"\(id)\" (register it with PUT /v1/runs/\(id))"
        case let .versionNotFound(run, version): return "run \"\(run)\" has no version \(version)"
        case let .routeNotFound(path): return "no endpoint \(path)"
        case let .methodNotAllowed(method, allowed): return "\(method) is not an operation of this endpoint; it answers \(allowed.joined(separator: ", "))"
        case let .registrationConflict(run, detail): return "run \"\(run)\" is registered with a different body: \(detail)"
        case let .supersededBase(run, version):
            return "version \(version) of run \"\(run)\" was superseded by a fork; report on the latest version (GET /v1/runs/\(run)/weights) or on one of its ancestors"
        case let .stateConflict(run, detail): return "run \"\(run)\": \(detail)"
        case let .tooLarge(limit): return "the body exceeds \(limit) bytes"
        case let .requestTimeout(seconds): return "the request body did not arrive within \(seconds) s of its headers; the connection is closed"
        case let .malformedRequest(detail): return "\(detail); the connection is closed"
        case let .invalid(detail): return detail
        case let .corruptStorage(detail): return detail
        case let .storageUnavailable(detail): return "the controller's database cannot be used: \(detail)"
        case let .storageFull(detail): return "the controller's database cannot grow (the disk is full?): \(detail)"
        }
    }
}
