import Hummingbird

/// A request's context in the preview: Hummingbird's, and the port the request came in on, which
/// its Host header must name if it names one.
struct PreviewRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let localPort: Int

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        localPort = source.channel.localAddress?.port ?? 0
    }
}
