import Foundation
import Testing
import TestSupport

/// Every figure of every area's Tổng hợp sheet, for a month built from `Tests/Fixtures/month`
/// and `Tests/Fixtures/figures` together, against a table worked out by hand from those files
/// (the working is in the comments). `figures` writes numbers the Vietnamese way in `;` files
/// (`1.234,5`, `2.000`, `1.200`), the US way in TAB files (`2,000.25`), and gives each measure
/// a value no neighbouring measure kind would give (a sum that is not the count of its rows, a
/// date filter that leaves rows out).
@Suite(.serialized) struct AreaFiguresTests {
    static let inputs = ["month", "figures"].map { Fixtures.folder.appendingPathComponent($0).path }
    typealias Table = [String: [String: Double?]]

    /// Builds the month once per test; the folder goes when the value does.
    static func build(_ extra: [String] = []) throws -> (TemporaryFolder, URL) {
        let dir = try TemporaryFolder()
        let run = try TongHopBinary.run(["build"] + inputs + ["--period", "2024-05", "--out", dir.url.path, "--quiet"] + extra)
        #expect(run.status == 0, "\(run.stderr)")
        return (dir, dir.url.appendingPathComponent("2024-05"))
    }

    /// Hand-worked figures. `nil` is a ratio of nothing (an empty cell); a unit absent from a
    /// table has "Chưa nộp" and no figures.
    static let expected: [String: [String: [Double?]]] = [
        // Vĩnh An (DD01, `,`): 120.5 CT19 xong; 300 tồn đọng đang xử lý; 80 Phát sinh mới 02/05/2024.
        // An Lạc (DD01, `;`): 1.234,5 CT19 xong; 2.000 CT19 đang; 45,5 mới 20/04/2024; 10 mới 01/03/2024
        // (before the window); 0,5 tồn đọng xong. DD02: 3 projects, 2 with Có.
        // Vân Sơn (DD01): 100 mới 05/05/2024 chưa xử lý.
        "dat-dai": [
            "Xã Vĩnh An": row(3, 2, 1, 0.5, 1, 2, 500.5, 0, 0, nil),
            "Xã An Lạc": row(5, 3, 2, 2.0 / 3, 1, 3, 3290.5, 3, 2, 2.0 / 3),
            "Xã Vân Sơn": row(1, 0, 0, nil, 1, 1, 100, 0, 0, nil),
            "Tổng cộng": row(9, 5, 3, 0.6, 3, 6, 3891, 3, 2, 2.0 / 3),
        ],
        // Phúc Sơn LN01 (`;`): 1,2345 ha tự nhiên 20/04 xong; 0,5 trồng 01/03; 2 tự nhiên 10/05.
        // LN02: lots 12+8, filed 9+3, large 1.250,5+20, FSC 100,25, recovered 40+10, plan 30.
        // Giáo Liêm LN02 (TAB, US): 5 lots, 5 filed, 2,000.25 ha large timber.
        "rung": [
            "Xã Phúc Sơn": row(3, 2, 2, 3.7345, 1, 20, 12, 0.6, 1270.5, 100.25, 50, 30),
            "Xã Giáo Liêm": row(0, 0, 0, 0, 0, 5, 5, 1, 2000.25, 0, 0, 0),
            "Tổng cộng": row(3, 2, 2, 3.7345, 1, 25, 17, 0.68, 3270.75, 100.25, 50, 30),
        ],
        // An Châu (Windows-1258, `;`): HN XM x Hoàn thành 55.000.000; CN SC x Đang thi công
        // 28.000.000; Hộ nghèo XM (empty: not land-eligible) Chưa phê duyệt; a totals row.
        // Vĩnh An: HN XM Có Hoàn thành 60,000,000; HN SC Có Đang thi công 30,000,000; CN XM Không
        // Chưa; Người có công SC Có Đã phê duyệt 25,000,000; Dương Thị Lan refused (31/02/2024).
        // Long Sơn (TAB): HN XM Có Hoàn thành «50.000.000 đ»; CN SC Có Đang thi công 25000000;
        // Người có công SC Không Chưa.
        "nha-o": [
            "Thị trấn An Châu": row(3, 2, 1, 2, 1, 1, 2, 2, 2, 1, 1, 1, 1, 0.5, 83_000_000),
            "Xã Vĩnh An": row(4, 2, 1, 2, 2, 1, 3, 3, 3, 1, 1, 1, 1, 1.0 / 3, 115_000_000),
            "Xã Long Sơn": row(3, 1, 1, 1, 2, 1, 2, 2, 2, 1, 1, 1, 1, 0.5, 75_000_000),
            "Tổng cộng": row(10, 5, 3, 5, 5, 3, 7, 7, 7, 1, 3, 3, 3, 3.0 / 7, 273_000_000),
        ],
        // Tuấn Đạo OC01: 3* certified 20/06/2021 (valid to 20/06/2024: valid, expiring); 3 sao
        // 10/03/2023; Chưa xếp hạng Đề xuất mới.
        // Yên Định OC01: 4 sao 01/01/2023; 3 sao 01/07/2021 (expiring); 3 sao 01/03/2021 (expired
        // 01/03/2024); 5 sao Đề nghị nâng hạng 10/10/2022; Đang hoàn thiện hồ sơ.
        // OC02: ba kích đang; bò hoàn thành 15/01/2024 (cold); gà 10/04/2024; gà 05/12/2023 (cold).
        "ocop": [
            "Xã Tuấn Đạo": row(2, 2, 0, 0, 1, 1, 0, 0, 0, nil, 0),
            "Xã Yên Định": row(3, 1, 1, 1, 1, 2, 4, 2, 1, 0.25, 2),
            "Tổng cộng": row(5, 3, 1, 1, 2, 3, 4, 2, 1, 0.25, 2),
        ],
        // An Châu NS01: 45 hh 20/04-28/04 (8 days); 30 hh from 10/05, still out (4 days to 14/05);
        // 12 hh 02/05-04/05. Hữu Sản NS02: 12+6 short, 8+4 own, 5+4 supported.
        // Thanh Luận NS01 (`;`): 1.200 hh from 01/05 still out (13 days); 8 hh 10/04-12/04
        // (before the window). NS02: 1.200 short, 40 own, 10 supported.
        "nuoc": [
            "Thị trấn An Châu": row(3, 3, 87, 1, 1, 8, 0, 0, 0, nil),
            "Xã Hữu Sản": row(0, 0, 0, 0, 0, 0, 18, 12, 9, 0.75),
            "Xã Thanh Luận": row(2, 1, 1208, 1, 1, 13, 1200, 40, 10, 0.25),
            "Tổng cộng": row(5, 4, 1295, 2, 2, 13, 1218, 52, 19, 19.0 / 52),
        ],
    ]

