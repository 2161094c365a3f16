import Foundation
import Testing
import TestSupport

/// A build killed at any moment leaves no half-written workbook, leaves the month either as the
/// previous run wrote it or as the killed run would have (never a mixture), and never touches
/// its inputs.
@Suite struct InterruptedBuildTests {
    @Test func sigkillAtManyPointsLeavesTheMonthWholeAndUntouched() throws {
        let input = try TemporaryFolder()
        var text = "\"Xã, thị trấn\",\"Thôn, tổ dân phố\",Họ tên chủ hộ,Đối tượng,Hình thức hỗ trợ,Đủ điều kiện về đất đai,Tình trạng,Ghi chú\r\n"
        let units = ["An Châu", "Vĩnh An", "Hữu Sản", "Tuấn Đạo", "Dương Hưu"]
        for i in 0..<40_000 { text += "\(units[i % 5]),Thôn \(i % 30),Hộ \(i),Hộ nghèo,Xây mới,Có,Chưa phê duyệt hồ sơ,ghi chú \(i)\r\n" }
        let source = try input.write("NO01.csv", text)
        let before = try Data(contentsOf: URL(fileURLWithPath: source))
        let out = try TemporaryFolder()
        let month = out.url.appendingPathComponent("2024-05")

        // The previous run: the fixture month, complete.
        let previous = try TongHopBinary.run(["build", Fixtures.folder.appendingPathComponent("month").path, "--period", "2024-05", "--out", out.url.path, "--quiet"])
        #expect(previous.status == 0)
        let old = try Self.workbooks(month)
        #expect(old.keys.contains("nha-o.xlsx"))

        var snapshots: [(String, [String: Data])] = []
        // Killed while a workbook is being written: the moment a temporary file appears.
        let midWrite = try Self.start(input.url, out.url)
        let sawPart = Self.waitForPartialFile(in: month, seconds: 120)
        kill(midWrite.processIdentifier, SIGKILL)
        midWrite.waitUntilExit()
        #expect(sawPart, "no workbook was being written when the build was killed")
        #expect(midWrite.terminationReason == .uncaughtSignal, "the build ended before it was killed")
        snapshots.append(("mid-write", try Self.workbooks(month)))
        // Killed after fixed delays, whatever it is doing.
        for delay in [0.05, 0.2, 0.4, 0.7, 1.0, 1.5, 2.0, 3.0] {
            let process = try Self.start(input.url, out.url)
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            snapshots.append(("\(delay) s", try Self.workbooks(month)))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: source)) == before)

        let finished = try TongHopBinary.run(["build", input.url.path, "--period", "2024-05", "--out", out.url.path, "--quiet"])
        #expect(finished.status == 0)
        let new = try Self.workbooks(month)
        #expect(new != old)
        for (when, files) in snapshots {
            #expect(files == old || files == new, "killed at \(when): the month is a mixture of two runs (\(files.keys.sorted()))")
        }
        #expect(snapshots.first?.1 == old, "killed mid-write, the previous month must stay")
        let leftovers = FileManager.default.enumerator(atPath: out.url.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".part") } ?? []
        #expect(leftovers.isEmpty, "a finished run clears the leftovers of killed ones: \(leftovers)")
    }

    static func start(_ input: URL, _ out: URL) throws -> Process {
        let process = Process()
        process.executableURL = TongHopBinary.url
        process.arguments = ["build", input.path, "--period", "2024-05", "--out", out.path, "--quiet"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    static func waitForPartialFile(in month: URL, seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            let names = FileManager.default.enumerator(atPath: month.path)?.compactMap { $0 as? String } ?? []
            if names.contains(where: { $0.hasSuffix(".part") }) { return true }
            Thread.sleep(forTimeInterval: 0.002)
        }
        return false
    }

    /// What the month delivers (workbooks, slips, the report) by relative path with their
    /// bytes; each workbook must be complete. Hidden temporary files of a killed run and the
    /// writer's scratch files are not deliverables and are left out.
    static func workbooks(_ month: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for case let rel as String in FileManager.default.enumerator(atPath: month.path) ?? NSEnumerator() {
            let url = month.appendingPathComponent(rel)
            var folder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &folder), !folder.boolValue,
                  !url.lastPathComponent.hasPrefix("."), rel.hasSuffix(".xlsx") || rel.hasSuffix(".json") else { continue }
            if rel.hasSuffix(".xlsx") {
                let file = try XLSXFile(path: url.path)
                #expect(file.parts["xl/workbook.xml"] != nil, "\(rel) is not a complete workbook")
                #expect(file.sheetNames.first == "Tổng hợp" || rel.hasPrefix("tra-lai/"), "\(rel)")
            }
            files[rel] = try Data(contentsOf: url)
        }
        return files
    }
}
