import CSVReading
import Foundation
import TestSupport

/// Vietnamese rows with everything a return can hold: diacritics (some absent from
/// Windows-1258's precomposed letters, so they travel as combining marks), commas and
/// semicolons in cells, quotes, and a line break inside a cell.
let vietnameseTable: [[String]] = [
    ["Xã, thị trấn", "Thôn, tổ dân phố", "Họ tên chủ hộ", "Năm sinh chủ hộ", "Đối tượng", "Ghi chú"],
    ["Xã Vĩnh An", "Làng Chẽ", "Nguyễn Văn Ước", "1965", "Hộ nghèo", "Đã phê duyệt; chờ kinh phí"],
    ["Thị trấn Tây Yên Tử", "TDP Đồng Rì", "Lường Thị Hoà", "1970", "Hộ cận nghèo", "Sửa chữa \"mái\", tường"],
    ["Xã Dương Hưu", "Đồng Làng", "Đặng Văn Quý", "", "Người có công", "Dòng một\nDòng hai"],
    ["Xã Tuấn Đạo", "Am Hà", "Hoàng Thị Ửng", "1958", "Hộ khó khăn khác", ""],
]

/// Writes rows as CSV: a cell is quoted when it must be (delimiter, quote, line break) or when
/// `quoteAll` says so; quotes are doubled.
func csvText(_ rows: [[String]], delimiter: Character, lineEnd: String = "\r\n", quoteAll: Bool = false) -> String {
    rows.map { row in
        row.map { cell in
            let needs = quoteAll || cell.contains(delimiter) || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")
            return needs ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
        }.joined(separator: String(delimiter))
    }.joined(separator: lineEnd) + lineEnd
}

/// Rows as the reader returns them: trailing empty cells dropped.
func withoutTrailingEmptyCells(_ rows: [[String]]) -> [[String]] {
    rows.map { Array($0.reversed().drop(while: \.isEmpty).reversed()) }
}

struct ReadRecord: Equatable {
    var fields: [String]
    var line: Int
    var byteOffset: Int
    var number: Int
}

/// Every record of a file, read through the public API.
func readRecords(_ path: String, _ options: ReadOptions = ReadOptions()) throws -> (CSVReader, [ReadRecord]) {
    let reader = try CSVReader(path: path, options: options)
    var records: [ReadRecord] = []
    while try reader.next() {
        let r = reader.record
        records.append(ReadRecord(fields: r.fields, line: r.line, byteOffset: r.byteOffset, number: r.number))
    }
    return (reader, records)
}

func readFields(_ path: String, _ options: ReadOptions = ReadOptions()) throws -> [[String]] {
    try readRecords(path, options).1.map(\.fields)
}

/// The error reading `path` throws, or nil when it reads to the end.
func readError(_ path: String, _ options: ReadOptions = ReadOptions()) -> ReadError? {
    do {
        _ = try readRecords(path, options)
        return nil
    } catch let error as ReadError {
        return error
    } catch {
        return nil
    }
}
