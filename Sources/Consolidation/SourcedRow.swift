import Foundation
import Common
import TaskModel
import Validation

/// A row kept for the workbooks, with the file it came from.
public struct SourcedRow: Sendable {
    public let row: AcceptedRow
    /// The file name as the clerk sent it (no folders), shown in the source column.
    public let file: String
}
