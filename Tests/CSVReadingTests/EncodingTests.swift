import CSVReading
import Foundation
import Testing
import TestSupport

@Suite struct EncodingTests {
    struct Case: CustomStringConvertible, Sendable {
        var iconvName: String
        var bom: [UInt8]
        var delimiter: Character
        var expected: TextEncoding
        var guessed: Bool
        var description: String { "\(expected.rawValue) \(delimiter == "\t" ? "TAB" : String(delimiter))" }
    }

    static let cases: [Case] = [
        Case(iconvName: "UTF-8", bom: [], delimiter: ",", expected: .utf8, guessed: false),
        Case(iconvName: "UTF-8", bom: [0xEF, 0xBB, 0xBF], delimiter: ";", expected: .utf8BOM, guessed: false),
        Case(iconvName: "UTF-16LE", bom: [0xFF, 0xFE], delimiter: "\t", expected: .utf16LE, guessed: false),
        Case(iconvName: "UTF-16BE", bom: [0xFE, 0xFF], delimiter: ",", expected: .utf16BE, guessed: false),
        Case(iconvName: "CP1258", bom: [], delimiter: ";", expected: .windows1258, guessed: true),
        Case(iconvName: "TCVN5712-1", bom: [], delimiter: ";", expected: .tcvn3, guessed: true),
        Case(iconvName: "TCVN5712-1", bom: [], delimiter: ",", expected: .tcvn3, guessed: true),
    ]

    @Test(arguments: cases)
    func eachEncodingReadsBackTheSameNFCRecords(_ c: Case) throws {
        let dir = try TemporaryFolder()
        let bytes = c.bom + (try Iconv.encode(csvText(vietnameseTable, delimiter: c.delimiter), to: c.iconvName))
        let path = try dir.write(bytes, to: "return.csv")
        let (reader, records) = try readRecords(path)
        #expect(reader.encoding == c.expected)
        #expect(reader.encodingGuessed == c.guessed)
        #expect(reader.delimiter == c.delimiter.asciiValue)
        #expect(records.map(\.fields) == withoutTrailingEmptyCells(vietnameseTable))
        // The cell with a line break makes the next record start two lines further.
        #expect(records.map(\.line) == [1, 2, 3, 4, 6])
        #expect(records.allSatisfy { $0.fields.allSatisfy { $0 == $0.precomposedStringWithCanonicalMapping } })
    }

    @Test func windows1258TonesArriveAsCombiningMarksAndLeaveComposed() throws {
        let bytes = try Iconv.encode("Nguyễn Văn Ước;Sơn Động\r\n", to: "CP1258")
        #expect(bytes.contains(0xDE) || bytes.contains(0xD2) || bytes.contains(0xEC), "the fixture must use combining tone marks")
        let dir = try TemporaryFolder()
        let fields = try readFields(try dir.write(bytes, to: "a.csv"))
        #expect(fields == [["Nguyễn Văn Ước", "Sơn Động"]])
    }

    @Test func tcvn3FromALegacyFontIsRecognised() throws {
        // "Sơn Động;Việt Nam" as typed with a .VnTime font.
        let dir = try TemporaryFolder()
        let path = try dir.write([0x53, 0xAC, 0x6E, 0x20, 0xA7, 0xE9, 0x6E, 0x67, 0x3B, 0x56, 0x69, 0xD6, 0x74, 0x20, 0x4E, 0x61, 0x6D, 0x0A], to: "a.csv")
        let (reader, records) = try readRecords(path)
        #expect(reader.encoding == .tcvn3)
        #expect(reader.encodingGuessed)
        #expect(records.map(\.fields) == [["Sơn Động", "Việt Nam"]])
    }

    @Test func nfdInputComesOutNFC() throws {
        let dir = try TemporaryFolder()
        let nfd = csvText(vietnameseTable, delimiter: ",").decomposedStringWithCanonicalMapping
        #expect(nfd.utf8.count > csvText(vietnameseTable, delimiter: ",").utf8.count)
        let fields = try readFields(try dir.write(nfd, to: "nfd.csv"))
        #expect(fields == withoutTrailingEmptyCells(vietnameseTable))
        #expect(fields[1][0].unicodeScalars.count == "Xã Vĩnh An".precomposedStringWithCanonicalMapping.unicodeScalars.count)
    }

