import Foundation
import Testing
import TestSupport

/// The sample month through the pages in a real headless browser (issue #15, "Testing in a
/// real browser"): the files chosen in the page's file input land in the archive, every issue
/// shown is checked against `tonghop check`'s JSON, the grid against `tonghop status`'s, the
/// workbooks downloaded after pressing «Tổng hợp» against those `tonghop import` and
/// `tonghop build --data` make of the same files, byte for byte,
/// and the previews against the workbooks' «Tổng hợp» sheets.
@Suite struct WebBrowserTests {
    static let period = "2024-05"

    @Test func theSampleMonthThroughThePages() throws {
        let work = try TemporaryFolder("tonghop-web-browser")
        let inbox = try SampleInbox.make(in: work.url)
        let files = try SampleInbox.files(inbox)
        let check = try TongHopBinary.run(["check", inbox.path, "--period", Self.period, "--format", "json"])
        // A folder check reads a file replaced by a later one of the same unit and form only as
        // `submission-superseded`; the archive receives each file on its own, as a check of
        // that file alone reads it.
        var expected = try #require(check.json?["files"] as? [[String: Any]])
        for (i, file) in expected.enumerated()
        where (file["issues"] as? [[String: Any]] ?? []).contains(where: { $0["code"] as? String == "submission-superseded" }) {
            let alone = try TongHopBinary.run(["check", file["path"] as? String ?? "", "--period", Self.period, "--format", "json"])
            expected[i] = try #require((alone.json?["files"] as? [[String: Any]])?.first)
        }
        // The same files through the command line: imported into an archive of their own,
        // then built from it.
        let cliData = work.url.appendingPathComponent("cli-data"), cliOut = work.url.appendingPathComponent("cli-out")
        let cliImport = try TongHopBinary.run(["import", inbox.path, "--period", Self.period, "--data", cliData.path, "--quiet"])
        #expect(cliImport.status == 0 || cliImport.status == 1, "\(cliImport.stderr)")
        let cliBuild = try TongHopBinary.run(["build", "--period", Self.period, "--data", cliData.path, "--out", cliOut.path, "--quiet"])
        #expect(cliBuild.status == 0, "\(cliBuild.stderr)")

        let data = work.url.appendingPathComponent("data")
        let server = try WebServerProcess(data: data)
        let downloads = work.url.appendingPathComponent("downloads")
        try FileManager.default.createDirectory(at: downloads, withIntermediateDirectories: true)
        let seen = try Self.browse("month_through_pages.py", [server.base, Self.period, downloads.path]
            + (ProcessInfo.processInfo.environment["TONGHOP_SCREENSHOTS"].map { [$0] } ?? []) + ["--"] + files)
        #expect((seen["page_errors"] as? [String])?.isEmpty == true)

        // Nộp tệp: every file imported, its issues as `check` finds them.
        let cards = try #require(seen["files"] as? [[String: Any]])
        #expect(cards.count == expected.count)
        for file in expected {
            let name = ((file["path"] as? String ?? "") as NSString).lastPathComponent
            // A workbook holding two forms has a card for each: the form tells them apart.
            let card = try #require(cards.first { $0["file"] as? String == name && $0["form"] as? String == file["form"] as? String },
                                    "no card for \(name) \(file["form"] ?? "")")
            let want: [String] = (file["issues"] as? [[String: Any]] ?? []).map { i -> String in
                "\((i["line"] as? Int).map(String.init) ?? "")|\(i["cell"] as? String ?? "")|\(i["value"] as? String ?? "")|\(i["code"] as? String ?? "")"
            }
            let got: [String] = (card["issues"] as? [[String: String]] ?? []).map { i -> String in "\(i["line"] ?? "")|\(i["cell"] ?? "")|\(i["value"] ?? "")|\(i["code"] ?? "")" }
            #expect(got == want, "\(name)")
            let counts = file["issue_counts"] as? [String: Int] ?? [:]
            let state = (counts["error"] ?? 0) > 0 ? "errors" : (counts["warning"] ?? 0) > 0 ? "warnings" : "clean"
            #expect(card["state"] as? String == state, "\(name)")
            #expect(["new", "superseding", "refused", "unplaced"].contains(card["outcome"] as? String ?? ""), "\(name)")
        }
        let states = cards.compactMap { $0["state"] as? String }
        #expect(states == states.sorted { ["errors": 0, "warnings": 1, "clean": 2][$0]! < ["errors": 0, "warnings": 1, "clean": 2][$1]! })

