import Common
import CSVReading
import XLSXReading

/// Whether a file writes its dates month first (LibreOffice's plain CSV export, Excel set to a
/// US region), decided before its rows are checked so that no row is read the wrong way.
///
/// A file is month first when some date in it reads only month first (`03/25/2024`) and none
/// reads only day first (`25/03/2024`). The rows are held back until a day-first date settles
/// the question (in most files within a few rows), or up to ``limit`` rows: a file that has
/// not said otherwise by then is decided on what was seen, so memory stays bounded.
struct DateOrderVote {
    /// The file warning the vote can raise.
    static let codes: [IssueCode] = [.dateOrderUS]
    /// Rows held back at most while the order is open.
    static let limit = 5000
    /// The cells, by index in the file, of the form's date columns.
    private let dateCells: [Int]
    /// The first date that reads only month first.
    private(set) var monthFirstExample: String?
    /// A date read only day first was seen: the file is day first, whatever follows.
    private(set) var dayFirstSeen = false

    init(form: CompiledForm, layout: HeaderLayout) {
        dateCells = form.form.columns.indices.filter { form.form.columns[$0].type == .date }.compactMap { layout.cellOfColumn[$0] }
    }

    /// True once nothing later can change the answer (or the form has no dates).
    var settled: Bool { dayFirstSeen || dateCells.isEmpty }

    /// The file's dates are month first: what the `date-order-us` warning names.
    var monthFirst: Bool { !dayFirstSeen && monthFirstExample != nil }

    /// Counts the record's dates written as text: a workbook's date cells hold a day, not a
    /// text to be read one way or the other.
    mutating func see(_ record: SourceRecord) {
        let cells = record.cells
        for i in dateCells where i < cells.count {
            guard DateOrderVote.isWrittenText(record, at: i) else { continue }
            switch ValueParser.dateOrder(cells[i]) {
            case .dayFirst: dayFirstSeen = true
            case .monthFirst: if monthFirstExample == nil { monthFirstExample = cells[i] }
            case .either, nil: break
            }
        }
    }

    /// Whether cell `i` is text: every cell of a CSV record, a text cell of a worksheet.
    private static func isWrittenText(_ record: SourceRecord, at i: Int) -> Bool {
        guard let typed = record.typed else { return true }
        if i < typed.count, case .text = typed[i] { return true }
        return false
    }
}
