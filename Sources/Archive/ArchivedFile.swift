/// A current submission's bytes, ready to be built from.
public struct ArchivedFile: Sendable, Hashable {
    /// The archive's copy of the bytes.
    public let storedPath: String
    /// The path it was imported from, shown in reports and workbooks (its file name is the
    /// clerk's, its folder may name the unit).
    public let sourcePath: String
    public let submission: SubmissionRecord
}
