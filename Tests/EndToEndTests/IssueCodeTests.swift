import Foundation
import Testing
import TestSupport

/// Every input code of SPEC §4 (and the findings `check` reports as row warnings), run end to
/// end: the code is reported with the severity SPEC gives it, at the line and column where the
/// mistake is in the file, and `check` exits with the status SPEC gives for the file (written
/// here, not read back from the report: 1 when the file has an error, 0 when only warnings).
@Suite struct IssueCodeTests {
    struct Case: Sendable, CustomStringConvertible {
        let code: String
        /// A file of `Tests/Fixtures/bad`, or a name and the text of a file written for the case.
        let file: String
        let text: String?
        let args: [String]
        let severity: String
        let line: Int?
        let column: String?
        let status: Int32
        var description: String { code }

        init(_ code: String, _ file: String, text: String? = nil, args: [String] = [],
             _ severity: String, line: Int?, column: String?, status: Int32) {
            (self.code, self.file, self.text, self.args) = (code, file, text, args)
            (self.severity, self.line, self.column, self.status) = (severity, line, column, status)
        }
    }

    static let cases: [Case] = [
        // File level.
        Case("io-error", "file-over-limit.csv", args: ["--max-file-size", "0.1"], "error", line: nil, column: nil, status: 1),
        Case("encoding-invalid", "nul-in-middle.csv", "error", line: 3, column: nil, status: 1),
        Case("encoding-guessed", "windows-1258.csv", "warning", line: nil, column: nil, status: 0),
        Case("csv-malformed", "unterminated-quote-multiline.csv", "error", line: 3, column: nil, status: 1),
        Case("header-not-found", "header-too-low.csv", "error", line: nil, column: nil, status: 1),
        Case("form-unknown", "header-of-no-form.csv", "error", line: 1, column: nil, status: 1),
        Case("form-ambiguous", "header-of-several-forms.csv", "error", line: 1, column: nil, status: 1),
        Case("column-missing", "column-missing.csv", "error", line: 1, column: "chu_ho", status: 1),
        Case("column-unknown", "column-unknown.csv", "warning", line: 1, column: nil, status: 0),
        Case("column-duplicate", "duplicate-headers.csv", "error", line: 1, column: "thon", status: 1),
        Case("task-missing", "task-missing.csv", "warning", line: nil, column: "ma_nhiem_vu", status: 0),
        // Row level.
        Case("cell-extra", "cell-extra.csv", "error", line: 2, column: nil, status: 1),
        Case("required", "required.csv", "error", line: 2, column: "chu_ho", status: 1),
        Case("type-int", "year-two-digits.csv", "error", line: 2, column: "nam_sinh", status: 1),
        Case("type-decimal", "decimal-words.csv", "error", line: 2, column: "dien_tich_can", status: 1),
        Case("type-date", "date-feb-29-2023.csv", "error", line: 2, column: "ngay_phe_duyet", status: 1),
        Case("type-bool", "bool-maybe.csv", "error", line: 2, column: "du_dk_dat", status: 1),
        Case("type-enum", "enum-unknown.csv", "error", line: 2, column: "doi_tuong", status: 1),
        Case("range", "percent-over-100.csv", "error", line: 2, column: "ty_le", status: 1),
        Case("length", "text-too-long.csv", "error", line: 2, column: "thon", status: 1),
        Case("number-ambiguous", "number-ambiguous.csv", "error", line: 2, column: "so_ho_thieu_nuoc", status: 1),
        Case("date-two-digit-year", "date-two-digit-year.csv", "warning", line: 2, column: "ngay_phe_duyet", status: 0),
        Case("date-serial", "date-serial.csv", "warning", line: 2, column: "ngay_phe_duyet", status: 0),
        Case("date-after-period", "date-after-period.csv", "error", line: 2, column: "ngay_phe_duyet", status: 1),
        Case("unit-unknown", "unit-unknown.csv", "error", line: 2, column: "xa", status: 1),
        Case("unit-alias", "unit-alias.csv", "warning", line: 2, column: "xa", status: 0),
        Case("rule", "rule.csv", "error", line: 2, column: "ngay_hoan_thanh", status: 1),
        Case("duplicate-row", "duplicate-row.csv", "error", line: 3, column: nil, status: 1),
        Case("total-row", "total-row.csv", "info", line: 3, column: nil, status: 0),
        Case("total-mismatch", "total-mismatch.csv", "warning", line: 3, column: "so_ho_thieu_nuoc", status: 0),
        Case("cap-exceeded", "cap-exceeded.csv", "warning", line: 2, column: "kinh_phi", status: 0),
        // Findings that `check` reports on the row that causes them.
        Case("cold-season-delivery", "oc02.csv", text: """
            Xã, thị trấn;Tên dự án;Đối tượng (3 cây, 2 con);Quy mô;Đơn vị tính;Số hộ tham gia;Kinh phí (đồng);Tình trạng;Ngày cấp giống
            Yên Định;Nuôi gà;Con gà;500;con;10;;Đã phê duyệt;05/01/2024

            """, "warning", line: 2, column: "ngay_cap_giong", status: 0),
        Case("ocop-expiring", "oc01.csv", text: """
            Xã, thị trấn;Tên sản phẩm;Chủ thể;Loại chủ thể;Nhóm sản phẩm;Hạng sao;Tình trạng;Ngày quyết định công nhận
            Yên Định;Mật ong;HTX Ong;HTX;Thực phẩm;3 sao;Đã được công nhận;01/07/2021

            """, "warning", line: 2, column: "ngay_cong_nhan", status: 0),
        Case("ocop-expired", "oc01.csv", text: """
            Xã, thị trấn;Tên sản phẩm;Chủ thể;Loại chủ thể;Nhóm sản phẩm;Hạng sao;Tình trạng;Ngày quyết định công nhận
            Yên Định;Gà đồi;THT Gà;THT;Thực phẩm;3 sao;Đã được công nhận;10/05/2024
            Yên Định;Rượu men lá;DN Lá;DN;Đồ uống;3 sao;Đã được công nhận;01/03/2021

            """, "warning", line: 3, column: "ngay_cong_nhan", status: 0),
    ]

