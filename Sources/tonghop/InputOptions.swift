import ArgumentParser
import CSVReading
import Foundation
import TaskModel
import Validation

/// The returns to read, shared by `check` and `build`.
struct InputOptions: ParsableArguments {
    @Argument(help: Language.help("Tệp hoặc thư mục (tìm .csv, .tsv, .txt trong thư mục con).",
                                  "Files or folders (.csv, .tsv, .txt are searched in subfolders)."))
    var paths: [String]

    @Option(name: .customLong("max-issues"), help: Language.help("Số vấn đề liệt kê tối đa mỗi tệp (vẫn đếm đủ).",
                                                                 "Most issues listed per file (all are still counted)."))
    var maxIssues = 1000

    func validate() throws {
        if maxIssues < 0 { throw ValidationError(Language.pick("--max-issues phải ≥ 0.",
                                                               "--max-issues must be ≥ 0.")) }
    }

    /// The files under the paths; a path that does not exist is an exit-2 problem.
    func files(english: Bool) throws -> [String] {
        do { return try InputFiles.expand(paths) } catch {
            Console.error((english ? "Not found: " : "Không tìm thấy: ") + error.path + WindowsPath.hint(error.path, english: english))
            throw ExitCode(2)
        }
    }
}
