import Foundation
import Testing
import TestSupport

/// How the built area workbooks look when printed or opened (SPEC §5), read from their XML:
/// Times New Roman, A4 landscape one page wide with the header rows repeated and «Trang N/M» at
/// the foot on every sheet; on Tổng hợp the targets row, «Chưa nộp» in orange, red for late,
/// green for met, orange for a non-zero "target 0", and the chart of the area's main ratio.
@Suite struct AreaWorkbookLayoutTests {
    static func build() throws -> (TemporaryFolder, URL) {
        let dir = try TemporaryFolder()
        let run = try TongHopBinary.run(["build"] + AreaFiguresTests.inputs + ["--period", "2024-05", "--out", dir.url.path, "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        return (dir, dir.url.appendingPathComponent("2024-05"))
    }

    /// The column letter of a Tổng hợp header (row 9).
    static func column(_ cells: [String: XLSXFile.Cell], _ title: String) throws -> String {
        let ref = try #require(cells.first { $0.key.drop(while: \.isLetter) == "9" && $0.value.value == title }?.key, "no column «\(title)»")
        return String(ref.prefix(while: \.isLetter))
    }

    @Test func theBuiltWorkbooksPrintAndColourAsSpecified() throws {
        let (dir, folder) = try Self.build()
        defer { withExtendedLifetime(dir) {} }
        try Self.everySheetOfEveryAreaPrintsTheSameWay(folder)
        try Self.theSummaryShowsTargetsColoursAndTheChart(folder)
    }

    static func everySheetOfEveryAreaPrintsTheSameWay(_ folder: URL) throws {
        for area in ["dat-dai", "rung", "nha-o", "ocop", "nuoc"] {
            let file = try XLSXFile(path: folder.appendingPathComponent("\(area).xlsx").path)
            let styles = try #require(file.text("xl/styles.xml"))
            // Every font a cell can use is Times New Roman (the first is the file's unused default).
            let fonts = XMLElements(Data(styles.utf8), named: "name").compactMap { $0.attributes["val"] }
            #expect(fonts.count > 1 && fonts.dropFirst().allSatisfy { $0 == "Times New Roman" }, "\(area): fonts \(Set(fonts))")
            let workbook = try #require(file.text("xl/workbook.xml"))
            for (i, name) in file.sheetNames.enumerated() {
                let xml = try #require(file.sheetXML(name))
                #expect(xml.contains("paperSize=\"9\""), "\(area) «\(name)»: not A4")
                #expect(xml.contains("orientation=\"landscape\""), "\(area) «\(name)»: not landscape")
                #expect(xml.contains("<pageSetUpPr fitToPage=\"1\"/>") && xml.contains("fitToHeight=\"0\"") && !xml.contains("fitToWidth="),
                        "\(area) «\(name)»: not one page wide")
                #expect(xml.contains("Trang &amp;P/&amp;N</oddFooter>"), "\(area) «\(name)»: no «Trang N/M» footer")
                #expect(workbook.contains("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(i)\">"),
                        "\(area) «\(name)»: no repeated header rows")
            }
            #expect(workbook.contains("'Tổng hợp'!$9:$10</definedName>"), "\(area): Tổng hợp repeats its header and targets rows")
        }
    }

