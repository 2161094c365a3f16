import Foundation
import Testing
import TestSupport

/// A clerk reruns the month when corrected files arrive: the month's workbooks are replaced as
/// a whole (exactly what a first run of the new inbox writes), the slip of a commune that has
/// nothing left to correct is removed, and the clerk's own files in the folder are kept.
@Suite struct RerunTests {
    @Test func aRerunReplacesTheMonthRemovesStaleSlipsAndKeepsTheClerksFiles() throws {
        let out = try TemporaryFolder()
        let month = out.url.appendingPathComponent("2024-05")
        let first = try TongHopBinary.run(["build", Fixtures.folder.appendingPathComponent("month").path, "--period", "2024-05", "--out", out.url.path, "--quiet"])
        #expect(first.status == 0)
        #expect(try Self.slips(month) == ["07615-an-chau.xlsx", "07648-vinh-an.xlsx", "07663-tuan-dao.xlsx"])
        try out.write("2024-05/ghi-chu-cua-van-phong.txt", "Đã gửi phiếu cho các xã ngày 16/5.")
        try out.write("2024-05/tra-lai/danh-sach-gui.txt", "Vĩnh An: đã gửi qua thư điện tử.")

        // The corrected inbox: Vĩnh An fixed Dương Thị Lan's date; Tuấn Đạo's return was withdrawn.
        let inbox = try TemporaryFolder()
        for name in try FileManager.default.contentsOfDirectory(atPath: Fixtures.folder.appendingPathComponent("month").path)
        where name != "07663-tuan-dao-OC01.csv" {
            var data = try Data(contentsOf: Fixtures.folder.appendingPathComponent("month/\(name)"))
            if name == "07648-vinh-an-NO01.csv" {
                data = Data(String(decoding: data, as: UTF8.self).replacingOccurrences(of: "31/02/2024", with: "28/02/2024").utf8)
            }
            try inbox.write(name, data)
        }
        let rerun = try TongHopBinary.run(["build", inbox.url.path, "--period", "2024-05", "--out", out.url.path, "--quiet"])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(try Self.slips(month) == ["07615-an-chau.xlsx", "07648-vinh-an.xlsx", "danh-sach-gui.txt"])
        #expect(try String(contentsOf: month.appendingPathComponent("ghi-chu-cua-van-phong.txt"), encoding: .utf8) == "Đã gửi phiếu cho các xã ngày 16/5.")

        // What a first run of the corrected inbox writes, byte for byte.
        let fresh = try TemporaryFolder()
        let clean = try TongHopBinary.run(["build", inbox.url.path, "--period", "2024-05", "--out", fresh.url.path, "--quiet"])
        #expect(clean.status == 0)
        var rerunFiles = try BuildCommandTests.contents(of: month)
        rerunFiles["ghi-chu-cua-van-phong.txt"] = nil
        rerunFiles["tra-lai/danh-sach-gui.txt"] = nil
        let freshFiles = try BuildCommandTests.contents(of: fresh.url.appendingPathComponent("2024-05"))
        #expect(rerunFiles.keys.sorted() == freshFiles.keys.sorted())
        for (name, data) in freshFiles { #expect(rerunFiles[name] == data, "\(name) is not the new run's") }

        // The figures that changed, by hand: Lan's household now counts; Tuấn Đạo sent nothing.
        let nhaO = BuildCommandTests.summary(try XLSXFile(path: month.appendingPathComponent("nha-o.xlsx").path))
        #expect(nhaO["Xã Vĩnh An"]?["Số hộ"]?.number == 5)
        let ocop = BuildCommandTests.summary(try XLSXFile(path: month.appendingPathComponent("ocop.xlsx").path))
        #expect(ocop["Xã Tuấn Đạo"]?["Tình trạng nộp"]?.value == "Chưa nộp")
    }

    static func slips(_ month: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: month.appendingPathComponent("tra-lai").path).filter { !$0.hasPrefix(".") }.sorted()
    }
}
