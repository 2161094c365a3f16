/// A figure on an area's Tổng hợp sheet, computed per unit from accepted rows (SPEC §5).
///
/// `count` counts a form's rows (where a condition holds), `sum` and `max` aggregate a
/// column (or computed column) over such rows, and `ratio` divides two other measures of
/// the same area — in the Tổng cộng row too, so the total of a percentage is the ratio of
/// the totals, never a sum of percentages.
public struct Measure: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, Hashable, Sendable { case count, sum, max, ratio }
    public enum Display: String, Codable, Hashable, Sendable { case integer, decimal, percent, money, days }

    public struct Target: Codable, Hashable, Sendable {
        /// One of Excel's comparison operators (``operators``), as written in the workbook's
        /// conditional formats; the model check refuses any other.
        public var op: String
        public var value: Double
        /// Whether a unit that misses it is red at once, deadline or not (an overdue item);
        /// otherwise a "target 0" measure is orange and other targets turn red after their task's deadline.
        public var redWhenMissed: Bool

        /// A "target 0" that is watched rather than failed: any other value shows orange, never
        /// red or green.
        public var watchesForNonZero: Bool { op == "=" && value == 0 && !redWhenMissed }

        /// The operators a target may use, as Excel writes them, with the comparison each means.
        public static let operators: [String: Comparison] = ["=": .eq, "<>": .ne, "<": .lt, "<=": .le, ">": .gt, ">=": .ge]

        enum CodingKeys: String, CodingKey {
            case op, value
            case redWhenMissed = "red_when_missed"
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            op = try c.decode(String.self, forKey: .op)
            value = try c.decode(Double.self, forKey: .value)
            redWhenMissed = try c.decodeIfPresent(Bool.self, forKey: .redWhenMissed) ?? false
        }

        /// Whether `actual` meets the target.
        public func met(by actual: Double) -> Bool {
            (Target.operators[op] ?? .ge).holds(actual, value)
        }
    }

    public var id: String
    public var area: String
    /// The column header on the sheet.
    public var title: String
    public var kind: Kind
    public var form: String?
    public var column: String?
    public var `where`: Condition?
    public var numerator: String?
    public var denominator: String?
    public var display: Display
    /// The task of SPEC §1.3 the measure serves (its deadline colours the cell).
    public var task: String?
    public var target: Target?
    /// Whether it is a column of the Tổng hợp sheet; a helper measure that only feeds a ratio
    /// sits in a hidden column, so the ratio stays a live formula without cluttering the page.
    public var shown: Bool

    /// A running total that cannot fall from one month to the next (houses completed, products
    /// certified): Tổng hợp shows last month's value and the change, and a fall is a warning
    /// (`decreased-since-last-period`). Only `count` and `sum` measures can be cumulative.
    public var cumulative: Bool

    enum CodingKeys: String, CodingKey {
        case id, area, title, kind, form, column, `where`, numerator, denominator, display, task, target, shown, cumulative
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        area = try c.decode(String.self, forKey: .area)
        title = try c.decode(String.self, forKey: .title)
        kind = try c.decode(Kind.self, forKey: .kind)
        form = try c.decodeIfPresent(String.self, forKey: .form)
        column = try c.decodeIfPresent(String.self, forKey: .column)
        `where` = try c.decodeIfPresent(Condition.self, forKey: .where)
        numerator = try c.decodeIfPresent(String.self, forKey: .numerator)
        denominator = try c.decodeIfPresent(String.self, forKey: .denominator)
        display = try c.decodeIfPresent(Display.self, forKey: .display) ?? (kind == .ratio ? .percent : .integer)
        task = try c.decodeIfPresent(String.self, forKey: .task)
        target = try c.decodeIfPresent(Target.self, forKey: .target)
        cumulative = try c.decodeIfPresent(Bool.self, forKey: .cumulative) ?? false
        shown = try c.decodeIfPresent(Bool.self, forKey: .shown) ?? true
    }
}