    /// The measure headers of each area in the order of `expected`'s rows, as printed.
    static let headers: [String: [String]] = [
        "dat-dai": ["Số vụ vi phạm", "Vụ tồn đọng (CT19)", "Tồn đọng đã xử lý xong", "Tỷ lệ tồn đọng đã xử lý [DD-1]",
                    "Vụ phát sinh mới trong kỳ [DD-2]", "Vụ chưa xử lý xong", "Diện tích vi phạm (m²)", "Số dự án GPMB",
                    "Dự án đủ mặt bằng", "Tỷ lệ dự án đủ mặt bằng [DD-3]"],
        "rung": ["Số vụ vi phạm", "Vụ trên rừng tự nhiên [LN-1]", "Vụ phát hiện trong kỳ", "Diện tích thiệt hại (ha)",
                 "Vụ đã xử lý xong", "Lô giáp ranh rừng tự nhiên", "Lô đã lập hồ sơ", "Tỷ lệ lô đã lập hồ sơ [LN-2]",
                 "Rừng gỗ lớn (ha) [LN-4]", "Có chứng chỉ FSC (ha) [LN-4]", "Đất rừng sau thu hồi (ha)", "Đã có phương án (ha) [LN-3]"],
        "nha-o": ["Số hộ", "Hộ nghèo", "Hộ cận nghèo", "Xây mới", "Sửa chữa", "Chưa đủ điều kiện đất đai [NO-3]",
                  "Đủ điều kiện đất đai", "Đã phê duyệt hồ sơ", "Đã phê duyệt (đủ điều kiện)", "Tỷ lệ đã phê duyệt [NO-1]",
                  "Đang thi công", "Hoàn thành", "Hoàn thành (đủ điều kiện)", "Tỷ lệ hoàn thành [NO-2]", "Kinh phí hỗ trợ (đồng)"],
        "ocop": ["Sản phẩm OCOP còn hiệu lực [SX-2]", "3 sao", "4 sao", "5 sao", "Đề xuất, đang hoàn thiện",
                 "Sắp hết hạn hoặc đã hết hạn", "Dự án sản xuất [SX-1]", "Đang triển khai", "Hoàn thành",
                 "Tỷ lệ dự án hoàn thành", "Cấp giống mùa rét [SX-3]"],
        "nuoc": ["Số vụ mất nước", "Bắt đầu trong kỳ", "Hộ bị ảnh hưởng", "Mất nước quá 5 ngày [NS-1]", "Còn mất nước cuối kỳ",
                 "Lâu nhất (ngày)", "Hộ thiếu nước", "Hộ tự tìm nguồn", "Hộ được hỗ trợ [NS-2]", "Tỷ lệ được hỗ trợ"],
    ]

    static func row(_ values: Double?...) -> [Double?] { values }

