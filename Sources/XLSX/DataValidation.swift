import CXlsxWriter
import Foundation

/// What a cell accepts, with the hint and the alert a clerk sees in Excel.
public struct DataValidation: Sendable {
    public enum Kind: Sendable {
        /// Inline choices (at most 255 bytes of UTF-8 together; longer lists go through `listRange`).
        case list([String])
        /// Choices from a range, e.g. `=DanhMuc!$A$1:$A$17`.
        case listRange(String)
        case wholeNumber(min: Int?, max: Int?)
        case decimal(min: Double?, max: Double?)
        /// Excel date serials.
        case date(min: Int?, max: Int?)
        case textLength(max: Int)
        case custom(String)
    }

    public enum Alert: Sendable { case stop, warning, information }

    public var kind: Kind
    public var inputTitle: String?
    public var inputMessage: String?
    public var errorTitle: String?
    public var errorMessage: String?
    public var alert: Alert = .stop
    public var ignoreBlank = true

    public init(_ kind: Kind, inputTitle: String? = nil, inputMessage: String? = nil, errorTitle: String? = nil,
                errorMessage: String? = nil, alert: Alert = .stop) {
        self.kind = kind
        self.inputTitle = inputTitle
        self.inputMessage = inputMessage
        self.errorTitle = errorTitle
        self.errorMessage = errorMessage
        self.alert = alert
    }
}
