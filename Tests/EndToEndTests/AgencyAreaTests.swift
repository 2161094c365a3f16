import Foundation
import Testing
import TestSupport

/// The sixth area, written in the model alone, built from the agencies' May 2024 returns.
///
/// Figures worked out by hand from `samples/2024-05/co-quan/` (window 15/04–14/05/2024):
///
/// | agency | items | due by 14/5 | on time | late | overdue | due & on time | on time % |
/// |---|---|---|---|---|---|---|---|
/// | UBND | 2 | 2 (3.1 by 25/4, 3.1(7) by 29/4) | 1 | 1 (3.1(7) 06/05) | 0 | 1 | 50% |
/// | BTCHU | 1 | 0 (4 is ongoing) | 0 | 0 | 0 | 0 | — |
/// | VPHU | 2 | 1 (5(1)) | 1 | 0 | 0 | 1 | 100% |
/// | TNMT | 3 | 3 | 2 | 0 | 1 (3.1(2), Công ty 45) | 2 | 66.7% |
/// | KTHT | 5 | 2 (3.2(3) is due 20/05) | 1 | 1 (3.1(8) 10/05) | 0 | 1 | 50% |
/// | BQLDA | 3 | 2 | 1 | 1 (3.1(4) 03/05) | 0 | 1 | 50% |
/// | total | 16 | 10, all due by 29/4/2024 | 6 | 3 | 1 | 6 | 60% |
@Suite struct AgencyAreaTests {
    static let expected: [(code: String, values: [Double?])] = [
        ("UBND", [2, 2, 1, 1, 0, 1, 0.5]),
        ("BTCHU", [1, 0, 0, 0, 0, 0, nil]),
        ("VPHU", [2, 1, 1, 0, 0, 1, 1]),
        ("TNMT", [3, 3, 2, 0, 1, 2, 2.0 / 3]),
        ("KTHT", [5, 2, 1, 1, 0, 1, 0.5]),
        ("BQLDA", [3, 2, 1, 1, 0, 1, 0.5]),
    ]
    static let totals: [Double] = [16, 10, 6, 3, 1, 6, 0.6]
    /// Columns E…K: items, due, on time, late, overdue, the hidden helper, the ratio.
    static let columns = ["E", "F", "G", "H", "I", "J", "K"]

    static func build(_ period: String = "2024-05") throws -> (TemporaryFolder, URL) {
        let out = try TemporaryFolder()
        let run = try TongHopBinary.run(["build", "samples/\(period)", "--period", period, "--out", out.url.path, "--quiet"], in: Fixtures.repository)
        #expect(run.status == 0, "\(run.stderr)")
        return (out, out.url.appendingPathComponent(period).appendingPathComponent("co-quan-huyen.xlsx"))
    }

    @Test func theSummaryIsByAgencyWithTheFiguresWorkedOutByHand() throws {
        let (out, path) = try Self.build()
        _ = out
        let file = try XLSXFile(path: path.path)
        #expect(file.sheetNames == ["Tổng hợp", "Tiến độ nhiệm vụ", "CQ01 Theo dõi thực hiện Kết", "Tình hình nộp", "Lỗi"])
        let cells = file.cells("Tổng hợp")
        #expect(cells["C9"]?.value == "Cơ quan, đơn vị huyện")
        for (i, unit) in Self.expected.enumerated() {
            let row = 11 + i
            #expect(cells["B\(row)"]?.value == unit.code)
            #expect(cells["D\(row)"]?.value == "Đã nộp")
            for (c, want) in zip(Self.columns, unit.values) {
                let cell = cells["\(c)\(row)"]
                if let want {
                    #expect(abs((cell?.number ?? -1) - want) < 1e-9, "\(unit.code) \(c): \(cell?.value ?? "nil")")
                } else {
                    #expect(cell?.value == "", "\(unit.code) \(c)")
                }
            }
        }
        #expect(cells["C17"]?.value == "Tổng cộng")
        for (c, want) in zip(Self.columns, Self.totals) {
            #expect(abs((cells["\(c)17"]?.number ?? -1) - want) < 1e-9, "total \(c)")
        }
        #expect(cells["K17"]?.formula?.contains("J17/F17") == true, "the ratio divides the hidden helper by the items due")
        let xml = try #require(file.sheetXML("Tổng hợp"))
        // The helper measure is there for the formula, hidden from the page.
        #expect(xml.contains("<col min=\"10\" max=\"10\" width=\"13.28515625\" hidden=\"1\""))
        // Overdue is red at once, not orange.
        #expect(xml.contains("NOT(AND(ISNUMBER(I11),I11=0))"))
    }

    @Test func theProgressSheetMarksTheOneOverdueItemAndLeavesOtherAgenciesItemsBlank() throws {
        let (out, path) = try Self.build()
        _ = out
        let file = try XLSXFile(path: path.path)
        let progress = file.cells("Tiến độ nhiệm vụ")
        let overdue = progress.filter { $0.value.value.hasPrefix("Quá hạn — ") }
        #expect(overdue.count == 1)
        #expect(overdue.first?.value.value == "Quá hạn — Đang thực hiện")
        let headers = progress.filter { $0.value.value.hasPrefix("3.1(2). ") }
        let column = try #require(headers.first?.key.prefix { $0.isLetter })
        let row = try #require(progress.first { $0.value.value == "TNMT" }?.key.drop { $0.isLetter })
        #expect(overdue.first?.key == "\(column)\(row)")
        #expect(progress.values.filter { $0.value.hasPrefix("Đã hoàn thành") || $0.value.hasPrefix("Đã báo cáo Thường trực") }.count == 10)
        #expect(progress.values.filter { $0.value == "Chưa báo cáo" }.isEmpty)
        let findings = file.cells("CQ01 Theo dõi thực hiện Kết").values.map { $0.value }
        #expect(findings.filter { $0.contains("Quá hạn: đã qua hạn hoàn thành") }.count == 1)
    }

