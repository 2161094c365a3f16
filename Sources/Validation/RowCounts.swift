import Common
import TaskModel

/// How the records of a file were counted: `read = accepted + rejected + skipped`, always.
public struct RowCounts: Hashable, Sendable, Codable {
    public var read = 0
    public var accepted = 0
    public var rejected = 0
    /// Blank rows and totals rows.
    public var skipped = 0

    public init() {}

    public var balanced: Bool { read == accepted + rejected + skipped }
}
