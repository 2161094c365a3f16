import ArgumentParser
import Common
import Foundation
import TaskModel
import Validation

/// `tonghop check PATH... [--period YYYY-MM] [--format text|json]`.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Kiểm tra các tệp báo cáo và liệt kê lỗi (không ghi tệp nào)."
    )

    @OptionGroup var input: InputOptions

    @Option(help: "Kỳ báo cáo YYYY-MM. Không ghi: tự xác định và nói rõ trong báo cáo.")
    var period: String?

    @Option(help: "Dạng báo cáo: text hoặc json.")
    var format: ReportFormat = .text

    @OptionGroup var common: CommonOptions

    enum ReportFormat: String, ExpressibleByArgument { case text, json }

    func validate() throws {
        if let p = period { try PeriodOption.check(p, english: common.english) }
    }

    func run() throws {
        let model = try common.loadModel()
        let request = Checking.Request(files: try input.files(english: common.english), period: period.flatMap(model.period), form: common.form,
                                       read: common.readOptions, issueLimit: input.maxIssues, today: Inputs.today())
        let (report, _) = Checking.run(request, model: model, progress: Console.progress(quiet: common.quiet, english: common.english))
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

/// The day "today" is, in Vietnam.
enum Inputs {
    static func today() -> Day {
        let c = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "Asia/Ho_Chi_Minh")!, from: Date())
        return Day(year: c.year!, month: c.month!, day: c.day!)!
    }
}
