import Common
import Foundation
import Testing
import TestSupport

/// The codes of SPEC §4.1, the two input codes added with workbook returns (README catalogue)
/// and the two findings shown only in the workbooks, each run end to end on the built
/// `tonghop` and a real file: the code comes with the severity SPEC gives it, at its line,
/// column and cell (nil where the code names the whole file), and the command exits with the
/// status SPEC gives (0 when only warnings or infos, 1 when the data has an error). Every
/// expected value is written here by hand, never read back from the report or from
/// `IssueCode`; with ``IssueCodeTests`` (the codes of SPEC §4) this covers every code of the
/// enum, which ``everyCodeOfTheEnumHasAnEndToEndCase()`` holds.
@Suite struct SeverityCatalogueTests {
    /// A file or folder the case writes before running `tonghop`.
    enum Input: Sendable {
        /// A text file, made older by `secondsAgo` so that an inbox has an order.
        case text(String, String, secondsAgo: Double = 0)
        case bytes(String, Data)
        /// A workbook zipped from hand-written parts (``HandMadeWorkbook``).
        case workbook(String, [String: Data])
        case folder(String)
    }

    /// How the code is reached.
    enum Scenario: Sendable {
        /// `check PATH --period 2024-05 --format json` on the written inputs; `path` (a file or
        /// a folder) is relative to the case's folder.
        case check([Input], path: String, args: [String] = [])
        /// `import` of last month's return and this month's into an archive, then `build
        /// --period 2024-06 --data`: the issue is read from the written `bao-cao.json`.
        case archive(may: Input, june: Input)
        /// `build --period 2024-05` of a finding: never an issue of `bao-cao.json`, shown in the
        /// «Nhận xét» column of the form's sheet, on the row whose «Dòng» is the case's line.
        case finding(Input, workbook: String, sheet: String, says: String)
    }

    struct Case: Sendable, CustomStringConvertible {
        let code: String
        /// `error`, `warning` or `info`; nil for a finding, which is not an issue of the report.
        let severity: String?
        let line: Int?
        let column: String?
        /// `SHEET!A1` for an issue of an .xlsx return that names its cell.
        let cell: String?
        let status: Int32
        let scenario: Scenario
        var description: String { code }

        init(_ code: String, _ severity: String?, line: Int?, column: String?, cell: String? = nil, status: Int32, _ scenario: Scenario) {
            (self.code, self.severity, self.line, self.column, self.cell, self.status) = (code, severity, line, column, cell, status)
            self.scenario = scenario
        }
    }

