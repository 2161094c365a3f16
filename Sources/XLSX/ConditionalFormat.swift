import CXlsxWriter
import Foundation

/// A conditional format: when the rule holds, the cell takes the format.
public struct ConditionalFormat: Sendable {
    public enum Rule: Sendable {
        public enum Comparison: Sendable { case equal, notEqual, greater, less, greaterOrEqual, lessOrEqual }
        case cell(Comparison, Double)
        case cellText(Comparison, String)
        case between(Double, Double)
        /// An Excel formula relative to the range's top-left cell, e.g. `=AND(C8<1,$B$3>0)`.
        case formula(String)
    }

    public var rule: Rule
    public var format: Format
    /// Later rules are not evaluated for a cell once this one applies.
    public var stopIfTrue: Bool

    public init(_ rule: Rule, format: Format, stopIfTrue: Bool = false) {
        self.rule = rule
        self.format = format
        self.stopIfTrue = stopIfTrue
    }
}