    /// `expected` with each row keyed by its header.
    static func table(_ area: String) throws -> Table {
        let titles = try #require(headers[area])
        return try #require(expected[area]).mapValues { values in
            #expect(values.count == titles.count, "\(area): a row of the hand table has \(values.count) figures")
            return Dictionary(uniqueKeysWithValues: zip(titles, values))
        }
    }

    @Test func everyFigureOfEverySummaryIsTheHandWorkedOne() throws {
        let (dir, folder) = try Self.build()
        defer { withExtendedLifetime(dir) {} }
        for area in ["dat-dai", "rung", "nha-o", "ocop", "nuoc"] {
            try Self.checkSummary(area, in: folder)
        }
    }

    static func checkSummary(_ area: String, in folder: URL) throws {
        let sheet = BuildCommandTests.summary(try XLSXFile(path: folder.appendingPathComponent("\(area).xlsx").path))
        let expected = try Self.table(area)
        let titles = try #require(Self.headers[area])
        // Every measure column of the sheet is in the hand table: a new measure needs its figures.
        let shown = Set((sheet["Tổng cộng"] ?? [:]).keys).subtracting(["STT", "Mã", "Xã, thị trấn", "Tình trạng nộp"])
        #expect(shown == Set(titles), "\(area): the sheet's measures are \(shown.sorted())")
        for (unit, cells) in sheet where unit != "Tổng cộng" {
            guard let figures = expected[unit] else {
                #expect(cells["Tình trạng nộp"]?.value == "Chưa nộp", "\(area) \(unit)")
                for title in titles { #expect(cells[title]?.value ?? "" == "", "\(area) \(unit) \(title) should be empty") }
                continue
            }
            #expect(cells["Tình trạng nộp"]?.value == "Đã nộp", "\(area) \(unit)")
            try Self.compare(figures, cells, "\(area) \(unit)")
        }
        try Self.compare(try #require(expected["Tổng cộng"]), try #require(sheet["Tổng cộng"]), "\(area) Tổng cộng")
        #expect(sheet["Tổng cộng"]?["Tình trạng nộp"]?.number == Double(expected.count - 1))
    }

    static func compare(_ figures: [String: Double?], _ cells: [String: XLSXFile.Cell], _ label: String) throws {
        for (title, value) in figures {
            let cell = cells[title]
            if let value {
                let number = try #require(cell?.number, "\(label) «\(title)»: expected \(value), found \(cell?.value ?? "no cell")")
                #expect(abs(number - value) < 1e-9, "\(label) «\(title)»: expected \(value), found \(number)")
            } else {
                #expect(cell?.value ?? "" == "", "\(label) «\(title)»: a ratio of nothing is empty, found \(cell?.value ?? "")")
            }
        }
    }

    /// LibreOffice recalculates every formula of Tổng hợp, in all five areas and every column:
    /// its results must be the hand-worked figures (so a formula that adds the wrong range and a
    /// cached value that agrees with it are both caught) and the cached values. Run by
    /// `BuildCommandTests` for each compression level.
    static func checkRecalculation(in folder: URL) throws {
        for area in ["dat-dai", "rung", "nha-o", "ocop", "nuoc"] {
            let path = folder.appendingPathComponent("\(area).xlsx").path
            let file = try XLSXFile(path: path)
            let cached = file.cells("Tổng hợp")
            let rows = try LibreOffice.recalculatedCSV(path)
            let header = rows[8], expected = try Self.table(area)
            for (r, line) in rows.enumerated() where r >= 10 && r <= 27 {
                let unit = line.count > 2 ? line[2] : ""
                guard let figures = expected[unit] else { continue }
                for (c, title) in header.enumerated() where c >= 4 {
                    let ref = "\(Self.columnName(c))\(r + 1)"
                    let figure = try #require(figures[title], "\(area) \(ref): column «\(title)» is not in the hand table")
                    let value = c < line.count ? line[c] : ""
                    if let figure {
                        let shown = try #require(Self.number(value), "\(area) \(ref) «\(title)»: LibreOffice shows «\(value)»")
                        #expect(abs(shown - figure) < 1e-9, "\(area) \(unit) «\(title)»: LibreOffice \(shown), by hand \(figure)")
                    } else {
                        #expect(value == "", "\(area) \(ref) «\(title)»")
                    }
                    if unit == "Tổng cộng" {
                        #expect(cached[ref]?.formula != nil, "\(area) \(ref): the total is not a formula")
                    }
                    if let c = cached[ref], let n = Self.number(value) {
                        #expect(abs((c.number ?? .nan) - n) < 1e-9, "\(area) \(ref): cached \(c.value), LibreOffice \(n)")
                    }
                }
            }
        }
    }

    /// A number as LibreOffice writes it to CSV: percentages with their sign.
    static func number(_ text: String) -> Double? {
        text.hasSuffix("%") ? Double(text.dropLast()).map { $0 / 100 } : Double(text)
    }

    static func columnName(_ index: Int) -> String {
        index < 26 ? String(UnicodeScalar(UInt8(65 + index))) : columnName(index / 26 - 1) + columnName(index % 26)
    }
}
