import Foundation
import Testing
import TestSupport

/// A second, independently made inbox: every file read as expected, every issue where it should be.
@Suite struct InboxTests {
    @Test(arguments: ["2024-05", "2024-06"])
    func everyFileAndIssueIsAsExpected(period: String) throws {
        let root = Fixtures.folder.appendingPathComponent("inbox")
        let expected = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: root.appendingPathComponent("expected.json"))) as? [String: [[String: Any]]])
        let run = try TongHopBinary.run(["check", period, "--period", period, "--format", "json"], in: root)
        #expect(run.status == 1)
        let files = try #require(run.json?["files"] as? [[String: Any]])
        let byPath = Dictionary(uniqueKeysWithValues: files.map { ($0["path"] as? String ?? "", $0) })
        for want in expected["files"] ?? [] where (want["file"] as? String ?? "").hasPrefix(period) {
            let path = try #require(want["file"] as? String, "an expected entry without a file: \(want)")
            let got = try #require(byPath[path], "no report for \(path)")
            for key in ["encoding", "bom", "delimiter", "form", "header_line"] {
                #expect("\(got[key] ?? "nil")" == "\(want[key] ?? "nil")", "\(path) \(key)")
            }
            #expect(got["rows"] as? [String: Int] == want["rows"] as? [String: Int], "\(path) rows")
        }
        let findings: Set<String> = ["ocop-expired", "ocop-expiring", "cold-season-delivery"]
        var found = Set<String>()
        for f in files {
            for i in f["issues"] as? [[String: Any]] ?? [] where !findings.contains(i["code"] as? String ?? "") {
                found.insert("\(f["path"] as? String ?? "") \(i["line"] as? Int ?? 0) \(i["code"] as? String ?? "")")
            }
        }
        let planted = Set((expected["issues"] ?? []).filter { ($0["file"] as? String ?? "").hasPrefix(period) }.map {
            "\($0["file"] as? String ?? "") \($0["line"] as? Int ?? 0) \($0["code"] as? String ?? "")"
        })
        #expect(found == planted, "missing \(planted.subtracting(found).sorted()), extra \(found.subtracting(planted).sorted())")
    }
}
