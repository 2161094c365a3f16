import Common
import ArgumentParser
import Foundation
import XLSX

/// `tonghop`: monthly commune returns → validated, consolidated workbooks (SPEC §3).
@main
struct TongHop: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "tonghop",
            abstract: Language.pick("Kiểm tra và tổng hợp báo cáo tháng của các xã, thị trấn.",
                                    "Checks and consolidates the communes' monthly returns."),
            discussion: Language.pick(
                                      "Mã thoát: 0 không có lỗi (có thể có cảnh báo); 1 số liệu có lỗi; 2 sai cách dùng hoặc lỗi đọc/ghi tệp. "
                    + "Ngôn ngữ: --lang vi|en (đặt trước hoặc sau lệnh); không ghi thì theo biến LANG.",
                "Exit status: 0 no errors (warnings allowed); 1 the data has errors; 2 usage or I/O problems. "
                    + "Language: --lang vi|en (before or after the command); without it, the LANG variable."),
            version: "0.1.0 (--compression fast: " + available(Compression.fastIsAvailable)
                + "; ghi ô không qua printf / cells written without printf: " + available(SheetCells.available) + ")",
            subcommands: [CheckCommand.self, BuildCommand.self, ImportCommand.self, StatusCommand.self, HistoryCommand.self,
                          TemplateCommand.self, ModelCommand.self, ServeCommand.self]
        )
    }

    /// Usage errors exit 2 (SPEC §3), not the parser's default 64. `--lang` is taken wherever
    /// it stands, and the parser's own messages follow it.
    static func main() {
        let names = configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
        let arguments = Language.placed(Array(CommandLine.arguments.dropFirst()), subcommands: names)
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            let message = ParserText.localized(fullMessage(for: error))
            if code == .success {
                print(message)
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((message + "\n").utf8))
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }

    /// Whether a part of this build that depends on the system's libraries is there, in both
    /// languages: `--version` is read when something is slower or missing on a new machine.
    private static func available(_ yes: Bool) -> String {
        yes ? "có / available" : "không có / not available"
    }
}
