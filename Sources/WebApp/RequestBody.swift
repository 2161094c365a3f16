import FlyingFox
import Foundation

/// A request body written to a temporary file as it arrives, never held whole in memory.
///
/// The limit is checked against `Content-Length` before the first byte is read and against
/// the bytes actually received (a body sent chunked has no length), so an upload over the
/// limit costs the server at most the limit in disk space and is then refused.
struct RequestBody {
    struct TooLarge: Error { let limit: Int }

    let url: URL

    /// Spools the body of `request` to a new file in `folder`.
    static func spool(_ request: HTTPRequest, limit: Int, into folder: URL) async throws -> RequestBody {
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > limit { throw TooLarge(limit: limit) }
        let url = folder.appendingPathComponent("body-\(Random.token(8))")
        guard FileManager.default.createFile(atPath: url.path, contents: nil, attributes: [.posixPermissions: 0o600]),
              let handle = FileHandle(forWritingAtPath: url.path) else { throw CocoaError(.fileWriteUnknown) }
        defer { try? handle.close() }
        var received = 0
        do {
            for try await chunk in request.bodySequence {
                received += chunk.count
                if received > limit { throw TooLarge(limit: limit) }
                try handle.write(contentsOf: chunk)
            }
        } catch {
            try? FileManager.default.removeItem(at: url)
            throw error
        }
        return RequestBody(url: url)
    }
}
