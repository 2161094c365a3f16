import Foundation
import Testing
import TestSupport

/// Uploads land in the archive and nothing is lost (issue #15, "Security and robustness"):
/// two clerks at once, an upload during a build, a server killed mid-import, Ctrl-C. Each
/// test drives the running `tonghop-web` over plain HTTP and checks the archive with
/// `tonghop status` and SQLite itself.
@Suite(.serialized) struct WebArchiveTests {
    static let period = "2024-05"

    /// The grid `tonghop import` of `files` gives, in a fresh archive.
    static func gridOfCommandLineImport(_ files: [String], in folder: URL) throws -> [String] {
        let data = folder.appendingPathComponent("cli-data-\(UUID().uuidString)")
        let imported = try TongHopBinary.run(["import"] + files + ["--period", period, "--data", data.path, "--quiet"])
        #expect(imported.status == 0 || imported.status == 1, "\(imported.stderr)")
        return try grid(data)
    }

    static func grid(_ data: URL) throws -> [String] {
        let status = try TongHopBinary.run(["status", "--period", period, "--format", "json", "--data", data.path])
        #expect(status.status == 0, "\(status.stderr)")
        return ArchiveGrid.cells(fromStatus: status.json)
    }

    static func upload(_ server: WebServerProcess, _ files: [String]) throws -> RawHTTP.Response {
        var client = WebClient(server)
        let token = try client.csrf()
        return try client.upload(fields: ["csrf": token, "ky": period], files: try files.map {
            (($0 as NSString).lastPathComponent, try Data(contentsOf: URL(fileURLWithPath: $0)))
        })
    }

