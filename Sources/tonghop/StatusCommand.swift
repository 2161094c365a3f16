import Archive
import ArgumentParser
import Common
import Foundation
import Validation

/// `tonghop status --period YYYY-MM [--format text|json] [--data DIR]`: who has sent what.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Tình hình nộp của một kỳ theo kho lưu: xã × biểu, đã nộp, hợp lệ hay có lỗi, bản đã thay, còn thiếu, số ngày còn lại."
    )

    @Option(help: "Kỳ báo cáo YYYY-MM (bắt buộc).")
    var period: String

    @Option(help: "Dạng báo cáo: text hoặc json.")
    var format: CheckCommand.ReportFormat = .text

    @OptionGroup var archive: ArchiveOptions

    @OptionGroup var common: CommonOptions

    func validate() throws {
        try PeriodOption.check(period)
    }

    func run() throws {
        let model = try common.loadModel()
        guard let month = model.period(period) else { throw ValidationError("period '\(period)'") }
        let grid: StatusGrid
        do { grid = try archive.open().status(period: month, model: model, today: Inputs.today()) } catch let exit as ExitCode {
            throw exit
        } catch {
            Console.error("Không đọc được kho lưu / cannot read the archive: \(error)")
            throw ExitCode(2)
        }
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            FileHandle.standardOutput.write(try encoder.encode(grid))
            FileHandle.standardOutput.write(Data("\n".utf8))
        case .text:
            print(text(grid), terminator: "")
        }
    }

    private func text(_ grid: StatusGrid) -> String {
        func pick(_ vi: String, _ en: String) -> String { common.english ? en : vi }
        let left = grid.daysLeft >= 0 ? pick("còn \(grid.daysLeft) ngày", "\(grid.daysLeft) days left")
                                      : pick("đã quá hạn \(-grid.daysLeft) ngày", "\(-grid.daysLeft) days overdue")
        var out = pick("Kỳ \(grid.period), hạn nộp \(grid.deadline) (\(left)): \(grid.count(.valid)) hợp lệ, \(grid.count(.errors)) có lỗi, \(grid.count(.missing)) chưa nộp (xã × biểu).\n",
                       "Period \(grid.period), due \(grid.deadline) (\(left)): \(grid.count(.valid)) valid, \(grid.count(.errors)) with errors, \(grid.count(.missing)) missing (unit × form).\n")
        for unit in grid.units {
            out += "\n\(unit.code) \(unit.name)\n"
            for cell in unit.cells where cell.state != .notExpected {
                var line = "   \(cell.form): "
                if let s = cell.current {
                    line += (cell.state == .valid ? pick("hợp lệ", "valid") : pick("có \(s.errors) lỗi", "\(s.errors) errors"))
                    line += " — \(Messages.returnName(s.originalName, sheet: s.sheet, english: common.english)), \(s.receivedAt) (#\(s.id))"
                } else {
                    line += pick("chưa nộp", "missing")
                }
                if !cell.superseded.isEmpty {
                    line += pick("; đã thay: ", "; replaced: ") + cell.superseded.map { "#\($0.id) \(Messages.returnName($0.originalName, sheet: $0.sheet, english: common.english))" }.joined(separator: ", ")
                }
                out += line + "\n"
            }
        }
        if !grid.unplaced.isEmpty {
            out += pick("\nTệp không được tính:\n", "\nFiles that do not count:\n")
            for s in grid.unplaced {
                let why = s.belongsTo.map { pick("tệp của kỳ \($0)", "a file of \($0)") } ?? pick("không xác định được biểu", "form not known")
                out += "   #\(s.id) \(Messages.returnName(s.originalName, sheet: s.sheet, english: common.english)): \(why)\n"
            }
        }
        return out
    }
}
