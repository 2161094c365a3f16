import Foundation
import Common
import TaskModel
import Validation

/// Accepted rows kept on disk while a month is read, then read back unit by unit.
///
/// The form sheets list rows unit first, in GSO order, whatever order the files came in; keeping
/// a million rows in memory to sort them would make memory grow with the month. Instead each
/// (form, unit) pair gets a bucket file of compactly encoded rows, written through a small
/// buffer and read back in order: memory stays flat, the disk does the sorting.
final class RowSpool {
    private let folder: URL
    private var buckets: [String: Bucket] = [:]
    /// Rows per form, per file.
    private var countsByFile: [String: [Int: Int]] = [:]
    /// Files whose rows are not read back (superseded, another period's).
    var excluded: Set<Int> = []

    /// Rows per form of the files not excluded.
    var counts: [String: Int] { countsByFile.mapValues { $0.filter { !excluded.contains($0.key) }.values.reduce(0, +) } }

    init() throws {
        let temp = FileManager.default.temporaryDirectory
        RowSpool.clearAbandoned(in: temp)
        folder = temp.appendingPathComponent("\(RowSpool.prefix)\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    static let prefix = "tonghop-rows-"

    /// Removes the spools of builds that were killed (their process is gone), so that an
    /// interrupted month does not leave its rows in the temp folder for good.
    static func clearAbandoned(in temp: URL) {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: temp.path)) ?? [] where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count).prefix(while: \.isNumber)), pid > 0 else { continue }
            if kill(pid, 0) == -1 && errno == ESRCH {
                try? FileManager.default.removeItem(at: temp.appendingPathComponent(name))
            }
        }
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    private final class Bucket {
        let handle: FileHandle
        var buffer: [UInt8] = []
        init(_ url: URL) throws {
            guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
            }
            handle = try FileHandle(forWritingTo: url)
        }
        func flush() throws {
            try handle.write(contentsOf: buffer)
            buffer.removeAll(keepingCapacity: true)
        }
    }

    private func url(form: String, unit: String) -> URL { folder.appendingPathComponent("\(form)-\(unit).rows") }

    func add(_ row: AcceptedRow, file: Int) throws {
        let key = "\(row.form)-\(row.unit)"
        let bucket: Bucket
        if let b = buckets[key] { bucket = b } else {
            bucket = try Bucket(url(form: row.form, unit: row.unit))
            buckets[key] = bucket
        }
        RowCoding.encode(row, file: file, into: &bucket.buffer)
        countsByFile[row.form, default: [:]][file, default: 0] += 1
        if bucket.buffer.count >= 16_384 { try bucket.flush() }
    }

    /// Writes out what is still buffered; rows can be read back afterwards.
    func close() throws {
        for b in buckets.values {
            try b.flush()
            try b.handle.close()
        }
        buckets = [:]
    }

    /// Hands over every row of a unit for a form, in the order the files gave them, one at a
    /// time, reading the bucket in 256 KiB pieces.
    func forEach(form: String, unit: String, _ body: (AcceptedRow, Int) throws -> Void) throws {
        guard let handle = try? FileHandle(forReadingFrom: url(form: form, unit: unit)) else { return }
        defer { try? handle.close() }
        var data = Data()
        var cursor = data.startIndex
        var exhausted = false
        while true {
            var at = cursor
            if let (row, file) = RowCoding.decode(data, at: &at, form: form, unit: unit) {
                cursor = at
                if !excluded.contains(file) { try body(row, file) }
                continue
            }
            // The next row straddles the end of what was read: keep its start, read on.
            guard !exhausted else { return }
            let more = try handle.read(upToCount: 1 << 18) ?? Data()
            if more.isEmpty { exhausted = true }
            var next = Data(data[cursor...])
            next.append(more)
            data = next
            cursor = data.startIndex
        }
    }
}
