import Foundation
import Testing
import TestSupport

/// The options and report fields of SPEC §3 and the README that no other suite runs:
/// `tonghop model`, `--delimiter`, `--encoding`, `--max-issues`, `--quiet`, `--model FILE`, and
/// the JSON report's `summary`, `period_window`, `model_version` and `issues_omitted`.
@Suite struct CommandLineOptionsTests {
    static let month = Fixtures.folder.appendingPathComponent("month").path
    static let modelFile = Fixtures.repository.appendingPathComponent("Sources/TaskModel/Resources/model.json")
    static let ns02 = "Xã, thị trấn;Thôn, tổ dân phố;Số hộ thiếu nước sinh hoạt;Số hộ tự tìm nguồn nước;Số hộ được hỗ trợ\n"

    static func files(_ json: [String: Any]?) throws -> [[String: Any]] { try #require(json?["files"] as? [[String: Any]]) }

    /// The bundled model.json, read by the test itself.
    static func bundledModel() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: modelFile)) as? [String: Any])
    }

    @Test func theReportCarriesSummaryWindowAndModelVersion() throws {
        let run = try TongHopBinary.run(["check", Self.month, "--period", "2024-05", "--format", "json"])
        // Dương Thị Lan's 31/02/2024 is an error: exit 1.
        #expect(run.status == 1)
        let json = try #require(run.json)
        #expect(json["period_window"] as? [String: String] == ["start": "2024-04-15", "end": "2024-05-14"])
        #expect(json["model_version"] as? String == "2024.1")
        // By hand: An Châu NO01 4 records (3 rows and a totals row), NS01 3, Hữu Sản NS02 2, Vĩnh An
        // DD01 3, NO01 5 (one refused), TD01 8, Tuấn Đạo OC01 3.
        let summary = try #require(json["summary"] as? [String: Int])
        #expect(summary["files"] == 7)
        #expect(summary["read"] == 28)
        #expect(summary["accepted"] == 26)
        #expect(summary["rejected"] == 1)
        #expect(summary["skipped"] == 1)
        // Warnings: An Châu's file read as Windows-1258; Vĩnh An's checklist leaves out tasks;
        // Tuấn Đạo's honey runs out on 20/06/2024, within three months.
        #expect(summary["warnings"] == 3)
        let errors = try Self.files(json).flatMap { $0["issues"] as? [[String: Any]] ?? [] }.filter { $0["severity"] as? String == "error" }
        #expect(summary["errors"] == errors.count)
        #expect(errors.allSatisfy { $0["line"] as? Int == 8 }, "only Dương Thị Lan's row (line 8) has errors: \(errors)")
    }

    @Test func maxIssuesListsFewerButCountsAll() throws {
        let dir = try TemporaryFolder()
        var text = Self.ns02
        for i in 0..<5 { text += "Hữu Sản;Thôn \(i);nhiều;5;3\n" }
        let path = try dir.write("ns02.csv", text)
        let run = try TongHopBinary.run(["check", path, "--period", "2024-05", "--format", "json", "--max-issues", "2"])
        #expect(run.status == 1)
        let file = try #require(try Self.files(run.json).first)
        #expect((file["issues"] as? [Any])?.count == 2)
        #expect(file["issues_omitted"] as? Int == 3)
        #expect(file["issues_truncated"] as? Bool == true)
        #expect((file["issue_counts"] as? [String: Int])?["error"] == 5)
        #expect(file["rows"] as? [String: Int] == ["read": 5, "accepted": 0, "rejected": 5, "skipped": 0])
        let all = try TongHopBinary.run(["check", path, "--period", "2024-05", "--format", "json"])
        let whole = try #require(try Self.files(all.json).first)
        #expect(whole["issues_omitted"] as? Int == 0)
        #expect(whole["issues_truncated"] as? Bool == false)
    }

    @Test func aForcedDelimiterIsTheOneUsed() throws {
        let dir = try TemporaryFolder()
        // Unquoted commas in the rows outnumber the semicolons: the file needs its delimiter named.
        let villages = "Nà Hồng, Khe Đặng, Nà Ố, Bãi Chợ, Đồng Bản, Khe Rỗ, Nà Lang, Nà Trù"
        let path = try dir.write("ns02.txt", Self.ns02 + "Hữu Sản;\(villages);12;8;5\nHữu Sản;Thôn mới: \(villages);3;2;1\n")
        let forced = try TongHopBinary.run(["check", path, "--period", "2024-05", "--format", "json", "--delimiter", ";"])
        #expect(forced.status == 0, "\(forced.output)")
        let file = try #require(try Self.files(forced.json).first)
        #expect(file["delimiter"] as? String == ";")
        #expect(file["form"] as? String == "NS02")
        #expect(file["rows"] as? [String: Int] == ["read": 2, "accepted": 2, "rejected": 0, "skipped": 0])
        let tab = try TongHopBinary.run(["check", path, "--period", "2024-05", "--format", "json", "--delimiter", "tab"])
        #expect(tab.status == 1)
        #expect(try Self.files(tab.json).first?["delimiter"] as? String == "\t")
    }

    @Test func aForcedEncodingIsTheOneUsed() throws {
        let path = Fixtures.folder.appendingPathComponent("month/07615-an-chau-NO01.csv").path
        let forced = try TongHopBinary.run(["check", path, "--period", "2024-05", "--format", "json", "--encoding", "windows-1258"])
        #expect(forced.status == 0)
        let file = try #require(try Self.files(forced.json).first)
        #expect(file["encoding"] as? String == "windows-1258")
        // Forced, the encoding is no guess.
        #expect(!((file["issues"] as? [[String: Any]]) ?? []).contains { $0["code"] as? String == "encoding-guessed" })
        #expect(file["rows"] as? [String: Int] == ["read": 4, "accepted": 3, "rejected": 0, "skipped": 1])
        // Read as TCVN3, the same bytes spell other words: the header is not found.
        let wrong = try TongHopBinary.run(["check", path, "--period", "2024-05", "--format", "json", "--encoding", "tcvn3"])
        #expect(wrong.status == 1)
        let misread = try #require(try Self.files(wrong.json).first)
        #expect(misread["encoding"] as? String == "tcvn3")
        #expect((misread["rows"] as? [String: Int])?["accepted"] == 0)
    }

    @Test func quietBuildPrintsNothingAndStillWrites() throws {
        let out = try TemporaryFolder()
        let quiet = try TongHopBinary.run(["build", Self.month, "--period", "2024-05", "--out", out.url.path, "--quiet"])
        #expect(quiet.status == 0)
        #expect(quiet.output.isEmpty, "\(quiet.output)")
        #expect(FileManager.default.fileExists(atPath: out.url.appendingPathComponent("2024-05/nha-o.xlsx").path))
        let loud = try TongHopBinary.run(["build", Self.month, "--period", "2024-05", "--out", out.url.path])
        #expect(loud.output.contains("nhận 26 dòng, loại 1 dòng"))
    }

    @Test func modelPrintsTheCatalogueAndTheData() throws {
        let bundled = try Self.bundledModel()
        let forms = try #require(bundled["forms"] as? [[String: Any]])
        let text = try TongHopBinary.run(["model"])
        #expect(text.status == 0)
        for form in forms {
            let code = try #require(form["code"] as? String), title = try #require(form["title"] as? String)
            #expect(text.output.contains(code) && text.output.contains(title), "the catalogue leaves out \(code)")
        }
        #expect(text.output.contains("Nhà ở (xóa nhà tạm, nhà dột nát)"))
        let json = try TongHopBinary.run(["model", "--format", "json"])
        #expect(json.status == 0)
        let printed = try #require(json.json)
        #expect(printed["version"] as? String == bundled["version"] as? String)
        #expect((printed["units"] as? [Any])?.count == (bundled["units"] as? [Any])?.count)
        #expect((printed["areas"] as? [[String: Any]])?.compactMap { $0["slug"] as? String }
                == (bundled["areas"] as? [[String: Any]])?.compactMap { $0["slug"] as? String })
        #expect((printed["measures"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
                == (bundled["measures"] as? [[String: Any]])?.compactMap { $0["id"] as? String })
    }

    /// `--model FILE` with one more measure: `model` prints it and `build` writes its column, a
    /// maximum the test works out from the fixture (An Châu 55.000.000, Vĩnh An 60,000,000).
    @Test func anAddedMeasureInAModelFileDrivesTheBuild() throws {
        var model = try Self.bundledModel()
        var measures = try #require(model["measures"] as? [[String: Any]])
        measures.append(["id": "no_money_max", "area": "nha-o", "title": "Kinh phí lớn nhất (đồng)", "kind": "max",
                         "form": "NO01", "column": "kinh_phi", "display": "money"])
        model["measures"] = measures
        let dir = try TemporaryFolder()
        let file = try dir.write("model.json", try JSONSerialization.data(withJSONObject: model))
        let listed = try TongHopBinary.run(["model", "--format", "json", "--model", file])
        #expect((listed.json?["measures"] as? [[String: Any]])?.last?["id"] as? String == "no_money_max")
        let run = try TongHopBinary.run(["build", Self.month, "--period", "2024-05", "--out", dir.url.path, "--model", file, "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        let sheet = BuildCommandTests.summary(try XLSXFile(path: dir.url.appendingPathComponent("2024-05/nha-o.xlsx").path))
        #expect(sheet["Thị trấn An Châu"]?["Kinh phí lớn nhất (đồng)"]?.number == 55_000_000)
        #expect(sheet["Xã Vĩnh An"]?["Kinh phí lớn nhất (đồng)"]?.number == 60_000_000)
        let total = try #require(sheet["Tổng cộng"]?["Kinh phí lớn nhất (đồng)"])
        #expect(total.number == 60_000_000)
        #expect(total.formula?.hasPrefix("MAX(") == true)
        // The bundled model is untouched: without --model the column is not there.
        let plain = try TemporaryFolder()
        _ = try TongHopBinary.run(["build", Self.month, "--period", "2024-05", "--out", plain.url.path, "--quiet"])
        let before = BuildCommandTests.summary(try XLSXFile(path: plain.url.appendingPathComponent("2024-05/nha-o.xlsx").path))
        #expect(before["Tổng cộng"]?["Kinh phí lớn nhất (đồng)"] == nil)
    }
}
