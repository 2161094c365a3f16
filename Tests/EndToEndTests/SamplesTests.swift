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
    }
}
