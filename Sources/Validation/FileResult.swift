import Common
import TaskModel

/// A validated file: its report and, when asked for, its accepted rows.
public struct FileResult: Sendable {
    public var report: FileReport
    public var rows: [AcceptedRow]
}
