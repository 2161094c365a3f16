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
    private(set) var counts: [String: Int] = [:]

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
        var buffer = Data()
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
        counts[row.form, default: 0] += 1
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
                try body(row, file)
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

/// The spool's row format: file index, line, findings, then each value with a one-byte tag.
enum RowCoding {
    static func encode(_ row: AcceptedRow, file: Int, into out: inout Data) {
        func int(_ n: Int64) { withUnsafeBytes(of: n.littleEndian) { out.append(contentsOf: $0) } }
        func text(_ s: String) { int(Int64(s.utf8.count)); out.append(contentsOf: s.utf8) }
        int(Int64(file))
        int(Int64(row.line))
        int(Int64(row.values.count))
        int(Int64(row.findings.count))
        row.findings.forEach { text($0.rawValue) }
        for v in row.values {
            switch v {
            case nil: out.append(0)
            case .text(let s)?: out.append(1); text(s)
            case .integer(let i)?: out.append(2); int(i)
            case .number(let d)?: out.append(3); int(Int64(bitPattern: d.bitPattern))
            case .date(let d)?: out.append(4); int(Int64(d.ordinal))
            case .bool(let b)?: out.append(5); out.append(b ? 1 : 0)
            case .choice(let s)?: out.append(6); text(s)
            case .unit(let s)?: out.append(7); text(s)
            }
        }
    }

    static func decode(_ data: Data, at cursor: inout Data.Index, form: String, unit: String) -> (AcceptedRow, Int)? {
        func int() -> Int64? {
            guard data.endIndex - cursor >= 8 else { return nil }
            var n: Int64 = 0
            withUnsafeMutableBytes(of: &n) { $0.copyBytes(from: data[cursor..<cursor + 8]) }
            cursor += 8
            return Int64(littleEndian: n)
        }
        func text() -> String? {
            guard let n = int(), n >= 0, data.endIndex - cursor >= Int(n) else { return nil }
            let s = String(decoding: data[cursor..<cursor + Int(n)], as: UTF8.self)
            cursor += Int(n)
            return s
        }
        guard let file = int(), let line = int(), let count = int(), let findingCount = int() else { return nil }
        var findings: [IssueCode] = []
        for _ in 0..<findingCount { guard let f = text().flatMap(IssueCode.init(rawValue:)) else { return nil }; findings.append(f) }
        var values: [Value?] = []
        values.reserveCapacity(Int(count))
        for _ in 0..<count {
            guard cursor < data.endIndex else { return nil }
            let tag = data[cursor]
            cursor += 1
            switch tag {
            case 0: values.append(nil)
            case 1: guard let s = text() else { return nil }; values.append(.text(s))
            case 2: guard let i = int() else { return nil }; values.append(.integer(i))
            case 3: guard let i = int() else { return nil }; values.append(.number(Double(bitPattern: UInt64(bitPattern: i))))
            case 4: guard let i = int() else { return nil }; values.append(.date(Day(ordinal: Int(i))))
            case 5: guard cursor < data.endIndex else { return nil }; values.append(.bool(data[cursor] == 1)); cursor += 1
            case 6: guard let s = text() else { return nil }; values.append(.choice(s))
            case 7: guard let s = text() else { return nil }; values.append(.unit(s))
            default: return nil
            }
        }
        return (AcceptedRow(form: form, unit: unit, values: values, line: Int(line), findings: findings), Int(file))
    }
}
