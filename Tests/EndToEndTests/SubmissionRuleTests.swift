import Foundation
import Testing
import TestSupport

/// Issue rules 1 and 2 in folder mode: a file of another period is refused whole; two files
/// for the same (unit, form, period) never add up.
@Suite struct SubmissionRuleTests {
    static let samples = Fixtures.repository.appendingPathComponent("samples").path

    private func build(_ paths: [String], period: String, in dir: TemporaryFolder) throws -> (URL, TongHopBinary.Result) {
        let out = dir.url.appendingPathComponent("out")
        let run = try TongHopBinary.run(["build"] + paths + ["--period", period, "--out", out.path])
        return (out.appendingPathComponent(period), run)
    }

    @Test func aCorrectedResubmissionReplacesTheFirst() throws {
        let dir = try TemporaryFolder()
        let first = try dir.write("in/07615-an-chau/NO01 An Châu T5.csv", SubmissionReturns.first)
        let fixed = try dir.write("in/07615-an-chau/NO01 An Châu T5 (sửa).csv", SubmissionReturns.corrected)
        try SubmissionReturns.touch(first, secondsAgo: 3600)
        try SubmissionReturns.touch(fixed, secondsAgo: 60)
        let (folder, run) = try build([dir.path("in")], period: "2024-05", in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        let nhaO = BuildCommandTests.summary(try XLSXFile(path: folder.appendingPathComponent("nha-o.xlsx").path))
        #expect(nhaO["Thị trấn An Châu"]?["Số hộ"]?.number == 2)
        #expect(nhaO["Thị trấn An Châu"]?["Kinh phí hỗ trợ (đồng)"]?.number == 75_000_000)
        #expect(nhaO["Tổng cộng"]?["Số hộ"]?.number == 2)

        let report = try SubmissionReturns.json(folder.appendingPathComponent("bao-cao.json"))
        #expect(report["valid"] as? Bool == true)   // the first file's error no longer counts
        let old = try #require(SubmissionReturns.file(report, named: "NO01 An Châu T5.csv"))
        #expect(old["superseded_by"] as? String == fixed)
        let issues = try #require(old["issues"] as? [[String: Any]])
        #expect(issues.map { $0["code"] as? String } == ["submission-superseded"])
        #expect((issues[0]["message"] as? String)?.contains("NO01 An Châu T5 (sửa).csv") == true)
        let rows = try #require(old["rows"] as? [String: Int])
        #expect(rows["read"] == rows["accepted"]! + rows["rejected"]! + rows["skipped"]!)
        #expect((report["summary"] as? [String: Any])?["superseded"] as? Int == 1)

        let sheet = try XLSXFile(path: folder.appendingPathComponent("nha-o.xlsx").path).cells("Tình hình nộp")
        let cell = sheet.values.first { $0.value.contains("NO01 An Châu T5.csv") }?.value ?? ""
        #expect(cell.contains("đã thay bằng NO01 An Châu T5 (sửa).csv"))
        #expect(cell.contains("NO01 An Châu T5 (sửa).csv: nhận 2, loại 0"))
    }

    @Test func theLaterFileWinsByModificationTimeNotByName() throws {
        let dir = try TemporaryFolder()
        let first = try dir.write("in/NO01 An Châu T5.csv", SubmissionReturns.first)
        let fixed = try dir.write("in/NO01 An Châu T5 (sửa).csv", SubmissionReturns.corrected)
        try SubmissionReturns.touch(fixed, secondsAgo: 3600)
        try SubmissionReturns.touch(first, secondsAgo: 60)
        let (folder, _) = try build([dir.path("in")], period: "2024-05", in: dir)
        let nhaO = BuildCommandTests.summary(try XLSXFile(path: folder.appendingPathComponent("nha-o.xlsx").path))
        #expect(nhaO["Thị trấn An Châu"]?["Số hộ"]?.number == 3)
    }

    @Test func byteIdenticalCopiesAreReportedOnce() throws {
        let dir = try TemporaryFolder()
        try dir.write("in/a/NO01 An Châu T5.csv", SubmissionReturns.first)
        try dir.write("in/b/NO01 An Châu T5 - copy.csv", SubmissionReturns.first)
        let run = try TongHopBinary.run(["check", dir.path("in"), "--period", "2024-05", "--format", "json"])
        let files = try #require(run.json?["files"] as? [[String: Any]])
        #expect(files.count == 2)
        let kept = files.filter { $0["superseded_by"] is NSNull }
        #expect(kept.count == 1)
        #expect(files.flatMap { ($0["issues"] as? [[String: Any]]) ?? [] }.filter { $0["code"] as? String == "type-date" }.count == 1)
    }

    @Test func aFolderHoldingTwoMonthsBuildsEachFromItsOwnFiles() throws {
        let dir = try TemporaryFolder()
        let (june, run) = try build([Self.samples], period: "2024-06", in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        let nhaO = BuildCommandTests.summary(try XLSXFile(path: june.appendingPathComponent("nha-o.xlsx").path))
        #expect(nhaO["Thị trấn An Châu"]?["Số hộ"]?.number == 10)
        #expect(nhaO["Tổng cộng"]?["Số hộ"]?.number == 82)
        let report = try SubmissionReturns.json(june.appendingPathComponent("bao-cao.json"))
        let may = try #require(SubmissionReturns.file(report, named: "NO01 An Châu T5.csv"))
        #expect(may["belongs_to"] as? String == "2024-05")
        #expect((may["rows"] as? [String: Int])?["accepted"] == 0)

        let (mayFolder, _) = try build([Self.samples], period: "2024-05", in: dir)
        let mayNhaO = BuildCommandTests.summary(try XLSXFile(path: mayFolder.appendingPathComponent("nha-o.xlsx").path))
        // An Châu's corrected May NO01 replaces the first: its 7 households, none refused.
        #expect(mayNhaO["Thị trấn An Châu"]?["Số hộ"]?.number == 7)
    }

    @Test func juneFilesForMayAreRefusedWithPeriodMismatch() throws {
        let run = try TongHopBinary.run(["check", Self.samples + "/2024-06", "--period", "2024-05", "--format", "json"])
        #expect(run.status == 1)
        let files = try #require(run.json?["files"] as? [[String: Any]])
        let anChau = try #require(files.first { ($0["path"] as? String)?.hasSuffix("NO01 An Châu T6.csv") == true })
        let issues = try #require(anChau["issues"] as? [[String: Any]])
        #expect(issues.map { $0["code"] as? String } == ["encoding-guessed", "period-mismatch"])
        let mismatch = issues[1]
        #expect(mismatch["value"] as? String == "2024-06")
        #expect((mismatch["message"] as? String)?.contains("2024-06") == true)
        #expect((mismatch["message"] as? String)?.contains("2024-05") == true)
        let rows = try #require(anChau["rows"] as? [String: Int])
        #expect(rows["accepted"] == 0)
        #expect(rows["read"] == rows["rejected"]! + rows["skipped"]!)
        let named = files.filter { ($0["path"] as? String)?.contains(" T6") == true }
        #expect(!named.isEmpty && named.allSatisfy { $0["belongs_to"] as? String == "2024-06" })
    }

    @Test func aFileSilentOnItsMonthWhoseRowsAreDatedLaterIsAnotherPeriods() throws {
        let dir = try TemporaryFolder()
        let text = """
            \(SubmissionReturns.header)
            An Châu;Phố Mới;Hoàng Thị Mai;1970;Hộ nghèo;Xây mới;Có;Hoàn thành;20/05/2024;25/05/2024;10/06/2024;55.000.000;
            An Châu;Phố Mới;Lương Văn Hùng;1966;Hộ cận nghèo;Sửa chữa;Có;Đã phê duyệt hồ sơ;01/06/2024;;;28.000.000;
            An Châu;Phố Cũ;Vi Văn Nam;1985;Hộ nghèo;Xây mới;Có;Chưa phê duyệt hồ sơ;;;;;

            """
        try dir.write("NO01.csv", text)
        let run = try TongHopBinary.run(["check", dir.path("NO01.csv"), "--period", "2024-05", "--format", "json"])
        let file = try #require((run.json?["files"] as? [[String: Any]])?.first)
        #expect(file["belongs_to"] as? String == "2024-06")
        #expect((file["rows"] as? [String: Int])?["accepted"] == 0)
        #expect((file["rows"] as? [String: Int])?["rejected"] == 3)
        let june = try TongHopBinary.run(["check", dir.path("NO01.csv"), "--period", "2024-06", "--format", "json"])
        #expect(june.status == 0, "\(june.output)")
    }
}
