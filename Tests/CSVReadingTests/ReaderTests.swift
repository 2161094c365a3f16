import Foundation
import Testing
import TestSupport
@testable import CSVReading

/// Every dialect a commune's file arrives in reads back to the same NFC records.
@Suite struct ReaderTests {
    static let table: [[String]] = [
        ["Xã, thị trấn", "Thôn, tổ dân phố", "Họ tên chủ hộ", "Ghi chú"],
        ["Thị trấn An Châu", "Phố Mới", "Hoàng Văn Tám", "Ủy ban, \"khẩn\""],
        ["Xã Dương Hưu", "Đồng Làng", "Nguyễn Thị Hoà", "dòng một\ndòng hai"],
        ["Xã Tuấn Đạo", "Am Hà", "Lý Thị Ngọc Ánh", ""],
    ]

    static func csv(_ rows: [[String]], delimiter: String, eol: String = "\r\n") -> String {
        rows.map { row in
            row.map { cell in
                cell.contains(delimiter) || cell.contains("\"") || cell.contains("\n") ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
            }.joined(separator: delimiter)
        }.joined(separator: eol) + eol
    }

    static func read(_ data: Data, options: ReadOptions = ReadOptions()) throws -> (CSVReader, [[String]], [Int]) {
        let dir = try TemporaryFolder()
        let path = try dir.write("f.csv", data)
        let reader = try CSVReader(path: path, options: options)
        var rows: [[String]] = [], lines: [Int] = []
        while try reader.next() {
            let r = reader.record
            rows.append((0..<r.count).map { r.field($0) })
            lines.append(r.line)
        }
        return (reader, rows, lines)
    }

    static let expected = table.map { $0.last == "" ? Array($0.dropLast()) : $0 }

