import Foundation
import Testing
import Common
import CSVReading
import TaskModel
import TestSupport
@testable import Validation

/// The validator on files written here, checked by `(line, column, code)` and row counts.
@Suite struct ValidatorTests {
    static let model = try! Model.bundled()
    static let may = model.period("2024-05")!

    func validate(_ text: String, name: String = "f.csv", form: String? = nil, limit: Int = 1000, keepRows: Bool = false) throws -> FileResult {
        let dir = try TemporaryFolder()
        let path = try dir.write(name, text)
        let v = Validator(model: Self.model, options: ValidationOptions(period: Self.may, form: form, issueLimit: limit, keepRows: keepRows))
        return v.validate(path: path)
    }

    func tuples(_ r: FileResult) -> Set<String> {
        Set(r.report.issues.map { "\($0.line.map(String.init) ?? "-") \($0.column ?? "-") \($0.code.rawValue)" })
    }

    @Test func headerUnderTitleLinesWithKeysAndTitlesMixed() throws {
        let r = try validate("""
        UBND XÃ HỮU SẢN
        BIỂU NS02 - TÌNH HÌNH NƯỚC SINH HOẠT

        xa;THON, TO DAN PHO;so_ho_thieu_nuoc;Số hộ tự tìm nguồn nước;Số hộ được hỗ trợ
        Hữu Sản;Nà Hồng;12;5;3
        Hữu Sản;Khe Đặng;1.234;5;3
        """)
        #expect(r.report.form == "NS02")
        #expect(r.report.headerLine == 4)
        #expect(r.report.rows == {
            var c = RowCounts(); c.read = 2; c.accepted = 2; return c
        }())
        #expect(r.report.units == ["07624"])
    }

    /// A unit or enumeration cell repeating the one above is answered from the column's last
    /// few cells: each row still gets its own issues, on its own line, and its own value.
    @Test func repeatedCellsKeepTheirOwnLinesAndValues() throws {
        let r = try validate("""
        xa;THON, TO DAN PHO;so_ho_thieu_nuoc;Số hộ tự tìm nguồn nước;Số hộ được hỗ trợ
        Hữu Sản;Nà Hồng;12;5;3
        Thanh Sơn;Thôn 1;12;5;3
        Thanh Sơn;Thôn 2;7;5;3
        Xã Không Có;Thôn 3;7;5;3
        Hữu Sản;Khe Đặng;2;1;1
        Xã Không Có;Thôn 4;7;5;3
        Thanh Sơn;Thôn 5;3;1;1
        """, keepRows: true)
        #expect(tuples(r) == ["3 xa unit-alias", "4 xa unit-alias", "5 xa unit-unknown", "7 xa unit-unknown", "8 xa unit-alias"])
        #expect(r.report.issues.filter { $0.code == .unitUnknown }.map(\.value) == ["Xã Không Có", "Xã Không Có"])
        #expect(r.rows.map(\.unit) == ["07624", "07616", "07616", "07624", "07616"])
        #expect(r.rows.map(\.line) == [2, 3, 4, 6, 8])
    }

    @Test func unknownAndDuplicateColumns() throws {
        let r = try validate("""
        "Xã, thị trấn",Thôn,Số hộ thiếu nước sinh hoạt,Số hộ tự tìm nguồn nước,Số hộ được hỗ trợ,Điện thoại
        Hữu Sản,Nà Hồng,12,5,3,0912
        """)
        #expect(tuples(r).contains("1 - column-unknown"))
        #expect(r.report.rows.accepted == 1)
        // The row-number column is unknown to the forms (SPEC: a warning) unless the model's
        // ignored_headers names it.
        let numberedText = """
        STT,"Xã, thị trấn",Thôn,Số hộ thiếu nước sinh hoạt,Số hộ tự tìm nguồn nước,Số hộ được hỗ trợ
        1,Hữu Sản,Nà Hồng,12,5,3
        """
        #expect(tuples(try validate(numberedText)) == ["1 - column-unknown"])
        var quiet = Self.model
        quiet.ignoredHeaders = ["STT"]
        let dir = try TemporaryFolder()
        let numbered = Validator(model: quiet, options: ValidationOptions(period: Self.may)).validate(path: try dir.write("n.csv", numberedText))
        #expect(numbered.report.issues.isEmpty)
        #expect(numbered.report.rows.accepted == 1)
        let d = try validate("""
        "Xã, thị trấn",Thôn,Số hộ thiếu nước sinh hoạt,Số hộ tự tìm nguồn nước,Số hộ được hỗ trợ,so_ho_duoc_ho_tro
        Hữu Sản,Nà Hồng,12,5,3,3
        """)
        #expect(tuples(d).contains("1 so_ho_duoc_ho_tro column-duplicate"))
        #expect(d.report.rows.rejected == 1)
    }

    @Test func rulesAndRangesAndAmbiguousNumbers() throws {
        let r = try validate("""
        Xã, thị trấn;Thôn;Số hộ thiếu nước sinh hoạt;Số hộ tự tìm nguồn nước;Số hộ được hỗ trợ
        Hữu Sản;A;12;5;6
        Hữu Sản;B;-1;5;3
        Hữu Sản;C;1,234;5;3
        """)
        #expect(tuples(r) == ["2 so_ho_duoc_ho_tro rule", "3 so_ho_thieu_nuoc range", "4 so_ho_thieu_nuoc number-ambiguous"])
        #expect(r.report.issues.first?.rule == "NS02-R1")
        #expect(r.report.rows.rejected == 3)
    }

    @Test func totalsRowIsSkippedAndCheckedAgainstTheRowsAbove() throws {
        let r = try validate("""
        Xã, thị trấn;Thôn;Số hộ thiếu nước sinh hoạt;Số hộ tự tìm nguồn nước;Số hộ được hỗ trợ
        Hữu Sản;A;12;5;3
        Hữu Sản;B;8;5;3
        TỔNG CỘNG;;20;11;6
        """)
        #expect(tuples(r) == ["4 - total-row", "4 so_ho_tu_tim_nguon total-mismatch"])
        #expect(r.report.rows.skipped == 1)
        #expect(r.report.rows.accepted == 2)
    }

    @Test func checklistWithoutSomeTasksWarnsTaskMissing() throws {
        let r = try validate("""
        "Xã, thị trấn",Mã nhiệm vụ,Tình trạng,Tỷ lệ hoàn thành (%),Ngày hoàn thành
        Vĩnh An,DD-1,Đang triển khai,40%,
        Vĩnh An,NO-1,Hoàn thành,100,30/04/2024
        """)
        #expect(r.report.form == "TD01")
        let missing = r.report.issues.first { $0.code == .taskMissing }
        #expect(missing != nil)
        guard case .missing(let codes)? = missing?.detail else {
            Issue.record("task-missing should list the missing tasks, found \(String(describing: missing?.detail))")
            return
        }
        #expect(codes.count == Self.model.tasks(in: try #require(Self.model.form("TD01"))).count - 2)
        #expect(!codes.contains("DD-1"))
    }

    @Test func issueLimitKeepsCountsExact() throws {
        var text = "Xã, thị trấn;Thôn;Số hộ thiếu nước sinh hoạt;Số hộ tự tìm nguồn nước;Số hộ được hỗ trợ\n"
        for i in 0..<50 { text += "Hữu Sản;T\(i);abc;5;3\n" }
        let r = try validate(text, limit: 10)
        #expect(r.report.issues.count == 10)
        #expect(r.report.errorCount == 50)
        #expect(r.report.issuesOmitted == 40)
        #expect(r.report.rows.rejected == 50)
    }

    @Test func acceptedRowsAreTypedWithComputedColumnsAndFindings() throws {
        let r = try validate("""
        "Xã, thị trấn","Thôn, tổ dân phố","Địa điểm, tuyến",Nguyên nhân,Số hộ bị ảnh hưởng,Ngày mất nước,Ngày cấp nước trở lại
        An Châu,Phố Mới,Đường trục chính,Thi công dự án đường trục chính thị trấn An Châu,20,01/05/2024,03/05/2024
        An Châu,Phố Cũ,Đường trục chính,Hỏng đường ống,15,01/05/2024,
        """, keepRows: true)
        #expect(r.report.rows.accepted == 2)
        let form = Self.model.form("NS01")!
        let days = form.allKeys.firstIndex(of: "so_ngay_mat_nuoc")!
        #expect(r.rows[0].values[days] == .integer(2))
        #expect(r.rows[1].values[days] == .integer(13))
        #expect(r.rows[1].findings.contains(.outageOver5Days))
        #expect(r.rows[0].findings.isEmpty)
        #expect(r.rows[0].unit == "07615")
    }
}

