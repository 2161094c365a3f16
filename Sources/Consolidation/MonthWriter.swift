import Foundation
import Common
import TaskModel
import Validation
import XLSX

/// Writes a month's outputs (SPEC §5): area workbooks, return slips, `bao-cao.json`.
public enum MonthWriter {
    /// What was written, for the summary.
    public struct Written: Sendable {
        public let folder: String
        public let workbooks: [String]
        public let slips: [String]
        /// The workbooks whose form rows were written while the returns were read.
        public let streamed: [String]
    }

    /// Writes everything into `out`, then puts it in place at once: if any file cannot be
    /// written (a full disk), OUT keeps the previous run's month untouched. `options` carry the
    /// deflate effort of every workbook (`--compression`). The workbooks `stream` wrote rows
    /// to while the month was read are finished; the others are written from the spool.
    /// `stage` is told the name of each workbook before it is finished, so a terminal can show
    /// that work goes on.
    static func write(_ data: MonthData, into out: OutputFolder, options: Workbook.Options, stream: MonthStream?,
                      rowsPerSheet: Int, english: Bool, stage: ((String) -> Void)? = nil) throws -> Written {
        var workbooks: [String] = [], streamedBooks: [String] = []
        for area in data.model.areas {
            let name = MonthStream.fileName(area)
            stage?(name)
            let streamed = stream?.take(area, data: data)
            try out.write(name) { path in
                let book = try streamed ?? AreaWorkbook(area: area, model: data.model, period: data.period, path: path,
                                                        options: options, rowsPerSheet: rowsPerSheet)
                precondition(book.path == path, "a streamed workbook is written where the folder expects it")
                try book.finish(data)
            }
            workbooks.append(name)
            if streamed != nil { streamedBooks.append(name) }
        }
        var slips: [String] = []
        for unit in data.model.units {
            let mine = data.report.files.filter { data.units(of: $0).contains(unit.code) }
            let files = mine.filter { $0.errorCount > 0 || $0.warningCount > 0 }
            guard !files.isEmpty else { continue }
            let slip = ReturnSlip(unit: unit, files: files, received: mine.count, data: data)
            stage?("\(OutputFolder.slipFolder)/\(slip.fileName)")
            try out.write(slip.fileName, in: OutputFolder.slipFolder) { path in try slip.write(to: path, options: options) }
            slips.append(slip.fileName)
        }
        try out.write("bao-cao.json", data: data.report.json(model: data.model, english: english))
        // Slips are named by the slug of the code: an agency's `UBND` gives `ubnd-…`.
        let codes = data.model.units.map { "\(Slug.make($0.code))-" }
        try out.commit(removingStaleIn: OutputFolder.slipFolder) { name in
            name.hasSuffix(".xlsx") && codes.contains { name.hasPrefix($0) }
        }
        return Written(folder: out.url.path, workbooks: workbooks, slips: slips, streamed: streamedBooks)
    }

    /// Document properties dated by the period, not the clock, so the same month gives the
    /// same bytes.
    static func properties(model: Model, period: Period, title: String) -> Workbook.Properties {
        let created = Date(timeIntervalSince1970: Double(period.end.ordinal) * 86_400)
        return Workbook.Properties(title: title, subject: "Báo cáo tháng \(period)", author: model.organisation.compiler,
                                   company: model.organisation.issuer, comments: "TongHop, mô hình \(model.version)",
                                   created: created)
    }
}
