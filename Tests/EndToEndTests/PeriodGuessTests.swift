import Foundation
import Testing
import TestSupport

/// Without `--period` the month comes from most of the files and their names, so one wrong
/// date cannot hide itself by moving the month; an impossible `--period` is explained.
@Suite struct PeriodGuessTests {
    static func period(_ paths: [String]) throws -> String? {
        let run = try TongHopBinary.run(["check"] + paths + ["--format", "json"])
        #expect(!run.signaled && run.status <= 1, "\(run.stderr)")
        #expect(run.json?["period_assumed"] as? Bool == true)
        return run.json?["period"] as? String
    }

    static func no01(_ name: String, dates: [String]) -> String {
        ([CheckCommandTests.no01Header] + dates.enumerated().map { i, d in
            "Vĩnh An,Làng Chẽ,\(name) \(i),1970,Hộ nghèo,Xây mới,Có,Đã phê duyệt hồ sơ,\(d),,,,"
        }).joined(separator: "\n")
    }

    @Test func theSampleMonthIsMayDespiteItsPlantedDate() throws {
        #expect(try Self.period([Fixtures.repository.appendingPathComponent("samples/2024-05").path]) == "2024-05")
    }

    @Test func mostFilesOutvoteOneWrongDate() throws {
        let dir = try TemporaryFolder()
        try dir.write("a/NO01.csv", Self.no01("A", dates: ["02/05/2024", "10/05/2024"]))
        try dir.write("b/NO01.csv", Self.no01("B", dates: ["20/04/2024", "03/05/2024"]))
        try dir.write("c/NO01.csv", Self.no01("C", dates: ["25/04/2024", "21/05/2024"]))
        #expect(try Self.period([dir.url.path]) == "2024-05")
    }

    @Test func aMonthInTheFileNameDecides() throws {
        let dir = try TemporaryFolder()
        let path = try dir.write("NO01 Vĩnh An T5.csv", Self.no01("A", dates: ["02/05/2024", "21/06/2024"]))
        #expect(try Self.period([path]) == "2024-05")
    }

    @Test(arguments: [("9999-12", "2000-01"), ("1899-05", "2000-01"), ("2024-13", "01"), ("2024-5", "YYYY-MM")])
    func anImpossiblePeriodIsExplained(_ period: String, _ words: String) throws {
        let month = Fixtures.folder.appendingPathComponent("month").path
        let archive = try TemporaryFolder()
        let data = archive.url.path
        for command in [["check", month], ["build", month], ["import", month, "--data", data], ["status", "--data", data]] {
            let run = try TongHopBinary.run(command + ["--period", period, "--lang", "en"])
            #expect(run.status == 2)
            #expect(run.stderr.contains(period) && run.stderr.contains(words), "\(run.stderr)")
        }
    }
}
