import Common

/// One problem found in a file: a code of the catalogue (SPEC §4) and where it is.
///
/// Issues are small values; their messages are rendered only when a report is written
/// (``Messages``), in the language asked for, from the code and its ``IssueDetail``.
public struct Issue: Hashable, Sendable {
    public var severity: IssueSeverity
    public var code: IssueCode
    /// The physical line (1-based) where the record starts; `nil` for the file as a whole.
    public var line: Int?
    /// The column key.
    public var column: String?
    public var value: String?
    /// The length of the value as written, when ``value`` is only its beginning.
    public var valueLength: Int?
    /// The rule id for `rule` and rule-born codes (`NO01-R5`).
    public var rule: String?
    public var detail: IssueDetail

    /// An issue of the code's catalogue severity, unless `severity` says otherwise (a model
    /// rule that is only a warning).
    public init(_ code: IssueCode, line: Int? = nil, column: String? = nil, value: String? = nil,
                rule: String? = nil, detail: IssueDetail = .none, severity: IssueSeverity? = nil) {
        self.severity = severity ?? code.severity
        self.code = code
        self.line = line
        self.column = column
        self.value = value
        self.rule = rule
        self.detail = detail
    }
}
