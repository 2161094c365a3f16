import Foundation
import Testing
import Common
import TaskModel
import TestSupport
import Validation
import XLSX
@testable import Consolidation

@Suite struct MeasureTableTests {
    static func month() throws -> MonthData {
        let model = try Model.bundled()
        let files = try InputFiles.expand([Fixtures.folder.appendingPathComponent("month").path])
        let period = model.period("2024-05")!
        let collector = try MonthCollector(model: model, period: period)
        let (report, _) = Checking.run(files: files, options: ValidationOptions(period: period), today: period.end, model: model, onRow: collector.add)
        return try collector.finish(report: report)
    }

    @Test func ratiosOfTheDistrictAreRatiosOfTotalsNotSumsOfRatios() throws {
        let data = try Self.month()
        let area = try #require(data.model.area("nha-o"))
        let table = data.table(area)
        let i = try #require(table.measures.firstIndex { $0.id == "no_done_pct" })
        #expect(table.values["07615"]?[i] == 0.5)
        #expect(table.values["07648"]?[i].map { abs($0 - 1.0 / 3) < 1e-12 } == true)
        #expect(table.totals[i] == 0.4)          // 2 of 5 eligible households, not (0.5 + 0.333) / 2
        #expect(table.values["07621"]?[i] == nil) // nothing to divide
    }

