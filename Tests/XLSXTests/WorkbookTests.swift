import Foundation
import Testing
import TestSupport
@testable import XLSX

/// The wrapper writes real workbooks; these tests read them back from the zip's XML.
@Suite struct WorkbookTests {
    static let created = Date(timeIntervalSince1970: 1_715_644_800) // 14/05/2024

    func sample(_ path: String) throws {
        let wb = try Workbook(path: path)
        try wb.setProperties(.init(title: "Tổng hợp", author: "Văn phòng Huyện ủy", created: Self.created))
        let ws = try wb.addWorksheet("Tổng hợp")
        let bold = Format(fontName: "Times New Roman", bold: true)
        let money = Format(fontName: "Times New Roman", numberFormat: "#,##0")
        try ws.write(0, 0, .text("Thị trấn An Châu – Xóa nhà tạm"), bold)
        try ws.write(1, 0, .number(1_234_567), money)
        try ws.write(2, 0, .number(10), Format(fontName: "Times New Roman", numberFormat: "#,##0"))
        try ws.write(3, 0, .formula("=SUM(A2:A3)", cached: .number(1_234_577)), money)
        try ws.write(4, 0, .date(serial: 45426), Format(numberFormat: "dd/mm/yyyy"))
        try ws.write(5, 0, .bool(true))
        try ws.write(6, 0, .text("=1+1"))
        try ws.write(7, 0, .formula("=IF(A2>0,\"Có\",\"Không\")", cached: .text("Có")))
        try ws.merge(8, 0, 8, 3, "Gộp ô", bold)
        try ws.freezePanes(row: 1, column: 1)
        try ws.autofilter(0, 0, 7, 3)
        try ws.setColumns(0, 0, width: 30)
        var page = PageSetup()
        page.repeatRows = 0...1
        page.footer = "&CTrang &P/&N"
        try ws.setup(page)
        try ws.conditionalFormat(CellRange(1, 0, 3, 0), ConditionalFormat(.cell(.less, 100), format: Format(fill: 0xFFC7CE)))
        try ws.dataValidation(CellRange(10, 0, 20, 0), DataValidation(.list(["Có", "Không"]), inputTitle: "Chọn", inputMessage: "Có hoặc Không"))
        try ws.dataValidation(CellRange(10, 1, 20, 1), DataValidation(.wholeNumber(min: 0, max: 100)))
        try ws.dataValidation(CellRange(10, 2, 20, 2), DataValidation(.date(min: 36526, max: nil)))
        let chart = try wb.addChart(.column)
        try chart.addSeries(name: "Tỷ lệ", categories: CellReference.range(sheet: "Tổng hợp", firstRow: 1, firstColumn: 0, lastRow: 2, lastColumn: 0),
                            values: CellReference.range(sheet: "Tổng hợp", firstRow: 1, firstColumn: 0, lastRow: 2, lastColumn: 0))
        try chart.setTitle("Biểu đồ")
        try ws.pageBreaks(before: [12])
        try ws.insertChart(chart, row: 12, column: 2)
        try wb.defineName("DanhSach", formula: "='Tổng hợp'!$A$1:$A$3")
        try wb.close()
    }

