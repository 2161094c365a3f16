import Common

/// The small declarative language of rules, findings and measures.
///
/// In the model file a condition is a JSON object with one shape of:
/// `{"all": [c…]}`, `{"any": [c…]}`, `{"not": c}`, `{"implies": [c, c]}`, `{"equiv": [c, c]}`,
/// `{"present": "col"}`, `{"column": "col", "in": ["value"…]}`,
/// `{"column": "col", "month_in": [12, 1, 2]}`, `{"in_period": "col"}`,
/// `{"compare": [operand, "<=", operand]}`. An operand is a column key, a number, a date
/// `"2020-06-11"`, a setting `"$cap_xay_moi"`, or the window's ends `"@period_start"`,
/// `"@period_end"`, `"@period_end+3m"`.
///
/// A comparison with an empty operand holds (presence is the business of `required` and of
/// `present`); `in`, `month_in` and `in_period` on an empty cell do not.
public indirect enum Condition: Hashable, Sendable {
    case all([Condition])
    case any([Condition])
    case not(Condition)
    case implies(Condition, Condition)
    case equiv(Condition, Condition)
    case present(String)
    case oneOf(column: String, values: [String])
    case monthIn(column: String, months: [Int])
    case inPeriod(String)
    case compare(Operand, Comparison, Operand)

    /// Every column key the condition names, to check the model and resolve positions.
    public var columns: [String] {
        switch self {
        case .all(let cs), .any(let cs): return cs.flatMap(\.columns)
        case .not(let c): return c.columns
        case .implies(let a, let b), .equiv(let a, let b): return a.columns + b.columns
        case .present(let k), .inPeriod(let k), .oneOf(let k, _), .monthIn(let k, _): return [k]
        case .compare(let a, _, let b): return [a, b].compactMap { if case .column(let k) = $0 { k } else { nil } }
        }
    }
}

extension Condition: Codable {
    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ s: String) { stringValue = s }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        func pair(_ name: String) throws -> (Condition, Condition) {
            let list = try c.decode([Condition].self, forKey: Key(name))
            guard list.count == 2 else {
                throw DecodingError.dataCorruptedError(forKey: Key(name), in: c, debugDescription: "'\(name)' takes exactly two conditions")
            }
            return (list[0], list[1])
        }
        let keys = Set(c.allKeys.map(\.stringValue))
        if keys == ["all"] { self = .all(try c.decode([Condition].self, forKey: Key("all"))) }
        else if keys == ["any"] { self = .any(try c.decode([Condition].self, forKey: Key("any"))) }
        else if keys == ["not"] { self = .not(try c.decode(Condition.self, forKey: Key("not"))) }
        else if keys == ["implies"] { let (a, b) = try pair("implies"); self = .implies(a, b) }
        else if keys == ["equiv"] { let (a, b) = try pair("equiv"); self = .equiv(a, b) }
        else if keys == ["present"] { self = .present(try c.decode(String.self, forKey: Key("present"))) }
        else if keys == ["in_period"] { self = .inPeriod(try c.decode(String.self, forKey: Key("in_period"))) }
        else if keys == ["column", "in"] {
            self = .oneOf(column: try c.decode(String.self, forKey: Key("column")), values: try c.decode([String].self, forKey: Key("in")))
        } else if keys == ["column", "month_in"] {
            self = .monthIn(column: try c.decode(String.self, forKey: Key("column")), months: try c.decode([Int].self, forKey: Key("month_in")))
        } else if keys == ["compare"] {
            var list = try c.nestedUnkeyedContainer(forKey: Key("compare"))
            func operand() throws -> Operand {
                if let n = try? list.decode(Double.self) { return .number(n) }
                do { return try Operand(text: try list.decode(String.self)) } catch let e as ConditionSyntaxError {
                    throw DecodingError.dataCorruptedError(in: list, debugDescription: e.text)
                }
            }
            let lhs = try operand()
            let opText = try list.decode(String.self)
            guard let op = Comparison(rawValue: opText) else {
                throw DecodingError.dataCorruptedError(in: list, debugDescription: "unknown comparison '\(opText)' (use < <= = != >= >)")
            }
            let rhs = try operand()
            guard list.isAtEnd else { throw DecodingError.dataCorruptedError(in: list, debugDescription: "'compare' takes [operand, op, operand]") }
            self = .compare(lhs, op, rhs)
        } else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                debugDescription: "unknown condition with keys \(keys.sorted()); see the model documentation for the shapes allowed"))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        switch self {
        case .all(let cs): try c.encode(cs, forKey: Key("all"))
        case .any(let cs): try c.encode(cs, forKey: Key("any"))
        case .not(let x): try c.encode(x, forKey: Key("not"))
        case .implies(let a, let b): try c.encode([a, b], forKey: Key("implies"))
        case .equiv(let a, let b): try c.encode([a, b], forKey: Key("equiv"))
        case .present(let k): try c.encode(k, forKey: Key("present"))
        case .inPeriod(let k): try c.encode(k, forKey: Key("in_period"))
        case .oneOf(let k, let vs):
            try c.encode(k, forKey: Key("column"))
            try c.encode(vs, forKey: Key("in"))
        case .monthIn(let k, let ms):
            try c.encode(k, forKey: Key("column"))
            try c.encode(ms, forKey: Key("month_in"))
        case .compare(let a, let op, let b):
            var list = c.nestedUnkeyedContainer(forKey: Key("compare"))
            for (i, operand) in [a, b].enumerated() {
                if case .number(let n) = operand { try list.encode(n) } else { try list.encode(operand.text) }
                if i == 0 { try list.encode(op.rawValue) }
            }
        }
    }
}