    static let no01Header = "Xã, thị trấn;Thôn, tổ dân phố;Họ tên chủ hộ;Năm sinh chủ hộ;Đối tượng;Hình thức hỗ trợ;Đủ điều kiện về đất đai;Tình trạng;Ngày phê duyệt hồ sơ;Ngày khởi công;Ngày hoàn thành;Kinh phí hỗ trợ (đồng);Ghi chú"
    static let keys = ["xa", "thon", "chu_ho", "nam_sinh", "doi_tuong", "hinh_thuc", "du_dk_dat", "tinh_trang",
                       "ngay_phe_duyet", "ngay_khoi_cong", "ngay_hoan_thanh", "kinh_phi", "ghi_chu"]
    /// A household with nothing wrong, as a workbook row.
    static func household(_ row: Int) -> String {
        HandMadeWorkbook.textRow(row, ["Xã Vĩnh An", "Thôn A", "Lê Văn C", "", "Hộ nghèo", "Xây mới", "Có", "Chưa phê duyệt hồ sơ"])
    }
    /// The first bytes of an OLE compound file (an .xls, or an .xlsx under a password).
    static let compoundFile = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504))

    static let cases: [Case] = [
        // The title says June: the whole file belongs to another period.
        Case("period-mismatch", "error", line: nil, column: nil, status: 1, .check([.text("NO01 An Châu T6.csv", """
            Biểu NO01 - Danh sách hộ ở nhà tạm, nhà dột nát - Tháng 6/2024
            \(no01Header)
            An Châu;Phố Mới;Hoàng Thị Mai;1970;Hộ nghèo;Xây mới;Có;Chưa phê duyệt hồ sơ;;;;;

            """)], path: "NO01 An Châu T6.csv")),
        // The first file has an error (31/02); the later one replaces it, so its error does
        // not count and the month is valid.
        Case("submission-superseded", "warning", line: nil, column: nil, status: 0, .check([
            .text("in/NO01 An Châu T5.csv", """
                Biểu NO01 - Danh sách hộ ở nhà tạm, nhà dột nát - Tháng 5/2024
                \(no01Header)
                An Châu;Phố Mới;Hoàng Thị Mai;1970;Hộ nghèo;Xây mới;Có;Đã phê duyệt hồ sơ;31/02/2024;;;;

                """, secondsAgo: 3600),
            .text("in/NO01 An Châu T5 (sửa).csv", """
                Biểu NO01 - Danh sách hộ ở nhà tạm, nhà dột nát - Tháng 5/2024
                \(no01Header)
                An Châu;Phố Mới;Hoàng Thị Mai;1970;Hộ nghèo;Xây mới;Có;Đã phê duyệt hồ sơ;28/02/2024;;;;

                """, secondsAgo: 60),
        ], path: "in")),
        // One house completed in May, none in June: a running total fell.
        Case("decreased-since-last-period", "warning", line: nil, column: nil, status: 0, .archive(
            may: .text("NO01 An Châu T5.csv", """
                Biểu NO01 - Danh sách hộ ở nhà tạm, nhà dột nát - Tháng 5/2024
                \(no01Header)
                An Châu;Phố Mới;Hoàng Thị Mai;1970;Hộ nghèo;Xây mới;Có;Hoàn thành;01/03/2024;15/03/2024;10/05/2024;55.000.000;

                """),
            june: .text("NO01 An Châu T6.csv", """
                Biểu NO01 - Danh sách hộ ở nhà tạm, nhà dột nát - Tháng 6/2024
                \(no01Header)
                An Châu;Phố Mới;Hoàng Thị Mai;1970;Hộ nghèo;Xây mới;Có;Đang thi công;01/03/2024;15/03/2024;;55.000.000;

                """))),
        // A letter beside a return in the inbox: listed, not read, not an error.
        Case("file-skipped", "info", line: nil, column: nil, status: 0, .check([
            .text("in/NO01.csv", "\(no01Header)\nVĩnh An;Làng Chẽ;Hoàng Văn Tám;1968;Hộ nghèo;Xây mới;Có;Chưa phê duyệt hồ sơ;;;;;\n"),
            .text("in/thu.docx", "x"),
        ], path: "in")),
        Case("no-returns", "error", line: nil, column: nil, status: 1, .check([.folder("in")], path: "in")),
        // A hidden list of values beside the NO01 sheet.
        Case("sheet-skipped", "info", line: nil, column: nil, status: 0, .check([.workbook("NO01.xlsx", HandMadeWorkbook.parts(
            sheetData: HandMadeWorkbook.textRow(1, keys) + household(2),
            extraSheets: [(name: "DanhMuc", state: "hidden", data: HandMadeWorkbook.textRow(1, ["Hộ nghèo"]))]))], path: "NO01.xlsx")),
        // A2 names shared string 7 of a table of one: the whole workbook is refused, so the
        // issue has no sheet or cell of its own, but its line is the row.
        Case("xlsx-invalid", "error", line: 2, column: nil, status: 1, .check([.workbook("NO01.xlsx", HandMadeWorkbook.parts(
            sheetData: HandMadeWorkbook.textRow(1, keys) + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>7</v></c></row>",
            strings: ["<t>a</t>"]))], path: "NO01.xlsx")),
        Case("xlsx-encrypted", "error", line: nil, column: nil, status: 1, .check([.bytes("NO01.xlsx",
            compoundFile + Data("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }))], path: "NO01.xlsx")),
        // 200 rows of 4,000 characters: 800 kB of sheet, over a limit of 0.1 MB.
        Case("file-too-large", "error", line: nil, column: nil, status: 1, .check([.workbook("NO01.xlsx", HandMadeWorkbook.parts(
            sheetData: HandMadeWorkbook.textRow(1, keys)
                + (2...201).map { HandMadeWorkbook.textRow($0, ["Xã Vĩnh An", String(repeating: "z", count: 4000)]) }.joined()))],
            path: "NO01.xlsx", args: ["--max-file-size", "0.1"])),
        // L2 (kinh_phi) holds a formula never computed: read as empty, the row accepted.
        Case("formula-no-value", "warning", line: 2, column: "kinh_phi", cell: "NO01!L2", status: 0, .check([.workbook("NO01.xlsx",
            HandMadeWorkbook.parts(sheetData: HandMadeWorkbook.textRow(1, keys)
                + household(2).replacingOccurrences(of: "</row>", with: "<c r=\"L2\"><f>SUM(L3:L9)</f></c></row>")))], path: "NO01.xlsx")),
        // The title line names model 2023.0; the model in use is 2024.1. The issue is about the
        // line, not a cell.
        Case("template-outdated", "warning", line: 1, column: nil, status: 0, .check([.workbook("NO01.xlsx",
            HandMadeWorkbook.parts(sheetData: HandMadeWorkbook.textRow(1, ["Biểu NO01 - Danh sách hộ (mẫu TongHop, mô hình 2023.0)"])
                + HandMadeWorkbook.textRow(2, keys) + household(3)))], path: "NO01.xlsx")),
        // Both approval dates read only month first (25 and 20 March): a file-level warning, the
        // dates taken as the file writes them.
        Case("date-order-us", "warning", line: nil, column: nil, status: 0, .check([.text("NO01 An Châu.csv", """
            \(no01Header)
            An Châu;Phố Mới;Hoàng Thị Mai;1970;Hộ nghèo;Xây mới;Có;Đã phê duyệt hồ sơ;03/25/2024;;;;
            An Châu;Phố Mới;Lê Văn C;1970;Hộ nghèo;Xây mới;Có;Đã phê duyệt hồ sơ;03/20/2024;;;;

            """)], path: "NO01 An Châu.csv")),
        // 20/04 to 28/04/2024: water back after 8 days.
        Case("outage-over-5-days", nil, line: 3, column: nil, status: 0, .finding(.text("NS01.csv", """
            Biểu NS01 - Sự cố mất nước sinh hoạt
            "Xã, thị trấn","Thôn, tổ dân phố","Địa điểm, tuyến",Nguyên nhân,Số hộ bị ảnh hưởng,Ngày mất nước,Ngày cấp nước trở lại,Đơn vị chịu trách nhiệm
            An Châu,Phố Mới,Đường trục chính,Thi công dự án đường trục chính thị trấn An Châu,45,20/04/2024,28/04/2024,Nhà thầu
            An Châu,Thôn Mới,Ống cấp số 2,Hỏng đường ống,12,02/05/2024,04/05/2024,

            """), workbook: "nuoc.xlsx", sheet: "NS01 Sự cố mất nước sinh hoạt", says: "Mất nước quá 5 ngày")),
        // Due 29/04/2024, still under way when the window closes on 14/05/2024.
        Case("overdue", nil, line: 5, column: nil, status: 0, .finding(.text("CQ01 TNMT T5.csv", """
            Biểu CQ01 - Theo dõi thực hiện Kết luận ngày 11/4/2024 - Tháng 5/2024

            Cơ quan chủ trì,Mục trong Kết luận,Nội dung được giao,Hạn hoàn thành,Tình trạng,Ngày hoàn thành,"Số văn bản trả lời, báo cáo",Ghi chú
            Phòng Tài nguyên và Môi trường,3.1(1),Kiểm điểm trách nhiệm GPMB,29/04/2024,Đã hoàn thành,26/04/2024,88/TNMT,
            Phòng Tài nguyên và Môi trường,3.1(2),Làm việc với Công ty 45,29/04/2024,Đang thực hiện,,,

            """), workbook: "co-quan-huyen.xlsx", sheet: "CQ01 Theo dõi thực hiện Kết", says: "Quá hạn: đã qua hạn hoàn thành mà chưa hoàn thành")),
    ]


    @Test func everyCodeOfTheEnumHasAnEndToEndCase() {
        let here = Self.cases.map(\.code), there = IssueCodeTests.cases.map(\.code)
        #expect(Set(here).count == here.count, "a code twice in this table")
        #expect(Set(here).isDisjoint(with: there), "a code in both tables: \(Set(here).intersection(there).sorted())")
        let covered = Set(here + there)
        let enumerated = Set(IssueCode.allCases.map(\.rawValue))
        #expect(enumerated.subtracting(covered).isEmpty,
                "codes without an end-to-end case: \(enumerated.subtracting(covered).sorted())")
        #expect(covered.subtracting(enumerated).isEmpty, "cases for codes the enum does not have: \(covered.subtracting(enumerated).sorted())")
    }

    @Test(arguments: SeverityCatalogueTests.cases)
    func theCodeComesWithItsSeverityPlaceAndExitStatus(_ c: Case) throws {
        let dir = try TemporaryFolder()
        switch c.scenario {
        case let .check(inputs, path, args):
            try inputs.forEach { try Self.write($0, in: dir) }
            let run = try TongHopBinary.run(["check", dir.path(path), "--period", "2024-05", "--format", "json"] + args)
            #expect(!run.signaled)
            #expect(run.status == c.status, "\(c.code): exit \(run.status), SPEC gives \(c.status)")
            let json = try #require(run.json, "no JSON report: \(run.stderr.prefix(300))")
            #expect(json["valid"] as? Bool == (c.status == 0))
            try Self.expectIssue(c, in: json)
        case let .archive(may, june):
            let data = dir.path("data")
            for (input, period) in [(may, "2024-05"), (june, "2024-06")] {
                let path = try Self.write(input, in: dir)
                let run = try TongHopBinary.run(["import", path, "--period", period, "--data", data])
                try #require(run.status == 0, "import \(path): \(run.output) \(run.stderr)")
            }
            let run = try TongHopBinary.run(["build", "--period", "2024-06", "--data", data, "--out", dir.path("out"), "--quiet"])
            #expect(!run.signaled)
            #expect(run.status == c.status, "\(c.code): exit \(run.status), SPEC gives \(c.status)")
            try Self.expectIssue(c, in: SubmissionReturns.json(dir.url.appendingPathComponent("out/2024-06/bao-cao.json")))
        case let .finding(input, workbook, sheet, says):
            let path = try Self.write(input, in: dir)
            let run = try TongHopBinary.run(["build", path, "--period", "2024-05", "--out", dir.path("out"), "--quiet"])
            #expect(!run.signaled)
            #expect(run.status == c.status, "\(c.code): exit \(run.status), SPEC gives \(c.status)")
            let folder = dir.url.appendingPathComponent("out/2024-05")
            let report = try SubmissionReturns.json(folder.appendingPathComponent("bao-cao.json"))
            let codes = Self.issues(report).compactMap { $0["code"] as? String }
            #expect(!codes.contains(c.code), "a finding is not an input issue: \(codes)")
            #expect(!Self.issues(report).contains { $0["severity"] as? String == "error" }, "the return itself has an error: \(codes)")
            let line = try #require(c.line)
            let cells = try XLSXFile(path: folder.appendingPathComponent(workbook).path).cells(sheet)
            #expect(Self.column("Nhận xét", ofRowWithLine: line, in: cells) == says, "\(c.code): line \(line) of \(sheet)")
            let others = cells.filter { $0.value.value == says }.count
            #expect(others == 1, "\(c.code): \(others) rows say «\(says)»")
        }
    }

    /// Writes an input into the case's folder and returns its path.
    @discardableResult
    static func write(_ input: Input, in dir: TemporaryFolder) throws -> String {
        switch input {
        case let .text(name, text, secondsAgo):
            let path = try dir.write(name, text)
            try SubmissionReturns.touch(path, secondsAgo: secondsAgo)
            return path
        case let .bytes(name, bytes):
            return try dir.write(name, bytes)
        case let .workbook(name, parts):
            return try HandMadeWorkbook.write(parts, to: dir.url, name: name).path
        case let .folder(name):
            try FileManager.default.createDirectory(at: dir.url.appendingPathComponent(name), withIntermediateDirectories: true)
            return dir.path(name)
        }
    }

    static func issues(_ report: [String: Any]) -> [[String: Any]] {
        (report["files"] as? [[String: Any]] ?? []).flatMap { $0["issues"] as? [[String: Any]] ?? [] }
    }

    /// Every issue of the code has the case's severity; one of them has its line, column and cell.
    static func expectIssue(_ c: Case, in report: [String: Any]) throws {
        let all = issues(report)
        let found = all.filter { $0["code"] as? String == c.code }
        try #require(!found.isEmpty, "\(c.code) not reported; got \(all.compactMap { $0["code"] as? String })")
        for issue in found {
            #expect(issue["severity"] as? String == c.severity, "\(c.code) reported as \(issue["severity"] ?? "nothing")")
        }
        let places = found.map { Place(line: $0["line"] as? Int, column: $0["column"] as? String, cell: $0["cell"] as? String) }
        #expect(places.contains(Place(line: c.line, column: c.column, cell: c.cell)), "\(c.code) at \(places)")
    }

    struct Place: Equatable, CustomStringConvertible {
        let line: Int?, column: String?, cell: String?
        var description: String { "line \(line.map(String.init) ?? "-") column \(column ?? "-") cell \(cell ?? "-")" }
    }

    /// The value in the column titled `title` of the row whose «Dòng» (source line) is `line`,
    /// on a sheet of the form's rows.
    static func column(_ title: String, ofRowWithLine line: Int, in cells: [String: XLSXFile.Cell]) -> String? {
        func split(_ ref: String) -> (column: String, row: String) {
            (String(ref.prefix { $0.isLetter }), String(ref.drop { $0.isLetter }))
        }
        guard let lineHeader = cells.first(where: { $0.value.value == "Dòng" })?.key,
              let titleHeader = cells.first(where: { $0.value.value == title })?.key else { return nil }
        let header = split(lineHeader)
        guard let row = cells.first(where: { ref, cell in
            let at = split(ref)
            return at.column == header.column && at.row != header.row && cell.value == String(line)
        }).map({ split($0.key).row }) else { return nil }
        return cells[split(titleHeader).column + row]?.value
    }
}
