import Foundation
import Common

/// The month a return says it is for, read from its file name and title lines (SPEC §4.1
/// `period-mismatch`).
///
/// Clerks name files `NO01 An Châu T5.csv` and title them `… - Tháng 5/2024`; a June return
/// given to a May run says so plainly. Only words that name a month are read: `T5`,
/// `tháng 5`, `5/2024`, `05-2024`, `2024-05`. A full date (`14/05/2024`), a decree number
/// (`09/2019/NĐ-CP`) or the digits of a form code (`NO01-2024`) is not a month. Texts that name different months say nothing.
public enum PeriodEvidence {
    /// A month named in a text; `year` is nil when only the month was written (`T5`).
    public struct Claim: Hashable, Sendable, Codable {
        public let month: Int
        public let year: Int?

        public init(month: Int, year: Int?) {
            self.month = month
            self.year = year
        }

        /// Whether the claim names another month than `period`.
        public func contradicts(_ period: Period) -> Bool {
            month != period.month || (year.map { $0 != period.year } ?? false)
        }

        /// `5/2024`, or `5` when the year was not written.
        public var description: String { year.map { "\(month)/\($0)" } ?? "\(month)" }

        /// The period it names; with no year written, the one of that month nearest `reference`
        /// (`T12` near 2025-01 is 2024-12).
        public func period(near reference: Period) -> Period {
            var y = year ?? reference.year
            if year == nil, month - reference.month > 6 { y -= 1 }
            if year == nil, reference.month - month > 6 { y += 1 }
            return Period(year: y, month: month, cutoffDay: reference.cutoffDay) ?? reference
        }
    }

    /// The one month the texts agree on, if they name any and do not disagree.
    public static func claim(in texts: [String]) -> Claim? {
        var found: Set<Claim> = []
        for text in texts { found.formUnion(claims(in: text)) }
        // "T5" and "tháng 5/2024" agree; keep the fuller one.
        let months = Set(found.map(\.month))
        guard months.count == 1, let month = months.first else { return nil }
        let years = Set(found.compactMap(\.year))
        guard years.count <= 1 else { return nil }
        return Claim(month: month, year: years.first)
    }

    private static let patterns: [(NSRegularExpression, month: Int, year: Int?)] = [
        (#"(?<![a-z0-9])t(\d{1,2})(?:[/.-](\d{4}))?(?![0-9])"#, 1, 2),
        (#"thang\s*(\d{1,2})(?:\s*(?:/|-|\.|nam)\s*(\d{4}))?(?![0-9])"#, 1, 2),
        (#"(?<![a-z0-9]|\d[/.-])(\d{1,2})[/.-](\d{4})(?!\d|/|[.-]\d)"#, 1, 2),
        (#"(?<![a-z0-9]|\d[/.-])(\d{4})-(\d{2})(?!\d|/|[.-]\d)"#, 2, 1),
    ].map { (try! NSRegularExpression(pattern: $0.0), $0.1, $0.2) }

    /// Every month named in one text.
    static func claims(in text: String) -> Set<Claim> {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "d").lowercased()
        let ns = folded as NSString
        var out: Set<Claim> = []
        for (regex, mi, yi) in patterns {
            for m in regex.matches(in: folded, range: NSRange(location: 0, length: ns.length)) {
                guard let month = Int(ns.substring(with: m.range(at: mi))), (1...12).contains(month) else { continue }
                let yr = yi.flatMap { m.range(at: $0).location == NSNotFound ? nil : Int(ns.substring(with: m.range(at: $0))) }
                if let y = yr, !(2000...2099).contains(y) { continue }
                out.insert(Claim(month: month, year: yr))
            }
        }
        return out
    }
}
