import ArgumentParser
import Foundation
import TaskModel

/// `tonghop model [--format text|json]`: the model in force, as a catalogue or as data.
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
            print(model.catalogue(english: common.english), terminator: "")
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            FileHandle.standardOutput.write(try encoder.encode(model))
            FileHandle.standardOutput.write(Data("\n".utf8))
        }
    }
}