    /// One SQL statement on the archive's database through Python's own SQLite (Python is
    /// there for the browser tests): rows on lines, columns joined by `|`, as `sqlite3` prints.
    static func sql(_ data: URL, _ statement: String) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", """
            import sqlite3, sys
            rows = sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchall()
            print("\\n".join("|".join(str(c) for c in r) for r in rows))
            """, data.appendingPathComponent("archive.sqlite").path, statement]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Waits until the archive holds at least one submission (an import is under way).
    static func waitForFirstSubmission(_ data: URL) throws {
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            if FileManager.default.fileExists(atPath: data.appendingPathComponent("archive.sqlite").path),
               let n = Int(try sql(data, "SELECT count(*) FROM submission")), n > 0 { return }
            usleep(10_000)
        }
        Issue.record("no submission arrived")
    }

    @Test func twoClerksUploadingAtOnceBothLand() throws {
        let work = try TemporaryFolder("tonghop-web-archive")
        let files = try SampleInbox.files(try SampleInbox.make(in: work.url))
        let data = work.url.appendingPathComponent("data")
        let server = try WebServerProcess(data: data)
        // Every other file to each clerk, but An Châu's corrected NO01 goes with its first
        // version, after it: which of two versions sent at the same moment by two clerks lands
        // last is a race, not something the archive can know.
        var halves: [[String]] = [[], []]
        for (n, file) in files.enumerated() {
            let original = file.replacingOccurrences(of: "_sửa.csv", with: ".csv")
            halves[halves[0].contains(original) ? 0 : halves[1].contains(original) ? 1 : n % 2].append(file)
        }
        #expect(halves.allSatisfy { $0.count > files.count / 3 })
        let clerks = halves
        let statuses = Locked<[Int]>([])
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            let status = (try? Self.upload(server, clerks[i]).status) ?? -1
            statuses.update { $0.append(status) }
        }
        #expect(statuses.value == [200, 200])
        #expect(try Self.sql(data, "SELECT count(*) FROM submission") == String(files.count + SampleInbox.extraSheetReturns))
        #expect(try Self.grid(data) == Self.gridOfCommandLineImport(files, in: work.url))
        #expect(server.stop() == 0)
    }

    @Test func anUploadDuringABuildLosesNothingAndOneBuildRunsAtATime() throws {
        let work = try TemporaryFolder("tonghop-web-archive")
        let files = try SampleInbox.files(try SampleInbox.make(in: work.url))
        let data = work.url.appendingPathComponent("data")
        let server = try WebServerProcess(data: data)
        let first = Array(files.prefix(files.count / 2)), second = Array(files.dropFirst(files.count / 2))
        #expect(try Self.upload(server, first).status == 200)
        var clerk = WebClient(server)
        let token = try clerk.csrf(from: "/tong-hop?ky=\(Self.period)")
        #expect(try clerk.post("/tong-hop", form: ["ky": Self.period]).status == 403)  // no form token
        let started = try clerk.post("/tong-hop", form: ["csrf": token, "ky": Self.period])
        #expect(started.status == 303 && started.header("Location") == "/tong-hop?ky=\(Self.period)")
        // While it runs: a second build of the month is refused, an upload lands.
        let again = try clerk.post("/tong-hop", form: ["csrf": token, "ky": Self.period])
        #expect(again.status == 409 && again.text.contains("id=\"build-busy\""))
        #expect(try Self.upload(server, second).status == 200)
        var running = true
        let deadline = Date().addingTimeInterval(300)
        while running && Date() < deadline {
            let s = try clerk.get("/tong-hop/trang-thai?ky=\(Self.period)")
            running = (try JSONSerialization.jsonObject(with: s.body) as? [String: Any])?["running"] as? Bool ?? false
            if running { usleep(100_000) }
        }
        #expect(!running)
        let page = try clerk.get("/tong-hop?ky=\(Self.period)").text
        #expect(page.contains("id=\"build-summary\"") && page.contains("data-name=\"bao-cao.json\""))
        #expect(try Self.grid(data) == Self.gridOfCommandLineImport(files, in: work.url))
        #expect(server.stop() == 0)
    }

    /// A server with one sample return uploaded through the page, and the clerk who sent it.
    static func serverWithOneReturn(_ sample: String, in work: TemporaryFolder) throws -> (WebServerProcess, WebClient) {
        let file = Fixtures.repository.appendingPathComponent("samples/\(period)/\(sample)")
        let server = try WebServerProcess(data: work.url.appendingPathComponent("data"))
        var client = WebClient(server)
        let token = try client.csrf()
        #expect(try client.upload(fields: ["csrf": token, "ky": period], files: [(file.lastPathComponent, try Data(contentsOf: file))]).status == 200)
        return (server, client)
    }

    /// A unit's page gives each version's issues in the language the clerk chose, as they were
    /// found when the return came.
    @Test func aUnitsPageSpeaksTheChosenLanguage() throws {
        let work = try TemporaryFolder("tonghop-web-archive")
        var (server, client) = try Self.serverWithOneReturn("07627-dai-son/DD01 Đại Sơn T5.csv", in: work)
        let vietnamese = try client.get("/don-vi/07627?ky=\(Self.period)").text
        #expect(vietnamese.contains("trùng với dòng 6 (cùng Xã, thị trấn, Thôn, tổ dân phố"), "\(vietnamese)")
        try client.get("/ngon-ngu?chon=en&ve=/")
        let english = try client.get("/don-vi/07627?ky=\(Self.period)").text
        #expect(english.contains("duplicates line 6 (same «Xã, thị trấn»"), "\(english)")
        #expect(!english.contains("trùng với dòng"))
        #expect(server.stop() == 0)
    }

    /// An issue of a workbook return keeps its cell in the archive: the unit's page gives it
    /// (Vĩnh An's NO01 has a 31/02 in J7, «Ngày khởi công»).
    @Test func aUnitsPageNamesTheCellOfAnIssueInAWorkbook() throws {
        let work = try TemporaryFolder("tonghop-web-archive")
        var (server, client) = try Self.serverWithOneReturn("07648-vinh-an/NO01 Vĩnh An T5.xlsx", in: work)
        let page = try client.get("/don-vi/07648?ky=\(Self.period)").text
        #expect(page.contains("<td>7</td><td>NO01!J7</td><td>Ngày khởi công</td><td>31/02/2024</td>"), "\(page)")
        #expect(server.stop() == 0)
    }

    @Test func eachReturnInAZipIsImported() throws {
        let work = try TemporaryFolder("tonghop-web-archive")
        let inbox = try SampleInbox.make(in: work.url)
        let files = try SampleInbox.files(inbox)
        let zip = work.url.appendingPathComponent("thang-5.zip")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-m", "zipfile", "-c", zip.path] + files
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        let data = work.url.appendingPathComponent("data")
        let server = try WebServerProcess(data: data)
        var client = WebClient(server)
        let token = try client.csrf()
        let r = try client.upload(fields: ["csrf": token, "ky": Self.period], files: [("thang-5.zip", try Data(contentsOf: zip))])
        #expect(r.status == 200)
        #expect(r.text.components(separatedBy: "class=\"outcome\"").count - 1 == files.count + SampleInbox.extraSheetReturns)
        #expect(try Self.sql(data, "SELECT count(*) FROM submission") == String(files.count + SampleInbox.extraSheetReturns))
        #expect(try Self.grid(data) == Self.gridOfCommandLineImport(files, in: work.url))
        #expect(server.stop() == 0)
    }

    @Test func aServerKilledMidImportLeavesTheArchiveConsistent() throws {
        let work = try TemporaryFolder("tonghop-web-archive")
        let files = try SampleInbox.files(try SampleInbox.make(in: work.url))
        let data = work.url.appendingPathComponent("data")
        let server = try WebServerProcess(data: data)
        let upload = Thread { _ = try? Self.upload(server, files) }
        upload.start()
        try Self.waitForFirstSubmission(data)
        kill(server.process.processIdentifier, SIGKILL)
        server.process.waitUntilExit()
        let landed = Int(try Self.sql(data, "SELECT count(*) FROM submission")) ?? -1
        print("web: SIGKILL after \(landed) of \(files.count) files were imported")
        #expect(landed > 0)
        #expect(try Self.sql(data, "PRAGMA integrity_check") == "ok")
        #expect(try Self.sql(data, "PRAGMA foreign_key_check") == "")
        // Every submission has its units and its bytes; every current one is the only one of its kind.
        #expect(try Self.sql(data, "SELECT count(*) FROM submission s WHERE NOT EXISTS (SELECT 1 FROM blob b WHERE b.sha256 = s.sha256)") == "0")
        #expect(try Self.sql(data, "SELECT count(*) FROM (SELECT 1 FROM submission WHERE state = 'current' GROUP BY period, form, units HAVING count(*) > 1)") == "0")
        for line in try Self.sql(data, "SELECT sha256 || '.' || ext FROM blob").split(separator: "\n") {
            #expect(FileManager.default.fileExists(atPath: data.appendingPathComponent("blobs/\(line.prefix(2))/\(line)").path), "\(line)")
        }
        // Started again, the same upload completes the month: the files already in are duplicates.
        let again = try WebServerProcess(data: data)
        #expect(try Self.upload(again, files).status == 200)
        #expect(try Self.grid(data) == Self.gridOfCommandLineImport(files, in: work.url))
        #expect(again.stop() == 0)
    }

    @Test func ctrlCDuringAnUploadLetsItFinishThenStops() throws {
        let work = try TemporaryFolder("tonghop-web-archive")
        let files = try SampleInbox.files(try SampleInbox.make(in: work.url))
        let data = work.url.appendingPathComponent("data")
        let server = try WebServerProcess(data: data)
        let response = Locked<Int>(0)
        let done = DispatchSemaphore(value: 0)
        Thread {
            response.update { $0 = (try? Self.upload(server, files).status) ?? -1 }
            done.signal()
        }.start()
        try Self.waitForFirstSubmission(data)
        #expect(server.stop() == 0)
        done.wait()
        #expect(response.value == 200)
        #expect(try Self.sql(data, "SELECT count(*) FROM submission") == String(files.count + SampleInbox.extraSheetReturns))
        #expect(try Self.sql(data, "PRAGMA integrity_check") == "ok")
    }
}

/// A value shared between the threads of a test.
final class Locked<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: T

    init(_ value: T) { stored = value }

    var value: T { lock.withLock { stored } }

    func update(_ body: (inout T) -> Void) { lock.withLock { body(&stored) } }
}
