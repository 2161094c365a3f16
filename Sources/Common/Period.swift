/// A reporting month and its data window (SPEC §1.2).
///
/// Following Nghị định 09/2019/NĐ-CP the window of month M runs from the day after the
/// cut-off day of M-1 to the cut-off day of M (15/04-14/05 for `2024-05` with cut-off 14).
/// A cut-off of `nil` means calendar months.
public struct Period: Hashable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let cutoffDay: Int?

    public init?(year: Int, month: Int, cutoffDay: Int?) {
        guard (1900...9999).contains(year), (1...12).contains(month) else { return nil }
        if let c = cutoffDay, !(1...28).contains(c) { return nil }
        self.year = year
        self.month = month
        self.cutoffDay = cutoffDay
    }

    /// Parses `YYYY-MM`.
    public init?(_ text: some StringProtocol, cutoffDay: Int?) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        self.init(year: y, month: m, cutoffDay: cutoffDay)
    }

    /// The first day of the window.
    public var start: Day {
        guard let c = cutoffDay else { return Day(year: year, month: month, day: 1)! }
        return Day(year: year, month: month, day: c)!.adding(months: -1).adding(days: 1)
    }

    /// The last day of the window: "as of the period" means as of this day.
    public var end: Day {
        guard let c = cutoffDay else { return Day(year: year, month: month, day: Day.daysIn(month: month, year: year))! }
        return Day(year: year, month: month, day: c)!
    }

    public func contains(_ day: Day) -> Bool { day >= start && day <= end }

    /// `YYYY-MM`.
    public var description: String { month < 10 ? "\(year)-0\(month)" : "\(year)-\(month)" }

    /// The period whose data window holds `day`.
    public static func containing(_ day: Day, cutoffDay: Int?) -> Period {
        let p = Period(year: day.year, month: day.month, cutoffDay: cutoffDay)!
        return day > p.end ? p.next : p
    }

    /// The month before this one, with the same cut-off.
    public var previous: Period { Period(year: month == 1 ? year - 1 : year, month: month == 1 ? 12 : month - 1, cutoffDay: cutoffDay)! }

    /// The month after this one, with the same cut-off.
    public var next: Period { Period(year: month == 12 ? year + 1 : year, month: month == 12 ? 1 : month + 1, cutoffDay: cutoffDay)! }
}
