import Foundation

/// Requests and builds under way, so that Ctrl-C lets them finish before the server stops.
final class WorkInProgress: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func begin() { lock.withLock { count += 1 } }
    func end() { lock.withLock { count -= 1 } }
    var idle: Bool { lock.withLock { count == 0 } }

    /// Waits until nothing is under way, or `limit` seconds have passed.
    func waitUntilIdle(limit: TimeInterval) async {
        let deadline = Date().addingTimeInterval(limit)
        while !idle && Date() < deadline { try? await Task.sleep(nanoseconds: 50_000_000) }
    }
}
