import CSVReading
import Foundation
import Testing
import TestSupport

@Suite struct DialectTests {
    @Test func quotedCellsKeepDelimitersQuotesAndLineBreaks() throws {
        let dir = try TemporaryFolder()
        let text = "a,\"b,c\",\"say \"\"hi\"\"\"\n\"multi\r\nline\",x\n"
        let records = try readRecords(try dir.write(text, to: "a.csv")).1
        #expect(records.map(\.fields) == [["a", "b,c", "say \"hi\""], ["multi\r\nline", "x"]])
        #expect(records.map(\.line) == [1, 2])
        #expect(records.map(\.byteOffset) == [0, Array(text.utf8).firstIndex(of: 0x0A)! + 1])
        #expect(records.map(\.number) == [1, 2])
    }

    @Test func crOnlyCrlfAndLfFilesCountTheSameLines() throws {
        let dir = try TemporaryFolder()
        for end in ["\r", "\r\n", "\n"] {
            let text = ["h1;h2", "a;\"x\(end)y\(end)z\"", "", "b;c"].joined(separator: end) + end
            let records = try readRecords(try dir.write(text, to: "a.csv")).1
            #expect(records.map(\.line) == [1, 2, 5, 6], "line end \(end.debugDescription)")
            #expect(records.map(\.fields) == [["h1", "h2"], ["a", "x\(end)y\(end)z"], [], ["b", "c"]])
            #expect(records[2].fields.isEmpty)
        }
    }

    @Test func errorAfterAMultiLineCellNamesTheLineWhereTheQuoteOpened() throws {
        let dir = try TemporaryFolder()
        let text = "xa;ghi_chu\nVĩnh An;\"một\nhai\nba\"\nAn Lạc;\"không đóng\nnữa\n"
        let path = try dir.write(text, to: "a.csv")
        let reader = try CSVReader(path: path)
        var lines: [Int] = []
        var caught: ReadError?
        do {
            while try reader.next() { lines.append(reader.record.line) }
        } catch {
            caught = error
        }
        #expect(lines == [1, 2])
        #expect(caught?.code == .csvMalformed)
        #expect(caught?.line == 5)
        #expect(caught?.detail == "unterminated quote")
        #expect(try reader.next() == false)
    }

    @Test func aQuoteInsideAnUnquotedCellIsLiteral() throws {
        let dir = try TemporaryFolder()
        let fields = try readFields(try dir.write("Nhà 5\" x;\"ab\"cd;e\n", to: "a.csv"))
        #expect(fields == [["Nhà 5\" x", "abcd", "e"]])
    }

    @Test func trailingEmptyCellsAndBlankRowsAreCountedAsExcelWritesThem() throws {
        let dir = try TemporaryFolder()
        let records = try readRecords(try dir.write("a;b;;;\n;;;;\n ; \u{00A0};\n;x;;\n", to: "a.csv")).1
        #expect(records.map(\.fields) == [["a", "b"], [], [], ["", "x"]])
        #expect(records.map { $0.fields.isEmpty } == [false, true, true, false])
    }

    @Test func cellsAreTrimmedWithNoBreakSpacesTurnedIntoSpaces() throws {
        let dir = try TemporaryFolder()
        let fields = try readFields(try dir.write("  Xã\u{00A0}Vĩnh An\u{00A0} ,\t12\u{202F}000 ,\" q \"\n", to: "a.csv"))
        #expect(fields == [["Xã Vĩnh An", "12 000", "q"]])
    }

    @Test func unicodeSpacesAndCompatibilityLettersAreCleanedLikeAnyOther() throws {
        let dir = try TemporaryFolder()
        // U+2126 OHM SIGN is not NFC (it becomes Ω U+03A9); U+3000 is a space to trim.
        let text = "\u{3000}Hoà\u{3000};\u{2126};Sơn Động – 5€;\u{3000}\u{00A0}\n"
        let records = try readRecords(try dir.write(text, to: "a.csv")).1
        #expect(records.map(\.fields) == [["Hoà", "\u{03A9}", "Sơn Động – 5€"]])
    }

