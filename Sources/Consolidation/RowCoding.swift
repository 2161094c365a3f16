import Foundation
import Common
import TaskModel
import Validation

/// The spool's row format: file index, line, findings, then each value with a one-byte tag.
enum RowCoding {
    /// Appends the row to `out`: bytes in an array rather than `Data`, whose appends cost an
    /// exclusivity check each and run for every value of every accepted row.
    static func encode(_ row: AcceptedRow, file: Int, into out: inout [UInt8]) {
        func int(_ n: Int64) {
            var le = n.littleEndian
            for _ in 0..<8 {
                out.append(UInt8(truncatingIfNeeded: le))
                le >>= 8
            }
        }
        func text(_ s: String) {
            var s = s
            s.withUTF8 { bytes in
                int(Int64(bytes.count))
                out.append(contentsOf: bytes)
            }
        }
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
