import Common

/// A typed cell of an accepted row, as the validator produced it from the text.
public enum Value: Hashable, Sendable {
    case text(String)
    /// `int`, `money`, `year`.
    case integer(Int64)
    /// `decimal`, `percent`.
    case number(Double)
    case date(Day)
    case bool(Bool)
    /// An enumeration value in its canonical spelling.
    case choice(String)
    /// A unit, by its GSO code.
    case unit(String)

    /// The value as a number, for sums, comparisons and Excel cells.
    public var number: Double? {
        switch self {
        case .integer(let i): return Double(i)
        case .number(let d): return d
        case .date(let d): return Double(d.excelSerial)
        case .bool(let b): return b ? 1 : 0
        default: return nil
        }
    }

    public var day: Day? { if case .date(let d) = self { return d } else { return nil } }
}