    @Test func theDelimiterIsSniffedFromTheHeaderUnderTitleLines() throws {
        let dir = try TemporaryFolder()
        let semicolon = """
        DANH SÁCH HỘ Ở NHÀ TẠM, NHÀ DỘT NÁT (NO01)
        Xã Vĩnh An, tháng 5, năm 2024
        Xã, thị trấn;Thôn, tổ dân phố;Họ tên chủ hộ;Ghi chú
        Vĩnh An;Làng Chẽ;Nguyễn Văn A;nhà dột, tường nứt, mái hỏng, cột mục, nền lún, cửa hỏng
        Vĩnh An;Làng Chẽ;Nguyễn Văn B;

        """
        #expect(try CSVReader(path: try dir.write(semicolon, to: "s.csv")).delimiter == UInt8(ascii: ";"))
        let comma = "Mẫu NO01\n\"Xã, thị trấn\",\"Thôn; tổ\",Họ tên\nVĩnh An,Làng Chẽ,A\n"
        #expect(try CSVReader(path: try dir.write(comma, to: "c.csv")).delimiter == UInt8(ascii: ","))
        let tab = "a\tb\tc\n1\t2,5\t3\n"
        #expect(try CSVReader(path: try dir.write(tab, to: "t.csv")).delimiter == 0x09)
        #expect(try CSVReader(path: try dir.write("only one column\n", to: "o.csv")).delimiter == UInt8(ascii: ","))
    }

    @Test func aForcedDelimiterIsUsed() throws {
        let dir = try TemporaryFolder()
        let path = try dir.write("a;b,c;d\n", to: "a.csv")
        let (reader, records) = try readRecords(path, ReadOptions(delimiter: UInt8(ascii: ",")))
        #expect(reader.delimiter == UInt8(ascii: ","))
        #expect(records.map(\.fields) == [["a;b", "c;d"]])
    }

    @Test func aCellLongerThanTheLimitIsMalformedOnItsLine() throws {
        let dir = try TemporaryFolder()
        let path = try dir.write("a,b\nc,\"" + String(repeating: "x\n", count: 40) + "\"\n", to: "a.csv")
        let error = readError(path, ReadOptions(maxCellBytes: 64))
        #expect(error?.code == .csvMalformed)
        #expect(error?.line == 2)
        #expect(error?.detail == "cell longer than 64 bytes")
        #expect(readError(path, ReadOptions(maxCellBytes: 80)) == nil)
    }

    @Test func aFileLargerThanTheLimitIsAnIOError() throws {
        let dir = try TemporaryFolder()
        let error = readError(try dir.write("a,b\n1,2\n", to: "a.csv"), ReadOptions(maxFileBytes: 4))
        #expect(error?.code == .ioError)
    }

    @Test func missingFilesAndFoldersAreIOErrors() throws {
        let dir = try TemporaryFolder()
        #expect(readError(dir.path("nothing.csv"))?.code == .ioError)
        #expect(readError(dir.url.path)?.code == .ioError)
    }

    @Test func emptyFilesHaveNoRecordsAndTheLastLineNeedsNoLineEnd() throws {
        let dir = try TemporaryFolder()
        #expect(try readFields(try dir.write("", to: "e.csv")).isEmpty)
        #expect(try readFields(try dir.write([0xEF, 0xBB, 0xBF], to: "bom.csv")).isEmpty)
        #expect(try readFields(try dir.write("a,b", to: "n.csv")) == [["a", "b"]])
        #expect(try readFields(try dir.write("a,\"b\"", to: "q.csv")) == [["a", "b"]])
        #expect(try readFields(try dir.write("a\n\n", to: "b.csv")) == [["a"], []])
    }

    @Test func positionsStayRightAcrossChunkBoundaries() throws {
        // Records with quoted multi-line cells and CR LF pairs straddling the 64 KiB chunks.
        var rows: [[String]] = []
        for i in 0..<3000 {
            rows.append(["\(i)", "Thôn \(i)", i % 7 == 0 ? "dòng\r\nthứ hai" : "Nguyễn Văn \(i)", String(repeating: "ạ", count: i % 13)])
        }
        let text = csvText(rows, delimiter: ";", lineEnd: "\r\n")
        let dir = try TemporaryFolder()
        for (name, bytes) in [("utf8", Array(text.utf8)), ("utf16", [0xFF, 0xFE] + (try Iconv.encode(text, to: "UTF-16LE")))] {
            let records = try readRecords(try dir.write(bytes, to: "\(name).csv")).1
            #expect(records.map(\.fields) == withoutTrailingEmptyCells(rows))
            var expectedLine = 1
            for (i, record) in records.enumerated() {
                #expect(record.line == expectedLine)
                expectedLine += i % 7 == 0 ? 2 : 1
            }
            var expected: [Int] = []
            var offset = name == "utf8" ? 0 : 2
            for row in rows {
                expected.append(offset)
                let serialized = csvText([row], delimiter: ";")
                offset += name == "utf8" ? serialized.utf8.count : 2 * serialized.utf16.count
            }
            #expect(records.map(\.byteOffset) == expected)
        }
    }
}
