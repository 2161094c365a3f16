import Foundation
import Testing
import TestSupport

/// `import`, `status`, `history` and `build` without PATH, on the built binary, with a real
/// SQLite archive on disk.
@Suite struct ArchiveCommandTests {
    static let may = Fixtures.repository.appendingPathComponent("samples/2024-05")
    static let june = Fixtures.repository.appendingPathComponent("samples/2024-06")

    /// A copy of `source` at `dir/name`, so tests can change it.
    static func copy(_ source: URL, to dir: TemporaryFolder, as name: String) throws -> URL {
        let target = dir.url.appendingPathComponent(name)
        try FileManager.default.copyItem(at: source, to: target)
        return target
    }

    static func sqlite(_ database: String, _ sql: String) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print('\\n'.join('|'.join(map(str,r)) for r in c.execute(sys.argv[2])))", database, sql]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func importsOverThreeDaysBuildTheSameWorkbooksAsAFolderOfTheCurrentFiles() throws {
        let dir = try TemporaryFolder()
        let current = try Self.copy(Self.may, to: dir, as: "current")
        let data = dir.path("data")
        let units = try FileManager.default.contentsOfDirectory(atPath: current.path).sorted()
        // Day 1 and day 2: the units' returns as they arrive.
        let day1 = try TongHopBinary.run(["import"] + units.prefix(7).map { current.appendingPathComponent($0).path } + ["--period", "2024-05", "--data", data])
        #expect(day1.status == 1, "\(day1.stderr)")   // some returns have errors
        let day2 = try TongHopBinary.run(["import"] + units.dropFirst(7).map { current.appendingPathComponent($0).path } + ["--period", "2024-05", "--data", data])
        #expect(day2.status != 2, "\(day2.stderr)")
        // Day 3: An Châu's corrected NO01; the earlier versions leave the inbox.
        let anChau = current.appendingPathComponent("07615-an-chau")
        let received = try FileManager.default.subpathsOfDirectory(atPath: current.path).filter { path in [".csv", ".txt", ".xlsx"].contains { path.hasSuffix($0) } }.count
        for name in try FileManager.default.contentsOfDirectory(atPath: anChau.path) where name.hasPrefix("NO01 An Châu T5") {
            try FileManager.default.removeItem(at: anChau.appendingPathComponent(name))
        }
        let fixed = Data(SubmissionReturns.corrected.utf8)
        try fixed.write(to: anChau.appendingPathComponent("NO01 An Châu T5 (sửa).csv"))
        let day3 = try TongHopBinary.run(["import", anChau.appendingPathComponent("NO01 An Châu T5 (sửa).csv").path, "--period", "2024-05", "--data", data])
        #expect(day3.status == 0, "\(day3.output)\(day3.stderr)")
        #expect(day3.output.contains("thay bản #"))
        // The same bytes again change nothing.
        let again = try TongHopBinary.run(["import", anChau.appendingPathComponent("NO01 An Châu T5 (sửa).csv").path, "--period", "2024-05", "--data", data])
        #expect(again.output.contains("không đổi gì"))
        // Every file is a submission, Tây Yên Tử's workbook two (its NS01 and NS02 sheets), and
        // the correction one more.
        #expect(try Self.sqlite(data + "/archive.sqlite", "SELECT count(*) FROM submission") == "\(received + 2)")

        let fromArchive = try TongHopBinary.run(["build", "--period", "2024-05", "--data", data, "--out", dir.path("a")])
        #expect(fromArchive.status == 0, "\(fromArchive.stderr)")
        let fromFolder = try TongHopBinary.run(["build", current.path, "--period", "2024-05", "--out", dir.path("b")])
        #expect(fromFolder.status == 0, "\(fromFolder.stderr)")
        let a = dir.url.appendingPathComponent("a/2024-05"), b = dir.url.appendingPathComponent("b/2024-05")
        let slips = try FileManager.default.contentsOfDirectory(atPath: b.appendingPathComponent("tra-lai").path).sorted()
        #expect(try FileManager.default.contentsOfDirectory(atPath: a.appendingPathComponent("tra-lai").path).sorted() == slips)
        for name in ["dat-dai.xlsx", "rung.xlsx", "nha-o.xlsx", "ocop.xlsx", "nuoc.xlsx"] + slips.map({ "tra-lai/" + $0 }) {
            let x = try Data(contentsOf: a.appendingPathComponent(name)), y = try Data(contentsOf: b.appendingPathComponent(name))
            #expect(x == y, "\(name) differs between the archive build and the folder build")
        }
        let nhaO = BuildCommandTests.summary(try XLSXFile(path: a.appendingPathComponent("nha-o.xlsx").path))
        #expect(nhaO["Thị trấn An Châu"]?["Số hộ"]?.number == 2)

