import Common

/// An ``Operand`` with its column turned into a position and its setting into a number, so a
/// row is compared without looking up names.
public enum ResolvedOperand: Sendable {
    case column(Int)
    case constant(Double)
    case periodStart
    case periodEnd(months: Int)

    func number(_ row: [Value?], period: Period) -> Double? {
        switch self {
        case .column(let i): return row[i]?.number
        case .constant(let n): return n
        case .periodStart: return Double(period.start.excelSerial)
        case .periodEnd(let m): return Double(period.end.adding(months: m).excelSerial)
        }
    }
}
