import Common

/// One job of checking a file's data rows, in the manner of frictionless checks: it starts
/// when made for a file (its initialiser), looks at each row in file order, and may say
/// something about the file when the rows end. It declares the codes it can raise, so the
/// catalogue and the checks can be compared.
protocol RowCheck {
    /// Every code this check can add to a report.
    var codes: [IssueCode] { get }
    /// Looks at one data row (never a blank one); adds its issues, values or findings.
    mutating func check(_ row: inout CheckedRow)
    /// After the last row: what the check says about the file as a whole.
    mutating func finish(_ run: inout FileRun)
}

extension RowCheck {
    mutating func finish(_ run: inout FileRun) {}
}
