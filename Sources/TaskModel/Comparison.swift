/// The operator of a `compare` condition, as the model file writes it (`"<="`).
public enum Comparison: String, Hashable, Sendable, CaseIterable {
    case lt = "<", le = "<=", eq = "=", ne = "!=", ge = ">=", gt = ">"

    public func holds(_ a: Double, _ b: Double) -> Bool {
        switch self {
        case .lt: return a < b
        case .le: return a <= b
        case .eq: return a == b
        case .ne: return a != b
        case .ge: return a >= b
        case .gt: return a > b
        }
    }
}
