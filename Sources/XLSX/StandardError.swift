import Foundation

/// The process's standard error, muted while a C library that prints there works.
enum StandardError {
    private static let lock = NSLock()
    /// Guarded by `lock`: how many callers are inside, and the real stderr kept meanwhile.
    nonisolated(unsafe) private static var depth = 0
    nonisolated(unsafe) private static var saved: Int32 = -1

    /// Runs `body` with file descriptor 2 pointing at /dev/null, then puts it back; callers
    /// on several threads share one redirection, undone when the last one leaves.
    static func silenced<T>(_ body: () -> T) -> T {
        lock.withLock {
            if depth == 0 {
                saved = dup(STDERR_FILENO)
                let null = open("/dev/null", O_WRONLY)
                if saved >= 0 && null >= 0 { dup2(null, STDERR_FILENO) }
                if null >= 0 { close(null) }
            }
            depth += 1
        }
        defer {
            lock.withLock {
                depth -= 1
                if depth == 0 && saved >= 0 {
                    dup2(saved, STDERR_FILENO)
                    close(saved)
                    saved = -1
                }
            }
        }
        return body()
    }
}
