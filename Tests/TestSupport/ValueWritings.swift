import Foundation

/// How numbers and dates are written in returns, and what each must read as, per column type
/// and per file dialect. One table for two suites: the value parsers are held to it directly
/// (`CSVReadingTests`) and `check`/`build` on files (`EndToEndTests`), so a change in either
/// place fails a test. Expected values are worked out by hand from SPEC §2.
public enum ValueWritings {
    public enum Kind: String, Sendable, CaseIterable { case int, decimal, money, percent, date }

    /// The file dialects: a `;` file reads numbers the Vietnamese way first, `,` and TAB files
    /// the US way first.
    public enum Dialect: String, Sendable, CaseIterable {
        case semicolon = ";", comma = ",", tab = "\t"
        public var vietnamese: Bool { self == .semicolon }
        public var name: String { self == .tab ? "tab" : rawValue }
    }

    public enum Outcome: Sendable, Equatable, CustomStringConvertible {
        /// Read as this number, with a warning code or none.
        case value(Double, warning: String?)
        /// Read as this day, with a warning code or none.
        case day(Int, Int, Int, warning: String?)
        /// Not a value of the type: refused with this code by the parser.
        case issue(String)
        /// Read as this number, refused by the column's bounds (`range`).
        case range(Double)
        /// Read as this day, refused as after the window's last day (`date-after-period`).
        case afterPeriod(Int, Int, Int)

        public var description: String {
            switch self {
            case .value(let v, let w): return "\(v)" + (w.map { " + \($0)" } ?? "")
            case .day(let y, let m, let d, let w): return "\(d)/\(m)/\(y)" + (w.map { " + \($0)" } ?? "")
            case .issue(let code): return code
            case .range(let v): return "\(v), range"
            case .afterPeriod(let y, let m, let d): return "\(d)/\(m)/\(y), date-after-period"
            }
        }

        /// The code `check` reports on the row, if the row is refused.
        public var refusal: String? {
            switch self {
            case .value, .day: return nil
            case .issue(let code): return code
            case .range: return "range"
            case .afterPeriod: return "date-after-period"
            }
        }

        public var warning: String? {
            switch self {
            case .value(_, let w), .day(_, _, _, let w): return w
            default: return nil
            }
        }

        /// A day as an Excel serial number, worked out with Foundation's calendar.
        public var excelSerial: Int? {
            let (y, m, d): (Int, Int, Int)
            switch self {
            case .day(let dy, let dm, let dd, _), .afterPeriod(let dy, let dm, let dd): (y, m, d) = (dy, dm, dd)
            default: return nil
            }
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC")!
            let epoch = calendar.date(from: DateComponents(year: 1899, month: 12, day: 30))!
            let day = calendar.date(from: DateComponents(year: y, month: m, day: d))!
            return calendar.dateComponents([.day], from: epoch, to: day).day
        }
    }

    public struct Case: Sendable, CustomStringConvertible {
        public let kind: Kind
        /// grouped, decimal, both, ambiguous, space-grouped, negative, or another form of writing.
        public let form: String
        public let text: String
        /// The outcome in a `;` file, and in a `,` or TAB file.
        public let vietnamese: Outcome
        public let us: Outcome

        public func expected(in dialect: Dialect) -> Outcome { dialect.vietnamese ? vietnamese : us }
        public var description: String { "\(kind) \(form) «\(text)»" }
    }

    static func both(_ kind: Kind, _ form: String, _ text: String, _ outcome: Outcome) -> Case {
        Case(kind: kind, form: form, text: text, vietnamese: outcome, us: outcome)
    }

    static func read(_ v: Double) -> Outcome { .value(v, warning: nil) }

