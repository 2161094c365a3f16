import ArgumentParser
import Common
import Consolidation
import Foundation
import TaskModel
import Validation
import XLSX

/// `tonghop build PATH... --period YYYY-MM [--out DIR] [--strict] [--compression fast]` (SPEC §3, §5).
struct BuildCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "build",
            abstract: Language.pick("Kiểm tra và lập sổ tổng hợp (XLSX) theo lĩnh vực, phiếu trả lại cho từng xã và báo cáo JSON.",
                                    "Checks the returns and writes the consolidated workbooks (XLSX) per area, a return slip per commune and the JSON report.")
        )
    }

    @OptionGroup var input: InputOptions

    @Option(help: Language.help("Kỳ báo cáo YYYY-MM (bắt buộc).",
                                "The period, YYYY-MM (required)."))
    var period: String

    @Option(help: Language.help("Thư mục ghi kết quả; sổ được ghi vào OUT/YYYY-MM/.",
                                "Folder for the results; workbooks go to OUT/YYYY-MM/."))
    var out = "tonghop-out"

    @Flag(help: Language.help("Có lỗi thì không ghi gì và thoát với mã 1.",
                              "If the data has errors, write nothing and exit with status 1."))
    var strict = false

    @Option(help: Language.help("Mức nén sổ: standard (mặc định) hoặc fast (ghi nhanh hơn, tệp lớn hơn khoảng 30 %).",
                                "Workbook compression: standard (default) or fast (quicker to write, files about 30 % larger)."))
    var compression: Compression = .standard

    @OptionGroup var reading: ReadingOptions

    @OptionGroup var common: CommonOptions

    func validate() throws {
        try PeriodOption.check(period)
        try WindowsPath.checkOutput(out)
        if compression == .fast && !Compression.fastIsAvailable {
            throw ValidationError(Language.pick("Bản tonghop này không nén nhanh được (xem tonghop --version).",
                                                "--compression fast is not available in this build (see tonghop --version)."))
        }
    }

    func run() throws {
        let model = try common.loadModel()
        guard let month = model.period(period) else { throw ValidationError("period '\(period)'") }
        let files = try input.files(english: common.english)
        let options = ValidationOptions(period: month, form: common.form, read: reading.readOptions,
                                        issueLimit: input.maxIssues, keepRejected: true)
        let collector: MonthCollector
        do { collector = try MonthCollector(model: model, period: month) } catch {
            Console.error((common.english ? "Cannot create a scratch folder: " : "Không tạo được thư mục tạm: ")
                          + FileProblem(path: FileManager.default.temporaryDirectory.path, error: error).message(english: common.english))
            throw ExitCode(2)
        }
        let (report, _) = Checking.run(files: files, options: options, today: Inputs.today(), model: model,
                                       progress: Console.progress(quiet: common.quiet, english: common.english),
                                       onRow: strict ? nil : collector.add)
        if strict && !report.valid {
            if !common.quiet { print(report.text(model: model, english: common.english), terminator: "") }
            Console.error(common.english ? "--strict: the data has errors; nothing was written."
                                         : "--strict: số liệu có lỗi; không ghi tệp nào.")
            throw ExitCode(1)
        }
        let written: MonthWriter.Written
        let data: MonthData
        do {
            data = try collector.finish(report: report)
            written = try MonthWriter.write(data, to: out, english: common.english, compression: compression,
                                            stage: Console.stage(quiet: common.quiet, english: common.english))
            Console.clearLine()
        } catch {
            Console.clearLine()
            Console.error((common.english ? "Cannot write the output: " : "Không ghi được kết quả: ")
                          + FileProblem(path: out, error: error).message(english: common.english))
            throw ExitCode(2)
        }
        if !common.quiet { print(summary(data, written), terminator: "") }
    }

    /// The few lines a clerk reads after a build.
    private func summary(_ data: MonthData, _ written: MonthWriter.Written) -> String {
        let files = data.report.files
        let acc = files.reduce(0) { $0 + $1.rows.accepted }, rej = files.reduce(0) { $0 + $1.rows.rejected }
        let errs = files.reduce(0) { $0 + $1.errorCount }, warns = files.reduce(0) { $0 + $1.warningCount }
        let missing = data.model.units.filter { data.submitted[$0.code] == nil }.map(\.name)
        if common.english {
            return """
            Period \(data.period) (\(data.period.start)–\(data.period.end)): \(files.count) files, \(acc) rows accepted, \(rej) rejected; \(errs) errors, \(warns) warnings.
            Units that sent nothing: \(missing.isEmpty ? "none" : missing.map { "«\($0)»" }.joined(separator: ", ")).
            Workbooks: \(written.folder) (\(written.workbooks.count) areas, \(written.slips.count) return slips, bao-cao.json).

            """
        }
        return """
        Kỳ \(data.period) (\(data.period.start)–\(data.period.end)): \(files.count) tệp, nhận \(acc) dòng, loại \(rej) dòng; \(errs) lỗi, \(warns) cảnh báo.
        Đơn vị chưa nộp: \(missing.isEmpty ? "không có" : missing.joined(separator: ", ")).
        Đã ghi vào \(written.folder): \(written.workbooks.count) sổ tổng hợp, \(written.slips.count) phiếu trả lại, bao-cao.json.

        """
    }
}

/// `--compression standard|fast`.
extension Compression: ExpressibleByArgument {}
