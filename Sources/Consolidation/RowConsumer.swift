import Validation

/// What the second thread of a build does with each accepted row (``RowPipe``): the stream
/// writes it to its workbook if it can. The reading thread has checked, spooled and counted
/// it already; writing the cells is the larger half of the work, so it has a core of its own.
///
/// Unchecked Sendable: the stream is used by the consuming thread alone until the pipe has
/// finished, and by the calling thread alone after.
final class RowConsumer: @unchecked Sendable {
    /// A row and the file it came from.
    struct Item: Sendable {
        /// The index of its file among the files read.
        let input: Int
        let row: AcceptedRow
    }

    private let stream: MonthStream
    /// The names of the files read, shown in the form sheets' source column.
    private let names: [String]

    init(stream: MonthStream, names: [String]) {
        self.stream = stream
        self.names = names
    }

    func take(_ batch: [Item]) {
        for item in batch {
            stream.add(item.row, source: item.input < names.count ? names[item.input] : "?")
        }
    }
}
