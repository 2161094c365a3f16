import FlyingFox
import FlyingSocks
import Foundation

/// Runs the server until Ctrl-C (SIGINT) or SIGTERM, then stops it cleanly: the listening
/// socket closes, requests under way get a few seconds to finish, the process exits 0.
///
/// What a request writes goes through the archive's transactions and temporary-then-rename
/// files, so even a server killed outright leaves the data folder consistent.
public enum ServerLifetime {
    public struct BadHost: Error { public let reason: String }

    /// Listens on `host` (an IPv4 or IPv6 address, or `localhost`) and `port` (0: any free
    /// one); `announce` is told the port once the socket listens. Returns after a signal.
    public static func run(_ app: WebApp, host: String, port: UInt16, announce: @Sendable @escaping (UInt16) -> Void) async throws {
        let address: any SocketAddress
        do {
            address = host.contains(":") ? try sockaddr_in6.inet6(ip6: host, port: port)
                : try sockaddr_in.inet(ip4: host == "localhost" ? "127.0.0.1" : host, port: port)
        } catch { throw BadHost(reason: "\(error)") }
        // Long handler time-out: a large upload is read within one request.
        let server = HTTPServer(config: .init(address: address, timeout: 3600, logger: .disabled), handler: app)
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        let stopping = StopFlag()
        let signals = [SIGINT, SIGTERM].map { DispatchSource.makeSignalSource(signal: $0, queue: .main) }
        for source in signals {
            source.setEventHandler {
                guard stopping.set() else { return }
                FileHandle.standardError.write(Data("TongHop: đang dừng / stopping…\n".utf8))
                Task {
                    // Uploads and builds under way finish first (a minute at most); then
                    // the listening socket closes and open connections are dropped, after
                    // a second for the answers just made to reach their browsers.
                    let busy = !app.work.idle
                    await app.work.waitUntilIdle(limit: 60)
                    await server.stop(timeout: busy ? 1 : 0)
                }
            }
            source.resume()
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                do { try await server.run() } catch where stopping.isSet {}  // ended by the stop
            }
            group.addTask {
                try await server.waitUntilListening()
                if case .ip4(_, let port)? = await server.listeningAddress { announce(port) }
                else if case .ip6(_, let port)? = await server.listeningAddress { announce(port) }
            }
            try await group.waitForAll()
        }
        withExtendedLifetime(signals) {}
    }
}
