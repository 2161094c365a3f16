import Foundation
import Testing
import TestSupport

/// `tonghop build` on the fixture month, checked against figures worked out by hand from the
/// fixture files (not through the product's measure code), and by LibreOffice.
@Suite(.serialized) struct BuildCommandTests {
    static let month = Fixtures.folder.appendingPathComponent("month").path

    struct Built {
        let dir: TemporaryFolder
        var folder: URL { dir.url.appendingPathComponent("out/2024-05") }
        func workbook(_ name: String) throws -> XLSXFile { try XLSXFile(path: folder.appendingPathComponent(name).path) }
    }

    static func build(_ extra: [String] = []) throws -> (Built, TongHopBinary.Result) {
        let dir = try TemporaryFolder()
        let run = try TongHopBinary.run(["build", month, "--period", "2024-05", "--out", dir.url.appendingPathComponent("out").path] + extra)
        return (Built(dir: dir), run)
    }

    /// The Tổng hợp sheet as `[unit name or "Tổng cộng": [measure header: cell]]`.
    static func summary(_ file: XLSXFile) -> [String: [String: XLSXFile.Cell]] {
        let cells = file.cells("Tổng hợp")
        let headerRow = 9
        var titles: [String: String] = [:]
        for (ref, cell) in cells where ref.drop(while: { $0.isLetter }) == "\(headerRow)" {
            titles[String(ref.prefix(while: { $0.isLetter }))] = cell.value
        }
        var out: [String: [String: XLSXFile.Cell]] = [:]
        for row in 11...28 {
            guard let name = cells["C\(row)"]?.value else { continue }
            for (col, title) in titles { if let c = cells["\(col)\(row)"] { out[name, default: [:]][title] = c } }
        }
        return out
    }

