import Common
import ArgumentParser
import Foundation
import TaskModel
import Validation

/// Options every command shares (SPEC §3); how returns are read is ``ReadingOptions``, for
/// the commands that read them.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: Language.help("Tệp mô hình thay cho mô hình có sẵn (JSON).",
                                             "A model file (JSON) to use instead of the built-in model."))
    var model: String?

    @Option(name: .long, help: Language.help("Mã biểu (xem `tonghop model`), khi không muốn tự nhận biết.",
                                             "Form code (see `tonghop model`), instead of detecting it."))
    var form: String?

    @Flag(name: .long, help: Language.help("Không in tiến độ và tóm tắt.",
                                           "Print no progress and no summary."))
    var quiet = false

    @Option(name: .long, help: Language.help("Ngôn ngữ thông báo: vi hoặc en.",
                                             "Language of messages: vi or en."))
    var lang: Language = .vi

    var english: Bool { lang == .en }

    /// The model to use; a broken one is an exit-2 problem with its own message.
    func loadModel() throws -> Model {
        do {
            let m = try model.map { try Model.load(path: $0) } ?? Model.bundled()
            if let code = form, m.form(code) == nil {
                throw ValidationError(Language.pick("Không có biểu '\(code)'. Có: \(m.forms.map(\.code).joined(separator: ", ")).",
                                                    "No form '\(code)'. There are: \(m.forms.map(\.code).joined(separator: ", "))."))
            }
            return m
        } catch let error as ModelError {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(2)
        }
    }
}
