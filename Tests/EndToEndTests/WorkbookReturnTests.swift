import Foundation
import Testing
import TestSupport

/// Returns sent as Excel workbooks, read by the built `tonghop` through the same checks as CSV.
@Suite struct WorkbookReturnTests {
    static let keys = ["xa", "thon", "chu_ho", "nam_sinh", "doi_tuong", "hinh_thuc", "du_dk_dat", "tinh_trang",
                       "ngay_phe_duyet", "ngay_khoi_cong", "ngay_hoan_thanh", "kinh_phi", "ghi_chu"]

    static func check(_ paths: [String], _ extra: [String] = []) throws -> (TongHopBinary.Result, [[String: Any]]) {
        let run = try TongHopBinary.run(["check"] + paths + ["--period", "2024-05", "--format", "json"] + extra)
        #expect(!run.signaled, "crashed: \(run.stderr)")
        let json = try #require(run.json, "no JSON report: \(run.stderr.prefix(500))")
        let files = json["files"] as? [[String: Any]] ?? []
        for file in files {
            let r = file["rows"] as? [String: Int] ?? [:]
            #expect(r["read"] == r["accepted"]! + r["rejected"]! + r["skipped"]!)
        }
        return (run, files)
    }

    static func issues(_ file: [String: Any]) -> [[String: Any]] { file["issues"] as? [[String: Any]] ?? [] }

