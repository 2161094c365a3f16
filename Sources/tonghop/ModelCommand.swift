import Common
import ArgumentParser
import Foundation
import TaskModel

/// `tonghop model [--format text|json] [--form CODE]`: the model in force, or one form of it,
/// as a catalogue or as data.
struct ModelCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "model",
            abstract: Language.pick("In danh mục biểu mẫu, cột, quy tắc (mô hình đang dùng).",
                                    "Prints the catalogue of forms, columns and rules (the model in force).")
        )
    }

    @Option(help: Language.help("text (danh mục để in) hoặc json (dữ liệu mô hình).",
                                "text (a catalogue to print) or json (the model's data)."))
    var format: Format = .text

    @OptionGroup var common: CommonOptions

    enum Format: String, ExpressibleByArgument { case text, json }

    func run() throws {
        let model = try common.loadModel()
        switch format {
        case .text:
            print(model.catalogue(english: common.english, form: common.form), terminator: "")
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            // With --form, that form's part of the model alone.
            let data = try common.form.flatMap(model.form).map { try encoder.encode($0) } ?? encoder.encode(model)
            FileHandle.standardOutput.write(data)
            FileHandle.standardOutput.write(Data("\n".utf8))
        }
    }
}