    /// Sums add each accepted row once and maxima take the largest, per unit and for the
    /// district (figures by hand from `Tests/Fixtures/month`).
    @Test func sumsAndMaximaCountEachRowOnce() throws {
        let data = try Self.month()
        func value(_ area: String, _ measure: String, _ unit: String?) throws -> Double? {
            let table = data.table(try #require(data.model.area(area)))
            let i = try #require(table.measures.firstIndex { $0.id == measure })
            return unit.map { table.values[$0]?[i] ?? nil } ?? table.totals[i]
        }
        #expect(try value("nha-o", "no_money", "07615") == 83_000_000)      // 55.000.000 + 28.000.000
        #expect(try value("nha-o", "no_money", "07648") == 115_000_000)     // 60 + 30 + 25 million; Lan refused
        #expect(try value("nha-o", "no_money", nil) == 198_000_000)
        #expect(try value("dat-dai", "dd_area", "07648") == 500.5)          // 120.5 + 300 + 80
        #expect(try value("nuoc", "ns_households", "07615") == 87)          // 45 + 30 + 12
        #expect(try value("nuoc", "ns_longest", "07615") == 8)              // 20/04-28/04
        #expect(try value("nuoc", "ns_longest", nil) == 8)
        #expect(try value("nuoc", "ns_short", "07624") == 18)               // 12 + 6
    }

    @Test func unitsThatSentNothingAreKnownPerArea() throws {
        let data = try Self.month()
        let nuoc = try #require(data.model.area("nuoc"))
        #expect(data.hasSubmitted("07615", area: nuoc))
        #expect(data.hasSubmitted("07624", area: nuoc))
        #expect(!data.hasSubmitted("07648", area: nuoc))  // Vĩnh An sent TD01 only for this area
    }

    @Test func rowsAreOrderedByUnitInGSOOrder() throws {
        let data = try Self.month()
        var units: [String] = []
        var lines: [Int] = []
        try data.forEachRow(form: "NO01") { units.append($0.row.unit); lines.append($0.row.line) }
        #expect(units == units.sorted())
        #expect(Set(units) == ["07615", "07648"])
        #expect(data.rowCount(form: "NO01") == 7)
        #expect(lines == [2, 3, 4, 4, 5, 6, 7])   // each unit's rows in file order
    }
}

/// A form with more rows than a sheet holds goes on in `NO01 (2)`, `NO01 (3)`…, each with the
/// same header, numbering running on. The limit is lowered here; the bench builds 5,000,000 rows.
@Suite struct FormSheetContinuationTests {
    @Test func rowsPastTheSheetLimitGoOnInContinuationSheets() throws {
        let data = try MeasureTableTests.month()
        let area = try #require(data.model.area("nha-o"))
        let form = try #require(data.model.form("NO01"))
        let dir = try TemporaryFolder()
        let path = dir.url.appendingPathComponent("nha-o.xlsx").path
        let wb = try Workbook(path: path, options: .init(constantMemory: true, tmpdir: dir.url.path))
        let sheet = FormSheet(form: form, area: area, model: data.model, period: data.period, rowsPerSheet: 3)
        try sheet.start(in: wb)
        try data.forEachRow(form: form.code) { try sheet.add($0.row, source: $0.file) }
        try sheet.finish()
        try wb.close()
        let file = try XLSXFile(path: path)
        #expect(file.sheetNames == [sheet.name, "NO01 (2)", "NO01 (3)"])
        let header = FormSheet.headerRow + 1
        func row(_ cells: [String: XLSXFile.Cell], _ r: Int) -> [String] {
            (0..<30).compactMap { cells[CellReference.cell(row: r - 1, column: $0)]?.value }
        }
        let first = try XLSXFile(path: path).cells(sheet.name)
        var numbers: [String] = [], lines: [String] = []
        for (k, name) in file.sheetNames.enumerated() {
            let cells = file.cells(name)
            #expect(row(cells, header) == row(first, header), "\(name): the same header")
            #expect(cells["A2"]?.value.hasPrefix("Lĩnh vực: Nhà ở") == true)
            #expect(cells["A1"]?.value.hasSuffix("(TIẾP THEO)") == (k > 0))
            let rows = k < 2 ? 3 : 1
            for r in header + 1...header + rows {
                let values = row(cells, r)
                numbers.append(values[0])
                lines.append(values[values.count - 1])
            }
            #expect(cells[CellReference.cell(row: header + rows, column: 0)] == nil, "\(name): no row past \(rows)")
            let xml = try #require(file.sheetXML(name))
            #expect(xml.contains("<autoFilter ref=\"A\(header):"))
            #expect(xml.contains("ySplit=\"\(header)\""))
        }
        #expect(numbers == (1...7).map(String.init))
        #expect(lines == ["2", "3", "4", "4", "5", "6", "7"])
    }
}

@Suite struct OutputFolderTests {
    @Test func filesAppearOnlyWhenTheWholeMonthIsWritten() throws {
        let dir = try TemporaryFolder()
        let out = try OutputFolder(root: dir.url.path, period: Period("2024-05", cutoffDay: 14)!)
        struct Boom: Error {}
        #expect(throws: OutputFolder.WriteError.self) {
            try out.write("half.xlsx") { path in
                try Data("partial".utf8).write(to: URL(fileURLWithPath: path))
                throw Boom()
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.url.path).isEmpty)
        try out.write("ok.json", data: Data("{}".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.url.path).allSatisfy { $0.hasSuffix(".part") })
        try out.commit(removingStaleIn: OutputFolder.slipFolder) { _ in true }
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.url.path) == ["ok.json"])
    }

    /// The scratch folder of the workbook writer lives in the month folder only while the month
    /// is written: gone after a commit, and after a discard.
    @Test func theScratchFolderGoesWithTheRun() throws {
        let dir = try TemporaryFolder()
        for commits in [true, false] {
            let out = try OutputFolder(root: dir.url.path, period: Period("2024-05", cutoffDay: 14)!)
            let scratch = try out.scratch()
            try Data().write(to: URL(fileURLWithPath: scratch).appendingPathComponent("tmp.1"))
            try out.write("ok.json", data: Data("{}".utf8))
            if commits { try out.commit(removingStaleIn: OutputFolder.slipFolder) { _ in false } } else { out.discard() }
            #expect(!FileManager.default.fileExists(atPath: scratch), "commit: \(commits)")
        }
    }

    /// A failed run leaves the previous month as it was, and no folder it created itself.
    @Test func discardKeepsThePreviousMonth() throws {
        let dir = try TemporaryFolder()
        try dir.write("2024-05/nha-o.xlsx", "last run")
        let out = try OutputFolder(root: dir.url.path, period: Period("2024-05", cutoffDay: 14)!)
        try out.write("nha-o.xlsx", data: Data("this run".utf8))
        try out.write("07615-an-chau.xlsx", in: OutputFolder.slipFolder) { path in try Data("slip".utf8).write(to: URL(fileURLWithPath: path)) }
        out.discard()
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.url.path) == ["nha-o.xlsx"])
        #expect(try String(contentsOf: out.url.appendingPathComponent("nha-o.xlsx"), encoding: .utf8) == "last run")

        let fresh = try TemporaryFolder()
        let first = try OutputFolder(root: fresh.url.appendingPathComponent("OUT").path, period: Period("2024-05", cutoffDay: 14)!)
        try first.write("bao-cao.json", data: Data("{}".utf8))
        first.discard()
        #expect(try FileManager.default.contentsOfDirectory(atPath: fresh.url.path).isEmpty)
    }

    /// A unit whose returns are clean this time loses last run's slip; a clerk's own file stays.
    @Test func commitRemovesStaleSlipsOnly() throws {
        let dir = try TemporaryFolder()
        try dir.write("2024-05/tra-lai/07615-an-chau.xlsx", "last run")
        try dir.write("2024-05/tra-lai/07648-vinh-an.xlsx", "last run")
        try dir.write("2024-05/tra-lai/ghi chú.txt", "the clerk's")
        let out = try OutputFolder(root: dir.url.path, period: Period("2024-05", cutoffDay: 14)!)
        try out.write("07648-vinh-an.xlsx", in: OutputFolder.slipFolder) { path in try Data("this run".utf8).write(to: URL(fileURLWithPath: path)) }
        try out.commit(removingStaleIn: OutputFolder.slipFolder) { $0.hasPrefix("076") && $0.hasSuffix(".xlsx") }
        let slips = out.url.appendingPathComponent(OutputFolder.slipFolder)
        #expect(try FileManager.default.contentsOfDirectory(atPath: slips.path).sorted() == ["07648-vinh-an.xlsx", "ghi chú.txt"])
        #expect(try String(contentsOf: slips.appendingPathComponent("07648-vinh-an.xlsx"), encoding: .utf8) == "this run")
    }

    @Test func leftoversOfAnInterruptedRunAreCleared() throws {
        let dir = try TemporaryFolder()
        try dir.write("2024-05/.nha-o.xlsx.99.part", "partial")
        try dir.write("2024-05/tra-lai/.x.xlsx.99.part", "partial")
        // A run killed while libxlsxwriter held a row buffer in its scratch folder.
        try dir.write("2024-05/.tam.99.part/tmp.AbC123", "")
        let out = try OutputFolder(root: dir.url.path, period: Period("2024-05", cutoffDay: 14)!)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.url.path) == ["tra-lai"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.url.appendingPathComponent("tra-lai").path).isEmpty)
    }

    @Test func slipNamesCannotLeaveTheFolder() throws {
        let data = try MeasureTableTests.month()
        for name in ["../../etc/passwd", "CON", "a/b\\c\u{7}", "Xã Vĩnh An"] {
            let slip = ReturnSlip(unit: TaskModel.Unit(code: "07648", name: name), files: [], received: 0, data: data)
            #expect(!slip.fileName.contains("/") && !slip.fileName.contains("\\") && !slip.fileName.hasPrefix("."), "\(slip.fileName)")
            #expect(slip.fileName.hasPrefix("07648-"))
        }
    }
}

