import Common
import CSVReading

/// What a validation run needs besides the model and the files: the one set of options that
/// `check`, `build` and ``Checking`` pass down to every ``Validator``.
public struct ValidationOptions: Sendable {
    /// The month the returns are for; dates after its window are errors. `nil`: not given, so
    /// ``Checking`` infers it from the data (and says so), and a ``Validator`` reads dates with
    /// an open-ended window.
    public var period: Period?
    /// A form code that overrides detection (`--form`).
    public var form: String?
    public var read: ReadOptions
    /// How many issues a file lists at most; counts stay exact past it.
    public var issueLimit: Int
    /// Whether to keep accepted rows in the result; `check` only counts them.
    public var keepRows: Bool
    /// Whether to keep rejected rows' cells for the return slips.
    public var keepRejected: Bool

    public init(period: Period?, form: String? = nil, read: ReadOptions = ReadOptions(), issueLimit: Int = 1000,
                keepRows: Bool = false, keepRejected: Bool = false) {
        self.period = period
        self.form = form
        self.read = read
        self.issueLimit = issueLimit
        self.keepRows = keepRows
        self.keepRejected = keepRejected
    }
}
