/// Every issue code of the error catalogue (SPEC §4 and §4.1), one case each.
///
/// The raw value is the stable code written in reports and compared by tests; a code is
/// never spelled as a string literal elsewhere, so a mistyped code does not compile. Each
/// case knows its usual severity, its SPEC section and its message templates in Vietnamese
/// and English (`IssueCode+Messages.swift`), filled only when a report is written.
///
/// ## Topics
/// - ``severity``, ``section``
/// - ``message(_:english:)``, ``title(english:)``
public enum IssueCode: String, CaseIterable, Hashable, Sendable, Codable, CustomStringConvertible {
    // SPEC §4, file codes.
    case ioError = "io-error"
    case encodingInvalid = "encoding-invalid"
    case encodingGuessed = "encoding-guessed"
    case csvMalformed = "csv-malformed"
    case headerNotFound = "header-not-found"
    case formUnknown = "form-unknown"
    case formAmbiguous = "form-ambiguous"
    case columnMissing = "column-missing"
    case columnUnknown = "column-unknown"
    case columnDuplicate = "column-duplicate"
    case taskMissing = "task-missing"
    // SPEC §4, row codes.
    case cellExtra = "cell-extra"
    case required
    case typeInt = "type-int"
    case typeDecimal = "type-decimal"
    case typeDate = "type-date"
    case typeBool = "type-bool"
    case typeEnum = "type-enum"
    case range
    case length
    case numberAmbiguous = "number-ambiguous"
    case dateTwoDigitYear = "date-two-digit-year"
    case dateSerial = "date-serial"
    case dateAfterPeriod = "date-after-period"
    case unitUnknown = "unit-unknown"
    case unitAlias = "unit-alias"
    case rule
    case duplicateRow = "duplicate-row"
    case totalRow = "total-row"
    case totalMismatch = "total-mismatch"
    case capExceeded = "cap-exceeded"
    // SPEC §4, findings: shown in workbooks, not input errors.
    case outageOver5Days = "outage-over-5-days"
    case ocopExpiring = "ocop-expiring"
    case ocopExpired = "ocop-expired"
    case coldSeasonDelivery = "cold-season-delivery"
    case overdue
    // SPEC §4.1, the second release.
    case periodMismatch = "period-mismatch"
    case submissionSuperseded = "submission-superseded"
    case decreasedSinceLastPeriod = "decreased-since-last-period"
    case fileSkipped = "file-skipped"
    case xlsxInvalid = "xlsx-invalid"
    case xlsxEncrypted = "xlsx-encrypted"
    case fileTooLarge = "file-too-large"
    case formulaNoValue = "formula-no-value"
    case templateOutdated = "template-outdated"
    case dateOrderUS = "date-order-us"

    /// The stable code, so that interpolating a code writes what the report writes.
    public var description: String { rawValue }

    /// A code read from a model file: one the catalogue does not know is refused with its name,
    /// so a mistyped rule or finding code fails when the model loads, not in a report.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let code = IssueCode(rawValue: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not an issue code of the catalogue (SPEC §4)")
        }
        self = code
    }

    /// The severity the catalogue gives the code; a model rule may make `rule` a warning.
    public var severity: IssueSeverity {
        switch self {
        case .encodingGuessed, .columnUnknown, .taskMissing, .dateTwoDigitYear, .dateSerial, .unitAlias,
             .totalMismatch, .capExceeded, .outageOver5Days, .ocopExpiring, .ocopExpired, .coldSeasonDelivery,
             .overdue, .submissionSuperseded, .decreasedSinceLastPeriod, .formulaNoValue, .templateOutdated, .dateOrderUS:
            return .warning
        case .totalRow, .fileSkipped:
            return .info
        default:
            return .error
        }
    }

    /// The SPEC section that catalogues the code: `4` for the first release, `4.1` after.
    public var section: String {
        switch self {
        case .periodMismatch, .submissionSuperseded, .decreasedSinceLastPeriod, .fileSkipped, .xlsxInvalid,
             .xlsxEncrypted, .fileTooLarge, .formulaNoValue, .templateOutdated, .dateOrderUS:
            return "4.1"
        default:
            return "4"
        }
    }
}
