import Common
import Controller
import Foundation
import Hummingbird
import NIOCore

/// Renders every failure as an RFC 9457 problem (`application/problem+json`): `type`, `title`,
/// `status`, `detail`, `instance`. The one place where errors become HTTP responses.
struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The body size limit, quoted in 413 problems.
    let bodyLimit: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as ControllerError {
            return Self.problem(error, instance: request.uri.path)
        } catch is NIOTooManyBytesError {
            return Self.problem(.tooLarge(limit: bodyLimit), instance: request.uri.path)
        } catch let error as HTTPError where error.status == .notFound {
            let allowed = Endpoints.methods(for: request.uri.path)
            guard allowed.isEmpty else {
                var response = Self.problem(.methodNotAllowed(method: "\(request.method)", allowed: allowed), instance: request.uri.path)
                response.headers[.allow] = allowed.joined(separator: ", ")
                return response
            }
            return Self.problem(.routeNotFound("\(request.method) \(request.uri.path)"), instance: request.uri.path)
        } catch let error as DecodingError {
            return Self.problem(.malformed(Self.describe(error)), instance: request.uri.path)
        } catch {
            context.logger.error("internal error on \(request.method) \(request.uri.path): \(error)")
            return Self.response(status: 500, body: ["type": "urn:velocitune:problem:internal", "title": "Internal error",
                                                     "status": 500, "detail": "\(error)", "instance": request.uri.path])
        }
    }

    static func problem(_ error: ControllerError, instance: String) -> Response {
        response(status: error.status, data: problemBody(error, instance: instance))
    }

    /// The JSON of `error` as a problem; `instance` is left out when unknown.
    static func problemBody(_ error: ControllerError, instance: String?) -> Data {
        var body: [String: Any] = ["type": error.type, "title": error.title, "status": error.status, "detail": error.description]
        body["instance"] = instance
        return (try? JSONSerialization.data(withJSONObject: body, options: [.sortedKeys])) ?? Data()
    }

    private static func response(status: Int, body: [String: Any]) -> Response {
        response(status: status, data: (try? JSONSerialization.data(withJSONObject: body, options: [.sortedKeys])) ?? Data())
    }

    private static func response(status: Int, data: Data) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/problem+json"
        if status == 401 { headers[.wwwAuthenticate] = "Bearer" }
        return Response(status: .init(code: status), headers: headers, body: .init(byteBuffer: ByteBuffer(data: data)))
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [CodingKey]) -> String { keys.map(\.stringValue).joined(separator: ".") }
        switch error {
        case let .keyNotFound(key, context): return "missing field \"\(path(context.codingPath + [key]))\""
        case let .typeMismatch(type, context): return "field \"\(path(context.codingPath))\": expected \(type)"
        case let .valueNotFound(type, context): return "field \"\(path(context.codingPath))\": expected \(type), found null"
        case let .dataCorrupted(context):
            return context.codingPath.isEmpty ? "the body is not valid JSON" : "field \"\(path(context.codingPath))\": \(context.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}