        // The month rebuilds after the inbox is cleaned.
        try FileManager.default.removeItem(at: current)
        let rebuilt = try TongHopBinary.run(["build", "--period", "2024-05", "--data", data, "--out", dir.path("c")])
        #expect(rebuilt.status == 0, "\(rebuilt.stderr)")
        let z = try Data(contentsOf: dir.url.appendingPathComponent("c/2024-05/nha-o.xlsx"))
        #expect(z == (try Data(contentsOf: b.appendingPathComponent("nha-o.xlsx"))))
    }

    @Test func statusAndHistoryTellWhoSentWhat() throws {
        let dir = try TemporaryFolder()
        let data = dir.path("data")
        let first = try dir.write("in/07615-an-chau/NO01 An Châu T5.csv", SubmissionReturns.first)
        let fixed = try dir.write("in/07615-an-chau/NO01 An Châu T5 (sửa).csv", SubmissionReturns.corrected)
        #expect(try TongHopBinary.run(["import", first, "--period", "2024-05", "--data", data]).status == 1)
        #expect(try TongHopBinary.run(["import", fixed, "--period", "2024-05", "--data", data]).status == 0)
        let june = try TongHopBinary.run(["import", Self.june.appendingPathComponent("07615-an-chau/NO01 An Châu T6.csv").path,
                                          "--period", "2024-05", "--data", data])
        #expect(june.status == 1)
        #expect(june.output.contains("period-mismatch"))

        let status = try TongHopBinary.run(["status", "--period", "2024-05", "--format", "json", "--data", data])
        #expect(status.status == 0, "\(status.stderr)")
        let grid = try #require(status.json)
        #expect(grid["deadline"] as? String == "2024-05-14")
        #expect(grid["days_left"] is Int)
        let units = try #require(grid["units"] as? [[String: Any]])
        #expect(units.filter { ($0["code"] as? String)?.hasPrefix("076") == true }.count == 17)   // every commune, then the agencies
        let anChau = try #require(units.first { $0["code"] as? String == "07615" }?["cells"] as? [[String: Any]])
        let no01 = try #require(anChau.first { $0["form"] as? String == "NO01" })
        #expect(no01["state"] as? String == "valid")
        #expect((no01["current"] as? [String: Any])?["original_name"] as? String == "NO01 An Châu T5 (sửa).csv")
        #expect((no01["superseded"] as? [[String: Any]])?.first?["original_name"] as? String == "NO01 An Châu T5.csv")
        #expect(anChau.first { $0["form"] as? String == "DD01" }?["state"] as? String == "missing")
        let refused = try #require(grid["unplaced"] as? [[String: Any]])
        #expect(refused.first?["belongs_to"] as? String == "2024-06")

        let text = try TongHopBinary.run(["status", "--period", "2024-05", "--data", data])
        #expect(text.output.contains("NO01: hợp lệ — NO01 An Châu T5 (sửa).csv"))
        #expect(text.output.contains("đã thay: #1 NO01 An Châu T5.csv"))

        let history = try TongHopBinary.run(["history", "An Châu", "--form", "NO01", "--data", data])
        #expect(history.status == 0, "\(history.stderr)")
        let lines = history.output.split(separator: "\n")
        #expect(lines.first == "07615 Thị trấn An Châu: 3 bản đã nhận")
        #expect(history.output.contains("đã được thay bằng #2"))
        #expect(history.output.contains("đang có hiệu lực"))
        #expect(history.output.contains("không nhận (tệp của kỳ 2024-06)"))
    }

    /// A large return, so that an import is still running when it is killed.
    static func largeReturn(rows: Int) -> String {
        var text = "Biểu NO01 - Tháng 5/2024\n" + SubmissionReturns.header + "\n"
        for i in 0..<rows {
            text += "An Châu;Phố Mới;Hộ số \(i);1970;Hộ nghèo;Xây mới;Có;Hoàn thành;01/03/2024;15/03/2024;10/05/2024;55.000.000;\n"
        }
        return text
    }

    @Test func aKilledImportLeavesTheArchiveAsItWas() throws {
        let dir = try TemporaryFolder()
        let data = dir.path("data")
        let first = try dir.write("NO01 An Châu T5.csv", SubmissionReturns.first)
        #expect(try TongHopBinary.run(["import", first, "--period", "2024-05", "--data", data]).status == 1)
        let database = data + "/archive.sqlite"
        let before = try Self.sqlite(database, "SELECT * FROM submission ORDER BY id")
        let big = try dir.write("NO01 An Châu T5 (sửa).csv", Self.largeReturn(rows: 150_000))
        for delay in [0.3, 1.0, 2.0] {
            let p = Process()
            p.executableURL = TongHopBinary.url
            p.arguments = ["import", big, "--period", "2024-05", "--data", data, "--quiet"]
            try p.run()
            Thread.sleep(forTimeInterval: delay)
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            #expect(p.terminationReason == .uncaughtSignal, "the import finished before it could be killed")
            #expect(try Self.sqlite(database, "PRAGMA integrity_check") == "ok")
            #expect(try Self.sqlite(database, "SELECT * FROM submission ORDER BY id") == before)
        }
        // The next import cleans what the killed ones left and lands whole.
        let whole = try TongHopBinary.run(["import", big, "--period", "2024-05", "--data", data, "--quiet"])
        #expect(whole.status == 0, "\(whole.stderr)")
        #expect(try Self.sqlite(database, "SELECT count(*) FROM submission WHERE state = 'current'") == "1")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: data + "/blobs").filter { $0.hasPrefix(".incoming-") }
        #expect(leftovers.isEmpty)
    }

    /// A workbook holding two forms is two returns: each is a submission, `status` shows both
    /// forms sent, `history` names each sheet, and importing it again changes nothing.
    @Test func eachFormSheetOfAWorkbookIsASubmissionOfItsOwn() throws {
        let dir = try TemporaryFolder()
        let data = dir.path("data")
        let book = Self.may.appendingPathComponent("07616-tay-yen-tu/NS01-NS02 Tây Yên Tử T5.xlsx").path
        let first = try TongHopBinary.run(["import", book, "--period", "2024-05", "--data", data])
        #expect(first.status == 0, "\(first.output)\(first.stderr)")
        #expect(try Self.sqlite(data + "/archive.sqlite", "SELECT form, sheet, state, rows_accepted FROM submission ORDER BY id")
                == "NS01|NS01|current|2\nNS02|NS02|current|3")
        let status = try TongHopBinary.run(["status", "--period", "2024-05", "--data", data, "--format", "json"])
        let units = try #require(status.json?["units"] as? [[String: Any]])
        let tayYenTu = try #require(units.first { $0["code"] as? String == "07616" }?["cells"] as? [[String: Any]])
        let states = Dictionary(uniqueKeysWithValues: tayYenTu.map { ($0["form"] as? String ?? "", $0["state"] as? String ?? "") })
        #expect(states["NS01"] == "valid" && states["NS02"] == "valid" && states["NO01"] == "missing", "\(states)")
        // A commune does not send the agencies' checklist, nor an agency a commune's form: not
        // due, so not counted as missing.
        #expect(states["CQ01"] == "not-expected", "\(states)")
        let agency = try #require(units.first { $0["code"] as? String == "UBND" }?["cells"] as? [[String: Any]])
        #expect(agency.map { "\($0["form"] ?? "") \($0["state"] ?? "")" }.filter { !$0.hasSuffix("not-expected") } == ["CQ01 missing"])
        let text = try TongHopBinary.run(["status", "--period", "2024-05", "--data", data])
        #expect(text.output.contains("2 hợp lệ, 0 có lỗi, \(17 * 10 - 2 + 6) chưa nộp"), "\(text.output)")
        let history = try TongHopBinary.run(["history", "07616", "--data", data])
        #expect(history.output.contains("NS01-NS02 Tây Yên Tử T5.xlsx, trang tính NS01"), "\(history.output)")
        #expect(history.output.contains("NS01-NS02 Tây Yên Tử T5.xlsx, trang tính NS02"), "\(history.output)")
        let again = try TongHopBinary.run(["import", book, "--period", "2024-05", "--data", data])
        #expect(again.status == 0)
        #expect(try Self.sqlite(data + "/archive.sqlite", "SELECT count(*) FROM submission") == "2")
    }

    @Test func twoImportsAtOnceBothLand() throws {
        let dir = try TemporaryFolder()
        let data = dir.path("data")
        func start(_ folder: URL, _ period: String) throws -> Process {
            let p = Process()
            p.executableURL = TongHopBinary.url
            p.arguments = ["import", folder.path, "--period", period, "--data", data, "--quiet"]
            p.standardOutput = FileHandle.nullDevice
            try p.run()
            return p
        }
        let a = try start(Self.may, "2024-05"), b = try start(Self.june, "2024-06")
        a.waitUntilExit()
        b.waitUntilExit()
        #expect(a.terminationStatus != 2 && b.terminationStatus != 2)
        let database = data + "/archive.sqlite"
        #expect(try Self.sqlite(database, "PRAGMA integrity_check") == "ok")
        let returns = { (folder: URL) in
            try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { path in [".csv", ".txt", ".tsv", ".xlsx"].contains { path.hasSuffix($0) } }.count
        }
        let mayFiles = try returns(Self.may), juneFiles = try returns(Self.june)
        // May's Tây Yên Tử workbook holds two returns (NS01 and NS02).
        #expect(try Self.sqlite(database, "SELECT count(*) FROM submission") == "\(mayFiles + juneFiles + 1)")
    }

    @Test func aSecondBuildIntoTheSameOutIsRefused() throws {
        let dir = try TemporaryFolder()
        let out = dir.url.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        // Another run holds OUT's lock, as a running build does.
        let fd = open(out.appendingPathComponent(".tonghop.lock").path, O_RDWR | O_CREAT, 0o644)
        defer { close(fd) }
        #expect(flock(fd, LOCK_EX | LOCK_NB) == 0)
        let second = try TongHopBinary.run(["build", Self.may.path, "--period", "2024-05", "--out", out.path])
        #expect(second.status == 2)
        #expect(second.stderr.contains("thư mục đang được ghi bởi một lần chạy khác"))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("2024-05").path))
        flock(fd, LOCK_UN)
        let third = try TongHopBinary.run(["build", Self.may.path, "--period", "2024-05", "--out", out.path, "--quiet"])
        #expect(third.status == 0, "\(third.stderr)")
    }
}