    @Test func cellsTypesFormulasAndStructureReadBack() throws {
        let dir = try TemporaryFolder()
        let path = dir.url.appendingPathComponent("a.xlsx").path
        try sample(path)
        let file = try XLSXFile(path: path)
        #expect(file.sheetNames == ["Tổng hợp"])
        let cells = file.cells("Tổng hợp")
        #expect(cells["A1"]?.value == "Thị trấn An Châu – Xóa nhà tạm")
        #expect(cells["A1"]?.type == "s")
        #expect(cells["A2"]?.number == 1_234_567)
        #expect(cells["A4"]?.formula == "SUM(A2:A3)")
        #expect(cells["A4"]?.number == 1_234_577)
        #expect(cells["A5"]?.number == 45426)
        #expect(cells["A6"]?.type == "b")
        #expect(cells["A7"]?.type == "s")
        #expect(cells["A7"]?.formula == nil)
        #expect(cells["A7"]?.value == "=1+1")
        #expect(cells["A8"]?.value == "Có")
        #expect(cells["A8"]?.type == "str")
        // Equal format values made one format: A2 and A3 share a style.
        #expect(cells["A2"]?.style == cells["A3"]?.style)
        let sheet = try #require(file.sheetXML("Tổng hợp"))
        #expect(sheet.contains("<pane xSplit=\"1\" ySplit=\"1\" topLeftCell=\"B2\""))
        #expect(sheet.contains("<autoFilter ref=\"A1:D8\""))
        #expect(sheet.contains("<mergeCell ref=\"A9:D9\""))
        #expect(sheet.contains("paperSize=\"9\""))
        #expect(sheet.contains("orientation=\"landscape\""))
        #expect(sheet.contains("fitToHeight=\"0\""))
        #expect(sheet.contains("<oddFooter>&amp;CTrang &amp;P/&amp;N</oddFooter>"))
        #expect(sheet.contains("<conditionalFormatting sqref=\"A2:A4\">"))
        #expect(sheet.contains("type=\"list\""))
        #expect(sheet.contains("<formula1>\"Có,Không\"</formula1>"))
        #expect(sheet.contains("promptTitle=\"Chọn\""))
        #expect(sheet.contains("type=\"whole\""))
        #expect(sheet.contains("type=\"date\""))
        #expect(sheet.contains("<rowBreaks count=\"1\" manualBreakCount=\"1\"><brk id=\"12\""))
        let workbook = try #require(file.text("xl/workbook.xml"))
        #expect(workbook.contains("_xlnm.Print_Titles"))
        #expect(workbook.contains("name=\"DanhSach\""))
        let chart = try #require(file.text("xl/charts/chart1.xml"))
        #expect(chart.contains("<c:barDir val=\"col\"/>"))
        #expect(chart.contains("'Tổng hợp'!$A$2:$A$3"))
        #expect(file.text("docProps/core.xml")?.contains("2024-05-14T00:00:00Z") == true)
    }

    @Test func theSameWorkbookWrittenTwiceIsByteIdentical() throws {
        let dir = try TemporaryFolder()
        let a = dir.url.appendingPathComponent("a.xlsx").path, b = dir.url.appendingPathComponent("b.xlsx").path
        try sample(a)
        Thread.sleep(forTimeInterval: 1.1)
        try sample(b)
        #expect(try Data(contentsOf: URL(fileURLWithPath: a)) == Data(contentsOf: URL(fileURLWithPath: b)))
    }

