import Foundation
import Testing
import TestSupport

/// Putting a month in place is all or nothing, also when it fails half-way.
@Suite struct CommitRollbackTests {
    /// Every file under `folder` (relative path → bytes).
    static func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for case let rel as String in FileManager.default.enumerator(atPath: folder.path) ?? .init() {
            let url = folder.appendingPathComponent(rel)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                files[rel] = try Data(contentsOf: url)
            }
        }
        return files
    }

    @Test func aRenameFailingHalfWayPutsBackTheFilesAlreadyRenamed() throws {
        let samples = Fixtures.repository.appendingPathComponent("samples/2024-05")
        let out = try TemporaryFolder()
        let first = try TongHopBinary.run(["build", samples.path, "--period", "2024-05", "--out", out.url.path, "--quiet"])
        #expect(first.status == 0, "\(first.stderr)")

        // The last area's workbook cannot be replaced: a folder now has its name.
        let month = out.url.appendingPathComponent("2024-05")
        let areas = try FileManager.default.contentsOfDirectory(atPath: month.path).filter { $0.hasSuffix(".xlsx") }.sorted()
        let blocked = month.appendingPathComponent(try #require(areas.first { $0 != "dat-dai.xlsx" }))
        try FileManager.default.removeItem(at: blocked)
        try FileManager.default.createDirectory(at: blocked, withIntermediateDirectories: false)
        try Data("giữ".utf8).write(to: blocked.appendingPathComponent("ghi-chu.txt"))
        let before = try Self.snapshot(month)

        // A month with one unit fewer: every workbook and the report differ from the first run's.
        let inbox = try TemporaryFolder()
        for unit in try FileManager.default.contentsOfDirectory(atPath: samples.path).sorted().dropFirst() {
            try FileManager.default.copyItem(at: samples.appendingPathComponent(unit), to: inbox.url.appendingPathComponent(unit))
        }
        let second = try TongHopBinary.run(["build", inbox.url.path, "--period", "2024-05", "--out", out.url.path, "--quiet"])
        #expect(second.status == 2)
        #expect(second.stderr.contains(blocked.lastPathComponent), "\(second.stderr)")
        let after = try Self.snapshot(month)
        #expect(after.keys.sorted() == before.keys.sorted())
        for (name, bytes) in before { #expect(after[name] == bytes, "\(name) changed although the month was not put in place") }

        // And the clean run still goes through once the folder is gone.
        try FileManager.default.removeItem(at: blocked)
        let third = try TongHopBinary.run(["build", inbox.url.path, "--period", "2024-05", "--out", out.url.path, "--quiet"])
        #expect(third.status == 0, "\(third.stderr)")
        #expect(try Self.snapshot(month)["bao-cao.json"] != before["bao-cao.json"])
    }
}
