import Foundation
import Testing
import TestSupport

/// A build killed at any moment leaves no half-written workbook and never touches its inputs.
@Suite struct InterruptedBuildTests {
    @Test func sigkillAtManyPointsNeverLeavesAPartialWorkbook() throws {
        let input = try TemporaryFolder()
        var text = "\"Xã, thị trấn\",\"Thôn, tổ dân phố\",Họ tên chủ hộ,Đối tượng,Hình thức hỗ trợ,Đủ điều kiện về đất đai,Tình trạng,Ghi chú\r\n"
        let units = ["An Châu", "Vĩnh An", "Hữu Sản", "Tuấn Đạo", "Dương Hưu"]
        for i in 0..<40_000 { text += "\(units[i % 5]),Thôn \(i % 30),Hộ \(i),Hộ nghèo,Xây mới,Có,Chưa phê duyệt hồ sơ,ghi chú \(i)\r\n" }
        let source = try input.write("NO01.csv", text)
        let before = try Data(contentsOf: URL(fileURLWithPath: source))
        let out = try TemporaryFolder()
        for delay in [0.05, 0.2, 0.4, 0.7, 1.0, 1.5, 2.0, 3.0] {
            let process = Process()
            process.executableURL = TongHopBinary.url
            process.arguments = ["build", input.url.path, "--period", "2024-05", "--out", out.url.path, "--quiet"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            try Self.assertOnlyCompleteWorkbooks(out.url)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: source)) == before)
        let finished = try TongHopBinary.run(["build", input.url.path, "--period", "2024-05", "--out", out.url.path, "--quiet"])
        #expect(finished.status == 0)
        try Self.assertOnlyCompleteWorkbooks(out.url)
        let leftovers = FileManager.default.enumerator(atPath: out.url.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".part") } ?? []
        #expect(leftovers.isEmpty, "a finished run clears the leftovers of killed ones: \(leftovers)")
    }

    static func assertOnlyCompleteWorkbooks(_ root: URL) throws {
        guard let files = FileManager.default.enumerator(atPath: root.path) else { return }
        for case let rel as String in files where rel.hasSuffix(".xlsx") {
            let file = try XLSXFile(path: root.appendingPathComponent(rel).path)
            #expect(file.parts["xl/workbook.xml"] != nil, "\(rel) is not a complete workbook")
            #expect(file.sheetNames.first == "Tổng hợp", "\(rel)")
        }
    }
}
