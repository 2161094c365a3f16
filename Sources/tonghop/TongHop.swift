import ArgumentParser
import Foundation
import XLSX

/// `tonghop`: monthly commune returns → validated, consolidated workbooks (SPEC §3).
@main
struct TongHop: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tonghop",
        abstract: "Kiểm tra và tổng hợp báo cáo tháng của các xã, thị trấn.",
        discussion: """
        Mã thoát: 0 không có lỗi (có thể có cảnh báo); 1 số liệu có lỗi; 2 sai cách dùng hoặc lỗi đọc/ghi tệp.
        Exit status: 0 no errors; 1 the data has errors; 2 usage or I/O problems.
        """,
        version: "0.1.0 (--compression fast: " + (Compression.fastIsAvailable ? "có / available)" : "không có / not available)"),
        subcommands: [CheckCommand.self, BuildCommand.self, TemplateCommand.self, ModelCommand.self]
    )

    /// Usage errors exit 2 (SPEC §3), not the parser's default 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}
