import Common

/// A condition with its column keys turned into positions, ready to run on every row.
///
/// Resolving once per form keeps the per-row work to array indexing, which matters on
/// files of a million rows.
public indirect enum ResolvedCondition: Sendable {
    case all([ResolvedCondition])
    case any([ResolvedCondition])
    case not(ResolvedCondition)
    case implies(ResolvedCondition, ResolvedCondition)
    case equiv(ResolvedCondition, ResolvedCondition)
    case present(Int)
    case oneOf(Int, ChoiceSet)
    case monthIn(Int, Set<Int>)
    case inPeriod(Int)
    case compare(ResolvedOperand, Comparison, ResolvedOperand)

    /// Whether the condition holds for a row whose values sit at the positions of `keys`.
    public func holds(_ row: [Value?], period: Period) -> Bool {
        switch self {
        case .all(let cs): return cs.allSatisfy { $0.holds(row, period: period) }
        case .any(let cs): return cs.contains { $0.holds(row, period: period) }
        case .not(let c): return !c.holds(row, period: period)
        case .implies(let a, let b): return !a.holds(row, period: period) || b.holds(row, period: period)
        case .equiv(let a, let b): return a.holds(row, period: period) == b.holds(row, period: period)
        case .present(let i): return row[i] != nil
        case .oneOf(let i, let values):
            switch row[i] {
            case .choice(let v)?, .text(let v)?, .unit(let v)?: return values.contains(v)
            default: return false
            }
        case .monthIn(let i, let months): return row[i]?.day.map { months.contains($0.month) } ?? false
        case .inPeriod(let i): return row[i]?.day.map { period.contains($0) } ?? false
        case .compare(let a, let op, let b):
            guard let x = a.number(row, period: period), let y = b.number(row, period: period) else { return true }
            return op.holds(x, y)
        }
    }
}
