import Foundation
import Testing
import Common
import TaskModel
import TestSupport
import XLSX
@testable import Templates

/// Templates are generated from the model; the round trip — fill, save as CSV through a real
/// spreadsheet application, check — is the test that matters.
@Suite(.serialized) struct TemplateTests {
    static let model = try! Model.bundled()
    static let writer = TemplateWriter(model: model)

    /// Valid rows for any form, made from the model alone: required and optional cells filled
    /// with values that satisfy every rule, conditional cells left for the rules to ask for.
    static func rows(_ form: Form, count: Int) -> [[CellValue]] {
        let day = Day(year: 2024, month: 5, day: 1)!.excelSerial
        return (0..<count).map { i in
            form.columns.map { col -> CellValue in
                if col.requirement == .conditional { return .blank }
                switch col.type {
                case .unit: return .text(model.units(kind: model.sender(of: form)).first?.name ?? "")
                case .text: return .text(String("\(i) \(col.key)".prefix(col.maxLength ?? 50)))
                case .int: return .number(1)
                case .money: return .number(1_000_000)
                case .decimal: return .number(10)
                case .percent: return .number(50)
                case .year: return .number(1970)
                case .date: return .date(serial: day)
                case .bool: return .text("Có")
                case .enum:
                    let values = model.enumeration(for: col, in: form)?.values.map(\.value) ?? []
                    return .text(col.enumeration == Model.taskEnumeration ? values[i] : values[0])
                }
            }
        }
    }

    @Test func csvTwinsAreUTF8WithBOMTitleAndHeader() throws {
        for form in Self.model.forms {
            let data = Self.writer.csv(form)
            #expect(data.starts(with: [0xEF, 0xBB, 0xBF]))
            let text = String(decoding: data.dropFirst(3), as: UTF8.self)
            let lines = text.components(separatedBy: "\r\n")
            #expect(lines[0].contains(form.code))
            #expect(lines[1].hasPrefix("\"\(form.columns[0].title)\"") || lines[1].hasPrefix(form.columns[0].title))
        }
    }

    @Test func xlsxTemplatesCarryValidationsHintsAndAGuide() throws {
        let dir = try TemporaryFolder()
        let form = try #require(Self.model.form("NO01"))
        let path = dir.url.appendingPathComponent("NO01.xlsx").path
        try Self.writer.writeXLSX(form, to: path)
        let file = try XLSXFile(path: path)
        #expect(file.sheetNames == ["NO01", "DanhMuc", "Hướng dẫn"])
        let cells = file.cells("NO01")
        #expect(cells["A1"]?.value.contains("NO01") == true)
        #expect(cells["A4"]?.value == "Xã, thị trấn *")
        let sheet = try #require(file.sheetXML("NO01"))
        let validations = XMLElements(Data(sheet.utf8), named: "dataValidation")
        let byRange = Dictionary(validations.map { ($0.attributes["sqref"] ?? "", $0.attributes) }, uniquingKeysWith: { a, _ in a })
        #expect(byRange["A5:A1004"]?["type"] == "list")          // units, through the hidden list sheet
        #expect(sheet.contains("'DanhMuc'!$A$2:$A$18"))
        #expect(byRange["E5:E1004"]?["type"] == "list")          // đối tượng
        #expect(sheet.contains("\"Hộ nghèo,Hộ cận nghèo,Người có công,Hộ khó khăn khác\""))
        #expect(byRange["G5:G1004"]?["type"] == "list")          // Có/Không
        #expect(byRange["I5:I1004"]?["type"] == "date")
        #expect(byRange["D5:D1004"]?["type"] == "whole")
        #expect(byRange["C5:C1004"]?["type"] == "textLength")
        #expect(byRange["L5:L1004"]?["promptTitle"] == "Kinh phí hỗ trợ (đồng)")
        #expect(byRange["I5:I1004"]?["error"]?.contains("ngày/tháng/năm") == true)
        #expect(file.text("xl/workbook.xml")?.contains("state=\"hidden\"") == true)
        let guide = file.cells("Hướng dẫn")
        #expect(guide.values.contains { $0.value.contains("NO01-R3") })
    }

