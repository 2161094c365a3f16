import Common

/// Which way a file writes numbers first.
///
/// Vietnamese Excel writes `1.234,5` and separates cells with `;`; US-style tools write
/// `1,234.5` with `,`. So a `;` file is read Vietnamese first, any other US first (SPEC §2).
public enum NumberDialect: Sendable {
    case vietnamese, us

    public init(delimiter: UInt8) {
        self = delimiter == UInt8(ascii: ";") ? .vietnamese : .us
    }

    var decimalMark: UInt8 { self == .vietnamese ? UInt8(ascii: ",") : UInt8(ascii: ".") }
    var groupingMark: UInt8 { self == .vietnamese ? UInt8(ascii: ".") : UInt8(ascii: ",") }
    var other: NumberDialect { self == .vietnamese ? .us : .vietnamese }
}

/// Why a cell's text is not a value of its column's type: a SPEC §4 code and, in Vietnamese,
/// what the cell should have looked like.
public struct ValueIssue: Error, Sendable, Equatable {
    /// `type-int`, `type-decimal`, `type-date`, `type-bool` or `number-ambiguous`.
    public let code: String
    /// A short Vietnamese description of what was expected, with an example.
    public let expected: String

    public init(code: String, expected: String) {
        self.code = code
        self.expected = expected
    }
}

/// A date read from a cell, with the warning its form deserves.
public struct DateValue: Sendable, Equatable {
    public let day: Day
    /// `date-two-digit-year` or `date-serial`, else nil.
    public let warning: String?

    public init(day: Day, warning: String?) {
        self.day = day
        self.warning = warning
    }
}
