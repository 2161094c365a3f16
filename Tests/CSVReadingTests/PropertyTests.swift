import CSVReading
import Foundation
import Testing
import TestSupport

@Suite struct PropertyTests {
    static let pieces = ["a", "Z", "7", " ", "ơ", "Đ", "ữ", "ệ", "Hoà", "\"", ",", ";", "\t", "\n", "\r\n", "x y", "€", "°"]

    func randomTable(_ g: inout SeededGenerator) -> [[String]] {
        let columns = Int.random(in: 1...8, using: &g)
        return (0..<Int.random(in: 1...30, using: &g)).map { _ in
            (0..<columns).map { _ in
                if Int.random(in: 0..<4, using: &g) == 0 { return "" }
                let cell = (0..<Int.random(in: 1...6, using: &g)).map { _ in PropertyTests.pieces.randomElement(using: &g)! }.joined()
                return cell.trimmingCharacters(in: .whitespacesAndNewlines)
            }
        }
    }

    @Test func randomTablesInRandomDialectsReadBackEqual() throws {
        var g = SeededGenerator(seed: 20240531)
        let dir = try TemporaryFolder()
        let delimiters: [Character] = [",", ";", "\t"]
        for round in 0..<300 {
            let table = randomTable(&g)
            let delimiter = delimiters.randomElement(using: &g)!
            let lineEnd = ["\n", "\r\n", "\r"].randomElement(using: &g)!
            let text = csvText(table, delimiter: delimiter, lineEnd: lineEnd, quoteAll: Bool.random(using: &g))
            let encoding = round % 10 == 9 ? TextEncoding.windows1258 : [.utf8, .utf8BOM, .utf16LE, .utf16BE].randomElement(using: &g)!
            let bytes: [UInt8]
            switch encoding {
            case .utf8: bytes = Array(text.utf8)
            case .utf8BOM: bytes = [0xEF, 0xBB, 0xBF] + Array(text.utf8)
            case .utf16LE: bytes = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
            case .utf16BE: bytes = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
            default: bytes = try Iconv.encode(text, to: "CP1258")
            }
            let options = ReadOptions(encoding: encoding == .windows1258 ? encoding : nil, delimiter: delimiter.asciiValue)
            let (reader, records) = try readRecords(try dir.write(bytes, to: "r\(round).csv"), options)
            let expected = withoutTrailingEmptyCells(table)
            #expect(reader.encoding == encoding, "round \(round)")
            #expect(records.map(\.fields) == expected, "round \(round): \(text.debugDescription)")
            // Each record starts one line after the previous record's line breaks.
            var line = 1
            for (record, row) in zip(records, table) {
                #expect(record.line == line, "round \(round)")
                line += 1 + row.reduce(0) { $0 + $1.filter { $0 == "\n" || $0 == "\r\n" }.count }
            }
        }
    }
}
