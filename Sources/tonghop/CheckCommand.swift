import ArgumentParser
import Common
import Foundation
import TaskModel
import Validation

/// `tonghop check PATH... [--period YYYY-MM] [--format text|json]`.
struct CheckCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "check",
            abstract: Language.pick("Kiểm tra các tệp báo cáo và liệt kê lỗi (không ghi tệp nào).",
                                    "Checks return files and lists their issues (writes no file).")
        )
    }

    @OptionGroup var input: InputOptions

    @Option(help: Language.help("Kỳ báo cáo YYYY-MM. Không ghi: tự xác định và nói rõ trong báo cáo.",
                                "The period, YYYY-MM. Without it: inferred from the data, and the report says so."))
    var period: String?

    @Option(help: Language.help("Dạng báo cáo: text hoặc json.",
                                "Report format: text or json."))
    var format: ReportFormat = .text

    @OptionGroup var reading: ReadingOptions

    @OptionGroup var common: CommonOptions

    enum ReportFormat: String, ExpressibleByArgument { case text, json }

    func validate() throws {
        if input.paths.isEmpty { throw ValidationError(InputOptions.noPaths) }
        if let p = period { try PeriodOption.check(p) }
    }

    func run() throws {
        let model = try common.loadModel()
        let options = ValidationOptions(period: period.flatMap(model.period), form: common.form, read: reading.readOptions,
                                        issueLimit: input.maxIssues)
        let survey = try input.survey(english: common.english)
        let (report, _) = Checking.run(files: survey.files, options: options, today: Inputs.today(), model: model, notRead: survey.notRead,
                                       progress: Console.progress(quiet: common.quiet, english: common.english))
        switch format {
        case .json:
            FileHandle.standardOutput.write(report.json(model: model, english: common.english))
            FileHandle.standardOutput.write(Data("\n".utf8))
        case .text:
            print(report.text(model: model, english: common.english), terminator: "")
        }
        if !report.valid { throw ExitCode(1) }
    }
}
