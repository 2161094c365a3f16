import Foundation
import Common

/// Who has sent what for a period (`tonghop status`): units × forms.
public struct StatusGrid: Sendable, Encodable {
    /// One unit × form.
    public struct Cell: Sendable, Encodable {
        public enum State: String, Sendable, Encodable {
            /// A current submission with no error.
            case valid
            /// A current submission with errors: send back the slip.
            case errors
            /// Nothing received.
            case missing
            /// Nothing received, and nothing due: the unit is not of the kind that sends the
            /// form (a commune and an agency's checklist, an agency and a commune's form).
            case notExpected = "not-expected"
        }

        public let form: String
        public let state: State
        /// The current submission, if any.
        public let current: SubmissionRecord?
        /// Earlier versions replaced by it.
        public let superseded: [SubmissionRecord]
    }

    public struct UnitRow: Sendable, Encodable {
        public let code: String
        public let name: String
        public let cells: [Cell]
    }

    public let period: String
    /// The day returns are due: the last day of the period's data window.
    public let deadline: String
    /// Days from `today` to the deadline; negative when it has passed.
    public let daysLeft: Int
    public let forms: [String]
    public let units: [UnitRow]
    /// Files of the period that count for nothing: another period's, or of no known form.
    public let unplaced: [SubmissionRecord]

    enum CodingKeys: String, CodingKey {
        case period, deadline, forms, units, unplaced
        case daysLeft = "days_left"
    }

    /// How many unit × form cells are in each state.
    public func count(_ state: Cell.State) -> Int { units.reduce(0) { $0 + $1.cells.filter { $0.state == state }.count } }
}