    @Test func excelLimitsAreErrorsWithTheOffendingValue() throws {
        let dir = try TemporaryFolder()
        let wb = try Workbook(path: dir.url.appendingPathComponent("l.xlsx").path)
        #expect(throws: XLSXError.invalidSheetName(String(repeating: "x", count: 32), reason: "exceeds Excel's limit of 31 characters")) {
            try wb.addWorksheet(String(repeating: "x", count: 32))
        }
        #expect(throws: XLSXError.invalidSheetName("a/b", reason: "contains the character '/' Excel forbids")) { try wb.addWorksheet("a/b") }
        #expect(throws: XLSXError.invalidSheetName("", reason: "is empty")) { try wb.addWorksheet("") }
        let ws = try wb.addWorksheet("Lỗi")
        #expect(throws: XLSXError.duplicateSheetName("lỗi")) { try wb.addWorksheet("lỗi") }
        #expect(throws: XLSXError.outOfRange(sheet: "Lỗi", row: 1_048_576, column: 0)) { try ws.write(1_048_576, 0, .number(1)) }
        #expect(throws: XLSXError.outOfRange(sheet: "Lỗi", row: 0, column: 16_384)) { try ws.write(0, 16_384, .number(1)) }
        #expect(throws: XLSXError.textTooLong(sheet: "Lỗi", cell: "B2", length: 32_768)) {
            try ws.write(1, 1, .text(String(repeating: "a", count: 32_768)))
        }
        let long = (0..<40).map { "Giá trị số \($0)" }
        #expect(throws: XLSXError.self) { try ws.dataValidation(CellRange(0, 0, 5, 0), DataValidation(.list(long))) }
        // Under 255 characters but over 255 bytes: refused, never handed to the library's fixed buffer.
        let names = (0..<17).map { _ in "Xã Dương Hưu" }
        #expect(names.joined(separator: ",").count < 255)
        #expect(throws: XLSXError.listTooLong(sheet: "Lỗi", length: names.joined(separator: ",").utf8.count)) {
            try ws.dataValidation(CellRange(0, 0, 5, 0), DataValidation(.list(names)))
        }
        try wb.close()
        #expect(throws: XLSXError.closed) { try wb.close() }
    }

    /// libxlsxwriter frees sheets and charts with the workbook: after `close()` they refuse every
    /// call instead of writing into freed memory.
    @Test func sheetsAndChartsRefuseUseAfterTheirWorkbookClosed() throws {
        let dir = try TemporaryFolder()
        let wb = try Workbook(path: dir.url.appendingPathComponent("c.xlsx").path)
        let ws = try wb.addWorksheet("A")
        try ws.write(0, 0, .number(1))
        let chart = try wb.addChart(.column)
        try chart.addSeries(name: "s", categories: "=A!$A$1:$A$1", values: "=A!$A$1:$A$1")
        try ws.insertChart(chart, row: 2, column: 2)
        try wb.close()
        #expect(throws: XLSXError.closed) { try ws.write(1, 0, .number(2)) }
        #expect(throws: XLSXError.closed) { try ws.setColumns(0, 1, width: 10) }
        #expect(throws: XLSXError.closed) { try ws.hideGridlines() }
        #expect(throws: XLSXError.closed) { try ws.conditionalFormat(CellRange(0, 0, 1, 0), ConditionalFormat(.cell(.greater, 0), format: Format())) }
        #expect(throws: XLSXError.closed) { try ws.setup(PageSetup()) }
        #expect(throws: XLSXError.closed) { try chart.setTitle("t") }
        #expect(throws: XLSXError.closed) { try chart.addSeries(name: nil, categories: "=A!$A$1", values: "=A!$A$1") }
    }

    /// A NaN or an infinity has no Excel form; writing it as 0 would show a wrong figure.
    @Test func numbersExcelCannotHoldAreRefused() throws {
        let dir = try TemporaryFolder()
        let wb = try Workbook(path: dir.url.appendingPathComponent("n.xlsx").path)
        let ws = try wb.addWorksheet("A")
        for bad in [Double.nan, .infinity, -.infinity] {
            #expect {
                try ws.write(0, 0, .number(bad))
            } throws: { error in
                guard case XLSXError.notANumber(sheet: "A", cell: "A1", let value)? = error as? XLSXError else { return false }
                return value.isNaN == bad.isNaN && (bad.isNaN || value == bad)
            }
            #expect(throws: XLSXError.self) { try ws.write(1, 1, .formula("=1/0", cached: .number(bad))) }
        }
        try ws.write(0, 0, .number(0))
        try wb.close()
    }

    @Test func anUnclosedWorkbookWritesNothing() throws {
        let dir = try TemporaryFolder()
        let path = dir.url.appendingPathComponent("never.xlsx").path
        do {
            let wb = try Workbook(path: path)
            try wb.addWorksheet("A").write(0, 0, .number(1))
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func constantMemoryWorkbooksAreValidToo() throws {
        let dir = try TemporaryFolder()
        let path = dir.url.appendingPathComponent("big.xlsx").path
        let wb = try Workbook(path: path, options: .init(constantMemory: true, tmpdir: dir.url.path))
        let ws = try wb.addWorksheet("Dữ liệu")
        for r in 0..<2000 { try ws.write(r, 0, .text("Hộ \(r)")); try ws.write(r, 1, .number(Double(r))) }
        try wb.close()
        let cells = try XLSXFile(path: path).cells("Dữ liệu")
        #expect(cells["A2000"]?.value == "Hộ 1999")
        #expect(cells["B2000"]?.number == 1999)
    }

    /// The default leaves libxlsxwriter's level alone; `fast` deflates every part at level 1
    /// (the zip records "super fast") and the cells read back the same.
    @Test func fastCompressionDeflatesAtLevelOneAndKeepsTheCells() throws {
        #expect(Compression.fastIsAvailable, "this build should reach minizip through the dynamic linker")
        let dir = try TemporaryFolder()
        var sizes: [Compression: Int] = [:]
        var cells: [Compression: [String: XLSXFile.Cell]] = [:]
        for compression in Compression.allCases {
            let path = dir.url.appendingPathComponent("\(compression).xlsx").path
            let wb = try Workbook(path: path, options: .init(constantMemory: true, tmpdir: dir.url.path, compression: compression))
            let ws = try wb.addWorksheet("Dữ liệu")
            for r in 0..<5000 { try ws.write(r, 0, .text("Hộ \(r % 97)")); try ws.write(r, 1, .number(Double(r * 37))) }
            try wb.close()
            let levels = try ZipDeflateLevels.read(path)
            #expect(levels.count >= 5)
            #expect(Set(levels.values) == [compression == .fast ? .superFast : .normal], "\(compression)")
            sizes[compression] = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int
            cells[compression] = try XLSXFile(path: path).cells("Dữ liệu")
        }
        #expect(cells[.fast] == cells[.standard])
        #expect(cells[.fast]?["B5000"]?.value == "184963")
        #expect(sizes[.fast]! > sizes[.standard]!)
    }

    /// The package's parts are deflated in 1 MiB blocks on several threads: the bytes do not
    /// depend on how many, the cells are those zlib's single deflate gives, and LibreOffice
    /// opens the file. The sheet here is several blocks long, its last block a partial one.
    @Test func blockDeflateGivesTheSameBytesWhateverTheThreads() throws {
        #expect(Workbook.deflateThreads >= 1, "this build should reach minizip through the dynamic linker")
        let dir = try TemporaryFolder()
        var files: [Int: Data] = [:]
        var cells: [Int: [String: XLSXFile.Cell]] = [:]
        for threads in [0, 1, 2, 5] {
            let path = dir.url.appendingPathComponent("t\(threads).xlsx").path
            let wb = try Workbook(path: path, options: .init(constantMemory: true, tmpdir: dir.url.path, deflateThreads: threads))
            try wb.setProperties(.init(created: Self.created))
            let ws = try wb.addWorksheet("Dữ liệu")
            for r in 0..<40_000 {
                try ws.write(r, 0, .text("Hộ \(r % 997) thôn \(r % 13)"))
                try ws.write(r, 1, .number(Double(r * 37)))
            }
            try wb.close()
            #expect(Set(try ZipDeflateLevels.read(path).values) == [.normal])
            files[threads] = try Data(contentsOf: URL(fileURLWithPath: path))
            cells[threads] = try XLSXFile(path: path).cells("Dữ liệu")
        }
        #expect(files[1] == files[2])
        #expect(files[1] == files[5])
        #expect(files[0] != files[1], "threads 0 is zlib's own single deflate")
        #expect(cells[5] == cells[0])
        #expect(cells[5]?["B40000"]?.value == "1479963")
        guard LibreOffice.path != nil else {
            Issue.record("LibreOffice (soffice) is not installed: run scripts/install-deps.sh")
            return
        }
        let rows = try LibreOffice.recalculatedCSV(dir.url.appendingPathComponent("t5.xlsx").path)
        #expect(rows.count == 40_000)
        #expect(rows[39_999] == ["Hộ 119 thôn 11", "1479963"])
    }

    @Test func referencesAreBuiltTheExcelWay() {
        #expect(CellReference.column(0) == "A")
        #expect(CellReference.column(25) == "Z")
        #expect(CellReference.column(26) == "AA")
        #expect(CellReference.column(16_383) == "XFD")
        #expect(CellReference.cell(row: 6, column: 1, absolute: true) == "$B$7")
        #expect(CellReference.quoted("Xã's") == "'Xã''s'")
    }

    @Test func libreOfficeRecalculatesToTheCachedTotal() throws {
        guard LibreOffice.path != nil else {
            Issue.record("LibreOffice (soffice) is not installed: run scripts/install-deps.sh")
            return
        }
        let dir = try TemporaryFolder()
        let path = dir.url.appendingPathComponent("r.xlsx").path
        try sample(path)
        let rows = try LibreOffice.recalculatedCSV(path)
        #expect(rows[3].first == "1234577")
        #expect(rows[0].first == "Thị trấn An Châu – Xóa nhà tạm")
    }

    /// Formulas whose cached values are deliberately wrong: LibreOffice must show what the
    /// formulas compute, so the check above proves a recalculation rather than a cache read.
    @Test func libreOfficeRecalculatesRatherThanReadingTheCache() throws {
        guard LibreOffice.path != nil else {
            Issue.record("LibreOffice (soffice) is not installed: run scripts/install-deps.sh")
            return
        }
        let dir = try TemporaryFolder()
        let path = dir.url.appendingPathComponent("stale.xlsx").path
        let wb = try Workbook(path: path)
        let ws = try wb.addWorksheet("Tổng hợp")
        try ws.write(0, 0, .number(40))
        try ws.write(1, 0, .number(2))
        try ws.write(2, 0, .formula("=SUM(A1:A2)", cached: .number(7)))
        try ws.write(3, 0, .formula("=IF(A1>A2,\"lớn hơn\",\"nhỏ hơn\")", cached: .text("nhỏ hơn")))
        try wb.close()
        let cached = try XLSXFile(path: path).cells("Tổng hợp")
        #expect(cached["A3"]?.number == 7)
        let rows = try LibreOffice.recalculatedCSV(path)
        #expect(rows[2].first == "42")
        #expect(rows[3].first == "lớn hơn")
    }
}
