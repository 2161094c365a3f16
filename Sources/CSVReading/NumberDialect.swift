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
    /// Whether examples in messages write the decimal mark as a comma.
    var writesDecimalComma: Bool { self == .vietnamese }
}
