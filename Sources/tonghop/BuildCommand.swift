import ArgumentParser
import Common
import Consolidation
import Foundation
import TaskModel
import Validation
import XLSX

/// `tonghop build [PATH...] --period YYYY-MM [--out DIR] [--strict] [--compression fast] [--data DIR]` (SPEC §3, §5):
/// from the files given (folder mode), or without PATH from the archive's current submissions
/// (with the previous period's, when the archive holds it, for month-over-month figures).
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

    @OptionGroup var archive: ArchiveOptions

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
        let options = ValidationOptions(period: month, form: common.form, read: reading.readOptions,
                                        issueLimit: input.maxIssues, keepRejected: true)
        var request = MonthBuild.Files(files: [], options: options, today: Inputs.today())
        var previous: MonthBuild.Files?
        if input.paths.isEmpty {
            (request, previous) = try archive.open().buildFiles(period: month, options: options, today: request.today)
        } else {
            let survey = try input.survey(english: common.english)
            request.files = survey.files
            request.notRead = survey.notRead
        }
        let outcome: MonthBuild.Outcome
        do {
            outcome = try MonthBuild.run(request, model: model, out: out, strict: strict, english: common.english,
                                         compression: compression, previous: previous,
                                         progress: Console.progress(quiet: common.quiet, english: common.english),
                                         stage: Console.stage(quiet: common.quiet, english: common.english))
            Console.clearLine()
        } catch {
            Console.clearLine()
            Console.error(error.message(english: common.english))
            throw ExitCode(2)
        }
        switch outcome {
        case .refused(let report):
            if !common.quiet { print(report.text(model: model, english: common.english), terminator: "") }
            Console.error(common.english ? "--strict: the data has errors; nothing was written."
                                         : "--strict: số liệu có lỗi; không ghi tệp nào.")
            throw ExitCode(1)
        case .written(let built):
            if !common.quiet { print(built.summary(english: common.english), terminator: "") }
        }
    }
}

/// `--compression standard|fast`.
extension Compression: ExpressibleByArgument {}
