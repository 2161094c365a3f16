import Foundation
import ZIPFoundation

/// The files of one upload, saved under safe names in a folder of their own.
///
/// Each upload gets a new folder under `DATA/.tai-len/`, named by the time it came (UTC, to
/// the millisecond) and a random part: the archive records that path as where the file came
/// from and builds read files in the order of those paths, so uploads are read in the order
/// they arrived and the files of one upload in name order, as a folder is. Names come from `SafeFileName`
/// (two files of the same name get « (2)»), so nothing a browser sends decides where a file
/// goes. A `.zip` is opened and its returns saved the same way (its own folder names are
/// dropped); a file over the per-file limit, inside a zip or not, is refused by name and
/// the rest are kept. The folder is removed when the upload has been handled.
struct UploadIntake {
    /// A file that was not saved, and why (shown to the clerk beside the others).
    struct Refusal: Sendable {
        let name: String
        let reason: Reason
        enum Reason: Sendable { case tooLarge(limit: Int), notAReturn, badZip }
    }

    static let acceptedExtensions: Set<String> = ["csv", "tsv", "txt", "xlsx"]
    /// More entries than this in one zip is not a month of returns.
    static let maxZipEntries = 2000

    let folder: URL
    private(set) var saved: [URL] = []
    private(set) var refused: [Refusal] = []
    private var names: Set<String> = []
    private var total = 0
    private let maxFileBytes: Int
    private let maxTotalBytes: Int

    init(parent: URL, maxFileBytes: Int, maxTotalBytes: Int) throws {
        folder = parent.appendingPathComponent(Self.stamp() + "-" + Random.token(6))
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        self.maxFileBytes = maxFileBytes
        self.maxTotalBytes = maxTotalBytes
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    /// `20240605T081502123Z`: sorts as text in the order of time.
    static func stamp(_ date: Date = Date()) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyyMMdd'T'HHmmssSSS'Z'"
        return f.string(from: date)
    }

    /// Saves one sent file (or the returns inside a zip).
    mutating func add(sentName: String, bytes: Data) throws {
        let name = SafeFileName.make(sentName)
        if SafeFileName.fileExtension(name) == "zip" { return try addZip(name: name, bytes: bytes) }
        guard Self.acceptedExtensions.contains(SafeFileName.fileExtension(name)) else {
            return refused.append(Refusal(name: name, reason: .notAReturn))
        }
        guard bytes.count <= maxFileBytes else { return refused.append(Refusal(name: name, reason: .tooLarge(limit: maxFileBytes))) }
        try save(name, bytes)
    }

    private mutating func addZip(name: String, bytes: Data) throws {
        guard let archive = try? ZIPFoundation.Archive(data: bytes, accessMode: .read, pathEncoding: nil) else {
            return refused.append(Refusal(name: name, reason: .badZip))
        }
        var count = 0
        for entry in archive where entry.type == .file {
            count += 1
            guard count <= Self.maxZipEntries else { return refused.append(Refusal(name: name, reason: .badZip)) }
            let inner = SafeFileName.make(entry.path)
            guard Self.acceptedExtensions.contains(SafeFileName.fileExtension(inner)) else {
                refused.append(Refusal(name: "\(name) › \(inner)", reason: .notAReturn))
                continue
            }
            // The declared size is checked first, and the bytes as they come out, so a
            // zip that lies about its sizes cannot fill the disk.
            guard entry.uncompressedSize <= UInt64(maxFileBytes) else {
                refused.append(Refusal(name: "\(name) › \(inner)", reason: .tooLarge(limit: maxFileBytes)))
                continue
            }
            var data = Data()
            let limit = maxFileBytes
            do {
                _ = try archive.extract(entry, skipCRC32: false) { chunk in
                    data.append(chunk)
                    if data.count > limit { throw CocoaError(.fileReadTooLarge) }
                }
            } catch CocoaError.fileReadTooLarge {
                refused.append(Refusal(name: "\(name) › \(inner)", reason: .tooLarge(limit: maxFileBytes)))
                continue
            } catch {
                refused.append(Refusal(name: "\(name) › \(inner)", reason: .badZip))
                continue
            }
            try save(inner, data)
        }
    }

    private mutating func save(_ name: String, _ bytes: Data) throws {
        total += bytes.count
        guard total <= maxTotalBytes else { throw RequestBody.TooLarge(limit: maxTotalBytes) }
        var unique = name, n = 2
        while names.contains(unique.lowercased()) {
            let ext = SafeFileName.fileExtension(name)
            unique = ext.isEmpty ? "\(name) (\(n))" : "\(name.dropLast(ext.count + 1)) (\(n)).\(ext)"
            n += 1
        }
        names.insert(unique.lowercased())
        let url = folder.appendingPathComponent(unique)
        try bytes.write(to: url, options: .withoutOverwriting)
        saved.append(url)
    }
}
