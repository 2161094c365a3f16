import Foundation
import Testing
import TestSupport

/// `tonghop` installed as one file travels: it runs with the build tree out of reach.
@Suite struct InstallTests {
    @discardableResult
    static func shell(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process
    }

    @Test(.enabled(if: PrivateMounts.available, "needs unshare with mount namespaces"))
    func theInstalledBinaryRunsFromAnEmptyFolderWithTheBuildTreeHidden() throws {
        let prefix = try TemporaryFolder("tonghop-prefix"), empty = try TemporaryFolder("tonghop-empty")
        let inbox = try TemporaryFolder("tonghop-inbox")
        let sample = Fixtures.repository.appendingPathComponent("samples/2024-05/07648-vinh-an")
        for name in try FileManager.default.contentsOfDirectory(atPath: sample.path) {
            try FileManager.default.copyItem(at: sample.appendingPathComponent(name), to: inbox.url.appendingPathComponent(name))
        }
        let install = try Self.shell(["/bin/sh", Fixtures.repository.appendingPathComponent("scripts/install.sh").path,
                                      "--binary", TongHopBinary.url.path, prefix.url.path])
        #expect(install.terminationStatus == 0)
        let installed = prefix.url.appendingPathComponent("bin/tonghop").path
        #expect(FileManager.default.isExecutableFile(atPath: installed))

        // The build products and the whole repository are covered by empty folders; only the
        // installed file, the inbox and the system remain.
        let hidden: [PrivateMounts.Cover] = [.empty(TongHopBinary.productsDirectory.path), .empty(Fixtures.repository.path)]
        func run(_ arguments: [String]) throws -> TongHopBinary.Result {
            try PrivateMounts.run(arguments, covering: hidden, in: empty.url, binary: installed)
        }
        let check = try run(["check", inbox.url.path, "--period", "2024-05", "--format", "json"])
        #expect(!check.signaled && check.status <= 1, "\(check.stderr)")
        let files = try #require(check.json?["files"] as? [[String: Any]], "\(check.stderr)")
        #expect(files.count == (try FileManager.default.contentsOfDirectory(atPath: inbox.url.path)).count)
        #expect(files.allSatisfy { (($0["rows"] as? [String: Int])?["read"] ?? 0) > 0 })
        let model = try run(["model", "--format", "json"])
        #expect(model.status == 0, "\(model.stderr)")
        #expect((model.json?["forms"] as? [Any])?.isEmpty == false)
        #expect(try FileManager.default.contentsOfDirectory(atPath: empty.url.path).isEmpty)
    }
}
