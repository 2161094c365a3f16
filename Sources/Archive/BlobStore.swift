import Foundation
import Common

/// The bytes of every file received, kept by content (`blobs/ab/<sha256>.<ext>`) so a month
/// can be rebuilt after the inbox is cleaned, and the same bytes are kept once.
///
/// A file is first copied to a temporary name in `blobs/`, hashed as copied, then renamed into
/// place: a killed import leaves at most a temporary file (removed at the next open) or an
/// unreferenced blob, never a half-written one under a real name.
struct BlobStore {
    let folder: URL

    static let temporaryPrefix = ".incoming-"

    init(folder: URL) throws {
        self.folder = folder
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where name.hasPrefix(BlobStore.temporaryPrefix) {
            guard let pid = Int32(name.dropFirst(BlobStore.temporaryPrefix.count).prefix(while: \.isNumber)),
                  kill(pid, 0) == -1 && errno == ESRCH else { continue }
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }

    /// A copy of a file, hashed, not yet in place.
    struct Staged {
        let temp: URL
        let sha256: String
        let size: Int
        let ext: String
    }

    /// Copies `path` to a temporary file in the store, hashing it on the way.
    func stage(_ path: String) throws -> Staged {
        let temp = folder.appendingPathComponent("\(BlobStore.temporaryPrefix)\(getpid())-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: temp.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: temp.path])
        }
        do {
            let input = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            defer { try? input.close() }
            let output = try FileHandle(forWritingTo: temp)
            defer { try? output.close() }
            var hash = SHA256()
            var size = 0
            while let chunk = try input.read(upToCount: 1 << 20), !chunk.isEmpty {
                hash.update(chunk)
                try output.write(contentsOf: chunk)
                size += chunk.count
            }
            try output.synchronize()
            let ext = (path as NSString).pathExtension.lowercased()
            return Staged(temp: temp, sha256: hash.hexDigest(), size: size, ext: ext.isEmpty ? "csv" : ext)
        } catch {
            try? FileManager.default.removeItem(at: temp)
            throw error
        }
    }

    /// Where the bytes of `sha256` live.
    func url(sha256: String, ext: String) -> URL {
        folder.appendingPathComponent(String(sha256.prefix(2))).appendingPathComponent("\(sha256).\(ext)")
    }

    /// Puts a staged copy in place (or drops it when the same bytes are already kept) and
    /// returns where the bytes are.
    func commit(_ staged: Staged, ext: String) throws -> URL {
        let final = url(sha256: staged.sha256, ext: ext)
        try FileManager.default.createDirectory(at: final.deletingLastPathComponent(), withIntermediateDirectories: true)
        if FileManager.default.fileExists(atPath: final.path) {
            try? FileManager.default.removeItem(at: staged.temp)
        } else if rename(staged.temp.path, final.path) != 0 {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: final.path,
                                                           NSLocalizedDescriptionKey: String(cString: strerror(errno))])
        }
        return final
    }

    func discard(_ staged: Staged) { try? FileManager.default.removeItem(at: staged.temp) }
}
