import ArgumentParser
import Foundation
import TaskModel

/// `tonghop model [--format text|json]`: the model in force, as a catalogue or as data.
struct ModelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "model",
        abstract: "In danh mục biểu mẫu, cột, quy tắc (mô hình đang dùng)."
    )

    @Option(help: "text (danh mục để in) hoặc json (dữ liệu mô hình).")
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
