import ArgumentParser
import Common
import Consolidation
import Foundation
import TaskModel
import Validation
import XLSX

/// `tonghop build [PATH...] --period YYYY-MM [--out DIR] [--strict] [--compression fast] [--data DIR]` (SPEC §3, §5):
/// from the files given (folder mode), or without PATH from the archive's current submissions.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Kiểm tra và lập sổ tổng hợp (XLSX) theo lĩnh vực, phiếu trả lại cho từng xã và báo cáo JSON.",
        discussion: "Không ghi PATH: lập sổ từ các tệp đang có hiệu lực trong kho lưu (--data)."
    )

    @OptionGroup var input: InputOptions

    @Option(help: "Kỳ báo cáo YYYY-MM (bắt buộc).")
    var period: String

    @Option(help: "Thư mục ghi kết quả; sổ được ghi vào OUT/YYYY-MM/.")
    var out = "tonghop-out"

    @Flag(help: "Có lỗi thì không ghi gì và thoát với mã 1.")
    var strict = false

    @Option(help: "Mức nén sổ: standard (mặc định) hoặc fast (ghi nhanh hơn, tệp lớn hơn khoảng 30 %).")
    var compression: Compression = .standard

    @OptionGroup var archive: ArchiveOptions

    @OptionGroup var common: CommonOptions

    func validate() throws {
        if Period(period, cutoffDay: 14) == nil {
            throw ValidationError("Kỳ báo cáo phải có dạng YYYY-MM, ví dụ 2024-05 / period must be YYYY-MM: '\(period)'.")
        }
        if compression == .fast && !Compression.fastIsAvailable {
            throw ValidationError("Bản tonghop này không nén nhanh được / --compression fast is not available in this build (see tonghop --version).")
        }
    }

    func run() throws {
        let model = try common.loadModel()
        guard let month = model.period(period) else { throw ValidationError("period '\(period)'") }
        var request = Checking.Request(files: [], period: month, form: common.form, read: common.readOptions,
                                       issueLimit: input.maxIssues, keepRejected: true, today: Inputs.today())
        if input.paths.isEmpty {
            let current = try archive.open().currentFiles(period: month)
            request.files = current.map(\.storedPath)
            request.shownAs = current.map(\.sourcePath)
        } else {
            request.files = try input.files()
        }
        let outcome: MonthBuild.Outcome
        do {
            outcome = try MonthBuild.run(request, model: model, out: out, strict: strict, english: common.english,
                                         compression: compression, progress: Console.progress(quiet: common.quiet))
        } catch {
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