    static func theSummaryShowsTargetsColoursAndTheChart(_ folder: URL) throws {
        let file = try XLSXFile(path: folder.appendingPathComponent("dat-dai.xlsx").path)
        let cells = file.cells("Tổng hợp")
        let xml = try #require(file.sheetXML("Tổng hợp"))
        let styles = try #require(file.text("xl/styles.xml"))

        // The targets row under the headers: DD-3 is due 30/04/2024 and needs more than 90%.
        let dd3 = try Self.column(cells, "Tỷ lệ dự án đủ mặt bằng [DD-3]"), dd2 = try Self.column(cells, "Vụ phát sinh mới trong kỳ [DD-2]")
        let dd1 = try Self.column(cells, "Tỷ lệ tồn đọng đã xử lý [DD-1]")
        #expect(cells["C10"]?.value == "Chỉ tiêu, thời hạn")
        #expect(cells["\(dd3)10"]?.value.contains("90%") == true, "\(cells["\(dd3)10"]?.value ?? "")")
        #expect(cells["\(dd3)10"]?.value.contains("30/04/2024") == true, "\(cells["\(dd3)10"]?.value ?? "")")
        #expect(cells["\(dd2)10"]?.value.contains("0") == true)

        // «Chưa nộp» (An Châu sent no land return) is filled orange.
        #expect(cells["C11"]?.value == "Thị trấn An Châu" && cells["D11"]?.value == "Chưa nộp")
        #expect(try Self.fill(ofStyle: try #require(cells["D11"]?.style), in: styles) == "FFFFD8A8")

        // Conditional colours by the dxf they apply: red late, green met, orange "target 0".
        let dxfs = Self.dxfFills(styles)
        func rules(_ column: String) -> [(formula: String, fill: String)] {
            Self.conditionalRules(xml, sqref: "\(column)11:\(column)28").map { ($0.formula, dxfs[$0.dxf] ?? "none") }
        }
        // DD-3's deadline has passed: below target is red, met is green.
        #expect(rules(dd3).contains { $0.fill == "FFF4C7C3" && $0.formula.contains("NOT(") }, "\(rules(dd3))")
        #expect(rules(dd3).contains { $0.fill == "FFC6EFCE" && !$0.formula.contains("NOT(") }, "\(rules(dd3))")
        // DD-1 is due 31/12/2024: not late yet, so only green.
        #expect(rules(dd1).map(\.fill) == ["FFC6EFCE"], "\(rules(dd1))")
        // DD-2 wants no new case: any is orange.
        #expect(rules(dd2).map(\.fill) == ["FFFFD8A8"] && rules(dd2).first?.formula.contains("<>0") == true, "\(rules(dd2))")

        // The chart of the area's main ratio (DD-1), one bar per unit.
        let chart = try #require(file.text("xl/charts/chart1.xml"))
        #expect(chart.contains("<c:barDir val=\"col\"/>"))
        #expect(chart.contains("<c:f>'Tổng hợp'!$C$11:$C$27</c:f>"))
        #expect(chart.contains("<c:f>'Tổng hợp'!$\(dd1)$11:$\(dd1)$27</c:f>"))
    }

    /// The solid fill colour of cell style `index` (`cellXfs`).
    static func fill(ofStyle index: Int, in styles: String) throws -> String? {
        let xfs = XMLElements(Data(try Self.section("cellXfs", of: styles).utf8), named: "xf")
        let fillID = try #require(Int(xfs[index].attributes["fillId"] ?? ""))
        let fills = XMLElements(Data(try Self.section("fills", of: styles).utf8), named: "fgColor")
        // Fills 0 and 1 are the two fixed ones without a colour; fgColor elements start at fill 2.
        return fillID >= 2 && fillID - 2 < fills.count ? fills[fillID - 2].attributes["rgb"] : nil
    }

    /// The background of each differential format (`dxfs`), by index.
    static func dxfFills(_ styles: String) -> [Int: String] {
        guard let part = try? section("dxfs", of: styles) else { return [:] }
        var out: [Int: String] = [:]
        for (i, dxf) in part.components(separatedBy: "<dxf>").dropFirst().enumerated() {
            out[i] = XMLElements(Data("<x>\(dxf.components(separatedBy: "</dxf>")[0])</x>".utf8), named: "bgColor").first?.attributes["rgb"]
        }
        return out
    }

    /// The formula and dxf of each rule of the conditional format on `sqref`.
    static func conditionalRules(_ sheet: String, sqref: String) -> [(formula: String, dxf: Int)] {
        guard let start = sheet.range(of: "<conditionalFormatting sqref=\"\(sqref)\">"),
              let end = sheet[start.upperBound...].range(of: "</conditionalFormatting>") else { return [] }
        let block = String(sheet[start.upperBound..<end.lowerBound])
        return block.components(separatedBy: "<cfRule").dropFirst().compactMap { rule in
            guard let dxf = rule.components(separatedBy: "dxfId=\"").dropFirst().first?.prefix(while: \.isNumber), let id = Int(dxf),
                  let formula = rule.components(separatedBy: "<formula>").dropFirst().first?.components(separatedBy: "</formula>").first
            else { return nil }
            return (formula.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">"), id)
        }
    }

    /// The XML from `<name …>` to `</name>`, wrapped so it parses alone.
    static func section(_ name: String, of xml: String) throws -> String {
        let start = try #require(xml.range(of: "<\(name)"))
        let end = try #require(xml.range(of: "</\(name)>", range: start.upperBound..<xml.endIndex))
        return String(xml[start.lowerBound..<end.upperBound])
    }
}
