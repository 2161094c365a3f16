import Validation

/// What importing one file did.
public struct ImportOutcome: Sendable {
    public enum Kind: Sendable, Hashable {
        /// A first version of its submission.
        case new
        /// A later version: the submission with this id is superseded by it.
        case superseding(Int64)
        /// The same bytes were already received for this period (as this id): nothing changed.
        case duplicate(Int64)
        /// Another period's file (`period-mismatch`): kept for audit, never counted.
        case refused
        /// Its form could not be told: kept for audit, never counted.
        case unplaced
    }

    /// The path as given.
    public let path: String
    public let kind: Kind
    /// The archived submission (the earlier one for a duplicate).
    public let submission: SubmissionRecord
    /// What validation found; for a duplicate, a fresh check of the same bytes.
    public let report: FileReport
}