    public static let cases: [Case] = [
        // int: NS02 «Số hộ thiếu nước sinh hoạt», whole numbers ≥ 0.
        both(.int, "plain", "1234", read(1234)),
        Case(kind: .int, form: "grouped", text: "1.234", vietnamese: read(1234), us: .issue("number-ambiguous")),
        Case(kind: .int, form: "grouped", text: "1,234", vietnamese: .issue("number-ambiguous"), us: read(1234)),
        both(.int, "grouped", "1.234.567", read(1_234_567)),
        both(.int, "decimal", "12,5", .issue("type-int")),
        both(.int, "both", "1.234,5", .issue("type-int")),
        both(.int, "space-grouped", "1 234", read(1234)),
        both(.int, "negative", "-12", .range(-12)),
        both(.int, "grouped wrongly", "12.34", .issue("type-int")),

        // decimal: LN02 «Diện tích trồng rừng gỗ lớn (ha)», 2 decimals, ≥ 0.
        both(.decimal, "both", "1.234,5", read(1234.5)),
        both(.decimal, "both", "1,234.5", read(1234.5)),
        both(.decimal, "decimal", "1234,5", read(1234.5)),
        both(.decimal, "decimal", "1234.5", read(1234.5)),
        Case(kind: .decimal, form: "ambiguous", text: "1,234", vietnamese: .issue("number-ambiguous"), us: read(1234)),
        Case(kind: .decimal, form: "ambiguous", text: "1.234", vietnamese: read(1234), us: .issue("number-ambiguous")),
        both(.decimal, "grouped", "12.345.678", read(12_345_678)),
        both(.decimal, "space-grouped", "1 234,5", read(1234.5)),
        both(.decimal, "negative", "-0,5", .range(-0.5)),
        both(.decimal, "words", "mười", .issue("type-decimal")),

        // money: NO01 «Kinh phí hỗ trợ (đồng)», whole đồng ≥ 0 (a repair: cap 30.000.000).
        both(.money, "grouped", "25.000.000", read(25_000_000)),
        both(.money, "grouped", "25,000,000", read(25_000_000)),
        both(.money, "plain", "25000000", read(25_000_000)),
        both(.money, "currency", "25.000.000 đ", read(25_000_000)),
        both(.money, "currency", "25.000.000 đồng", read(25_000_000)),
        both(.money, "space-grouped", "25 000 000", read(25_000_000)),
        Case(kind: .money, form: "ambiguous", text: "1,500", vietnamese: .issue("number-ambiguous"), us: read(1500)),
        Case(kind: .money, form: "ambiguous", text: "1.500", vietnamese: read(1500), us: .issue("number-ambiguous")),
        both(.money, "decimal", "1500,5", .issue("type-int")),
        both(.money, "negative", "-1.000.000", .range(-1_000_000)),

        // percent: TD01 «Tỷ lệ hoàn thành (%)», 0-100.
        both(.percent, "plain", "95", read(95)),
        both(.percent, "sign", "95%", read(95)),
        both(.percent, "decimal", "95,5 %", read(95.5)),
        both(.percent, "decimal", "95.5", read(95.5)),
        Case(kind: .percent, form: "ambiguous", text: "99,125", vietnamese: .issue("number-ambiguous"), us: .range(99125)),
        both(.percent, "space-grouped", "1 000", .range(1000)),
        both(.percent, "negative", "-5", .range(-5)),

        // date: NS01 «Ngày mất nước»; the dialect changes nothing.
        both(.date, "d/m/yyyy", "05/04/2024", .day(2024, 4, 5, warning: nil)),
        both(.date, "d-m-yyyy", "5-4-2024", .day(2024, 4, 5, warning: nil)),
        both(.date, "d.m.yyyy", "05.04.2024", .day(2024, 4, 5, warning: nil)),
        both(.date, "yyyy-mm-dd", "2024-04-05", .day(2024, 4, 5, warning: nil)),
        both(.date, "with a time", "05/04/2024 08:30", .day(2024, 4, 5, warning: nil)),
        both(.date, "two-digit year", "05/04/24", .day(2024, 4, 5, warning: "date-two-digit-year")),
        both(.date, "Excel serial", "45387", .day(2024, 4, 5, warning: "date-serial")),
        both(.date, "month first", "04/13/2024", .issue("type-date")),
        both(.date, "no such day", "31/04/2024", .issue("type-date")),
        both(.date, "after the period", "15/05/2024", .afterPeriod(2024, 5, 15)),
    ]

    /// A return holding `cases` of one kind, one a row, in `dialect`: its form, file text, the
    /// key of the column under test, and the line of each case.
    public static func file(_ kind: Kind, _ cases: [Case], dialect: Dialect) -> (form: String, text: String, column: String, lines: [Int]) {
        let d = dialect.rawValue
        func cell(_ s: String) -> String { s.contains(d) || s.contains("\"") ? "\"\(s.replacingOccurrences(of: "\"", with: "\"\""))\"" : s }
        let (form, header, column, row): (String, [String], String, (Int, String) -> [String]) = {
            switch kind {
            case .int:
                return ("NS02", ["xa", "thon", "so_ho_thieu_nuoc", "so_ho_tu_tim_nguon", "so_ho_duoc_ho_tro"], "so_ho_thieu_nuoc",
                        { i, v in ["Hữu Sản", "Thôn \(i)", v, "0", "0"] })
            case .decimal:
                return ("LN02", ["xa", "thon", "lo_giap_ranh", "lo_da_lap_ho_so", "dt_rung_go_lon"], "dt_rung_go_lon",
                        { i, v in ["Phúc Sơn", "Thôn \(i)", "0", "0", v] })
            case .money:
                return ("NO01", ["xa", "thon", "chu_ho", "doi_tuong", "hinh_thuc", "du_dk_dat", "tinh_trang", "kinh_phi"], "kinh_phi",
                        { i, v in ["Long Sơn", "Thôn Thác", "Hộ \(i)", "Hộ nghèo", "Sửa chữa", "Có", "Chưa phê duyệt hồ sơ", v] })
            case .percent:
                let tasks = ["DD-1", "DD-2", "DD-3", "DD-4", "LN-1", "LN-2", "LN-3", "LN-4", "NO-1", "NO-2", "NO-3", "SX-1", "SX-2", "SX-3", "NS-1", "NS-2"]
                return ("TD01", ["xa", "ma_nhiem_vu", "tinh_trang", "ty_le"], "ty_le",
                        { i, v in ["Vân Sơn", tasks[i], "Đang triển khai", v] })
            case .date:
                return ("NS01", ["xa", "thon", "dia_diem", "nguyen_nhan", "so_ho", "ngay_mat_nuoc"], "ngay_mat_nuoc",
                        { i, v in ["An Lạc", "Thôn \(i)", "Tuyến \(i)", "Khác", "1", v] })
            }
        }()
        var text = header.map(cell).joined(separator: d) + "\r\n"
        for (i, c) in cases.enumerated() { text += row(i, c.text).map(cell).joined(separator: d) + "\r\n" }
        return (form, text, column, cases.indices.map { $0 + 2 })
    }
}
