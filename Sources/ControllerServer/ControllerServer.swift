import Common
import Controller
import Foundation
import Hummingbird
import HummingbirdCore
import NIOCore

/// How `velocitune serve` listens.
public struct ControllerServerConfiguration: Sendable {
    /// Address to bind (default 127.0.0.1).
    public var host: String
    /// Port (0: an ephemeral port, printed on start).
    public var port: Int
    /// The bearer token clients must send; nil: no authentication (loopback only).
    public var token: String?
    /// Largest accepted request body in bytes.
    public var maxBodyBytes: Int
    /// Seconds a connection may stay without a complete request head (idle between requests,
    /// or sending its headers), and seconds a request's body may take after its head.
    public var timeout: Double
    /// Connections served at once (lowered to fit the descriptor limit); further ones wait in
    /// the listen backlog until a connection closes.
    public var maxConnections: Int

    /// Creates a configuration.
    public init(host: String = "127.0.0.1", port: Int = 8765, token: String? = nil, maxBodyBytes: Int = 1 << 20,
                timeout: Double = 30, maxConnections: Int = 512) {
        self.host = host
        self.port = port
        self.token = token
        self.maxBodyBytes = maxBodyBytes
        self.timeout = timeout
        self.maxConnections = maxConnections
    }

    /// Whether `host` is a loopback address, parsed as one (`LoopbackAddress`): `localhost`,
    /// 127.0.0.0/8, `::1`.
    public var isLoopback: Bool { LoopbackAddress.isLoopback(host) }
}

/// The request context (Hummingbird's basic one; bodies are collected with the configured limit).
public typealias ControllerRequestContext = BasicRequestContext

/// The HTTP/1.1 + JSON interface of a `MixingController` (see the README's protocol section).
public enum ControllerServer {
    /// The router with every endpoint, the problem renderer and (with a token) authentication.
    public static func router(controller: MixingController, configuration: ControllerServerConfiguration) -> Router<ControllerRequestContext> {
        let router = Router(context: ControllerRequestContext.self)
        router.add(middleware: ProblemMiddleware(bodyLimit: configuration.maxBodyBytes))
        router.add(middleware: CanonicalPathMiddleware())
        router.add(middleware: CrossSiteGuardMiddleware(requireLoopbackHost: configuration.token == nil))
        if let token = configuration.token { router.add(middleware: BearerTokenMiddleware(token: Array(token.utf8))) }
        let limit = configuration.maxBodyBytes

        router.get("/healthz") { _, _ in
            try await controller.checkHealth()
            return try json(["status": "ok"])
        }
        router.put("/v1/runs/:id") { request, context in
            let (created, version) = try await controller.register(try id(context), try await decode(RunRegistration.self, request, limit))
            return try json(version, status: created ? .created : .ok)
        }
        router.post("/v1/runs/:id/reports") { request, context in
            let (created, version) = try await controller.report(try id(context), try await decode(LossReport.self, request, limit))
            return try json(version, status: created ? .created : .ok)
        }
        router.get("/v1/runs/:id/weights") { request, context in
            var number: Int?
            if let raw = request.uri.queryParameters["version"] {
                guard let parsed = Int(String(raw)), (0...ProtocolLimits.maxInteger).contains(parsed) else {
                    throw ControllerError.malformed("query parameter version must be an integer in 0...\(ProtocolLimits.maxInteger), got \"\(raw)\"")
                }
                number = parsed
            }
            return try json(try await controller.weights(try id(context), version: number))
        }
        router.get("/v1/runs/:id/versions") { _, context in
            json(Data("{\"versions\":".utf8) + (try await controller.versionsJSON(try id(context))) + Data("}".utf8))
        }
        router.get("/v1/runs/:id/export") { _, context in json(try await controller.exportJSON(try id(context))) }
        router.get("/v1/runs/:id/state") { _, context in try json(try await controller.snapshot(try id(context), history: false)) }
        router.put("/v1/runs/:id/state") { request, context in
            let (created, version) = try await controller.importState(try id(context), try await decode(RunSnapshot.self, request, limit))
            return try json(version, status: created ? .created : .ok)
        }
        return router
    }

    /// Serves until the process is stopped; `onRunning` receives the bound port.
    public static func run(controller: MixingController, configuration: ControllerServerConfiguration,
                           onRunning: @escaping @Sendable (Int) -> Void) async throws {
        let timeout = TimeAmount.nanoseconds(Int64(configuration.timeout * 1e9))
        let http = HTTP1Channel.Configuration(additionalChannelHandlers: [ConnectionGuardHandler(bodyTimeout: timeout)], idleTimeout: timeout)
        let responder = HeadAsGetResponder(base: router(controller: controller, configuration: configuration).buildResponder())
        let app = Application(responder: responder, server: .http1(configuration: http),
                              configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "velocitune",
                                                   availableConnectionsDelegate: MaximumAvailableConnections(DescriptorLimit.connections(configuration.maxConnections))),
                              onServerRunning: { channel in onRunning(channel.localAddress?.port ?? configuration.port) })
        try await app.runService()
    }

    private static func id(_ context: ControllerRequestContext) throws -> String {
        try context.parameters.require("id")
    }

    private static func decode<T: Decodable>(_ type: T.Type, _ request: Request, _ limit: Int) async throws -> T {
        let mediaType = request.headers[.contentType]
        guard let mediaType, isJSON(mediaType) else { throw ControllerError.unsupportedMediaType(mediaType) }
        var request = request
        let buffer = try await request.collectBody(upTo: limit)
        guard buffer.readableBytes > 0 else { throw ControllerError.malformed("the body is empty; expected a JSON object") }
        let value = try StrictJSONParser.parse(Array(buffer.readableBytesView))
        guard case .object = value else { throw ControllerError.malformed("the body is \(value.kind); expected a JSON object") }
        return try JSONValueDecoder.decode(T.self, from: value)
    }

    /// `application/json`, in any case, with parameters; a charset must be UTF-8.
    static func isJSON(_ contentType: String) -> Bool {
        let parts = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard parts.first == "application/json" else { return false }
        return parts.dropFirst().allSatisfy { !$0.hasPrefix("charset=") || ["charset=utf-8", "charset=\"utf-8\""].contains($0) }
    }

    private static func json<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) throws -> Response {
        json(try JSONConventions.encode(value, pretty: false), status: status)
    }

    private static func json(_ data: Data, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(data: data)))
    }
}
