import Controller
import Foundation
import Hummingbird
import NIOCore
import NIOHTTP1
import NIOHTTPTypes

/// A channel handler between the HTTP codec and Hummingbird (issue 14, findings 6 and 10):
///
/// - A request's body must be complete within `bodyTimeout` of its head; otherwise the
///   connection is answered `408` and closed (Hummingbird's idle timeout only sees a request
///   part arrive, so a body sent a byte at a time kept a connection forever).
/// - A request the HTTP parser refuses is answered with a `400` problem (`malformed-request`)
///   instead of an empty 400, unless a response has already begun.
///
/// After answering itself the handler closes the connection and drops whatever the application
/// still writes for that request.
final class ConnectionGuardHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private let bodyTimeout: TimeAmount
    private var deadline: Scheduled<Void>?
    private var path: String?
    private var responseStarted = false
    private var answered = false

    /// A handler that gives each request body `bodyTimeout` to arrive.
    init(bodyTimeout: TimeAmount) {
        self.bodyTimeout = bodyTimeout
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !answered else { return }
        switch unwrapInboundIn(data) {
        case let .head(head):
            path = head.path
            responseStarted = false
            deadline?.cancel()
            let seconds = Double(bodyTimeout.nanoseconds) / 1e9
            deadline = context.eventLoop.assumeIsolated().scheduleTask(in: bodyTimeout) { [self] in
                deadline = nil
                answer(context, .requestTimeout(seconds: seconds))
            }
        case .end:
            deadline?.cancel()
            deadline = nil
        case .body:
            break
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        guard !answered else {
            promise?.fail(ChannelError.ioOnClosedChannel)
            return
        }
        if case .head = unwrapOutboundIn(data) { responseStarted = true }
        context.write(data, promise: promise)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        if let parserError = error as? HTTPParserError, !responseStarted, !answered {
            answer(context, .malformedRequest("the request is not valid HTTP/1.1 (\(parserError))"))
            return
        }
        context.fireErrorCaught(error)
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        deadline?.cancel()
        deadline = nil
    }

    func channelInactive(context: ChannelHandlerContext) {
        deadline?.cancel()
        deadline = nil
        context.fireChannelInactive()
    }

    /// Writes `error` as a problem, then closes the connection.
    private func answer(_ context: ChannelHandlerContext, _ error: ControllerError) {
        guard !answered, !responseStarted else {
            context.close(promise: nil)
            return
        }
        answered = true
        let body = ProblemMiddleware<BasicRequestContext>.problemBody(error, instance: path)
        var fields = HTTPFields()
        fields[.contentType] = "application/problem+json"
        fields[.contentLength] = "\(body.count)"
        fields[.connection] = "close"
        context.write(wrapOutboundOut(.head(HTTPResponse(status: .init(code: error.status), headerFields: fields))), promise: nil)
        context.write(wrapOutboundOut(.body(ByteBuffer(data: body))), promise: nil)
        context.writeAndFlush(wrapOutboundOut(.end(nil))).assumeIsolated().whenComplete { _ in context.close(promise: nil) }
    }
}

@available(*, unavailable)
extension ConnectionGuardHandler: Sendable {}
