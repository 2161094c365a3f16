import Common

/// Why a cell's text is not a value of its column's type: a SPEC §4 code and what the cell
/// should have looked like, worded only when the report is written.
public struct ValueIssue: Error, Sendable, Equatable {
    /// `type-int`, `type-decimal`, `type-date`, `type-bool` or `number-ambiguous`.
    public let code: IssueCode
    /// What was expected, with an example in the file's own way of writing numbers.
    public let expected: Expectation

    public init(code: IssueCode, expected: Expectation) {
        self.code = code
        self.expected = expected
    }
}
