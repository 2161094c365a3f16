import ArgumentParser
import Common
import Foundation
import TaskModel
import Templates

/// `tonghop template [--form CODE | --area SLUG] [--format xlsx|csv] [--out DIR]` (SPEC §6).
struct TemplateCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "template",
            abstract: Language.pick("Tạo biểu mẫu nhập liệu (XLSX và CSV) cho các xã, thị trấn.",
                                    "Writes the data-entry templates (XLSX and CSV) for the communes.")
        )
    }

    @Option(help: Language.help("Thư mục ghi biểu mẫu.",
                                "Folder for the templates."))
    var out = "mau-bieu"

    @Option(help: Language.help("Dạng tệp: xlsx hoặc csv. Không ghi: cả hai.",
                                "File type: xlsx or csv. Without it: both."))
    var format: Kind?

    @Option(help: Language.help("Chỉ biểu thuộc lĩnh vực này (mã lĩnh vực, xem `tonghop model`).",
                                "Only the forms of this area (its slug, see `tonghop model`)."))
    var area: String?

    @Flag(help: Language.help("Ghi đè biểu mẫu đã có trong thư mục dù nội dung khác (đã điền số liệu).",
                              "Replace templates already in the folder even where they differ (filled in)."))
    var force = false

    @OptionGroup var common: CommonOptions

    enum Kind: String, ExpressibleByArgument { case xlsx, csv }

    func validate() throws {
        if area != nil && common.form != nil { throw ValidationError(Language.pick("Dùng --form hoặc --area, không dùng cả hai.",
                                                                                   "Use --form or --area, not both.")) }
        try WindowsPath.checkOutput(out)
    }

    func run() throws {
        let model = try common.loadModel()
        if let a = area, model.area(a) == nil {
            throw ValidationError(Language.pick("Không có lĩnh vực '\(a)'. Có: \(model.areas.map(\.slug).joined(separator: ", ")).",
                                                "No area '\(a)'. There are: \(model.areas.map(\.slug).joined(separator: ", "))."))
        }
        let forms = model.forms.filter { f in
            if let code = common.form { return f.code.uppercased() == code.uppercased() }
            if let a = area.flatMap(model.area) { return model.forms(of: a).contains { $0.code == f.code } }
            return true
        }
        let writer = TemplateWriter(model: model)
        let folder = URL(fileURLWithPath: out)
        var current = folder.path
        // Every template is written under a temporary name first; none replaces a file that
        // differs from it (one a commune filled in) unless --force says so.
        var staged: [(temp: String, final: String)] = []
        defer { for s in staged { try? FileManager.default.removeItem(atPath: s.temp) } }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for f in forms {
                for kind in [Kind.xlsx, .csv] where format == nil || format == kind {
                    current = folder.appendingPathComponent("\(f.code).\(kind.rawValue)").path
                    let temp = folder.appendingPathComponent(".\(f.code).\(kind.rawValue).part").path
                    staged.append((temp, current))
                    if kind == .xlsx { try writer.writeXLSX(f, to: temp) } else { try writer.csv(f).write(to: URL(fileURLWithPath: temp)) }
                }
            }
            let changed = staged.filter { FileManager.default.fileExists(atPath: $0.final) && !FileManager.default.contentsEqual(atPath: $0.temp, andPath: $0.final) }
            if !changed.isEmpty && !force {
                let names = changed.map { URL(fileURLWithPath: $0.final).lastPathComponent }.joined(separator: ", ")
                Console.error(common.english
                    ? "\(folder.path) already holds \(names), different from the new templates (filled in?); nothing was written. Use --force to replace them."
                    : "\(folder.path) đã có \(names), khác với biểu mẫu mới (đã điền số liệu?); chưa ghi gì. Dùng --force để ghi đè.")
                throw ExitCode(2)
            }
            for s in staged {
                current = s.final
                try? FileManager.default.removeItem(atPath: s.final)
                try FileManager.default.moveItem(atPath: s.temp, toPath: s.final)
            }
            staged = []
        } catch let exit as ExitCode {
            throw exit
        } catch {
            Console.error((common.english ? "Cannot write the templates: " : "Không ghi được biểu mẫu: ")
                          + FileProblem(path: current, error: error).message(english: common.english))
            throw ExitCode(2)
        }
        if !common.quiet {
            let codes = forms.map(\.code).joined(separator: ", ")
            print(common.english ? "Wrote \(forms.count) templates to \(folder.path): \(codes)."
                                 : "Đã ghi \(forms.count) biểu mẫu vào \(folder.path): \(codes).")
        }
    }
}
