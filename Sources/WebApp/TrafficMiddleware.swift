import Hummingbird

/// Outermost of the routes' middleware: times each request, hands it on and records the answer
/// (`RequestRecorder`), error pages included (`PageGuardMiddleware` turns every error into one).
struct TrafficMiddleware<Context: RequestContext>: RouterMiddleware {
    let recorder: RequestRecorder

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next(request, context)
        let bytes = response.body.contentLength ?? response.headers[.contentLength].flatMap { Int($0) }
        recorder.record(method: request.method, route: context.endpointPath, query: request.uri.query, status: response.status,
                        bytes: bytes, duration: ContinuousClock.now - start)
        return response
    }
}