    @Test func forcedEncodingWinsOverDetection() throws {
        let dir = try TemporaryFolder()
        // Valid UTF-8 bytes that are really Windows-1258 are impossible to tell apart, so a clerk forces it.
        let bytes = try Iconv.encode("Hoàn thành;Đã xử lý\n", to: "CP1258")
        let path = try dir.write(bytes, to: "a.csv")
        let (reader, records) = try readRecords(path, ReadOptions(encoding: .windows1258))
        #expect(reader.encoding == .windows1258)
        #expect(!reader.encodingGuessed)
        #expect(records.map(\.fields) == [["Hoàn thành", "Đã xử lý"]])
        let (utf8Reader, latin) = try readRecords(try dir.write("abc;déf\n", to: "b.csv"), ReadOptions(encoding: .windows1258))
        #expect(utf8Reader.encoding == .windows1258)
        #expect(latin.map(\.fields) == [["abc", "dĂ©f"]])
    }

    @Test func invalidUTF8AfterABOMIsReportedAtItsOffsetAndLine() throws {
        let dir = try TemporaryFolder()
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a,b\nc,d\ne,".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        let error = readError(try dir.write(bytes, to: "a.csv"))
        #expect(error == ReadError(code: .encodingInvalid, line: 3, byteOffset: 13, detail: "invalid UTF-8"))
    }

    @Test func nulIsInvalidWhereItIs() throws {
        let dir = try TemporaryFolder()
        let error = readError(try dir.write(Array("a;b\r\nc;".utf8) + [0] + Array("d\r\n".utf8), to: "a.csv"))
        #expect(error?.code == .encodingInvalid)
        #expect(error?.byteOffset == 7)
        #expect(error?.line == 2)
    }

    @Test func utf16WithAnOddLengthOrALoneSurrogateIsInvalid() throws {
        let dir = try TemporaryFolder()
        let text = try Iconv.encode("a\tb\r\nc\td\r\n", to: "UTF-16LE")
        let odd = readError(try dir.write([0xFF, 0xFE] + text + [0x41], to: "odd.csv"))
        #expect(odd?.code == .encodingInvalid)
        #expect(odd?.byteOffset == 2 + text.count)
        #expect(odd?.line == 3)
        // A high surrogate followed by "x" on the second line.
        let lone = [0xFF, 0xFE] + text.prefix(10) + [0x3D, 0xD8, 0x78, 0x00]
        let error = readError(try dir.write(Array(lone), to: "lone.csv"))
        #expect(error?.code == .encodingInvalid)
        #expect(error?.byteOffset == 12)
        #expect(error?.line == 2)
        let big = readError(try dir.write([0xFE, 0xFF, 0xDC, 0x00, 0x00, 0x41], to: "big.csv"))
        #expect(big?.byteOffset == 2)
    }

    @Test func bytesNoLegacyCodePageDecodesAreInvalidWhenForced() throws {
        let dir = try TemporaryFolder()
        let path = try dir.write(Array("a;b\n".utf8) + [0x81] + Array(";c\n".utf8), to: "a.csv")
        let error = readError(path, ReadOptions(encoding: .windows1258))
        #expect(error?.code == .encodingInvalid)
        #expect(error?.byteOffset == 4)
        #expect(error?.line == 2)
        // Detection falls back to TCVN3, which defines every byte.
        #expect(try CSVReader(path: path).encoding == .tcvn3)
    }

    @Test func encodingNamesAsUsersTypeThem() {
        #expect(TextEncoding(name: "utf8") == .utf8)
        #expect(TextEncoding(name: "UTF-8") == .utf8)
        #expect(TextEncoding(name: "utf-8-bom") == .utf8BOM)
        #expect(TextEncoding(name: "cp1258") == .windows1258)
        #expect(TextEncoding(name: "Windows-1258") == .windows1258)
        #expect(TextEncoding(name: "tcvn3") == .tcvn3)
        #expect(TextEncoding(name: "TCVN5712-1") == .tcvn3)
        #expect(TextEncoding(name: "utf-16le") == .utf16LE)
        #expect(TextEncoding(name: "UTF16BE") == .utf16BE)
        #expect(TextEncoding(name: "latin1") == nil)
        for encoding in TextEncoding.allCases { #expect(TextEncoding(name: encoding.rawValue) == encoding) }
    }

    @Test func shaAndSizeDescribeTheFileBytes() throws {
        let dir = try TemporaryFolder()
        let reader = try CSVReader(path: try dir.write("abc", to: "a.csv"))
        #expect(reader.fileSize == 3)
        #expect(reader.sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
