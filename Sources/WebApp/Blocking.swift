import Foundation

/// Runs slow synchronous work (an import, a build, a database read) on a thread of its own.
///
/// The server's handlers run on Swift's cooperative pool, which has a thread per core: two
/// clerks importing on this two-core machine would otherwise leave no thread to answer a
/// third request, not even the build's progress.
enum Blocking {
    static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try work() })
            }
        }
    }
}
