import Common

/// One side of a `compare` condition as the model file writes it: a column key, a number, a
/// date, a setting (`$name`) or an end of the period's window (`@period_end+3m`).
public enum Operand: Hashable, Sendable {
    case column(String)
    case number(Double)
    case date(Day)
    case setting(String)
    case periodStart
    /// The window's last day, plus some months.
    case periodEnd(months: Int)

    init(text: String) throws {
        if text.hasPrefix("$") {
            self = .setting(String(text.dropFirst()))
        } else if text == "@period_start" {
            self = .periodStart
        } else if text.hasPrefix("@period_end") {
            let rest = text.dropFirst("@period_end".count)
            if rest.isEmpty { self = .periodEnd(months: 0); return }
            guard rest.hasSuffix("m"), let n = Int(rest.dropLast()) else {
                throw ConditionSyntaxError(text: "operand '\(text)': expected @period_end or @period_end+Nm")
            }
            self = .periodEnd(months: n)
        } else if let day = Day(iso: text) {
            self = .date(day)
        } else {
            self = .column(text)
        }
    }

    var text: String {
        switch self {
        case .column(let k): return k
        case .number(let n): return NumberText.plain(n)
        case .date(let d): return d.iso
        case .setting(let s): return "$" + s
        case .periodStart: return "@period_start"
        case .periodEnd(let m): return m == 0 ? "@period_end" : "@period_end\(m >= 0 ? "+" : "")\(m)m"
        }
    }
}
