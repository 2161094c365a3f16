import Foundation
import Testing
import TestSupport

/// The bundled samples are what every new user runs first: they must produce exactly the
/// issues `samples/expected-issues.json` promises, and build.
@Suite struct SamplesTests {
    @Test(arguments: ["2024-05", "2024-06"])
    func checkReportsExactlyThePlantedIssues(period: String) throws {
        let repo = Fixtures.repository
        let expected = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: repo.appendingPathComponent("samples/expected-issues.json"))) as? [String: [[String: Any]]])
        let run = try TongHopBinary.run(["check", "samples/\(period)", "--period", period, "--format", "json"], in: repo)
        #expect(run.status == 1)
        let json = try #require(run.json)
        var found = Set<String>()
        for file in json["files"] as? [[String: Any]] ?? [] {
            let rows = file["rows"] as? [String: Int] ?? [:]
            #expect(rows["read"] != nil && rows["read"] == (rows["accepted"] ?? -1) + (rows["rejected"] ?? -1) + (rows["skipped"] ?? -1), "\(file["path"] ?? "")")
            for issue in file["issues"] as? [[String: Any]] ?? [] where issue["code"] as? String != "encoding-guessed" {
                found.insert("\(file["path"] as? String ?? "") \(issue["line"] as? Int ?? 0) \(issue["column"] as? String ?? "-") \(issue["code"] as? String ?? "")")
            }
        }
        let planted = Set((expected[period] ?? []).map {
            "\($0["file"] as? String ?? "") \($0["line"] as? Int ?? 0) \($0["column"] as? String ?? "-") \($0["code"] as? String ?? "")"
        })
        #expect(found == planted)
    }

    @Test func buildOfTheSampleMonthWritesEveryWorkbook() throws {
        let out = try TemporaryFolder()
        let run = try TongHopBinary.run(["build", "samples/2024-05", "--period", "2024-05", "--out", out.url.path], in: Fixtures.repository)
        #expect(run.status == 0, "\(run.stderr)")
        let folder = out.url.appendingPathComponent("2024-05")
        for area in ["dat-dai", "rung", "nha-o", "ocop", "nuoc"] {
            let file = try XLSXFile(path: folder.appendingPathComponent("\(area).xlsx").path)
            #expect(file.sheetNames.first == "Tổng hợp")
            #expect(file.cells("Tổng hợp")["C28"]?.value == "Tổng cộng")
        }
        let slips = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("tra-lai").path)
        #expect(slips.contains("07648-vinh-an.xlsx"))

        // Hữu Sản's figures, worked out by hand from its files in samples/2024-05.
        func summary(_ area: String) throws -> [String: XLSXFile.Cell] {
            try #require(BuildCommandTests.summary(try XLSXFile(path: folder.appendingPathComponent("\(area).xlsx").path))["Xã Hữu Sản"])
        }
        func expect(_ cells: [String: XLSXFile.Cell], _ figures: KeyValuePairs<String, Double>) {
            for (title, value) in figures {
                #expect(abs((cells[title]?.number ?? .nan) - value) < 1e-9, "Hữu Sản «\(title)»: \(cells[title]?.value ?? "no cell"), by hand \(value)")
            }
        }
        // DD01: 637,4 new 26/04; 295,7 CT19; 772,3 new 17/04; 756,5 CT19; none handled.
        expect(try summary("dat-dai"), ["Số vụ vi phạm": 4, "Vụ tồn đọng (CT19)": 2, "Tồn đọng đã xử lý xong": 0,
                                        "Vụ phát sinh mới trong kỳ [DD-2]": 2, "Vụ chưa xử lý xong": 4, "Diện tích vi phạm (m²)": 2461.9])
        // LN02: three villages.
        expect(try summary("rung"), ["Lô giáp ranh rừng tự nhiên": 22, "Lô đã lập hồ sơ": 7, "Tỷ lệ lô đã lập hồ sơ [LN-2]": 7.0 / 22,
                                     "Rừng gỗ lớn (ha) [LN-4]": 101.73, "Có chứng chỉ FSC (ha) [LN-4]": 19.48,
                                     "Đất rừng sau thu hồi (ha)": 45.05, "Đã có phương án (ha) [LN-3]": 32.98])
        // NS02: three villages and a totals row that is not counted.
        expect(try summary("nuoc"), ["Hộ thiếu nước": 45, "Hộ tự tìm nguồn": 14, "Hộ được hỗ trợ [NS-2]": 5, "Tỷ lệ được hỗ trợ": 5.0 / 14])
    }
}
