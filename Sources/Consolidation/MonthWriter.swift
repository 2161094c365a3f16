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
    }

    /// Writes everything, then puts it in place at once: if any file cannot be written (a
    /// full disk), OUT keeps the previous run's month untouched. `compression` is the
    /// deflate effort of every workbook (`--compression`). `stage` is told the name of each
    /// workbook before it is written, so a terminal can show that work goes on.
    public static func write(_ data: MonthData, to root: String, english: Bool, compression: Compression = .standard,
                             stage: ((String) -> Void)? = nil) throws -> Written {
        let out = try OutputFolder(root: root, period: data.period)
        do {
            let written = try write(data, into: out, english: english, compression: compression, stage: stage)
            // Slips are named by the slug of the code: an agency's `UBND` gives `ubnd-…`.
            let codes = data.model.units.map { "\(Slug.make($0.code))-" }
            try out.commit(removingStaleIn: OutputFolder.slipFolder) { name in
                name.hasSuffix(".xlsx") && codes.contains { name.hasPrefix($0) }
            }
            return written
        } catch {
            out.discard()
            throw error
        }
    }

    private static func write(_ data: MonthData, into out: OutputFolder, english: Bool,
                              compression: Compression, stage: ((String) -> Void)?) throws -> Written {
        let options = Workbook.Options(constantMemory: true, tmpdir: try out.scratch(), compression: compression)
        var workbooks: [String] = []
        for area in data.model.areas {
            let name = "\(area.slug).xlsx"
            stage?(name)
            try out.write(name) { path in try AreaWorkbook(area: area, data: data).write(to: path, options: options) }
            workbooks.append(name)
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
        return Written(folder: out.url.path, workbooks: workbooks, slips: slips)
    }

    /// Document properties dated by the period, not the clock, so the same month gives the
    /// same bytes.
    static func properties(_ data: MonthData, title: String) -> Workbook.Properties {
        let created = Date(timeIntervalSince1970: Double(data.period.end.ordinal) * 86_400)
        return Workbook.Properties(title: title, subject: "Báo cáo tháng \(data.period)", author: data.model.organisation.compiler,
                                   company: data.model.organisation.issuer, comments: "TongHop, mô hình \(data.model.version)",
                                   created: created)
    }
}
