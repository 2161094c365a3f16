/// The structured values an issue's message is filled from, gathered at report time: the
/// value as written, the column's and the form's names from the model, and the issue's detail.
public struct IssueFacts: Sendable {
    /// The cell's value as written, or empty.
    public var value: String
    /// The value's full length, when ``value`` is only its beginning.
    public var valueLength: Int?
    /// The column's title (what the clerk sees in the header), or empty.
    public var column: String
    /// The form code, or empty.
    public var form: String
    /// The titles of the form's key columns, for `duplicate-row`.
    public var keyColumns: [String]
    /// The rule id (`NO01-R3`), for rule-born codes.
    public var rule: String?
    public var detail: IssueDetail

    public init(value: String = "", valueLength: Int? = nil, column: String = "", form: String = "", keyColumns: [String] = [],
                rule: String? = nil, detail: IssueDetail = .none) {
        self.value = value
        self.valueLength = valueLength
        self.column = column
        self.form = form
        self.keyColumns = keyColumns
        self.rule = rule
        self.detail = detail
    }
}
