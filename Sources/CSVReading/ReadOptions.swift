/// How to read one file; the defaults detect everything.
public struct ReadOptions: Sendable {
    /// The encoding to use whatever the bytes look like (`--encoding`); `nil` detects it.
    public var encoding: TextEncoding?
    /// The delimiter to use (`--delimiter`); `nil` sniffs it among `,` `;` and TAB.
    public var delimiter: UInt8?
    /// Larger files are refused with `io-error` before anything is read, so a stray disk
    /// image in a returns folder cannot exhaust the machine.
    public var maxFileBytes: Int
    /// A longer cell is `csv-malformed`: real returns never have one, and a runaway quote
    /// would otherwise swallow the file into one cell.
    public var maxCellBytes: Int

    public init(encoding: TextEncoding? = nil, delimiter: UInt8? = nil, maxFileBytes: Int = 512 << 20, maxCellBytes: Int = 1 << 20) {
        self.encoding = encoding
        self.delimiter = delimiter
        self.maxFileBytes = maxFileBytes
        self.maxCellBytes = maxCellBytes
    }
}
