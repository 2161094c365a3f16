import Foundation
import Testing
import TestSupport

/// Dates written month first (LibreOffice's plain CSV, US-region Excel) are named as such
/// for the file, and a date that reads both ways is not guessed.
@Suite struct DateOrderTests {
    static func row(_ name: String, approved: String) -> String {
        "Vĩnh An,Làng Chẽ,\(name),1970,Hộ nghèo,Xây mới,Có,Đã phê duyệt hồ sơ,\(approved),,,,"
    }

    static func check(_ rows: [String]) throws -> [String: Any] {
        let dir = try TemporaryFolder()
        let path = try dir.write("NO01.csv", ([CheckCommandTests.no01Header] + rows).joined(separator: "\n") + "\n")
        let run = try TongHopBinary.run(["check", path, "--period", "2024-05", "--format", "json"])
        #expect(!run.signaled && run.status <= 1, "\(run.stderr)")
        return try #require(run.json)
    }

    static func issues(_ json: [String: Any]) -> [[String: Any]] {
        ((json["files"] as? [[String: Any]])?.first?["issues"] as? [[String: Any]]) ?? []
    }

    @Test func aMonthFirstFileIsWarnedAndItsTwoWayDatesAreNotGuessed() throws {
        let json = try Self.check([Self.row("A", approved: "03/25/2024"), Self.row("B", approved: "04/05/2024"),
                                   Self.row("C", approved: "05/05/2024")])
        let order = Self.issues(json).filter { $0["code"] as? String == "date-order-us" }
        #expect(order.count == 1)
        #expect(order.first?["severity"] as? String == "warning")
        #expect(order.first?["line"] == nil || order.first?["line"] is NSNull)
        #expect(order.first?["value"] as? String == "03/25/2024")
        #expect(CheckCommandTests.tuples(json) == ["- - date-order-us", "3 ngay_phe_duyet type-date"])
        #expect(CheckCommandTests.rows(json) == ["read": 3, "accepted": 2, "rejected": 1, "skipped": 0])
    }

    @Test func aDayFirstFileReadsItsDatesDayFirstWithoutAWord() throws {
        let json = try Self.check([Self.row("A", approved: "25/03/2024"), Self.row("B", approved: "04/05/2024")])
        #expect(CheckCommandTests.tuples(json).isEmpty, "\(Self.issues(json))")
        #expect(CheckCommandTests.rows(json) == ["read": 2, "accepted": 2, "rejected": 0, "skipped": 0])
    }

    @Test func aMonthFirstDateInADayFirstFileStaysAnError() throws {
        let json = try Self.check([Self.row("A", approved: "25/03/2024"), Self.row("B", approved: "03/26/2024")])
        #expect(CheckCommandTests.tuples(json) == ["3 ngay_phe_duyet type-date"])
    }

    @Test func theTwoWayDateIsExplainedInBothLanguages() throws {
        let dir = try TemporaryFolder()
        let path = try dir.write("NO01.csv", [CheckCommandTests.no01Header, Self.row("A", approved: "03/25/2024"),
                                              Self.row("B", approved: "04/05/2024")].joined(separator: "\n"))
        let vi = try TongHopBinary.run(["check", path, "--period", "2024-05"])
        #expect(vi.output.contains("tháng trước ngày"), "\(vi.output)")
        let en = try TongHopBinary.run(["check", path, "--period", "2024-05", "--lang", "en"])
        #expect(en.output.contains("month first") || en.output.contains("month/day"), "\(en.output)")
    }

    /// A workbook row of NO01 whose approval date is `approved`: text, or a cell typed as a date.
    static func workbookRow(_ number: Int, _ name: String, approved: String, typed: Bool = false) -> String {
        let cells = ["Xã Vĩnh An", "Thôn Làng Chẽ", name, "1970", "Hộ nghèo", "Xây mới", "Có", "Đã phê duyệt hồ sơ"]
        let row = HandMadeWorkbook.textRow(number, cells).dropLast("</row>".count)
        let date = typed ? "<c r=\"I\(number)\" s=\"1\"><v>\(approved)</v></c>" : HandMadeWorkbook.text("I\(number)", approved)
        return row + date + "</row>"
    }

    static func checkWorkbook(_ rows: [String]) throws -> [String: Any] {
        let dir = try TemporaryFolder()
        let parts = HandMadeWorkbook.parts(sheetData: HandMadeWorkbook.textRow(1, WorkbookReturnTests.keys) + rows.joined(),
                                           cellFormats: [14])
        let url = try HandMadeWorkbook.write(parts, to: dir.url)
        let run = try TongHopBinary.run(["check", url.path, "--period", "2024-05", "--format", "json"])
        #expect(!run.signaled && run.status <= 1, "\(run.stderr)")
        return try #require(run.json)
    }

    @Test func aWorkbookWhoseTextDatesReadMonthFirstIsWarnedLikeACSVFile() throws {
        let json = try Self.checkWorkbook([Self.workbookRow(2, "A", approved: "03/25/2024"),
                                           Self.workbookRow(3, "B", approved: "04/05/2024")])
        #expect(CheckCommandTests.tuples(json) == ["- - date-order-us", "3 ngay_phe_duyet type-date"])
        #expect(CheckCommandTests.rows(json) == ["read": 2, "accepted": 1, "rejected": 1, "skipped": 0])
    }

    @Test func aWorkbookDateCellIsNoVoteAndATextDateBesideItReadsDayFirst() throws {
        // 45383 is 1 April 2024 in a cell formatted as a date: a day, written neither way.
        let json = try Self.checkWorkbook([Self.workbookRow(2, "A", approved: "45383", typed: true),
                                           Self.workbookRow(3, "B", approved: "04/05/2024")])
        #expect(CheckCommandTests.tuples(json).isEmpty, "\(Self.issues(json))")
        #expect(CheckCommandTests.rows(json) == ["read": 2, "accepted": 2, "rejected": 0, "skipped": 0])
    }
}
