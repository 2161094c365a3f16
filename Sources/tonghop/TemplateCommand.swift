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

    @OptionGroup var common: CommonOptions

    enum Kind: String, ExpressibleByArgument { case xlsx, csv }

    func validate() throws {
        if area != nil && common.form != nil { throw ValidationError(Language.pick("Dùng --form hoặc --area, không dùng cả hai.",
                                                                                   "Use --form or --area, not both.")) }
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
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for f in forms {
                if format != .csv {
                    let path = folder.appendingPathComponent("\(f.code).xlsx").path
                    let temp = folder.appendingPathComponent(".\(f.code).xlsx.part").path
                    current = path
                    try writer.writeXLSX(f, to: temp)
                    try? FileManager.default.removeItem(atPath: path)
                    try FileManager.default.moveItem(atPath: temp, toPath: path)
                }
                if format != .xlsx {
                    current = folder.appendingPathComponent("\(f.code).csv").path
                    try writer.csv(f).write(to: folder.appendingPathComponent("\(f.code).csv"), options: .atomic)
                }
            }
        } catch {
            Console.error((common.english ? "Cannot write the templates: " : "Không ghi được biểu mẫu: ")
                          + FileProblem(path: current, error: error).message(english: common.english))
            throw ExitCode(2)
        }
        if !common.quiet {
            print("Đã ghi \(forms.count) biểu mẫu vào \(folder.path): \(forms.map(\.code).joined(separator: ", ")).")
        }
    }
}
