import Foundation
import GRDB

/// One return received (a CSV file, or one form sheet of a workbook), as the archive keeps it:
/// a row of `submission`.
public struct SubmissionRecord: Sendable, Hashable, Codable, FetchableRecord {
    /// What became of a submission.
    public enum State: String, Sendable, Codable {
        /// The version that counts for its (units, form, period).
        case current
        /// Replaced by a later file for the same (units, form, period); kept for audit.
        case superseded
        /// Another period's file (`period-mismatch`); it never counts.
        case refused
        /// Its form could not be told (`form-unknown`, unreadable file); it never counts.
        case unplaced
    }

    public var id: Int64
    public var sha256: String
    /// `YYYY-MM`.
    public var period: String
    public var form: String?
    /// Unit codes, sorted, comma-separated; empty when none could be told.
    public var units: String
    /// The file's name as received.
    public var originalName: String
    /// The path it was imported from; reports show it, and it names the unit's folder.
    public var sourcePath: String
    /// When it was received (import time), ISO 8601 in UTC.
    public var receivedAt: String
    public var encoding: String?
    public var rowsRead: Int
    public var rowsAccepted: Int
    public var rowsRejected: Int
    public var rowsSkipped: Int
    public var errors: Int
    public var warnings: Int
    public var state: State
    /// The submission that replaced this one.
    public var supersededBy: Int64?
    /// The period the file belongs to, when refused as another period's.
    public var belongsTo: String?
    /// The worksheet this return was read from, for a workbook; nil for a CSV file.
    public var sheet: String?

    enum CodingKeys: String, CodingKey {
        case id, sha256, period, form, units, encoding, errors, warnings, state, sheet
        case originalName = "original_name", sourcePath = "source_path", receivedAt = "received_at"
        case rowsRead = "rows_read", rowsAccepted = "rows_accepted", rowsRejected = "rows_rejected", rowsSkipped = "rows_skipped"
        case supersededBy = "superseded_by", belongsTo = "belongs_to"
    }

    /// The unit codes.
    public var unitCodes: [String] { units.split(separator: ",").map(String.init) }

    /// Valid: no error in it (warnings allowed).
    public var valid: Bool { errors == 0 }
}