@Suite struct RowSpoolTests {
    /// The rows of a killed build are removed by the next one; a running build's stay.
    @Test func abandonedSpoolsAreCleared() throws {
        let ended = Process()
        ended.executableURL = URL(fileURLWithPath: "/bin/true")
        try ended.run()
        ended.waitUntilExit()
        let temp = FileManager.default.temporaryDirectory
        let abandoned = temp.appendingPathComponent("\(RowSpool.prefix)\(ended.processIdentifier)-test")
        let running = temp.appendingPathComponent("\(RowSpool.prefix)\(getpid())-test")
        for folder in [abandoned, running] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        defer { try? FileManager.default.removeItem(at: running) }
        _ = try RowSpool()
        #expect(!FileManager.default.fileExists(atPath: abandoned.path))
        #expect(FileManager.default.fileExists(atPath: running.path))
    }

    /// Buckets far larger than one read: every row comes back, equal and in order.
    @Test func rowsComeBackWhateverTheBucketSize() throws {
        let spool = try RowSpool()
        let day = Day(year: 2024, month: 5, day: 14)!
        func row(_ i: Int) -> AcceptedRow {
            AcceptedRow(form: "NO01", unit: "07648",
                        values: [.unit("07648"), .text("Thôn \(i) — Làng Chẽ"), nil, .integer(Int64(i)), .number(Double(i) / 7),
                                 .date(day.adding(days: -i % 300)), .bool(i % 2 == 0), .choice("Hộ nghèo")],
                        line: i + 2, findings: i % 5 == 0 ? [.outageOver5Days] : [])
        }
        for i in 0..<30_000 { try spool.add(row(i), file: i % 3) }
        try spool.close()
        var n = 0
        try spool.forEach(form: "NO01", unit: "07648") { r, file in
            let want = row(n)
            #expect(r.values == want.values && r.line == want.line && r.findings == want.findings && file == n % 3)
            n += 1
        }
        #expect(n == 30_000)
        #expect(spool.counts["NO01"] == 30_000)
        var none = 0
        try spool.forEach(form: "NO01", unit: "07615") { _, _ in none += 1 }
        #expect(none == 0)
    }
}
