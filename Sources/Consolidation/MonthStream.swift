import Foundation
import Common
import TaskModel
import Validation
import XLSX

/// Area workbooks whose biggest job, writing one form's rows, is done while the returns are
/// still being read, instead of from the spool once they all are.
///
/// A form sheet lists units in GSO order and each unit's rows in file order
/// (``MonthData/forEachRow(form:_:)``). When rows arrive in that order — a province's export
/// in one file, unit by unit — they can go straight to the sheet. Each area streams the first
/// form of its own that sends a row; the stream stops for good at a row of an earlier unit, a
/// unit outside the model or a failed write. At the end ``take(_:data:)`` hands the workbook
/// over only if its streamed rows are exactly those the spool would give; otherwise it is
/// dropped unwritten and the workbook is written from the spool, as without a stream. Either
/// way the bytes are the same.
final class MonthStream {
    private let model: Model
    private let period: Period
    private let out: OutputFolder
    private let options: Workbook.Options
    private let rowsPerSheet: Int
    /// Each unit's place in GSO order.
    private let ranks: [String: Int]
    /// The forms by code, looked up for every row.
    private let forms: [String: Form]
    private var books: [String: Book] = [:]
    /// Areas whose stream stopped, or never began (no workbook could be opened).
    private var stopped: Set<String> = []

    /// One area's streamed form.
    private final class Book {
        let workbook: AreaWorkbook
        let sheet: FormSheet
        var rank = 0
        init(workbook: AreaWorkbook, sheet: FormSheet) {
            self.workbook = workbook
            self.sheet = sheet
        }
    }

    init(model: Model, period: Period, out: OutputFolder, options: Workbook.Options, rowsPerSheet: Int) {
        self.model = model
        self.period = period
        self.out = out
        self.options = options
        self.rowsPerSheet = rowsPerSheet
        ranks = Dictionary(model.units.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { a, _ in a })
        forms = Dictionary(model.forms.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The workbook name of an area.
    static func fileName(_ area: Area) -> String { "\(area.slug).xlsx" }

    /// Takes an accepted row of the file named `source`.
    func add(_ row: AcceptedRow, source: String) {
        guard let form = forms[row.form], form.area != "*", !stopped.contains(form.area) else { return }
        guard let rank = ranks[row.unit] else { return stop(form.area) }
        let book: Book
        if let b = books[form.area] { book = b } else {
            guard let opened = open(form) else { return stop(form.area) }
            book = opened
        }
        guard book.sheet.form.code == form.code else { return }
        guard rank >= book.rank else { return stop(form.area) }
        do { try book.sheet.add(row, source: source) } catch { return stop(form.area) }
        book.rank = rank
    }

    /// The area's workbook with its streamed rows, if they are the month's; nil to write it
    /// from the spool. A workbook not handed over is freed unwritten.
    func take(_ area: Area, data: MonthData) -> AreaWorkbook? {
        guard let book = books.removeValue(forKey: area.slug) else { return nil }
        // Every row of the form came to the stream once it began, so it holds the spool's rows
        // exactly when it holds as many as the files that count sent: a row of a replaced file,
        // or of another period's, makes one too many.
        let complete = book.sheet.written == data.rowCount(form: book.sheet.form.code)
        // The sheets before the streamed one are begun already: one that needs a continuation
        // sheet could not have it next to it.
        let before = book.workbook.sheets.prefix { $0 !== book.sheet }
        let fits = before.allSatisfy { data.rowCount(form: $0.form.code) <= rowsPerSheet }
        return complete && fits ? book.workbook : nil
    }

    /// Drops every streamed workbook unwritten (a refused `--strict` build).
    func discard() { books = [:] }

    private func open(_ form: Form) -> Book? {
        guard let area = model.area(form.area) else { return nil }
        do {
            let path = out.temporaryPath(MonthStream.fileName(area))
            let workbook = try AreaWorkbook(area: area, model: model, period: period, path: path, options: options, rowsPerSheet: rowsPerSheet)
            guard let sheet = workbook.sheets.first(where: { $0.form.code == form.code }) else { return nil }
            try workbook.stream(sheet)
            let book = Book(workbook: workbook, sheet: sheet)
            books[area.slug] = book
            return book
        } catch {
            return nil
        }
    }

    private func stop(_ area: String) {
        stopped.insert(area)
        books[area] = nil
    }
}
