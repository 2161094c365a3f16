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
    case oneOf(Int, Set<String>)
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

/// A model problem found while resolving names (an unknown column or setting).
public struct ResolutionError: Error, Sendable, Equatable {
    public let name: String
    public let kind: String
}

extension Condition {
    /// Resolves column keys against `keys` (a form's columns then computed columns) and
    /// settings against the model's settings.
    public func resolved(keys: [String], settings: [String: Double]) throws(ResolutionError) -> ResolvedCondition {
        func index(_ k: String) throws(ResolutionError) -> Int {
            guard let i = keys.firstIndex(of: k) else { throw ResolutionError(name: k, kind: "column") }
            return i
        }
        func operand(_ o: Operand) throws(ResolutionError) -> ResolvedOperand {
            switch o {
            case .column(let k): return .column(try index(k))
            case .number(let n): return .constant(n)
            case .date(let d): return .constant(Double(d.excelSerial))
            case .setting(let s):
                guard let v = settings[s] else { throw ResolutionError(name: s, kind: "setting") }
                return .constant(v)
            case .periodStart: return .periodStart
            case .periodEnd(let m): return .periodEnd(months: m)
            }
        }
        func list(_ cs: [Condition]) throws(ResolutionError) -> [ResolvedCondition] {
            var out: [ResolvedCondition] = []
            for c in cs { out.append(try c.resolved(keys: keys, settings: settings)) }
            return out
        }
        switch self {
        case .all(let cs): return .all(try list(cs))
        case .any(let cs): return .any(try list(cs))
        case .not(let c): return .not(try c.resolved(keys: keys, settings: settings))
        case .implies(let a, let b): return .implies(try a.resolved(keys: keys, settings: settings), try b.resolved(keys: keys, settings: settings))
        case .equiv(let a, let b): return .equiv(try a.resolved(keys: keys, settings: settings), try b.resolved(keys: keys, settings: settings))
        case .present(let k): return .present(try index(k))
        case .oneOf(let k, let vs): return .oneOf(try index(k), Set(vs))
        case .monthIn(let k, let ms): return .monthIn(try index(k), Set(ms))
        case .inPeriod(let k): return .inPeriod(try index(k))
        case .compare(let a, let op, let b): return .compare(try operand(a), op, try operand(b))
        }
    }
}
