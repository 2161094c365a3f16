import Foundation
import Testing
import Common
import TaskModel
import TestSupport
import Validation
import XLSX
@testable import Consolidation

/// A build writes a form's rows while the returns are still read when they come in sheet order
/// (``MonthStream``), on a second thread; whatever happens, the month must be the same bytes as
/// a build that does everything in turn, from the spool.
@Suite struct StreamedBuildTests {
    static let model = try! Model.bundled()
    static let period = model.period("2024-05")!

    /// The month built both ways: the names of the workbooks that were streamed, and whether
    /// every output file (workbooks, slips, report) is byte for byte the same.
    static func bothWays(_ paths: [String], rowsPerSheet: Int = FormSheet.rowsPerSheet, strict: Bool = false,
                         compression: Compression = .standard) throws -> (streamed: [String], files: [String: Data]) {
        let dir = try TemporaryFolder()
        let month = MonthBuild.Files(files: try InputFiles.expand(paths), options: ValidationOptions(period: period, keepRejected: true),
                                     today: period.end)
        var streamed: [String] = []
        var outputs: [[String: Data]] = []
        for concurrent in [true, false] {
            let out = dir.path(concurrent ? "streamed" : "serial")
            let outcome = try MonthBuild.run(month, model: model, out: out, strict: strict, english: false, compression: compression,
                                             previous: nil, concurrent: concurrent, rowsPerSheet: rowsPerSheet, progress: nil, stage: nil)
            guard case .written(let built) = outcome else { Issue.record("the month was refused"); return ([], [:]) }
            if concurrent { streamed = built.written.streamed } else { #expect(built.written.streamed.isEmpty) }
            outputs.append(try contents(of: URL(fileURLWithPath: out).appendingPathComponent("2024-05")))
        }
        #expect(outputs[0].keys.sorted() == outputs[1].keys.sorted())
        for (name, bytes) in outputs[0] { #expect(bytes == outputs[1][name], "\(name) differs between the two ways") }
        return (streamed, outputs[0])
    }

    /// Every file under `folder`, by path relative to it.
    static func contents(of folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let walker = try #require(FileManager.default.enumerator(atPath: folder.path))
        while let name = walker.nextObject() as? String {
            var isFolder: ObjCBool = false
            let path = folder.appendingPathComponent(name).path
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
                files[name] = try Data(contentsOf: URL(fileURLWithPath: path))
            }
        }
        return files
    }

    /// A valid NO01 return (UTF-8, `;`) with `rows` households of each commune in `units`, in
    /// that order; `tag` makes the names of one file's households its own.
    static func no01(_ units: [Int], rows: Int, tag: String = "") -> String {
        let form = model.form("NO01")!
        let communes = model.units.filter { $0.code.allSatisfy(\.isNumber) }
        var lines = [form.columns.map(\.title).joined(separator: ";")]
        for u in units {
            for k in 0..<rows {
                lines.append("\(communes[u].name);Thôn Một;Nguyễn Văn \(tag)\(u)-\(k);\(1950 + k % 40);HN;XM;x;Hoàn thành;01/03/2024;15/03/2024;10/05/2024;\(40 + k).000.000;")
            }
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    @Test func rowsInUnitOrderAreWrittenWhileReadAndGiveTheSameBytes() throws {
        let dir = try TemporaryFolder()
        let file = try dir.write("NO01 tinh.csv", StreamedBuildTests.no01([0, 1, 1, 4], rows: 3))
        let (streamed, files) = try StreamedBuildTests.bothWays([file])
        #expect(streamed == ["nha-o.xlsx"])
        #expect(files["nha-o.xlsx"] != nil)
    }

    @Test func aContinuationSheetOfTheStreamedFormFollowsIt() throws {
        let dir = try TemporaryFolder()
        let file = try dir.write("NO01.csv", StreamedBuildTests.no01([0, 2, 3], rows: 3))
        let (streamed, files) = try StreamedBuildTests.bothWays([file], rowsPerSheet: 4)
        #expect(streamed == ["nha-o.xlsx"])
        let book = try #require(files["nha-o.xlsx"])
        let path = try dir.write("nha-o.xlsx", book)
        let names = try XLSXFile(path: path).sheetNames
        let first = try #require(names.firstIndex { $0.hasPrefix("NO01 ") })
        #expect(Array(names[first + 1...first + 2]) == ["NO01 (2)", "NO01 (3)"])
    }

    /// The second form of an area streams while the first waits for the spool: LN02's cells
    /// use numbers before decimals, LN01's decimals before dates, so the formats are first
    /// used in another order than in a build in turn, and must still be numbered alike.
    @Test func aLaterFormStreamedBeforeAnEarlierOneGivesTheSameBytes() throws {
        let dir = try TemporaryFolder()
        let samples = Fixtures.repository.appendingPathComponent("samples/2024-05")
        let ln02 = try Data(contentsOf: samples.appendingPathComponent("07645-an-lac/LN02 An Lạc T5.csv"))
        let ln01 = try Data(contentsOf: samples.appendingPathComponent("07621-van-son/LN01 Vân Sơn T5.csv"))
        let first = try dir.write("a/LN02 An Lạc T5.csv", ln02)
        let second = try dir.write("b/LN01 Vân Sơn T5.csv", ln01)
        let (streamed, _) = try StreamedBuildTests.bothWays([first, second])
        #expect(streamed == ["rung.xlsx"])
    }

    @Test func rowsOutOfUnitOrderGoThroughTheSpool() throws {
        let dir = try TemporaryFolder()
        let file = try dir.write("NO01.csv", StreamedBuildTests.no01([3, 0], rows: 2))
        let (streamed, _) = try StreamedBuildTests.bothWays([file])
        #expect(streamed.isEmpty)
    }

    @Test func aStreamedFileThatIsReplacedLaterGoesThroughTheSpool() throws {
        let dir = try TemporaryFolder()
        let first = try dir.write("a NO01.csv", StreamedBuildTests.no01([2], rows: 3))
        let correction = try dir.write("b NO01 sua.csv", StreamedBuildTests.no01([2], rows: 2, tag: "sửa "))
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_715_000_000)], ofItemAtPath: first)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_715_500_000)], ofItemAtPath: correction)
        let (streamed, files) = try StreamedBuildTests.bothWays([first, correction])
        #expect(streamed.isEmpty)
        let path = try dir.write("nha-o.xlsx", try #require(files["nha-o.xlsx"]))
        let sheet = try #require(try XLSXFile(path: path).sheetNames.first { $0.hasPrefix("NO01 ") })
        let sources = try XLSXFile(path: path).cells(sheet).values.map(\.value)
        #expect(!sources.contains("a NO01.csv"), "the replaced file's rows are not in the sheet")
        #expect(sources.contains("b NO01 sua.csv"))
    }

    @Test func theSampleMonthIsTheSameBothWaysAtBothLevelsAndWithShortSheets() throws {
        let samples = Fixtures.repository.appendingPathComponent("samples/2024-05").path
        let (streamed, _) = try StreamedBuildTests.bothWays([samples])
        #expect(!streamed.isEmpty, "the samples come unit by unit, so some areas stream")
        _ = try StreamedBuildTests.bothWays([samples], compression: .fast)
        _ = try StreamedBuildTests.bothWays([samples], rowsPerSheet: 2)
    }

    @Test func aStrictBuildOfCleanReturnsKeepsEveryRow() throws {
        let dir = try TemporaryFolder()
        let file = try dir.write("NO01.csv", StreamedBuildTests.no01([0, 1], rows: 4))
        let (_, files) = try StreamedBuildTests.bothWays([file], strict: true)
        let path = try dir.write("nha-o.xlsx", try #require(files["nha-o.xlsx"]))
        let book = try XLSXFile(path: path)
        let sheet = try #require(book.sheetNames.first { $0.hasPrefix("NO01 ") })
        let lines = book.cells(sheet).filter { $0.key.hasPrefix("A") }.compactMap { Int($0.value.value) }
        #expect(lines.sorted() == Array(1...8), "STT runs over the 8 households")
    }
}
