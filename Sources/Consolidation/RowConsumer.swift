import Validation

/// What the second thread of a build does with each accepted row (``RowPipe``): the collector
/// adds it to the measures (``MonthCollector/count(file:row:)``), the stream writes it to its
/// workbook if it can.
///
/// Unchecked Sendable: the stream and the collector's measures are used by the consuming
/// thread alone until the pipe has finished, and by the calling thread alone after.
final class RowConsumer: @unchecked Sendable {
    /// A row and where it came from.
    struct Item: Sendable {
        /// The index of its file's result in the report.
        let file: Int
        /// The index of its file among the files read.
        let input: Int
        let row: AcceptedRow
    }

    private let collector: MonthCollector
    private let stream: MonthStream
    /// The names of the files read, shown in the form sheets' source column.
    private let names: [String]

    init(collector: MonthCollector, stream: MonthStream, names: [String]) {
        self.collector = collector
        self.stream = stream
        self.names = names
    }

    func take(_ batch: [Item]) {
        for item in batch {
            collector.count(file: item.file, row: item.row)
            stream.add(item.row, source: item.input < names.count ? names[item.input] : "?")
        }
    }
}
