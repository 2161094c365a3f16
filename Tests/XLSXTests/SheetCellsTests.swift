import Foundation
import Testing
import TestSupport
@testable import XLSX

/// Number, text and blank cells and row tags written without `printf`, and rows handed to the
/// zip without a copy, give the bytes libxlsxwriter's own writers give, cell references
/// included, in every column and up to the last row.
@Suite struct SheetCellsTests {
    static let numbers: [Double] = [
        0, -0.0, 1, -1, 7, 1971, 45306, 42_000_000, 999_999_999_999_999, -999_999_999_999_999,
        1e15, -1e15, 123_456_789_012_345_678, 1e300, 0.1, 2.5, -3.75, 1.0 / 3, .pi, 5e-324, 1e-7, 12_345.678_9,
    ]
    static let texts: [String] = [
        "Thị trấn An Châu", "a & b < c > d", "&", "<>", " đầu có dấu cách", "cuối có dấu cách ", "\ttab",
        "dòng\nmới", "x", String(repeating: "Nguyễn & <Văn> Hải ", count: 120),
    ]
    /// A, B, Z, AA, AZ, BA, ZZ, AAA, … XFD.
    static let columns = [0, 1, 25, 26, 51, 52, 701, 702, 16_382, 16_383]
    static let rows = Array(0..<30) + [99, 9_999, 99_999, 1_048_574, 1_048_575]

    func write(_ path: String, constantMemory: Bool, tmpdir: String) throws {
        let wb = try Workbook(path: path, options: .init(constantMemory: constantMemory, tmpdir: tmpdir))
        try wb.setProperties(.init(created: WorkbookTests.created))
        let bordered = Format(border: true)
        let ws = try wb.addWorksheet("Ô")
        // A column whose format its cells without one take.
        try ws.setColumns(30, 30, width: 12, format: Format(bold: true))
        // Every number and every text in turn, with and without a style.
        var (n, t) = (0, 0)
        for (i, row) in Self.rows.enumerated() {
            // Rows of the default height, of whole and fractional heights, with a format,
            // hidden, and one with a height but no cells (the last four go to the library).
            switch i % 7 {
            case 1: try ws.setRow(row, height: 18)
            case 2: try ws.setRow(row, height: 18.75)
            case 3: try ws.setRow(row, height: 15)
            case 4: try ws.setRow(row, height: 21, format: bordered)
            case 5: try ws.setRow(row, height: 18, hidden: true)
            default: break
            }
            if i == 6 {
                try ws.setRow(row, height: 30)
                continue
            }
            for (j, column) in Self.columns.enumerated() {
                let format = (i + j) % 3 == 0 ? bordered : nil
                if (i + j) % 2 == 0 {
                    try ws.write(row, column, .number(Self.numbers[n % Self.numbers.count]), format)
                    n += 1
                } else {
                    try ws.write(row, column, .text(Self.texts[t % Self.texts.count]), format)
                    t += 1
                }
            }
            if i == 0 { try ws.write(row, 2, .formula("=SUM(A2:A30)", cached: .number(1))) }
            // Blank cells: bordered (written), without a format (not written at all).
            try ws.write(row, 3, .blank, i % 2 == 0 ? bordered : Format(border: true, fill: 0xFFF2CC))
            try ws.write(row, 4, .blank)
            try ws.write(row, 30, .number(Double(i)))
        }
        // A second sheet with rows of its own, and an empty one.
        let second = try wb.addWorksheet("Tiếp")
        for r in 0..<500 { try second.write(r, 0, .text("Hộ \(r) & <con>")) }
        _ = try wb.addWorksheet("Trống")
        try wb.close()
    }

    @Test(arguments: [true, false])
    func theBytesAreLibxlsxwritersOwn(constantMemory: Bool) throws {
        #expect(SheetCells.available, "this build should bind libxlsxwriter 1.1.4's cell writers to its own")
        let dir = try TemporaryFolder()
        let ours = dir.path("ours.xlsx"), theirs = dir.path("theirs.xlsx")
        let before = SheetCells.written, handedBefore = SheetCells.rowBytesHandedOver
        try write(ours, constantMemory: constantMemory, tmpdir: dir.url.path)
        let ourCells = SheetCells.written - before
        let handed = SheetCells.rowBytesHandedOver - handedBefore
        try SheetCells.withLibraryWriters { try write(theirs, constantMemory: constantMemory, tmpdir: dir.url.path) }
        #expect(SheetCells.written - before == ourCells, "the library's writers were used for the second file")
        #expect(SheetCells.rowBytesHandedOver - handedBefore == handed)
        // In constant memory the rows went to the zip from their own file: tens of KiB here.
        #expect(constantMemory ? handed > 20_000 : handed == 0)
        // Every number cell, and in constant memory every text cell, went through the writers here.
        // Per row: the ten cells, the blank one and the number in the formatted column.
        let rows = Self.rows.count - 1
        #expect(ourCells == (constantMemory ? rows * 12 + 500 : rows * 7))
        #expect(try Data(contentsOf: URL(fileURLWithPath: ours)) == Data(contentsOf: URL(fileURLWithPath: theirs)))
        let read = try XLSXFile(path: ours).cells("Ô")
        #expect(read["XFD1048576"] != nil)
        #expect(read["A3"]?.value == "1000000000000000")
        #expect(read["B2"]?.value == "1971")
    }
}
