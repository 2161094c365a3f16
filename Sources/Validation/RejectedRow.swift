import Common
import TaskModel

/// A refused row as the commune wrote it, to be sent back.
public struct RejectedRow: Sendable {
    public let line: Int
    public let cells: [String]
}
