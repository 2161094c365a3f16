import Common
import TaskModel

/// Typed values written back as text, as a clerk would write them (in findings and duplicate keys).
enum ValueText {
    /// A value as a clerk would write it.
    static func show(_ v: Value) -> String {
        switch v {
        case .text(let s), .choice(let s), .unit(let s): return s
        case .integer(let i): return String(i)
        case .number(let d): return NumberText.plain(d)
        case .date(let d): return d.description
        case .bool(let b): return b ? "Có" : "Không"
        }
    }
}
