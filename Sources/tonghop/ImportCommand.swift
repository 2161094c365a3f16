import Archive
import ArgumentParser
import Common
import Foundation
import Validation

/// `tonghop import PATH... [--period YYYY-MM] [--data DIR]`: records returns in the archive.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Nhận các tệp báo cáo vào kho lưu: kiểm tra, lưu bản sao, thay bản cũ của cùng xã, biểu, kỳ."
    )

    @OptionGroup var input: InputOptions

    @Option(help: "Kỳ báo cáo YYYY-MM. Không ghi: theo tên tệp (T5, 05-2024), hoặc ngày trong tệp.")
    var period: String?

    @OptionGroup var archive: ArchiveOptions

    @OptionGroup var reading: ReadingOptions

    @OptionGroup var common: CommonOptions

    func validate() throws {
        if input.paths.isEmpty { throw ValidationError(InputOptions.noPaths) }
        if let p = period { try PeriodOption.check(p) }
    }

    func run() throws {
        let model = try common.loadModel()
        let store = try archive.open()
        let outcomes: [ImportOutcome]
        do {
            outcomes = try store.importFiles(try input.survey(english: common.english).files, period: period.flatMap(model.period), model: model,
                                             read: reading.readOptions, issueLimit: input.maxIssues, today: Inputs.today())
        } catch let exit as ExitCode {
            throw exit
        } catch {
            Console.error("Không nhận được tệp vào kho / cannot import: \(error)")
            throw ExitCode(2)
        }
        if !common.quiet { print(text(outcomes, messages: Messages(model: model, english: common.english)), terminator: "") }
        if outcomes.contains(where: { $0.kind != .duplicate($0.submission.id) && $0.report.hasErrors }) { throw ExitCode(1) }
    }

    private func text(_ outcomes: [ImportOutcome], messages: Messages) -> String {
        func pick(_ vi: String, _ en: String) -> String { common.english ? en : vi }
        var out = ""
        for o in outcomes {
            let s = o.submission, r = o.report
            let what: String
            switch o.kind {
            case .new: what = pick("nhận mới", "new")
            case .superseding(let old): what = pick("thay bản #\(old)", "replaces #\(old)")
            case .duplicate(let id): what = pick("đã có (bản #\(id)), không đổi gì", "already received (#\(id)), nothing changed")
            case .refused: what = pick("không nhận: tệp của kỳ \(s.belongsTo ?? "?")", "refused: a file of \(s.belongsTo ?? "?")")
            case .unplaced: what = pick("không xác định được biểu", "form not known")
            }
            out += "#\(s.id) \(o.path) — \(s.form ?? "?") \(s.units.isEmpty ? "?" : s.units) \(s.period): \(what)\n"
            guard o.kind != .duplicate(s.id) else { continue }
            out += pick("   Đọc \(r.rows.read) dòng: nhận \(r.rows.accepted), loại \(r.rows.rejected), bỏ qua \(r.rows.skipped); \(r.errorCount) lỗi, \(r.warningCount) cảnh báo\n",
                        "   Read \(r.rows.read) rows: accepted \(r.rows.accepted), rejected \(r.rows.rejected), skipped \(r.rows.skipped); \(r.errorCount) errors, \(r.warningCount) warnings\n")
            for issue in r.issues where issue.severity != .info {
                out += "   \(messages.render(issue, file: r.fileName, form: r.form)) (\(issue.code))\n"
            }
        }
        return out
    }
}