        // Tháng này: the grid is `tonghop status`'s of the same archive.
        let status = try TongHopBinary.run(["status", "--period", Self.period, "--format", "json", "--data", data.path])
        #expect(ArchiveGrid.cells(fromPage: seen["grid"]) == ArchiveGrid.cells(fromStatus: status.json))
        #expect(!ArchiveGrid.cells(fromPage: seen["grid"]).isEmpty)

        // A unit's page: its versions, and after the build its return slip.
        let unit = try #require(seen["unit"] as? [String: Any])
        let versions = try #require(unit["versions"] as? [[String: Any]])
        #expect(!versions.isEmpty && versions.allSatisfy { $0["period"] as? String == Self.period })
        let slip = try #require(unit["slip"] as? String)
        #expect(slip.hasPrefix("/tai/\(Self.period)/tra-lai/\(unit["code"] as? String ?? "")-"))

        // Tổng hợp: the workbooks downloaded are `tonghop build --data`'s, byte for byte
        // (bao-cao.json names the paths the files came from, which differ).
        #expect(seen["build_failed"] is NSNull)
        let names = try #require(seen["downloads"] as? [String: String])
        let cliFiles = try FileManager.default.contentsOfDirectory(atPath: cliOut.appendingPathComponent(Self.period).path)
            .filter { $0.hasSuffix(".xlsx") || $0 == "bao-cao.json" }.sorted()
        #expect(names.keys.sorted() == cliFiles)
        for name in cliFiles where name.hasSuffix(".xlsx") {
            let web = try Data(contentsOf: downloads.appendingPathComponent(name))
            let cli = try Data(contentsOf: cliOut.appendingPathComponent("\(Self.period)/\(name)"))
            #expect(web.count == cli.count && web == cli, "\(name) differs from tonghop build's")
        }
        #expect(names["nha-o.xlsx"]?.hasPrefix("Tổng hợp \(Self.period) - ") == true)

        // The previews hold the figures of each workbook's «Tổng hợp» sheet.
        let previews = try #require(seen["previews"] as? [[String: Any]])
        #expect(previews.count == cliFiles.filter { $0.hasSuffix(".xlsx") }.count)
        for preview in previews {
            let area = try #require(preview["area"] as? String)
            let book = try XLSXFile(path: downloads.appendingPathComponent("\(area).xlsx").path)
            let sheet = SummaryFigures(book)
            let rows = try #require(preview["rows"] as? [[String: Any]])
            #expect(rows.count == sheet.rows.count, "\(area)")
            for (shown, written) in zip(rows, sheet.rows) {
                #expect(shown["sent"] as? String == written.sent, "\(area)")
                let values = (shown["values"] as? [String] ?? []).map { Double($0) }
                #expect(values.count == written.values.count, "\(area)")
                for (a, b) in zip(values, written.values) {
                    #expect(a == b || (a != nil && b != nil && abs(a! - b!) < 1e-9), "\(area): \(String(describing: a)) vs \(String(describing: b))")
                }
            }
        }
        #expect(server.stop() == 0)
        print("web: \(files.count) sample files imported through the page in \(String(format: "%.2f", seen["upload_seconds"] as? Double ?? -1)) s; built in \(String(format: "%.2f", seen["build_seconds"] as? Double ?? -1)) s")
    }

    /// Plain HTML is enough for the essentials (issue #15): with JavaScript off, the form
    /// posts the files, and the build's page reloads itself until the workbooks are there.
    @Test func theEssentialsWorkWithoutScript() throws {
        let work = try TemporaryFolder("tonghop-web-noscript")
        let files = Array(try SampleInbox.files(try SampleInbox.make(in: work.url)).prefix(12))
        let server = try WebServerProcess(data: work.url.appendingPathComponent("data"))
        let seen = try Self.browse("without_script.py", [server.base, Self.period, "--"] + files)
        #expect(seen["cards"] as? Int == files.count)
        #expect((seen["upload_url"] as? String)?.hasSuffix("/nop?ky=\(Self.period)") == true)
        #expect(seen["build_failed"] is NSNull)
        #expect((seen["downloads"] as? [String] ?? []).contains("bao-cao.json"))
        #expect(server.stop() == 0)
    }

    /// Runs a script of `Tests/Browser` and returns the JSON it prints.
    static func browse(_ script: String, _ arguments: [String]) throws -> [String: Any] {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", Fixtures.repository.appendingPathComponent("Tests/Browser/\(script)").path] + arguments
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        try #require(p.terminationStatus == 0, "\(script) failed (chromium-headless-shell and Playwright: sh scripts/install-deps.sh)")
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }
}
