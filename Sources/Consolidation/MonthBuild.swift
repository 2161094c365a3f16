import Foundation
import Common
import TaskModel
import Validation
import XLSX

/// A month built from returns to OUT: what `tonghop build` and the web page both run.
///
/// It validates the files (``Checking``), gathers the accepted rows of the files that count
/// (``MonthCollector``) and writes the workbooks, slips and `bao-cao.json` (``MonthWriter``),
/// holding OUT's ``OutputLock`` throughout so that two builds never write one folder.
///
/// ```swift
/// let month = MonthBuild.Files(files: paths, options: ValidationOptions(period: may, keepRejected: true), today: today)
/// switch try MonthBuild.run(month, model: model, out: "tonghop-out") {
/// case .written(let built): print(built.summary(english: false))
/// case .refused(let report): print(report.text(model: model, english: false))
/// }
/// ```
public enum MonthBuild {
    /// What a build did.
    public enum Outcome: Sendable {
        /// The month is in `OUT/YYYY-MM`.
        case written(Built)
        /// `strict` was asked and the data has errors: nothing was written.
        case refused(RunReport)
    }

    /// Why a build wrote nothing.
    public enum Failure: Error {
        /// Another build is writing the same OUT.
        case busy(OutputLock.Busy)
        /// A scratch folder for the rows could not be made.
        case scratch(FileProblem)
        /// OUT could not be written (full disk, no permission); it keeps its previous month.
        case write(FileProblem)

        /// What to tell the clerk.
        public func message(english: Bool) -> String {
            switch self {
            case .busy(let b): b.description
            case .scratch(let p): (english ? "Cannot create a scratch folder: " : "Không tạo được thư mục tạm: ") + p.message(english: english)
            case .write(let p): (english ? "Cannot write the output: " : "Không ghi được kết quả: ") + p.message(english: english)
            }
        }
    }

    /// A written month.
    public struct Built: @unchecked Sendable {
        public let data: MonthData
        public let written: MonthWriter.Written

        /// The few lines a clerk reads after a build.
        public func summary(english: Bool) -> String {
            let files = data.report.countedFiles
            let acc = files.reduce(0) { $0 + $1.rows.accepted }, rej = files.reduce(0) { $0 + $1.rows.rejected }
            let errs = files.reduce(0) { $0 + $1.errorCount }, warns = files.reduce(0) { $0 + $1.warningCount }
            let replaced = data.report.files.filter { $0.supersededBy != nil }.count
            let missing = data.model.units.filter { data.submitted[$0.code] == nil }.map(\.name)
            let p = data.period
            if english {
                return """
                Period \(p) (\(p.start)–\(p.end)): \(files.count) files, \(acc) rows accepted, \(rej) rejected; \(errs) errors, \(warns) warnings.
                \(replaced > 0 ? "Replaced by later files (not counted): \(replaced).\n" : "")Units that sent nothing: \(missing.isEmpty ? "none" : missing.map { "«\($0)»" }.joined(separator: ", ")).
                Workbooks: \(written.folder) (\(written.workbooks.count) areas, \(written.slips.count) return slips, bao-cao.json).

                """
            }
            return """
            Kỳ \(p) (\(p.start)–\(p.end)): \(files.count) tệp, nhận \(acc) dòng, loại \(rej) dòng; \(errs) lỗi, \(warns) cảnh báo.
            \(replaced > 0 ? "Tệp đã được thay bằng tệp mới hơn (không tính): \(replaced).\n" : "")Đơn vị chưa nộp: \(missing.isEmpty ? "không có" : missing.joined(separator: ", ")).
            Đã ghi vào \(written.folder): \(written.workbooks.count) sổ tổng hợp, \(written.slips.count) phiếu trả lại, bao-cao.json.

            """
        }
    }

    /// The returns of a month and how to read them.
    public struct Files: Sendable {
        public var files: [String]
        /// The paths to report for `files` when their bytes are read from the archive.
        public var shownAs: [String]?
        /// What was found under the folders but not read, listed in the report.
        public var notRead: [InputFiles.NotRead] = []
        /// Their `period` must be set.
        public var options: ValidationOptions
        /// The day used when a period has to be inferred.
        public var today: Day

        public init(files: [String], shownAs: [String]? = nil, options: ValidationOptions, today: Day) {
            self.files = files
            self.shownAs = shownAs
            self.options = options
            self.today = today
        }
    }

