import Foundation
import Testing
import TestSupport

/// Whatever arrives by email: `check` answers with the SPEC §4 code, exits 0, 1 or 2, never
/// crashes, always prints a valid report, and counts every record.
@Suite struct BadInputTests {
    struct Case: Sendable, CustomStringConvertible {
        let file: String, code: String, args: [String]
        /// The severity SPEC gives the code (nil when no code is expected) and the exit status
        /// SPEC gives for the file, both written in the manifest by hand.
        let severity: String?, status: Int32
        var description: String { file }
    }

    /// The manifest's cases. A manifest that cannot be read or has an entry without a file, a
    /// code, a severity (null for none) or a status stops the run: it must never quietly become
    /// zero cases, nor cases that check less.
    static let cases: [Case] = {
        let url = Fixtures.folder.appendingPathComponent("bad/manifest.json")
        let list: Any
        do { list = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) } catch { fatalError("\(url.path): \(error)") }
        guard let entries = list as? [[String: Any]] else { fatalError("\(url.path) is not a list of cases") }
        return entries.map { entry in
            guard let file = entry["file"] as? String, let code = entry["code"] as? String, let status = entry["status"] as? Int,
                  let severity = entry["severity"], severity is String || severity is NSNull else { fatalError("\(url.path): \(entry)") }
            return Case(file: file, code: code, args: entry["args"] as? [String] ?? [], severity: severity as? String, status: Int32(status))
        }
    }()

    static func check(_ path: String, _ args: [String] = []) throws -> (TongHopBinary.Result, [String: Any]) {
        let run = try TongHopBinary.run(["check", path, "--period", "2024-05", "--format", "json"] + args)
        #expect(!run.signaled, "crashed: \(run.stderr)")
        #expect(run.status <= 2)
        let json = try #require(run.json, "no JSON report: \(run.stderr.prefix(500))")
        for file in json["files"] as? [[String: Any]] ?? [] {
            let r = file["rows"] as? [String: Int] ?? [:]
            #expect(r["read"] != nil && r["read"] == (r["accepted"] ?? -1) + (r["rejected"] ?? -1) + (r["skipped"] ?? -1), "rows do not add up in \(path)")
        }
        return (run, json)
    }

    /// Every severity each code is reported with, over all the files of the report.
    static func severities(_ json: [String: Any]) -> [String: [String]] {
        var out: [String: [String]] = [:]
        for file in json["files"] as? [[String: Any]] ?? [] {
            for i in file["issues"] as? [[String: Any]] ?? [] { out[i["code"] as? String ?? "", default: []].append(i["severity"] as? String ?? "") }
        }
        return out
    }

    @Test func theCorpusIsLargeEnough() { #expect(Self.cases.count >= 50) }

    @Test(arguments: BadInputTests.cases)
    func eachFileGetsItsCode(_ c: Case) throws {
        let path = Fixtures.folder.appendingPathComponent("bad/\(c.file)").path
        let (run, json) = try Self.check(path, c.args)
        #expect(run.status == c.status, "\(c.file): exit \(run.status), SPEC gives \(c.status)")
        let found = Self.severities(json)
        if c.code == "none" {
            #expect(c.severity == nil)
            #expect(!found.values.contains { $0.contains("error") }, "\(c.file): \(found)")
        } else {
            #expect(found[c.code] != nil, "\(c.file): expected \(c.code), got \(found)")
            #expect(found[c.code].map { Set($0) } == c.severity.map { [$0] }, "\(c.file): \(c.code) reported as \(found[c.code] ?? [])")
        }
    }

    @Test func formulaLookingCellsLandAsTextInEveryWorkbookAndSlip() throws {
        let out = try TemporaryFolder()
        let dir = try TemporaryFolder()
        let source = Fixtures.folder.appendingPathComponent("bad/formula-injection.csv")
        let text = try String(contentsOf: source, encoding: .utf8) + "=1+1,Làng Chẽ,X,1970,Hộ nghèo,Xây mới,Có,Chưa phê duyệt hồ sơ,,,,,\r\n"
        try dir.write("07648-vinh-an/NO01.csv", text)
        let run = try TongHopBinary.run(["build", dir.url.path, "--period", "2024-05", "--out", out.url.path])
        #expect(run.status == 0, "\(run.stderr)")
        let folder = out.url.appendingPathComponent("2024-05")
        var paths = ["nha-o.xlsx", "dat-dai.xlsx"].map { folder.appendingPathComponent($0).path }
        paths += try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("tra-lai").path).map { folder.appendingPathComponent("tra-lai/\($0)").path }
        var seen = 0
        for path in paths {
            let file = try XLSXFile(path: path)
            for sheet in file.sheetNames {
                for (_, cell) in file.cells(sheet) where ["=", "+", "@", "-"].contains(where: { cell.value.hasPrefix($0) }) && cell.value.count > 1 {
                    #expect(cell.formula == nil, "\(path) \(sheet): \(cell.value) became a formula")
                    #expect(cell.type == "s")
                    seen += 1
                }
            }
        }
        #expect(seen >= 4)
    }

    @Test func hugeAndOddlyShapedFilesAreAnsweredNotCrashedOn() throws {
        let dir = try TemporaryFolder()
        let header = "\"Xã, thị trấn\",\"Thôn, tổ dân phố\",Họ tên chủ hộ,Đối tượng,Hình thức hỗ trợ,Đủ điều kiện về đất đai,Tình trạng,Ghi chú\r\n"
        let row = "Vĩnh An,Làng Chẽ,Hộ %@,Hộ nghèo,Xây mới,Có,Chưa phê duyệt hồ sơ,%@\r\n"
        // A 10 MB cell: over the 1 MB cell limit.
        let big = try dir.write("big-cell.csv", header + String(format: row, "1", String(repeating: "x", count: 10 << 20)))
        #expect(Self.severities(try Self.check(big).1)["csv-malformed"].map(Set.init) == ["error"])
        // A 900 kB line inside the limits: refused by the column's length, not by the reader.
        let long = try dir.write("long-line.csv", header + String(format: row, "1", String(repeating: "y", count: 900_000)))
        #expect(Self.severities(try Self.check(long).1)["length"].map(Set.init) == ["error"])
        // 20,000 columns.
        let wide = try dir.write("wide.csv", header.dropLast(2) + (0..<20_000).map { ",c\($0)" }.joined() + "\r\n" + String(format: row, "1", ""))
        #expect(Self.severities(try Self.check(wide).1)["column-unknown"].map(Set.init) == ["warning"])
        // Thousands of title lines: the header is not within the first 15 lines.
        let titles = try dir.write("titles.csv", String(repeating: "BÁO CÁO THÁNG 5\r\n", count: 5000) + header)
        #expect(Self.severities(try Self.check(titles).1)["header-not-found"].map(Set.init) == ["error"])
        // Every row a duplicate, every row invalid: all counted, few listed.
        var text = header
        for _ in 0..<20_000 { text += String(format: row, "1", "") }
        for i in 0..<20_000 { text += "Vĩnh An,Làng Chẽ,Hộ \(i),Hộ giàu,Xây mới,Có,Chưa phê duyệt hồ sơ,\r\n" }
        let (_, json) = try Self.check(try dir.write("repeats.csv", text))
        let file = try #require((json["files"] as? [[String: Any]])?.first)
        #expect(file["rows"] as? [String: Int] == ["read": 40_000, "accepted": 1, "rejected": 39_999, "skipped": 0])
        #expect(file["issues_truncated"] as? Bool == true)
        #expect((file["issues"] as? [Any])?.count == 1000)
        #expect((file["issue_counts"] as? [String: Int])?["error"] == 39_999)
    }
}