    /// A new enumeration value in the model appears in the template's dropdown unchanged code.
    @Test func templatesFollowTheModel() throws {
        var model = Self.model
        let i = try #require(model.enumerations.firstIndex { $0.id == "hinh_thuc_ho_tro" })
        model.enumerations[i].values.append(.init(value: "Mua nhà"))
        let dir = try TemporaryFolder()
        let path = dir.url.appendingPathComponent("NO01.xlsx").path
        try TemplateWriter(model: model).writeXLSX(try #require(model.form("NO01")), to: path)
        #expect(try XLSXFile(path: path).sheetXML("NO01")?.contains("Xây mới,Sửa chữa,Mua nhà") == true)
    }

    enum Saving: String, CaseIterable { case commaUTF8, semicolonUTF8, semicolonWindows1258 }

    @Test(arguments: Saving.allCases)
    func filledTemplatesSavedByASpreadsheetApplicationAreAccepted(saving: Saving) throws {
        guard let soffice = LibreOffice.path else {
            Issue.record("LibreOffice (soffice) is not installed: run scripts/install-deps.sh")
            return
        }
        let dir = try TemporaryFolder()
        for form in Self.model.forms {
            let xlsx = dir.url.appendingPathComponent("\(form.code).xlsx").path
            try Self.writer.writeXLSX(form, to: xlsx, filled: Self.rows(form, count: 5))
            let separator = saving == .commaUTF8 ? "44" : "59"
            let out = dir.url.appendingPathComponent(saving.rawValue)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: soffice)
            process.arguments = ["-env:UserInstallation=file://\(dir.url.path)/profile", "--headless", "--convert-to",
                                 "csv:Text - txt - csv (StarCalc):\(separator),34,76,1,,0,false,true,true,false,false,1", "--outdir", out.path, xlsx]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            var csv = out.appendingPathComponent("\(form.code)-\(form.code).csv")
            if saving == .semicolonWindows1258 {
                // LibreOffice's own Windows-1258 export writes look-alikes for letters it cannot
                // precompose; Excel decomposes them into base letter and tone mark, as iconv does.
                let bytes = try Iconv.encode(try String(contentsOf: csv, encoding: .utf8), to: "CP1258")
                csv = out.appendingPathComponent("\(form.code)-1258.csv")
                try Data(bytes).write(to: csv)
            }
            let run = try TongHopBinary.run(["check", csv.path, "--period", "2024-05", "--format", "json"])
            let file = try #require((run.json?["files"] as? [[String: Any]])?.first, "\(form.code): \(run.stderr)")
            let errors = (file["issues"] as? [[String: Any]] ?? []).filter { $0["severity"] as? String == "error" }
            #expect(run.status == 0, "\(form.code) \(saving): \(errors)")
            #expect(file["form"] as? String == form.code)
            #expect(file["header_line"] as? Int == 4)
            #expect(file["rows"] as? [String: Int] == ["read": 5, "accepted": 5, "rejected": 0, "skipped": 0], "\(form.code) \(saving)")
            #expect(file["encoding"] as? String == (saving == .semicolonWindows1258 ? "windows-1258" : "utf-8"))
        }
    }

    @Test func theCommandWritesEveryFormOrJustTheOnesAskedFor() throws {
        let dir = try TemporaryFolder()
        let all = try TongHopBinary.run(["template", "--out", dir.url.path])
        #expect(all.status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.url.path).sorted()
        #expect(names.count == 2 * Self.model.forms.count)
        let one = try TemporaryFolder()
        #expect(try TongHopBinary.run(["template", "--form", "NS01", "--format", "csv", "--out", one.url.path]).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: one.url.path) == ["NS01.csv"])
        let area = try TemporaryFolder()
        #expect(try TongHopBinary.run(["template", "--area", "nuoc", "--format", "xlsx", "--out", area.url.path]).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: area.url.path).sorted() == ["NS01.xlsx", "NS02.xlsx", "TD01.xlsx"])
        #expect(try TongHopBinary.run(["template", "--area", "bien-dao"]).status == 2)
    }
}