    /// Builds the month of `month` (whose period must be set) into `out`. `previous`, the
    /// files of the period before (from the archive), adds month-over-month figures. `progress`
    /// is told after each file read, `stage` the name of each workbook before it is finished.
    ///
    /// With `concurrent` (the default) the accepted rows go to a second thread while the files
    /// are read, and those that arrive in sheet order are written to their workbook there and
    /// then (``MonthStream``); without it everything happens in turn on this thread. The
    /// workbooks are the same bytes either way.
    public static func run(_ month: Files, model: Model, out: String, strict: Bool = false, english: Bool = false,
                           compression: Compression = .standard, previous: Files? = nil, concurrent: Bool = true,
                           progress: ((Int, Int) -> Void)? = nil, stage: ((String) -> Void)? = nil) throws(Failure) -> Outcome {
        try run(month, model: model, out: out, strict: strict, english: english, compression: compression, previous: previous,
                concurrent: concurrent, rowsPerSheet: FormSheet.rowsPerSheet, progress: progress, stage: stage)
    }

    /// The same, with fewer rows to a sheet than Excel's limit, for tests of continuation sheets.
    static func run(_ month: Files, model: Model, out: String, strict: Bool, english: Bool, compression: Compression,
                    previous: Files?, concurrent: Bool, rowsPerSheet: Int,
                    progress: ((Int, Int) -> Void)?, stage: ((String) -> Void)?) throws(Failure) -> Outcome {
        guard let period = month.options.period else { preconditionFailure("a build is for a given period") }
        let lock: OutputLock
        do { lock = try OutputLock(root: out) } catch let busy as OutputLock.Busy { throw .busy(busy) } catch {
            throw .write(FileProblem(path: URL(fileURLWithPath: out).path, error: error))
        }
        defer { withExtendedLifetime(lock) {} }
        let collector: MonthCollector
        do { collector = try MonthCollector(model: model, period: period) } catch {
            throw .scratch(FileProblem(path: FileManager.default.temporaryDirectory.path, error: error))
        }
        let folder: OutputFolder
        let options: Workbook.Options
        do {
            folder = try OutputFolder(root: out, period: period)
            options = Workbook.Options(constantMemory: true, tmpdir: try folder.scratch(), compression: compression)
        } catch {
            throw .write(error)
        }
        let stream = concurrent ? MonthStream(model: model, period: period, out: folder, options: options, rowsPerSheet: rowsPerSheet) : nil
        let report = gather(month, model: model, into: collector, stream: stream, progress: progress)
        if strict && !report.valid {
            stream?.discard()
            folder.discard()
            return .refused(report)
        }
        do {
            let data = try collector.finish(report: report, previous: try previous.flatMap { try figures($0, model: model) })
            let written = try MonthWriter.write(data, into: folder, options: options, stream: stream, rowsPerSheet: rowsPerSheet,
                                                english: english, stage: stage)
            return .written(Built(data: data, written: written))
        } catch {
            stream?.discard()
            folder.discard()
            throw .write(FileProblem(path: URL(fileURLWithPath: out).path, error: error))
        }
    }

    /// Reads the files, every accepted row going to `collector` and, when there is a stream,
    /// to it as well. This thread reads, checks, spools and adds up the measures; a second one
    /// writes (``RowConsumer``): the split that keeps both cores about equally busy.
    private static func gather(_ month: Files, model: Model, into collector: MonthCollector, stream: MonthStream?,
                               progress: ((Int, Int) -> Void)?) -> RunReport {
        guard let stream else {
            return Checking.run(files: month.files, shownAs: month.shownAs, options: month.options, today: month.today,
                                model: model, notRead: month.notRead, progress: progress, onRow: collector.add).0
        }
        // Rows are named in the sheet by their file: rows come during the file's reading, which
        // `progress` closes, so the files done so far say whose rows arrive.
        let names = month.files.indices.map { FileReport.fileName(of: month.shownAs?[$0] ?? month.files[$0]) }
        let consumer = RowConsumer(stream: stream, names: names)
        let pipe = RowPipe<RowConsumer.Item>(consume: consumer.take)
        var done = 0
        let (report, _) = Checking.run(files: month.files, shownAs: month.shownAs, options: month.options, today: month.today,
                                       model: model, notRead: month.notRead,
                                       progress: { n, of in done = n; progress?(n, of) },
                                       onRow: { file, row in
                                           collector.add(file: file, row: row)
                                           pipe.send(RowConsumer.Item(input: done, row: row))
                                       })
        pipe.finish()
        return report
    }

    /// A month's figures without writing it, to compare the next one with.
    private static func figures(_ month: Files, model: Model) throws -> MonthData? {
        guard let period = month.options.period, !month.files.isEmpty else { return nil }
        let collector = try MonthCollector(model: model, period: period)
        let (report, _) = Checking.run(files: month.files, shownAs: month.shownAs, options: month.options, today: month.today,
                                       model: model, onRow: collector.add)
        return try collector.finish(report: report)
    }
}
