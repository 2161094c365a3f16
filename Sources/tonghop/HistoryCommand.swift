import Archive
import ArgumentParser
import Foundation
import TaskModel
import Validation

/// `tonghop history UNIT [--form F] [--data DIR]`: every version received from a unit.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Mọi bản báo cáo đã nhận của một xã (theo kho lưu): mã băm, thời gian, kết quả."
    )

    @Argument(help: "Xã, thị trấn: mã (07615) hoặc tên (An Châu).")
    var unit: String

    @OptionGroup var archive: ArchiveOptions

    @OptionGroup var common: CommonOptions

    func run() throws {
        let model = try common.loadModel()
        let registry = UnitRegistry(model: model)
        let found: TaskModel.Unit
        switch registry.resolve(unit) {
        case .exact(let u), .alias(let u, _): found = u
        case .unknown: throw ValidationError("Không có xã, thị trấn '\(unit)' / no unit '\(unit)'.")
        }
        let versions: [SubmissionRecord]
        do { versions = try archive.open().history(unit: found.code, form: common.form?.uppercased()) } catch let exit as ExitCode {
            throw exit
        } catch {
            Console.error("Không đọc được kho lưu / cannot read the archive: \(error)")
            throw ExitCode(2)
        }
        func pick(_ vi: String, _ en: String) -> String { common.english ? en : vi }
        var out = "\(found.code) \(found.name): " + pick("\(versions.count) bản đã nhận\n", "\(versions.count) versions received\n")
        for s in versions {
            let state: String
            switch s.state {
            case .current: state = pick("đang có hiệu lực", "current")
            case .superseded: state = pick("đã được thay bằng #\(s.supersededBy ?? 0)", "replaced by #\(s.supersededBy ?? 0)")
            case .refused: state = pick("không nhận (tệp của kỳ \(s.belongsTo ?? "?"))", "refused (a file of \(s.belongsTo ?? "?"))")
            case .unplaced: state = pick("không xác định được biểu", "form not known")
            }
            out += "#\(s.id) \(s.period) \(s.form ?? "?") \(s.receivedAt) \(Messages.returnName(s.originalName, sheet: s.sheet, english: common.english))\n"
            out += "   sha256 \(s.sha256); " + pick("nhận \(s.rowsAccepted), loại \(s.rowsRejected) dòng; \(s.errors) lỗi, \(s.warnings) cảnh báo; \(state)\n",
                                                      "\(s.rowsAccepted) accepted, \(s.rowsRejected) rejected; \(s.errors) errors, \(s.warnings) warnings; \(state)\n")
        }
        print(out, terminator: "")
    }
}