    @Test func libreOfficeRecalculatesTheAgencyTotals() throws {
        guard LibreOffice.path != nil else {
            Issue.record("LibreOffice (soffice) is not installed: run scripts/install-deps.sh")
            return
        }
        let (out, path) = try Self.build()
        _ = out
        let total = try LibreOffice.recalculatedCSV(path.path)[16]
        #expect(total[2] == "Tổng cộng")
        #expect(total[4...8] == ["16", "10", "6", "3", "1"])
        #expect(total[10] == "60%" || total[10] == "60.0%" || total[10] == "60,0%", "\(total)")
    }

    @Test func theAgenciesReturnsCheckCleanAndAddNoTaskToTheCommunesChecklist() throws {
        let run = try TongHopBinary.run(["check", "samples/2024-05", "--period", "2024-05", "--format", "json"], in: Fixtures.repository)
        let files = try #require(run.json?["files"] as? [[String: Any]])
        let agencies = files.filter { $0["form"] as? String == "CQ01" }
        #expect(agencies.count == 6)
        for f in agencies {
            let codes = (f["issues"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
            #expect(codes.allSatisfy { $0 == "encoding-guessed" }, "\(f["path"] ?? "") \(codes)")
        }
        for f in files where f["form"] as? String == "TD01" {
            for issue in f["issues"] as? [[String: Any]] ?? [] where issue["code"] as? String == "task-missing" {
                #expect(!(issue["message"] as? String ?? "").contains("3.1"), "\(issue)")
            }
        }
    }

    /// KTHT's return holds a due date of 20/05/2024, which lies in June's window: the month is
    /// still inferred from the dates a return reports, not from its due dates.
    @Test func dueDatesDoNotMoveTheInferredPeriod() throws {
        let run = try TongHopBinary.run(["check", "samples/2024-05/co-quan", "--format", "json"], in: Fixtures.repository)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.json?["period"] as? String == "2024-05")
    }

    @Test func aMonthWithoutAgencyReturnsListsTheSixAgenciesAsNotSent() throws {
        let (out, path) = try Self.build("2024-06")
        _ = out
        let cells = try XLSXFile(path: path.path).cells("Tổng hợp")
        #expect((11...16).allSatisfy { cells["D\($0)"]?.value == "Chưa nộp" })
        #expect(cells["C17"]?.value == "Tổng cộng")
    }

    @Test func anAgencysSlipIsRemovedWhenItsFilesAreCleanOnARerun() throws {
        let (out, _) = try Self.build()
        let slip = out.url.appendingPathComponent("2024-05/tra-lai/ubnd-ubnd-huyen.xlsx")
        #expect(FileManager.default.fileExists(atPath: slip.path), "UBND's return was read as windows-1258")
        let inbox = try TemporaryFolder()
        let agencies = Fixtures.repository.appendingPathComponent("samples/2024-05/co-quan")
        for name in try FileManager.default.contentsOfDirectory(atPath: agencies.path) where !name.hasPrefix("UBND") {
            try FileManager.default.copyItem(at: agencies.appendingPathComponent(name), to: inbox.url.appendingPathComponent(name))
        }
        let run = try TongHopBinary.run(["build", inbox.url.path, "--period", "2024-05", "--out", out.url.path, "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: slip.path))
    }

    @Test func theTemplateOfTheAreaOffersTheAgenciesAndTheirItems() throws {
        let out = try TemporaryFolder()
        let run = try TongHopBinary.run(["template", "--area", "co-quan-huyen", "--out", out.url.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.url.path).sorted() == ["CQ01.csv", "CQ01.xlsx"])
        let strings = try XLSXFile(path: out.url.appendingPathComponent("CQ01.xlsx").path).sharedStrings
        #expect(strings.contains("Văn phòng Huyện ủy"))
        #expect(strings.contains("3.1(2)"))
        #expect(!strings.contains("Xã Vĩnh An"))
        #expect(!strings.contains("DD-1"))
        let help = try TongHopBinary.run(["template", "--help"])
        #expect(!help.output.contains("dat-dai"))
    }

    @Test func theModelCommandShowsTheSixthArea() throws {
        let run = try TongHopBinary.run(["model"])
        #expect(run.status == 0)
        #expect(run.output.contains("[co-quan-huyen] Thực hiện Kết luận 11/4/2024 — nhiệm vụ các cơ quan huyện"))
        #expect(run.output.contains("3.1(2)  Làm việc với Công ty 45"))
        #expect(run.output.contains("BIỂU CQ01 — Theo dõi thực hiện Kết luận ngày 11/4/2024"))
    }

    @Test func aTargetOperatorExcelDoesNotKnowIsAModelErrorExit2() throws {
        let dir = try TemporaryFolder()
        let text = try String(contentsOf: Fixtures.repository.appendingPathComponent("Sources/TaskModel/Resources/model.json"), encoding: .utf8)
        let bad = text.replacingOccurrences(of: "\"op\": \">=\"", with: "\"op\": \"=>\"")
        #expect(bad != text)
        let model = try dir.write("model.json", bad)
        let run = try TongHopBinary.run(["build", "samples/2024-05", "--period", "2024-05", "--out", dir.url.appendingPathComponent("out").path, "--model", model],
                                        in: Fixtures.repository)
        #expect(run.status == 2)
        #expect(run.stderr.contains("target op '=>'"))
        #expect(!FileManager.default.fileExists(atPath: dir.url.appendingPathComponent("out").path))
    }
}