    @Test func utf8WithAndWithoutBOM() throws {
        let text = Self.csv(Self.table, delimiter: ",")
        let (r1, rows1, _) = try Self.read(Data(text.utf8))
        #expect(r1.encoding == .utf8 && !r1.encodingGuessed && r1.delimiter == UInt8(ascii: ","))
        #expect(rows1 == Self.expected)
        let (r2, rows2, _) = try Self.read(Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8))
        #expect(r2.encoding == .utf8BOM)
        #expect(rows2 == Self.expected)
    }

    @Test func windows1258FromExcelIsRecomposedToNFC() throws {
        let data = try Iconv.encode(Self.csv(Self.table, delimiter: ";"), to: "CP1258")
        let (r, rows, _) = try Self.read(data)
        #expect(r.encoding == .windows1258)
        #expect(r.encodingGuessed)
        #expect(r.delimiter == UInt8(ascii: ";"))
        #expect(rows == Self.expected)
        #expect(rows[1][0].unicodeScalars.count == "Thị trấn An Châu".precomposedStringWithCanonicalMapping.unicodeScalars.count)
    }

    @Test func tcvn3LegacyFontsAreRecognised() throws {
        let rows = [["Xã, thị trấn", "Thôn"], ["Sơn Động", "Việt Nam"], ["Dương Hưu", "Đồng Làng"]]
        let data = try Iconv.encode(Self.csv(rows, delimiter: ";"), to: "TCVN5712-1")
        let (r, read, _) = try Self.read(data)
        #expect(r.encoding == .tcvn3)
        #expect(r.encodingGuessed)
        #expect(read == rows)
    }

    @Test func unicodeTextIsUTF16WithTabs() throws {
        let text = Self.csv(Self.table, delimiter: "\t")
        var le = Data([0xFF, 0xFE]); le.append(text.data(using: .utf16LittleEndian)!)
        let (r, rows, _) = try Self.read(le)
        #expect(r.encoding == .utf16LE && r.delimiter == UInt8(ascii: "\t"))
        #expect(rows == Self.expected)
        var be = Data([0xFE, 0xFF]); be.append(text.data(using: .utf16BigEndian)!)
        let (r2, rows2, _) = try Self.read(be)
        #expect(r2.encoding == .utf16BE)
        #expect(rows2 == Self.expected)
    }

    @Test func decomposedInputComesOutComposed() throws {
        let nfd = Self.csv(Self.table, delimiter: ",").decomposedStringWithCanonicalMapping
        let (_, rows, _) = try Self.read(Data(nfd.utf8))
        #expect(rows == Self.expected)
    }

    @Test func lineNumbersCountPhysicalLinesAcrossQuotedBreaks() throws {
        let text = "a,b\n1,\"x\ny\nz\"\n2,w\r\n\r\n3,\"q\"\r4,end"
        let (_, rows, lines) = try Self.read(Data(text.utf8))
        #expect(rows == [["a", "b"], ["1", "x\ny\nz"], ["2", "w"], [], ["3", "q"], ["4", "end"]])
        #expect(lines == [1, 2, 5, 6, 7, 8])
    }

    @Test func anUnterminatedQuoteIsMalformedWhereItOpened() throws {
        let text = "a,b\n1,\"multi\nline\"\n2,\"never closed\n3,x\n"
        let dir = try TemporaryFolder()
        let reader = try CSVReader(path: try dir.write("f.csv", text))
        #expect(try reader.next())
        #expect(try reader.next())
        #expect(reader.record.line == 2)
        #expect(throws: ReadError(.csvMalformed, line: 4, detail: "unterminated quote")) { _ = try reader.next() }
    }

    @Test func trailingEmptyCellsAndNoBreakSpacesAreCleaned() throws {
        let text = "a;b;;;;\n\u{00A0} x \u{00A0};y;;;\n;;;;\n"
        let (_, rows, _) = try Self.read(Data(text.utf8))
        #expect(rows == [["a", "b"], ["x", "y"], []])
    }

    @Test func delimiterIsSniffedFromTheHeaderNotTheTitleLines() throws {
        let text = "UBND XÃ VĨNH AN, HUYỆN SƠN ĐỘNG\nBiểu NO01, tháng 5\nXã;Thôn;Họ tên;Năm sinh\nVĩnh An;Làng Chẽ;A;1970\n"
        let (r, rows, _) = try Self.read(Data(text.utf8))
        #expect(r.delimiter == UInt8(ascii: ";"))
        #expect(rows[2] == ["Xã", "Thôn", "Họ tên", "Năm sinh"])
        let (forced, _, _) = try Self.read(Data(text.utf8), options: ReadOptions(delimiter: UInt8(ascii: ",")))
        #expect(forced.delimiter == UInt8(ascii: ","))
    }

    @Test func undecodableBytesAreEncodingInvalidWithTheirOffset() throws {
        var data = Data("a,b\n1,2\n".utf8)
        data.append(0)
        data.append(contentsOf: Array("3,4\n".utf8))
        #expect(throws: ReadError(.encodingInvalid, byteOffset: 8, detail: "NUL byte")) { _ = try Self.read(data) }
        let badUTF8 = Data("a,b\n".utf8) + Data([0xC3, 0x28])
        #expect(throws: ReadError(.encodingInvalid, byteOffset: 4, detail: "invalid UTF-8")) {
            _ = try Self.read(badUTF8, options: ReadOptions(encoding: .utf8))
        }
        let oddUTF16 = Data([0xFF, 0xFE, 0x41, 0x00, 0x42])
        #expect(throws: ReadError.self) { _ = try Self.read(oddUTF16) }
        let loneSurrogate = Data([0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00])
        #expect(throws: ReadError(.encodingInvalid, byteOffset: 2, detail: "unpaired UTF-16 surrogate")) { _ = try Self.read(loneSurrogate) }
    }

    @Test func limitsAreClearErrors() throws {
        let long = "a\n" + String(repeating: "x", count: 2000) + "\n"
        #expect(throws: ReadError(.csvMalformed, line: 2, detail: "cell longer than 1000 bytes")) {
            _ = try Self.read(Data(long.utf8), options: ReadOptions(maxCellBytes: 1000))
        }
        #expect(throws: ReadError.self) { _ = try Self.read(Data(long.utf8), options: ReadOptions(maxFileBytes: 100)) }
        let dir = try TemporaryFolder()
        #expect(throws: ReadError.self) { _ = try CSVReader(path: dir.url.path) }
        #expect(throws: ReadError.self) { _ = try CSVReader(path: dir.url.appendingPathComponent("missing.csv").path) }
    }

    @Test func emptyAndBomOnlyFilesHaveNoRecords() throws {
        #expect(try Self.read(Data()).1.isEmpty)
        #expect(try Self.read(Data([0xEF, 0xBB, 0xBF])).1.isEmpty)
    }

    @Test func encodingNamesUsersTypeAreUnderstood() {
        #expect(TextEncoding(name: "UTF-8") == .utf8)
        #expect(TextEncoding(name: "cp1258") == .windows1258)
        #expect(TextEncoding(name: "Windows-1258") == .windows1258)
        #expect(TextEncoding(name: "TCVN3") == .tcvn3)
        #expect(TextEncoding(name: "utf-16") == .utf16LE)
        #expect(TextEncoding(name: "latin9") == nil)
    }

    /// Random tables written in random dialects read back equal (a seeded generator, so a
    /// failure reproduces).
    @Test func randomTablesRoundTripInEveryDialect() throws {
        var rng = SplitMix(seed: 20240511)
        let alphabet = Array("aăâbcdđeêghiklmnoôơpqrstuưvxyÁÀẢÃẠấầẩẫậ ,;\t\"\n'.-0123456789")
        for round in 0..<60 {
            let delimiter = [",", ";", "\t"][Int(rng.next() % 3)]
            let columns = 1 + Int(rng.next() % 6)
            var rows: [[String]] = []
            for _ in 0..<(1 + Int(rng.next() % 8)) {
                rows.append((0..<columns).map { _ in
                    let n = Int(rng.next() % 12)
                    let s = String((0..<n).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] })
                    return s.trimmingCharacters(in: .whitespaces).precomposedStringWithCanonicalMapping
                })
            }
            rows[0][0] = "x" + rows[0][0]
            let eol = ["\r\n", "\n", "\r"][Int(rng.next() % 3)]
            let text = Self.csv(rows, delimiter: delimiter, eol: eol)
            let data: Data
            switch round % 3 {
            case 0: data = Data(text.utf8)
            case 1: data = Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)
            default: data = Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!
            }
            let (_, read, _) = try Self.read(data, options: ReadOptions(delimiter: UInt8(ascii: Unicode.Scalar(delimiter)!)))
            let want = rows.map { row -> [String] in
                var r = row.map { $0.trimmingCharacters(in: .whitespaces) }
                while let last = r.last, last.isEmpty { r.removeLast() }
                return r
            }
            #expect(read == want, "round \(round)")
        }
    }
}

/// A tiny deterministic random generator for property tests.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
