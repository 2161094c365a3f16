/// What an issue's message needs beyond its code, line, column and value: structured values,
/// never sentences, so the message can be written in either language at report time.
public enum IssueDetail: Hashable, Sendable {
    case none
    /// What the cell should have held.
    case expected(Expectation)
    /// Allowed values of an enumeration.
    case allowed([String])
    /// A number outside its bounds.
    case bounds(Bounds)
    case maxLength(Int)
    /// The first row with the same key.
    case firstLine(Int)
    /// Closest unit names.
    case suggestions([String])
    /// A unit name that stands for another unit.
    case alias(unit: String, reason: String?)
    /// Columns or task codes missing from the file.
    case missing([String])
    /// Forms the file could be.
    case candidates([String])
    /// A totals row that disagrees with the rows above it.
    case totals(sum: Double)
    /// The data window's last day.
    case periodEnd(String)
    /// The day an Excel serial number was read as.
    case readAs(String)
    /// How many lines were searched for the header.
    case searchedLines(Int)
    /// The 1-based position of a cell beyond the named columns.
    case cellPosition(Int)
    /// A rule's or finding's own words (Vietnamese, English), from the model.
    case rule(vi: String, en: String?)
    /// A technical cause (I/O error text, offsets), kept as given.
    case cause(String)
    /// The period a file is for, and the period being checked (`period-mismatch`).
    case periods(file: String, checked: String)
    /// The file that replaces this one (`submission-superseded`).
    case supersededBy(String)
    /// The previous period's figure (`decreased-since-last-period`).
    case previous(Double)
    /// Why a file was passed over (`file-skipped`), in both languages.
    case reason(vi: String, en: String)
    /// The size limit a file broke, in megabytes (`file-too-large`).
    case sizeLimit(megabytes: Int)
    /// The model version a template was made from, and the current one (`template-outdated`).
    case versions(template: String, model: String)
}