/// The findings that show only in the workbooks (`outage-over-5-days`, `overdue`) on the
/// sample month; the codes of SPEC §4 each have a case in ``IssueCodeTests``, those of §4.1 and
/// these findings, by line, in ``SeverityCatalogueTests``.
@Suite struct CatalogueCoverageTests {
    @Test func findingsShowInTheWorkbooks() throws {
        let out = try TemporaryFolder()
        let run = try TongHopBinary.run(["build", Fixtures.folder.appendingPathComponent("month").path, "--period", "2024-05", "--out", out.url.path, "--quiet"])
        #expect(run.status == 0)
        let folder = out.url.appendingPathComponent("2024-05")
        let nuoc = try XLSXFile(path: folder.appendingPathComponent("nuoc.xlsx").path)
        #expect(nuoc.cells("NS01 Sự cố mất nước sinh hoạt").values.contains { $0.value == "Mất nước quá 5 ngày" })   // outage-over-5-days
        let ocop = try XLSXFile(path: folder.appendingPathComponent("ocop.xlsx").path)
        #expect(ocop.cells("OC01 Sản phẩm OCOP").values.contains { $0.value.contains("Sắp hết hạn công nhận") })    // ocop-expiring
        let datDai = try XLSXFile(path: folder.appendingPathComponent("dat-dai.xlsx").path)
        // DD-3 was due on 30/04/2024: units that did not report it done are overdue in May.
        #expect(datDai.cells("Tiến độ nhiệm vụ").values.contains { $0.value.hasPrefix("Quá hạn") })
    }
}
