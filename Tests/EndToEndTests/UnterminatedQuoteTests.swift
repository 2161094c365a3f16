import Foundation
import Testing
import TestSupport

/// A quote left open in the last record costs that record, not the file.
@Suite struct UnterminatedQuoteTests {
    static let good = "Vĩnh An,Làng Chẽ,Hộ %d,1970,Hộ nghèo,Xây mới,Có,Chưa phê duyệt hồ sơ,,,,,"

    @Test(arguments: ["\n", "\r\n"])
    func theRowsAboveTheBrokenRecordAreReadAndChecked(_ newline: String) throws {
        let dir = try TemporaryFolder()
        let rows = (1...5).map { String(format: Self.good, $0) }
        let text = ([CheckCommandTests.no01Header] + rows + ["Vĩnh An,\"Làng Chẽ,B,1970", "Vĩnh An,Làng Chẽ,C,1971"]).joined(separator: newline)
        let path = try dir.write("07648-NO01.csv", text)
        let run = try TongHopBinary.run(["check", path, "--period", "2024-05", "--format", "json"])
        #expect(run.status == 1, "\(run.stderr)")
        let json = try #require(run.json)
        #expect(CheckCommandTests.rows(json) == ["read": 6, "accepted": 5, "rejected": 1, "skipped": 0])
        #expect(CheckCommandTests.tuples(json) == ["7 - csv-malformed"])
    }

    @Test func aBrokenRecordAboveTheHeaderLeavesNothingUncounted() throws {
        let dir = try TemporaryFolder()
        let path = try dir.write("x.csv", "Biểu NO01\n\"Tháng 5\nXã Vĩnh An\n")
        let run = try TongHopBinary.run(["check", path, "--period", "2024-05", "--format", "json"])
        let json = try #require(run.json)
        #expect(CheckCommandTests.rows(json) == ["read": 2, "accepted": 0, "rejected": 2, "skipped": 0])
        #expect(CheckCommandTests.tuples(json).contains("2 - csv-malformed"))
    }
}