    @Test func everyTemplateFilledByOpenpyxlOrSavedByLibreOfficeIsAccepted() throws {
        let folder = Fixtures.folder.appendingPathComponent("xlsx/roundtrip")
        let expected = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("expected.json"))) as? [String: [[String: String]]])
        #expect(expected.count == 11)
        let books = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".xlsx") }.sorted()
        var seen: [String] = []
        // Each application's set is one month of returns; together, one would replace the other.
        for app in ["openpyxl", "libreoffice"] {
            let (run, files) = try Self.check(books.filter { $0.contains("-\(app).") }.map { folder.appendingPathComponent($0).path })
            #expect(run.status == 0, "\(run.output.prefix(2000))")
            for file in files {
                let name = (file["path"] as! String).split(separator: "/").last.map(String.init)!
                let code = String(name.prefix(4))
                let rows = file["rows"] as! [String: Int]
                #expect(file["form"] as? String == code, "\(name)")
                #expect(file["sheet"] as? String == code, "\(name)")
                #expect(rows["accepted"] == expected[code]?.count && rows["read"] == expected[code]?.count, "\(name): \(rows)")
                #expect(Self.issues(file).allSatisfy { $0["severity"] as? String == "info" }, "\(name): \(Self.issues(file))")
                seen.append(name)
            }
        }
        #expect(seen.count == 22)
        #expect(seen.contains("CQ01-openpyxl.xlsx") && seen.contains("CQ01-libreoffice.xlsx"))
    }

    @Test func buildConsolidatesWorkbookReturnsLikeCSV() throws {
        let out = try TemporaryFolder()
        let folder = Fixtures.folder.appendingPathComponent("xlsx/roundtrip")
        let books = ["NO01-openpyxl.xlsx", "NO01-libreoffice.xlsx"].map { folder.appendingPathComponent($0).path }
        let run = try TongHopBinary.run(["build"] + books + ["--period", "2024-05", "--out", out.url.path, "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        let file = try XLSXFile(path: out.url.appendingPathComponent("2024-05/nha-o.xlsx").path)
        let sheet = try #require(file.sheetNames.first { $0.hasPrefix("NO01") })
        let sources = file.cells(sheet).values.map(\.value)
        // The two workbooks are the same unit's NO01 for the month: the later one replaces the
        // other, whose rows do not count.
        let counts = ["NO01-openpyxl.xlsx", "NO01-libreoffice.xlsx"].map { name in sources.filter { $0 == name }.count }
        #expect(counts.sorted() == [0, 3], "\(counts)")
    }

    @Test func typedCellsDatesFormulasAndText() throws {
        let folder = try TemporaryFolder()
        let header = HandMadeWorkbook.textRow(2, Self.keys)
        // Row 3: numbers, a date in a custom d/m/yyyy format, a boolean, a shared rich string,
        // a cached formula. Row 4: a date typed as text, a formula never computed, «x» for yes.
        let row3 = "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>0</v></c>\(HandMadeWorkbook.text("B3", "Thôn Làng Chẽ"))<c r=\"C3\" t=\"s\"><v>1</v></c>"
            + "<c r=\"D3\"><v>1970</v></c>\(HandMadeWorkbook.text("E3", "Hộ nghèo"))\(HandMadeWorkbook.text("F3", "Xây mới"))<c r=\"G3\" t=\"b\"><v>1</v></c>"
            + "\(HandMadeWorkbook.text("H3", "Hoàn thành"))<c r=\"I3\" s=\"1\"><v>45296</v></c><c r=\"J3\" s=\"1\"><v>45323</v></c><c r=\"K3\" s=\"2\"><v>45383</v></c>"
            + "<c r=\"L3\"><f>50000000+5000000</f><v>55000000</v></c></row>"
        let row4 = "<row r=\"4\">\(HandMadeWorkbook.text("A4", "Xã Vĩnh An"))\(HandMadeWorkbook.text("B4", "Thôn Làng Chẽ"))\(HandMadeWorkbook.text("C4", "Trần Thị B"))"
            + "\(HandMadeWorkbook.text("E4", "HN"))\(HandMadeWorkbook.text("F4", "SC"))\(HandMadeWorkbook.text("G4", "x"))\(HandMadeWorkbook.text("H4", "Đã phê duyệt hồ sơ"))"
            + "\(HandMadeWorkbook.text("I4", "05/5/2024"))<c r=\"L4\"><f>SUM(L3:L3)</f></c></row>"
        let parts = HandMadeWorkbook.parts(sheetData: HandMadeWorkbook.textRow(1, ["Biểu NO01"]) + header + row3 + row4,
                                           strings: ["<t>Xã Vĩnh An</t>", "<r><t>Nguyễn </t></r><r><rPr><b/></rPr><t>Văn A</t></r>"],
                                           cellFormats: [164, 14], customFormats: [164: "d/m/yyyy;@"])
        let url = try HandMadeWorkbook.write(parts, to: folder.url)
        let (run, files) = try Self.check([url.path])
        #expect(run.status == 0, "\(run.output)")
        let file = try #require(files.first)
        #expect(file["rows"] as? [String: Int] == ["read": 2, "accepted": 2, "rejected": 0, "skipped": 0])
        #expect(file["header_line"] as? Int == 2)
        let formula = try #require(Self.issues(file).first { $0["code"] as? String == "formula-no-value" })
        #expect(formula["cell"] as? String == "NO01!L4" && formula["line"] as? Int == 4 && formula["sheet"] as? String == "NO01")
        #expect(!Self.issues(file).contains { ["number-ambiguous", "date-serial"].contains($0["code"] as? String) })
    }

    @Test func dateAfterThePeriodIsNamedByCellIn1904Workbooks() throws {
        let folder = try TemporaryFolder()
        // 1904 system: serial 43954 is 04/05/2024 inside the period; 44000 is 19/06/2024, after it.
        let row = "<row r=\"2\">\(HandMadeWorkbook.text("A2", "Xã Vĩnh An"))\(HandMadeWorkbook.text("B2", "Thôn A"))\(HandMadeWorkbook.text("C2", "Lê C"))"
            + "\(HandMadeWorkbook.text("E2", "Hộ nghèo"))\(HandMadeWorkbook.text("F2", "XM"))\(HandMadeWorkbook.text("G2", "Có"))"
            + "\(HandMadeWorkbook.text("H2", "Đã phê duyệt hồ sơ"))<c r=\"I2\" s=\"1\"><v>44000</v></c></row>"
        let row3 = row.replacingOccurrences(of: "2\"", with: "3\"").replacingOccurrences(of: "44000", with: "43954").replacingOccurrences(of: "Lê C", with: "Lê D")
        let parts = HandMadeWorkbook.parts(sheetData: HandMadeWorkbook.textRow(1, Self.keys) + row + row3, cellFormats: [14], date1904: true)
        let url = try HandMadeWorkbook.write(parts, to: folder.url)
        let (run, files) = try Self.check([url.path])
        #expect(run.status == 1)
        let file = try #require(files.first)
        #expect(file["rows"] as? [String: Int] == ["read": 2, "accepted": 1, "rejected": 1, "skipped": 0])
        let issue = try #require(Self.issues(file).first { $0["code"] as? String == "date-after-period" })
        #expect(issue["cell"] as? String == "NO01!I2" && issue["value"] as? String == "19/06/2024")
        #expect((issue["message"] as? String)?.contains("trang tính NO01, ô I2") == true)
    }

    @Test func theClerksPaperNamesTheSheetAndCellOfAnIssueInAWorkbook() throws {
        let folder = try TemporaryFolder()
        let rows = HandMadeWorkbook.textRow(1, Self.keys)
            + HandMadeWorkbook.textRow(2, ["Xã Vĩnh An", "Thôn A", "Lê C", "", "Hộ nghèo", "XM", "Có", "Đã phê duyệt hồ sơ", "20/06/2024"])
            + HandMadeWorkbook.textRow(3, ["Xã Vĩnh An", "Thôn A", "Lê D", "", "Hộ nghèo", "XM", "Có", "Chưa phê duyệt hồ sơ"])
        let lists = (name: "DanhMuc", state: Optional("hidden"), data: HandMadeWorkbook.textRow(1, ["Hộ nghèo"]))
        let book = try HandMadeWorkbook.write(HandMadeWorkbook.parts(sheetData: rows, name: "Trang 1", extraSheets: [lists]),
                                              to: folder.url, name: "NO01 Vĩnh An T5.xlsx")
        let out = folder.url.appendingPathComponent("out")
        let run = try TongHopBinary.run(["build", book.path, "--period", "2024-05", "--out", out.path, "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        let month = out.appendingPathComponent("2024-05")
        // A sheet name with a space is quoted, as Excel writes a reference to it.
        let reference = "'Trang 1'!I2", place = "NO01 Vĩnh An T5.xlsx, trang tính Trang 1"
        for (path, sheet) in [("nha-o.xlsx", "Lỗi"), ("tra-lai/07648-vinh-an.xlsx", "Phiếu trả lại")] {
            let cells = try XLSXFile(path: month.appendingPathComponent(path).path).cells(sheet)
            let header = try #require(cells.first { $0.value.value == "Ô" }?.key, "\(path): no «Ô» column")
            let headerRow = header.drop { $0.isLetter }
            #expect(header.prefix { $0.isLetter } == "D" && cells["C\(headerRow)"]?.value == "Dòng", "\(path): \(header)")
            let cell = try #require(cells.first { $0.value.value == reference }?.key, "\(path): no \(reference)")
            let row = cell.drop { $0.isLetter }
            #expect(cell.prefix { $0.isLetter } == "D", "\(path): \(cell)")
            #expect(cells["B\(row)"]?.value == place && cells["C\(row)"]?.number == 2, "\(path) row \(row)")
            #expect(cells["H\(row)"]?.value == "date-after-period", "\(path) row \(row)")
            // The sheet not read is another sheet than the return it is listed on: the file alone.
            let skipped = try #require(cells.first { $0.value.value == "sheet-skipped" }?.key.drop { $0.isLetter }, "\(path)")
            #expect(cells["B\(skipped)"]?.value == "NO01 Vĩnh An T5.xlsx" && cells["F\(skipped)"]?.value == "DanhMuc", "\(path)")
        }
        let refused = try XLSXFile(path: month.appendingPathComponent("tra-lai/07648-vinh-an.xlsx").path).cells("Dòng cần sửa")
        #expect(refused.values.contains { $0.value == "Tệp: \(place)" })
        #expect(refused.values.contains { $0.value == "20/06/2024" })
    }

    @Test func severalFormsInOneWorkbookHiddenAndOtherSheetsListed() throws {
        let folder = try TemporaryFolder()
        let no01 = HandMadeWorkbook.textRow(1, Self.keys)
            + HandMadeWorkbook.textRow(2, ["Xã Vĩnh An", "Thôn A", "Lê C", "", "Hộ nghèo", "XM", "Có", "Chưa phê duyệt hồ sơ"])
        let ns02 = HandMadeWorkbook.textRow(1, ["xa", "thon", "so_ho_thieu_nuoc", "so_ho_tu_tim_nguon", "so_ho_duoc_ho_tro"])
            + "<row r=\"2\">\(HandMadeWorkbook.text("A2", "Xã An Lạc"))\(HandMadeWorkbook.text("B2", "Thôn B"))<c r=\"C2\"><v>5</v></c><c r=\"D2\"><v>3</v></c><c r=\"E2\"><v>4</v></c></row>"
        let parts = HandMadeWorkbook.parts(sheetData: no01, extraSheets: [
            (name: "DanhMuc", state: "hidden", data: HandMadeWorkbook.textRow(1, ["Hộ nghèo"])),
            (name: "NS02", state: nil, data: ns02),
            (name: "Ghi chép", state: nil, data: HandMadeWorkbook.textRow(1, ["ghi chú riêng"])),
        ])
        let url = try HandMadeWorkbook.write(parts, to: folder.url)
        let (run, files) = try Self.check([url.path])
        #expect(run.status == 1)
        #expect(files.map { $0["sheet"] as? String } == ["NO01", "NS02"])
        #expect(files.map { $0["form"] as? String } == ["NO01", "NS02"])
        let listed = Self.issues(files[0]).filter { $0["code"] as? String == "sheet-skipped" }.map { $0["value"] as? String }
        #expect(listed == ["DanhMuc", "Ghi chép"])
        let rule = try #require(Self.issues(files[1]).first { $0["rule"] as? String == "NS02-R1" })
        #expect(rule["line"] as? Int == 2 && rule["sheet"] as? String == "NS02")
    }

    @Test func aTemplateFromAnOlderModelIsSaidToBeOutdated() throws {
        let folder = try TemporaryFolder()
        let data = HandMadeWorkbook.textRow(1, ["Biểu NO01 - Danh sách hộ (mẫu TongHop, mô hình 2023.0)"]) + HandMadeWorkbook.textRow(2, Self.keys)
            + HandMadeWorkbook.textRow(3, ["Xã Vĩnh An", "Thôn A", "Lê C", "", "Hộ nghèo", "XM", "Có", "Chưa phê duyệt hồ sơ"])
        let url = try HandMadeWorkbook.write(HandMadeWorkbook.parts(sheetData: data), to: folder.url)
        let (run, files) = try Self.check([url.path])
        #expect(run.status == 0)
        let issue = try #require(Self.issues(files[0]).first { $0["code"] as? String == "template-outdated" })
        #expect(issue["severity"] as? String == "warning" && issue["value"] as? String == "2023.0" && issue["line"] as? Int == 1)
    }

    @Test func hostileWorkbooksGetAFileErrorNeverACrash() throws {
        let folder = try TemporaryFolder()
        let header = HandMadeWorkbook.textRow(1, Self.keys)
        func bad(_ name: String, _ parts: [String: Data]) throws -> String { try HandMadeWorkbook.write(parts, to: folder.url, name: name).path }
        var cases: [(path: String, code: String, extra: [String])] = []
        cases.append((try bad("index.xlsx", HandMadeWorkbook.parts(sheetData: header + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>7</v></c></row>", strings: ["<t>a</t>"])), "xlsx-invalid", []))
        cases.append((try bad("row.xlsx", HandMadeWorkbook.parts(sheetData: header + "<row r=\"1048577\"><c><v>1</v></c></row>")), "xlsx-invalid", []))
        cases.append((try bad("column.xlsx", HandMadeWorkbook.parts(sheetData: header + "<row r=\"2\"><c r=\"XFE2\"><v>1</v></c></row>")), "xlsx-invalid", []))
        cases.append((try bad("long.xlsx", HandMadeWorkbook.parts(sheetData: header + HandMadeWorkbook.textRow(2, ["Xã Vĩnh An", String(repeating: "a", count: 32_768)]))), "xlsx-invalid", []))
        var dtd = HandMadeWorkbook.parts(sheetData: "")
        dtd["xl/worksheets/sheet1.xml"] = Data("<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>&b;</t></is></c></row></sheetData></worksheet>".utf8)
        cases.append((try bad("dtd.xlsx", dtd), "xlsx-invalid", []))
        // No header: the rows are counted, not checked, so the file error is the one issue.
        let bomb = HandMadeWorkbook.parts(sheetData: String(repeating: "<row><c t=\"inlineStr\"><is><t>\(String(repeating: "z", count: 4000))</t></is></c></row>", count: 1000))
        cases.append((try bad("bomb.xlsx", bomb), "file-too-large", ["--max-file-size", "1"]))
        let corrupt = folder.url.appendingPathComponent("corrupt.xlsx")
        var zipped = try Data(contentsOf: URL(fileURLWithPath: try bad("whole.xlsx", HandMadeWorkbook.parts(sheetData: header))))
        zipped.replaceSubrange(40..<min(400, zipped.count), with: Data(repeating: 0x41, count: min(400, zipped.count) - 40))
        try zipped.write(to: corrupt)
        cases.append((corrupt.path, "xlsx-invalid", []))
        let cfb: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)
        let encrypted = Data(cfb) + Data("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let locked = folder.url.appendingPathComponent("locked.xlsx")
        try encrypted.write(to: locked)
        cases.append((locked.path, "xlsx-encrypted", []))
        let legacy = folder.url.appendingPathComponent("old.xls")
        try Data(cfb).write(to: legacy)
        cases.append((legacy.path, "xlsx-invalid", []))
        for c in cases {
            let (run, files) = try Self.check([c.path], c.extra)
            #expect(run.status == 1, "\(c.path): \(run.status) \(run.stderr)")
            let codes = files.flatMap(Self.issues).map { $0["code"] as? String }
            #expect(codes.contains(c.code), "\(c.path): \(codes)")
            #expect(!codes.contains("encoding-invalid"), "\(c.path)")
        }
        let (_, files) = try Self.check([legacy.path])
        let message = Self.issues(files[0]).first?["message"] as? String ?? ""
        #expect(message.contains("Excel 97-2003") && message.contains(".xlsx"), "\(message)")
    }

    @Test func whatIsNotReadIsListedAndAFolderWithNothingIsAnError() throws {
        let folder = try TemporaryFolder()
        let inbox = folder.url.appendingPathComponent("inbox")
        try FileManager.default.createDirectory(at: inbox.appendingPathComponent("sub"), withIntermediateDirectories: true)
        let xlsx = HandMadeWorkbook.parts(sheetData: HandMadeWorkbook.textRow(1, Self.keys)
            + HandMadeWorkbook.textRow(2, ["Xã Vĩnh An", "Thôn A", "Lê C", "", "Hộ nghèo", "XM", "Có", "Chưa phê duyệt hồ sơ"]))
        _ = try HandMadeWorkbook.write(xlsx, to: inbox.appendingPathComponent("sub"), name: "07648.xlsx")
        for name in ["thu.docx", "bao-cao.pdf", "cu.xls", "nen.zip", "lo.ods", "khong-duoi", "thu.eml"] {
            try Data("x".utf8).write(to: inbox.appendingPathComponent(name))
        }
        try FileManager.default.createSymbolicLink(atPath: inbox.appendingPathComponent("sub/vong").path, withDestinationPath: inbox.path)
        let (run, files) = try Self.check([inbox.path])
        #expect(run.status == 0, "\(run.output)")
        let skipped = files.filter { Self.issues($0).first?["code"] as? String == "file-skipped" }
            .map { ($0["path"] as! String).split(separator: "/").last.map(String.init)! }
        // In byte order of the full path: inbox/sub/vong before inbox/thu.docx.
        #expect(skipped == ["bao-cao.pdf", "cu.xls", "khong-duoi", "lo.ods", "nen.zip", "vong", "thu.docx", "thu.eml"])
        let messages = files.flatMap(Self.issues).compactMap { $0["message"] as? String }
        #expect(messages.contains { $0.contains("tệp Word, không phải biểu mẫu") })
        #expect(messages.contains { $0.contains("hãy lưu lại dạng .xlsx") })
        #expect(messages.contains { $0.contains("hãy giải nén") })
        #expect(files.contains { $0["form"] as? String == "NO01" && ($0["rows"] as? [String: Int])?["accepted"] == 1 })

        let empty = folder.url.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: empty.appendingPathComponent("cu.xls"))
        let (none, listed) = try Self.check([empty.path])
        #expect(none.status == 1)
        #expect(listed.flatMap(Self.issues).map { $0["code"] as? String } == ["file-skipped", "no-returns"])
        let text = try TongHopBinary.run(["check", empty.path, "--period", "2024-05"])
        #expect(text.output.contains("không có tệp báo cáo nào"))
    }

    @Test func anUnreadableFolderIsAnIOError() throws {
        // root reads any folder whatever its mode, so the case only exists for other users.
        guard getuid() != 0 else { return }
        let folder = try TemporaryFolder()
        let locked = folder.url.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked.path) }
        let (run, files) = try Self.check([folder.url.path])
        #expect(run.status == 1)
        #expect(files.flatMap(Self.issues).contains { $0["code"] as? String == "io-error" })
    }
}