    /// SPEC §4's input codes and the findings `check` reports: each needs a case above.
    static let catalogue: Set<String> = [
        "io-error", "encoding-invalid", "encoding-guessed", "csv-malformed", "header-not-found", "form-unknown",
        "form-ambiguous", "column-missing", "column-unknown", "column-duplicate", "task-missing", "cell-extra", "required",
        "type-int", "type-decimal", "type-date", "type-bool", "type-enum", "range", "length", "number-ambiguous",
        "date-two-digit-year", "date-serial", "date-after-period", "unit-unknown", "unit-alias", "rule", "duplicate-row",
        "total-row", "total-mismatch", "cap-exceeded", "cold-season-delivery", "ocop-expiring", "ocop-expired",
    ]

    @Test func everyCodeOfTheCatalogueHasACase() {
        let covered = Set(Self.cases.map(\.code))
        #expect(Self.catalogue.subtracting(covered).isEmpty, "no case for \(Self.catalogue.subtracting(covered).sorted())")
        #expect(covered.subtracting(Self.catalogue).isEmpty)
    }

    @Test(arguments: IssueCodeTests.cases)
    func theCodeComesWithItsSeverityPlaceAndExitStatus(_ c: Case) throws {
        let dir = try TemporaryFolder()
        let path = try c.text.map { try dir.write(c.file, $0) } ?? Fixtures.folder.appendingPathComponent("bad/\(c.file)").path
        let run = try TongHopBinary.run(["check", path, "--period", "2024-05", "--format", "json"] + c.args)
        #expect(!run.signaled)
        #expect(run.status == c.status, "\(c.code): exit \(run.status), SPEC gives \(c.status)")
        let json = try #require(run.json, "no JSON report: \(run.stderr.prefix(300))")
        let files = try #require(json["files"] as? [[String: Any]])
        let issues = files.flatMap { $0["issues"] as? [[String: Any]] ?? [] }.filter { $0["code"] as? String == c.code }
        try #require(!issues.isEmpty, "\(c.code) not reported; got \(files.flatMap { $0["issues"] as? [[String: Any]] ?? [] }.map { $0["code"] ?? "" })")
        for issue in issues {
            #expect(issue["severity"] as? String == c.severity, "\(c.code) reported as \(issue["severity"] ?? "nothing")")
        }
        let places = issues.map { "\(($0["line"] as? Int).map(String.init) ?? "-") \($0["column"] as? String ?? "-")" }
        #expect(places.contains("\(c.line.map(String.init) ?? "-") \(c.column ?? "-")"), "\(c.code) at \(places)")
        #expect(json["valid"] as? Bool == (c.status == 0))
    }
}
