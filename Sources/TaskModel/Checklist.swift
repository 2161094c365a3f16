/// What makes a form a checklist: one row per task and unit, read into the progress sheet.
///
/// The roles are declared in the model so that neither the progress sheet nor the
/// `task-missing` check depends on a form's column keys or its status wording.
public struct Checklist: Codable, Hashable, Sendable {
    /// The enum column of task codes (enumeration `tasks`): every task of the checklist that
    /// a unit owns should appear once per unit.
    public var taskColumn: String
    /// The enum column of the task's status.
    public var statusColumn: String
    /// The status values that mean the task is complete.
    public var done: [String]
    /// The date the task was completed, shown beside the status.
    public var dateColumn: String?
    /// A completion rate shown beside an unfinished status.
    public var rateColumn: String?

    enum CodingKeys: String, CodingKey {
        case done
        case taskColumn = "task_column"
        case statusColumn = "status_column"
        case dateColumn = "date_column"
        case rateColumn = "rate_column"
    }
}
