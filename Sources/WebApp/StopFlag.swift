import FlyingFox
import FlyingSocks
import Foundation

/// Set once, by the first Ctrl-C or SIGTERM.
final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    /// Sets the flag; false when it was already set.
    func set() -> Bool { lock.withLock { defer { value = true }; return !value } }
    var isSet: Bool { lock.withLock { value } }
}
