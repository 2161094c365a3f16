import Foundation
import Testing
import TestSupport

/// The sample month through the page in a real headless browser (issue #15, "Testing in a
/// real browser"): the files chosen in the page's file input, and every issue shown checked
/// against `tonghop check`'s JSON.
@Suite struct WebBrowserTests {
    static let period = "2024-05"

    @Test func theSampleMonthThroughTheUploadPage() throws {
        let work = try TemporaryFolder("tonghop-web-browser")
        // The clerk's files as they arrive by email: one folder, no sub-folders.
        let samples = Fixtures.repository.appendingPathComponent("samples/\(Self.period)")
        let inbox = work.url.appendingPathComponent("inbox")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        for path in try FileManager.default.subpathsOfDirectory(atPath: samples.path) where path.hasSuffix(".csv") || path.hasSuffix(".xlsx") {
            try FileManager.default.copyItem(at: samples.appendingPathComponent(path), to: inbox.appendingPathComponent((path as NSString).lastPathComponent))
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: inbox.path).sorted().map { inbox.appendingPathComponent($0).path }
        let check = try TongHopBinary.run(["check", inbox.path, "--period", Self.period, "--format", "json"])
        let expected = try #require(check.json?["files"] as? [[String: Any]])

        let server = try WebServerProcess(data: work.url.appendingPathComponent("data"))
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", Fixtures.repository.appendingPathComponent("Tests/Browser/upload_through_page.py").path,
                       server.base, Self.period] + (ProcessInfo.processInfo.environment["TONGHOP_SCREENSHOT"].map { [$0] } ?? []) + ["--"] + files
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        try #require(p.terminationStatus == 0, "the browser script failed (chromium-headless-shell and Playwright: sh scripts/install-deps.sh)")
        let seen = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect((seen["page_errors"] as? [String])?.isEmpty == true)

        let cards = try #require(seen["files"] as? [[String: Any]])
        #expect(cards.count == expected.count)
        for file in expected {
            let name = ((file["path"] as? String ?? "") as NSString).lastPathComponent
            // A workbook holding two forms has a card for each: the form tells them apart.
            let card = try #require(cards.first { $0["file"] as? String == name && $0["form"] as? String == file["form"] as? String },
                                    "no card for \(name) \(file["form"] ?? "")")
            let want = (file["issues"] as? [[String: Any]] ?? []).map { i in
                "\((i["line"] as? Int).map(String.init) ?? "")|\(i["value"] as? String ?? "")|\(i["code"] as? String ?? "")"
            }
            let got = (card["issues"] as? [[String: String]] ?? []).map { "\($0["line"] ?? "")|\($0["value"] ?? "")|\($0["code"] ?? "")" }
            #expect(got == want, "\(name)")
            let counts = file["issue_counts"] as? [String: Int] ?? [:]
            let state = (counts["error"] ?? 0) > 0 ? "errors" : (counts["warning"] ?? 0) > 0 ? "warnings" : "clean"
            #expect(card["state"] as? String == state, "\(name)")
        }
        // Files with errors come first.
        let states = cards.compactMap { $0["state"] as? String }
        #expect(states == states.sorted { ["errors": 0, "warnings": 1, "clean": 2][$0]! < ["errors": 0, "warnings": 1, "clean": 2][$1]! })
        #expect(server.stop() == 0)
        print("web: \(files.count) sample files read through the page in \(String(format: "%.2f", seen["upload_seconds"] as? Double ?? -1)) s")
    }
}
