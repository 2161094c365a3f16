/// One problem found in a file: a code from SPEC §4 and where it is.
///
/// Issues are small values; their messages are rendered only when a report is written
/// (``Messages``), in the language asked for, from the code and ``Detail``.
public struct Issue: Hashable, Sendable {
    public enum Severity: String, Hashable, Sendable, Codable {
        case error, warning, info
    }

    /// What the message needs beyond code, line, column and value.
    public enum Detail: Hashable, Sendable {
        case none
        /// What the cell should have held (from the value parsers), in Vietnamese.
        case expected(String)
        /// Allowed values of an enumeration.
        case allowed([String])
        /// A number outside its bounds; `text` reads like `> 0` or `1900..2024`.
        case bounds(String)
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
        /// A rule's own words (Vietnamese, English).
        case rule(vi: String, en: String?)
        /// A technical cause (I/O error text, offsets), kept as given.
        case cause(String)
        /// Why a file found under a folder is not read.
        case skipped(SkipReason)
    }

    public var severity: Severity
    public var code: String
    /// The physical line (1-based) where the record starts; `nil` for the file as a whole.
    public var line: Int?
    /// The column key.
    public var column: String?
    public var value: String?
    /// The rule id for `rule` and rule-born codes (`NO01-R5`).
    public var rule: String?
    public var detail: Detail

    public init(_ severity: Severity, _ code: String, line: Int? = nil, column: String? = nil, value: String? = nil,
                rule: String? = nil, detail: Detail = .none) {
        self.severity = severity
        self.code = code
        self.line = line
        self.column = column
        self.value = value
        self.rule = rule
        self.detail = detail
    }
}