@Suite struct InputFilesTests {
    @Test func foldersAreSearchedRecursivelyInStableOrder() throws {
        let dir = try TemporaryFolder()
        try dir.write("b/2.csv", "x")
        try dir.write("a/1.TXT", "x")
        try dir.write("a/z.tsv", "x")
        try dir.write("a/book.xlsx", "x")
        try dir.write("a/skip.pdf", "x")
        try dir.write(".hidden.csv", "x")
        let survey = try InputFiles.survey([dir.url.path])
        let files = survey.files.map { String($0.dropFirst(dir.url.path.count)) }
        #expect(files == ["/a/1.TXT", "/a/book.xlsx", "/a/z.tsv", "/b/2.csv"])
        #expect(survey.notRead.map { String($0.path.dropFirst(dir.url.path.count)) } == ["/.hidden.csv", "/a/skip.pdf"])
        #expect(survey.notRead.map(\.reason) == [.hidden, .pdf])
        #expect(throws: InputFiles.Missing.self) { try InputFiles.expand([dir.url.path + "/nope"]) }
    }
}

@Suite struct ReportTests {
    @Test func jsonHasTheDocumentedShapeWithNulls() throws {
        let model = try Model.bundled()
        var f = FileReport(path: "x.csv")
        f.rows.read = 1
        f.rows.rejected = 1
        f.errorCount = 1
        f.issues = [Issue(.typeDate, line: 2, column: "ngay_phe_duyet", value: "31/02/2024", detail: .expected(.date))]
        f.form = "NO01"
        let report = RunReport(period: model.period("2024-05")!, periodAssumed: false, files: [f])
        let json = try #require(try JSONSerialization.jsonObject(with: report.json(model: model, english: false)) as? [String: Any])
        #expect(json["valid"] as? Bool == false)
        let issue = try #require(((json["files"] as? [[String: Any]])?.first?["issues"] as? [[String: Any]])?.first)
        #expect(issue["rule"] is NSNull)
        #expect(issue["line"] as? Int == 2)
        #expect((issue["message"] as? String)?.contains("Ngày phê duyệt hồ sơ") == true)
        #expect((issue["message"] as? String)?.contains("31/02/2024") == true)
    }
}