    @Test func writesTheMonthWithFiguresThatMatchTheFixtures() throws {
        let (built, run) = try Self.build()
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.output.contains("nhận 26 dòng, loại 1 dòng"))
        let fm = FileManager.default
        for area in ["dat-dai", "rung", "nha-o", "ocop", "nuoc"] {
            #expect(fm.fileExists(atPath: built.folder.appendingPathComponent("\(area).xlsx").path))
        }
        let slips = try fm.contentsOfDirectory(atPath: built.folder.appendingPathComponent("tra-lai").path).sorted()
        #expect(slips == ["07615-an-chau.xlsx", "07648-vinh-an.xlsx", "07663-tuan-dao.xlsx"])
        let slip = try built.workbook("tra-lai/07648-vinh-an.xlsx")
        #expect(slip.sheetNames == ["Phiếu trả lại", "Dòng cần sửa"])
        let refused = slip.cells("Dòng cần sửa")
        #expect(refused.values.contains { $0.value == "31/02/2024" })   // the refused row, as written
        #expect(refused.values.contains { $0.value == "Dương Thị Lan" })
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: built.folder.appendingPathComponent("bao-cao.json"))) as? [String: Any]
        #expect((report?["files"] as? [Any])?.count == 7)

        let nhaO = Self.summary(try built.workbook("nha-o.xlsx"))
        let anChau = try #require(nhaO["Thị trấn An Châu"]), vinhAn = try #require(nhaO["Xã Vĩnh An"]), total = try #require(nhaO["Tổng cộng"])
        #expect(anChau["Tình trạng nộp"]?.value == "Đã nộp")
        #expect(nhaO["Xã Vân Sơn"]?["Tình trạng nộp"]?.value == "Chưa nộp")
        #expect(anChau["Số hộ"]?.number == 3)
        #expect(vinhAn["Số hộ"]?.number == 4)        // Dương Thị Lan's row has 31/02/2024: rejected
        #expect(vinhAn["Hộ nghèo"]?.number == 2)
        #expect(vinhAn["Chưa đủ điều kiện đất đai [NO-3]"]?.number == 1)
        #expect(anChau["Tỷ lệ hoàn thành [NO-2]"]?.number == 0.5)
        #expect(abs((vinhAn["Tỷ lệ hoàn thành [NO-2]"]?.number ?? 0) - 1.0 / 3) < 1e-9)
        #expect(total["Số hộ"]?.number == 7)
        #expect(total["Số hộ"]?.formula == "SUM(E11:E27)")
        #expect(total["Kinh phí hỗ trợ (đồng)"]?.number == 198_000_000)
        #expect(total["Tỷ lệ hoàn thành [NO-2]"]?.number == 0.4)
        #expect(total["Tỷ lệ hoàn thành [NO-2]"]?.formula?.contains("/") == true)

        let nuoc = Self.summary(try built.workbook("nuoc.xlsx"))
        #expect(nuoc["Thị trấn An Châu"]?["Số vụ mất nước"]?.number == 3)
        #expect(nuoc["Thị trấn An Châu"]?["Mất nước quá 5 ngày [NS-1]"]?.number == 1)
        #expect(nuoc["Thị trấn An Châu"]?["Còn mất nước cuối kỳ"]?.number == 1)
        #expect(nuoc["Thị trấn An Châu"]?["Lâu nhất (ngày)"]?.number == 8)
        #expect(nuoc["Thị trấn An Châu"]?["Hộ bị ảnh hưởng"]?.number == 87)
        #expect(nuoc["Xã Hữu Sản"]?["Tỷ lệ được hỗ trợ"]?.number == 0.75)
        #expect(nuoc["Tổng cộng"]?["Lâu nhất (ngày)"]?.formula == "MAX(E11:E27)".replacingOccurrences(of: "E", with: "J"))

        let datDai = Self.summary(try built.workbook("dat-dai.xlsx"))
        #expect(datDai["Xã Vĩnh An"]?["Vụ phát sinh mới trong kỳ [DD-2]"]?.number == 1)
        #expect(datDai["Xã Vĩnh An"]?["Tỷ lệ tồn đọng đã xử lý [DD-1]"]?.number == 0.5)

        let ocop = Self.summary(try built.workbook("ocop.xlsx"))
        // Certified 20/06/2021 → valid until 20/06/2024: still valid at 14/05/2024 and expiring.
        #expect(ocop["Xã Tuấn Đạo"]?["Sản phẩm OCOP còn hiệu lực [SX-2]"]?.number == 2)
        #expect(ocop["Xã Tuấn Đạo"]?["Sắp hết hạn hoặc đã hết hạn"]?.number == 1)
    }

    @Test func formSheetsCarryTypedRowsComputedColumnsFindingsAndSources() throws {
        let (built, _) = try Self.build()
        let nuoc = try built.workbook("nuoc.xlsx")
        #expect(nuoc.sheetNames == ["Tổng hợp", "Tiến độ nhiệm vụ", "NS01 Sự cố mất nước sinh hoạt", "NS02 Tình hình nước sinh hoạt", "TD01 Tiến độ nhiệm vụ trọng tâm", "Tình hình nộp", "Lỗi"])
        let ns01 = nuoc.cells("NS01 Sự cố mất nước sinh hoạt")
        #expect(ns01["B5"]?.value == "Thị trấn An Châu")
        #expect(ns01["G5"]?.number == 45402)           // 20/04/2024 as a real date
        #expect(ns01["J5"]?.number == 8)               // số ngày mất nước
        #expect(ns01["K5"]?.value == "Mất nước quá 5 ngày")
        #expect(ns01["J6"]?.number == 4)               // still out: counted to 14/05/2024
        #expect(ns01["L5"]?.value == "07615-an-chau-NS01.csv")
        #expect(ns01["M5"]?.number == 3)
        let sheet = try #require(nuoc.sheetXML("NS01 Sự cố mất nước sinh hoạt"))
        #expect(sheet.contains("<autoFilter"))
        #expect(sheet.contains("state=\"frozen\""))
        let dd = try built.workbook("dat-dai.xlsx").cells("DD01 Danh sách vi phạm đất đai")
        let injected = dd.values.first { $0.value == "=1+2" }
        #expect(injected?.type == "s")
        #expect(injected?.formula == nil)
    }

    @Test func theSameInputsGiveByteIdenticalWorkbooks() throws {
        let (a, _) = try Self.build()
        let (b, _) = try Self.build()
        for name in ["dat-dai.xlsx", "rung.xlsx", "nha-o.xlsx", "ocop.xlsx", "nuoc.xlsx", "tra-lai/07648-vinh-an.xlsx", "bao-cao.json"] {
            let x = try Data(contentsOf: a.folder.appendingPathComponent(name)), y = try Data(contentsOf: b.folder.appendingPathComponent(name))
            #expect(x == y, "\(name) differs between two runs")
        }
    }

    @Test func strictWritesNothingWhenTheDataHasErrors() throws {
        let (built, run) = try Self.build(["--strict"])
        #expect(run.status == 1)
        #expect(!FileManager.default.fileExists(atPath: built.folder.path))
    }

    @Test func anUnwritableOutputFolderIsAClearError() throws {
        // /proc refuses new folders even to root, as a read-only disk would.
        let run = try TongHopBinary.run(["build", Self.month, "--period", "2024-05", "--out", "/proc/tonghop-out"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("/proc/tonghop-out"))
    }

    /// A disk that fills up while the month is written: exit 2, a message that says the disk is
    /// full, and OUT holds the previous run's month exactly as it was (no mixture, no temp files).
    @Test(.enabled(if: SmallDisk.available, "mounting a small disk needs root"))
    func aFullDiskKeepsThePreviousMonth() throws {
        let disk = try SmallDisk(kilobytes: 2048)
        let out = disk.url.appendingPathComponent("out").path
        let first = try TongHopBinary.run(["build", Self.month, "--period", "2024-05", "--out", out, "--quiet"])
        #expect(first.status == 0, "\(first.stderr)")
        let folder = URL(fileURLWithPath: out).appendingPathComponent("2024-05")
        let before = try Self.contents(of: folder)
        #expect(before.keys.contains("nha-o.xlsx"))

        try disk.fill(leaving: 40)
        // Another inbox for the same month: every workbook of this run would differ.
        let samples = Fixtures.repository.appendingPathComponent("samples/2024-05").path
        let full = try TongHopBinary.run(["build", samples, "--period", "2024-05", "--out", out, "--quiet"])
        #expect(full.status == 2)
        #expect(!full.signaled)
        #expect(full.stderr.contains("ổ đĩa đã đầy"), "\(full.stderr)")
        #expect(!full.stderr.contains("[ERROR]"), "libxlsxwriter's own lines reach the clerk: \(full.stderr)")
        #expect(try Self.contents(of: folder) == before, "a failed run changed OUT")

        try disk.empty()
        let again = try TongHopBinary.run(["build", Self.month, "--period", "2024-05", "--out", out, "--quiet"])
        #expect(again.status == 0, "\(again.stderr)")
    }

    /// Every file under `folder` by relative path, with its bytes.
    static func contents(of folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for case let rel as String in FileManager.default.enumerator(atPath: folder.path) ?? NSEnumerator() {
            var isFolder: ObjCBool = false
            let file = folder.appendingPathComponent(rel)
            if FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder), !isFolder.boolValue {
                files[rel] = try Data(contentsOf: file)
            }
        }
        return files
    }

    @Test func anOutputPathThatIsAFileExitsTwo() throws {
        let dir = try TemporaryFolder()
        let file = try dir.write("out", "not a folder")
        let run = try TongHopBinary.run(["build", Self.month, "--period", "2024-05", "--out", file])
        #expect(run.status == 2)
        #expect(run.stderr.contains("Không ghi được"))
    }

    /// Both compression levels give workbooks LibreOffice opens and recalculates, in every area
    /// and column, to the figures worked out by hand and to the values TongHop cached.
    @Test(arguments: [[], ["--compression", "fast"]])
    func libreOfficeRecalculatesTheTotalsToTheCachedValues(compression: [String]) throws {
        guard LibreOffice.path != nil else {
            Issue.record("LibreOffice (soffice) is not installed: run scripts/install-deps.sh")
            return
        }
        let (dir, folder) = try AreaFiguresTests.build(compression)
        defer { withExtendedLifetime(dir) {} }
        try AreaFiguresTests.checkRecalculation(in: folder)
    }

    /// `--compression fast` writes every workbook at zlib level 1 with the same cells as the
    /// default; `--version` says the mode is there, and so are the cells written without printf.
    @Test func fastCompressionWritesTheSameWorkbooksAtLevelOne() throws {
        let version = try TongHopBinary.run(["--version"])
        #expect(version.status == 0)
        #expect(version.output.contains("--compression fast: có / available"))
        #expect(version.output.contains("cells written without printf: có / available"))
        let (standard, _) = try Self.build()
        let (fast, run) = try Self.build(["--compression", "fast"])
        #expect(run.status == 0, "\(run.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: standard.folder.path).filter { $0.hasSuffix(".xlsx") }
        #expect(names.count == 6, "one workbook per area of the model")
        for name in names {
            let a = try standard.workbook(name), b = try fast.workbook(name)
            #expect(a.sheetNames == b.sheetNames)
            for sheet in a.sheetNames { #expect(a.cells(sheet) == b.cells(sheet), "\(name) \(sheet)") }
            #expect(Set(try ZipDeflateLevels.read(standard.folder.appendingPathComponent(name).path).values) == [.normal])
            #expect(Set(try ZipDeflateLevels.read(fast.folder.appendingPathComponent(name).path).values) == [.superFast])
        }
        let bad = try TongHopBinary.run(["build", Self.month, "--period", "2024-05", "--compression", "best"])
        #expect(bad.status == 2)
    }
}
