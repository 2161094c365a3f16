import Common

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
        case .oneOf(let k, let vs): return .oneOf(try index(k), ChoiceSet(vs))
        case .monthIn(let k, let ms): return .monthIn(try index(k), Set(ms))
        case .inPeriod(let k): return .inPeriod(try index(k))
        case .compare(let a, let op, let b): return .compare(try operand(a), op, try operand(b))
        }
    }
}
