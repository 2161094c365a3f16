import Foundation
import Testing
import TestSupport

/// Month over month from the archive: last month's value and the change of each cumulative
/// measure on Tổng hợp, a warning when a running total falls, and the district's progress on
/// tasks with a deadline. Figures worked out by hand from the returns below.
@Suite struct MonthOverMonthTests {
    /// June for An Châu: Hoàng Thị Mai, completed in May, is now written "Đang thi công" (a
    /// mistake: 1 completed house in May, 0 in June); approved files stay 2 (Mai and Lợi).
    static let june = """
        Biểu NO01 - Danh sách hộ ở nhà tạm, nhà dột nát - Tháng 6/2024
        \(SubmissionReturns.header)
        An Châu;Phố Mới;Hoàng Thị Mai;1970;Hộ nghèo;Xây mới;Có;Đang thi công;01/03/2024;15/03/2024;;55.000.000;
        An Châu;Phố Cũ;Dương Văn Lợi;1980;Hộ nghèo;Sửa chữa;Có;Đang thi công;28/02/2024;01/06/2024;;20.000.000;
        An Châu;Phố Cũ;Vi Văn Nam;1985;Hộ nghèo;Xây mới;Có;Chưa phê duyệt hồ sơ;;;;;

        """

    @Test func cumulativeMeasuresShowLastMonthAndTheChange() throws {
        let dir = try TemporaryFolder()
        let data = dir.path("data")
        let may = try dir.write("in/NO01 An Châu T5 (sửa).csv", SubmissionReturns.corrected)
        let june = try dir.write("in/NO01 An Châu T6.csv", Self.june)
        #expect(try TongHopBinary.run(["import", may, "--period", "2024-05", "--data", data]).status == 0)
        #expect(try TongHopBinary.run(["import", june, "--period", "2024-06", "--data", data]).status == 0)
        let run = try TongHopBinary.run(["build", "--period", "2024-06", "--data", data, "--out", dir.path("out")])
        #expect(run.status == 0, "\(run.stderr)")
        let folder = dir.url.appendingPathComponent("out/2024-06")
        let nhaO = BuildCommandTests.summary(try XLSXFile(path: folder.appendingPathComponent("nha-o.xlsx").path))
        let anChau = try #require(nhaO["Thị trấn An Châu"]), total = try #require(nhaO["Tổng cộng"])
        #expect(anChau["Hoàn thành"]?.number == 0)
        #expect(anChau["Hoàn thành — tháng trước (2024-05)"]?.number == 1)
        #expect(anChau["Hoàn thành — tăng/giảm"]?.number == -1)
        #expect(anChau["Hoàn thành — tăng/giảm"]?.formula?.contains("-") == true)
        #expect(anChau["Đã phê duyệt hồ sơ — tháng trước (2024-05)"]?.number == 2)
        #expect(anChau["Đã phê duyệt hồ sơ — tăng/giảm"]?.number == 0)
        #expect(total["Hoàn thành — tháng trước (2024-05)"]?.number == 1)
        #expect(total["Hoàn thành — tháng trước (2024-05)"]?.formula?.hasPrefix("SUM(") == true)
        #expect(nhaO["Xã Vĩnh An"]?["Hoàn thành — tăng/giảm"]?.number == 0)

        // The fall is a warning on An Châu's return slip and in bao-cao.json.
        let report = try SubmissionReturns.json(folder.appendingPathComponent("bao-cao.json"))
        let file = try #require(SubmissionReturns.file(report, named: "NO01 An Châu T6.csv"))
        let decreases = (file["issues"] as? [[String: Any]] ?? []).filter { $0["code"] as? String == "decreased-since-last-period" }
        #expect(decreases.map { $0["value"] as? String } == ["Hoàn thành: 0"])
        #expect((decreases.first?["message"] as? String)?.contains("kỳ trước (1)") == true)
        let slip = try XLSXFile(path: folder.appendingPathComponent("tra-lai/07615-an-chau.xlsx").path)
        #expect(slip.cells("Phiếu trả lại").values.contains { $0.value.contains("decreased-since-last-period") })

        // Tasks with a deadline: the share done and the months left (window ends 14/06/2024).
        let progress = try XLSXFile(path: folder.appendingPathComponent("nha-o.xlsx").path).cells("Tiến độ nhiệm vụ")
        #expect(progress.values.contains { $0.value == "Hoàn thành 0/17 xã (0%); còn 6 tháng" })   // NO-2, 31/12/2024
        #expect(progress.values.contains { $0.value == "Hoàn thành 0/17 xã (0%); còn 0 tháng" })   // NO-1, 30/06/2024

        // A folder build of the same June has no previous month to compare with.
        let plain = try TongHopBinary.run(["build", june, "--period", "2024-06", "--out", dir.path("plain")])
        #expect(plain.status == 0)
        let flat = BuildCommandTests.summary(try XLSXFile(path: dir.url.appendingPathComponent("plain/2024-06/nha-o.xlsx").path))
        #expect(flat["Thị trấn An Châu"]?["Hoàn thành — tăng/giảm"] == nil)
    }
}
