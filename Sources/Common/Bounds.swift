/// The limits a number broke, for a `range` message: written the same in both languages
/// (`> 0`, `≥ 0`, `≤ 100`, `1900..2024`).
public enum Bounds: Hashable, Sendable, CustomStringConvertible {
    case above(Double)
    case atLeast(Double)
    case atMost(Double)
    case within(Int, Int)
    /// A date not before another date column of the row: its title and that row's date.
    case notBefore(String, Day)

    public var description: String {
        switch self {
        case .above(let n): return "> " + NumberText.plain(n)
        case .atLeast(let n): return "≥ " + NumberText.plain(n)
        case .atMost(let n): return "≤ " + NumberText.plain(n)
        case .within(let low, let high): return "\(low)..\(high)"
        case .notBefore(let title, let day): return "≥ \(title) (\(day))"
        }
    }
}
