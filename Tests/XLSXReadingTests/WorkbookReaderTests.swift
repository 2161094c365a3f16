import Common
import Foundation
import Testing
import TestSupport
import XLSX
@testable import XLSXReading

@Suite struct WorkbookReaderTests {
    private func rows(_ url: URL, sheet: Int = 0, maxBytes: Int = 1 << 26) throws -> [SheetRow] {
        let reader = try WorkbookReader(path: url.path, maxBytes: maxBytes)
        var out: [SheetRow] = []
        try reader.readRows(of: reader.sheets[sheet]) { out.append($0) }
        return out
    }

    private func error(_ body: () throws -> Void) -> WorkbookReadError? {
        do { try body() } catch let e as WorkbookReadError { return e } catch { return nil }
        return nil
    }

    @Test func typedCellsFromLibxlsxwriter() throws {
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("t.xlsx").path
        let wb = try Workbook(path: path)
        let ws = try wb.addWorksheet("NO01")
        let hidden = try wb.addWorksheet("DanhMuc")
        try hidden.hide()
        try ws.write(0, 0, .text("Biểu NO01"))
        try ws.write(2, 0, .text("Xã Vĩnh An"))
        try ws.write(2, 1, .number(1975))
        try ws.write(2, 2, .date(serial: Day(year: 2024, month: 5, day: 3)!.excelSerial), Format(numberFormat: "dd/mm/yyyy"))
        try ws.write(2, 3, .bool(true))
        try ws.write(2, 4, .number(0.955), Format(numberFormat: "0.0%"))
        try ws.write(2, 6, .formula("=B3+1", cached: .number(1976)))
        try wb.close()
        let reader = try WorkbookReader(path: path, maxBytes: 1 << 26)
        #expect(reader.sheets.map(\.name) == ["NO01", "DanhMuc"])
        #expect(reader.sheets.map(\.visibility) == [.visible, .hidden])
        let read = try rows(URL(fileURLWithPath: path))
        #expect(read.map(\.number) == [1, 3])
        #expect(read[0].cells == [.text("Biểu NO01")])
        #expect(read[1].cells == [.text("Xã Vĩnh An"), .number(1975), .date(Day(year: 2024, month: 5, day: 3)!), .bool(true),
                                  .percent(0.955), .empty, .number(1976)])
    }

    @Test func stringsDatesAndFormulasByHand() throws {
        let folder = try TemporaryFolder()
        let data = """
        <row r="2"><c r="A2" t="s"><v>0</v></c><c r="C2" t="s"><v>1</v></c><c r="D2" t="inlineStr"><is><t>dòng_x000D_hai</t></is></c></row>
        <row r="4"><c r="A4" s="1"><v>45416</v></c><c r="B4" s="2"><v>45416.75</v></c><c r="C4"><f>SUM(A1:A2)</f></c><c r="D4" t="str"><f>A1</f><v>ok</v></c><c r="E4" t="e"><v>#N/A</v></c></row>
        <row r="5"><c r="A5" s="3"><v>60</v></c><c r="B5" s="3"><v>61</v></c><c r="C5" s="3"><v>59</v></c></row>
        """
        let parts = HandMadeWorkbook.parts(sheetData: data, strings: ["<t>Xã An Lạc</t>", "<r><t>Đồng </t></r><r><t>Rì</t></r><rPh><t>x</t></rPh>"],
                                           cellFormats: [14, 164, 165], customFormats: [164: "[$-42A]d/m/yyyy;@", 165: "dd\\-mm\\-yyyy"])
        let read = try rows(try HandMadeWorkbook.write(parts, to: folder.url))
        #expect(read.map(\.number) == [2, 4, 5])
        #expect(read[0].cells == [.text("Xã An Lạc"), .empty, .text("Đồng Rì"), .text("dòng\rhai")])
        let day = Day(year: 2024, month: 5, day: 4)!
        #expect(read[1].cells == [.date(day), .date(day), .formulaWithoutValue, .text("ok"), .error("#N/A")])
        // 1900 system: serial 60 is the 29/02/1900 that never was, 61 is 01/03/1900, 59 is 28/02/1900.
        #expect(read[2].cells == [.number(60), .date(Day(year: 1900, month: 3, day: 1)!), .date(Day(year: 1900, month: 2, day: 28)!)])
    }

    @Test func dateSystem1904() throws {
        let folder = try TemporaryFolder()
        let parts = HandMadeWorkbook.parts(sheetData: "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>43954</v></c></row>", cellFormats: [14], date1904: true)
        let read = try rows(try HandMadeWorkbook.write(parts, to: folder.url))
        #expect(read[0].cells == [.date(Day(year: 2024, month: 5, day: 4)!)])
    }

    @Test func hostileWorkbooksAreRefusedByName() throws {
        let folder = try TemporaryFolder()
        func refused(_ sheetData: String, strings: [String]? = nil) throws -> WorkbookReadError? {
            let url = try HandMadeWorkbook.write(HandMadeWorkbook.parts(sheetData: sheetData, strings: strings), to: folder.url)
            return error { _ = try rows(url) }
        }
        #expect(try refused("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>3</v></c></row>", strings: ["<t>a</t>"])?.cell == "A1")
        #expect(try refused("<row r=\"1048577\"><c><v>1</v></c></row>")?.code == .invalid)
        #expect(try refused("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>")?.code == .invalid)
        let long = String(repeating: "a", count: 32_768)
        #expect(try refused("<row r=\"1\"><c r=\"B1\" t=\"inlineStr\"><is><t>\(long)</t></is></c></row>")?.cell == "B1")
        #expect(try refused("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"1\"></row>")?.code == .invalid)
        #expect(try refused("<row r=\"1\"><c r=\"A1\"><v>1</v></c>")?.code == .invalid)
        #expect(try refused("<row r=\"1\"><c r=\"A1\"><v>abc</v></c></row>")?.cell == "A1")
        // Exactly Excel's limit is allowed.
        let limit = String(repeating: "é", count: 32_767)
        let ok = try HandMadeWorkbook.write(HandMadeWorkbook.parts(sheetData: "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>\(limit)</t></is></c></row>"), to: folder.url)
        #expect(try rows(ok)[0].cells == [.text(limit)])
    }

    @Test func entitiesAndDTDsAreRefused() throws {
        let folder = try TemporaryFolder()
        var parts = HandMadeWorkbook.parts(sheetData: "")
        let laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>"
        parts["xl/worksheets/sheet1.xml"] = Data(laughs.utf8)
        #expect(error { _ = try rows(try HandMadeWorkbook.write(parts, to: folder.url)) }?.code == .invalid)
        let external = "<?xml version=\"1.0\"?><!DOCTYPE x SYSTEM \"file:///etc/passwd\"><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>a</t></si></sst>"
        parts = HandMadeWorkbook.parts(sheetData: "", strings: [])
        parts["xl/sharedStrings.xml"] = Data(external.utf8)
        #expect(error { _ = try rows(try HandMadeWorkbook.write(parts, to: folder.url)) }?.code == .invalid)
    }

    @Test func zipBombStopsAtTheBudget() throws {
        let folder = try TemporaryFolder()
        let row = "<row><c t=\"inlineStr\"><is><t>\(String(repeating: "x", count: 1000))</t></is></c></row>"
        let parts = HandMadeWorkbook.parts(sheetData: String(repeating: row, count: 3000))
        let url = try HandMadeWorkbook.write(parts, to: folder.url)
        let size = try FileManager.default.attributesOfItem(atPath: url.path)[.size] as! Int
        #expect(size < 100_000)
        #expect(error { _ = try rows(url, maxBytes: 1_000_000) }?.code == .tooLarge)
        #expect(try rows(url, maxBytes: 10_000_000).count == 3000)
    }

    @Test func notWorkbooks() throws {
        let folder = try TemporaryFolder()
        let corrupt = folder.url.appendingPathComponent("corrupt.xlsx")
        try Data("PK\u{3}\u{4}garbage that is not a zip at all".utf8).write(to: corrupt)
        #expect(error { _ = try WorkbookReader(path: corrupt.path, maxBytes: 1 << 20) }?.code == .invalid)
        var cfb = Data(WorkbookArchive.compoundFileMagic) + Data(count: 600)
        let legacy = folder.url.appendingPathComponent("old.xlsx")
        try cfb.write(to: legacy)
        #expect(error { _ = try WorkbookReader(path: legacy.path, maxBytes: 1 << 20) }?.kind == .legacyExcel)
        cfb.append(WorkbookArchive.encryptedMarker)
        let locked = folder.url.appendingPathComponent("locked.xlsx")
        try cfb.write(to: locked)
        #expect(error { _ = try WorkbookReader(path: locked.path, maxBytes: 1 << 20) }?.code == .encrypted)
        let docx = try HandMadeWorkbook.write(["word/document.xml": Data("<w/>".utf8)], to: folder.url, name: "letter.docx")
        #expect(error { _ = try WorkbookReader(path: docx.path, maxBytes: 1 << 20) }?.kind == .notWorkbook)
    }

    @Test func numberFormats() {
        #expect(NumberFormat.custom("dd/mm/yyyy") == .date)
        #expect(NumberFormat.custom("[$-42A]d/m/yyyy;@") == .date)
        #expect(NumberFormat.custom("#,##0\" đ\"") == .plain)
        #expect(NumberFormat.custom("\"ngày\" 0") == .plain)
        #expect(NumberFormat.custom("0.0%") == .percent)
        #expect(NumberFormat.custom("[Red]0;[Blue]d") == .plain)
        #expect(NumberFormat.custom("h:mm") == .plain)
        #expect(NumberFormat.builtIn(14) == .date && NumberFormat.builtIn(9) == .percent && NumberFormat.builtIn(3) == .plain)
    }
}
