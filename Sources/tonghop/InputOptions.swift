import Common
import ArgumentParser
import CSVReading
import Foundation
import TaskModel
import Validation

/// The returns to read, shared by `check` and `build`.
struct InputOptions: ParsableArguments {
    @Argument(help: Language.help("Tệp hoặc thư mục (tìm .csv, .tsv, .txt, .xlsx trong thư mục con).",
                                  "Files or folders (.csv, .tsv, .txt, .xlsx are searched in subfolders)."))
    var paths: [String] = []

    /// Said when a command that needs files got none (`build` alone may go without: it then
    /// reads the archive).
    static var noPaths: String {
        Language.pick("Thiếu đối số bắt buộc «PATH»: cần ít nhất một tệp hoặc thư mục.",
                      "Missing expected argument «PATH»: give at least one file or folder.")
    }

    @Option(name: .customLong("max-issues"), help: Language.help("Số vấn đề liệt kê tối đa mỗi tệp (vẫn đếm đủ).",
                                                                 "Most issues listed per file (all are still counted)."))
    var maxIssues = 1000

    func validate() throws {
        if maxIssues < 0 { throw ValidationError(Language.pick("--max-issues phải ≥ 0.",
                                                               "--max-issues must be ≥ 0.")) }
    }

    /// The files under the paths, and what was found but not read; a path that does not
    /// exist is an exit-2 problem, with a hint when it was written with `\`.
    func survey(english: Bool) throws -> InputFiles.Survey {
        do { return try InputFiles.survey(paths) } catch {
            Console.error((english ? "Not found: " : "Không tìm thấy: ") + error.path + WindowsPath.hint(error.path, english: english))
            throw ExitCode(2)
        }
    }
}
