import ArgumentParser
import CSVReading
import Common
import Foundation
import TaskModel
import WebApp

/// `tonghop serve [--data DIR] [--host 127.0.0.1] [--port 8080]`: the web page for clerks.
@main
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tonghop serve",
        abstract: Language.pick("Mở trang web cho cán bộ: nộp tệp, xem tình hình nộp, tổng hợp và tải sổ.",
                                "Runs the web page for clerks: send returns, see who has sent what, build and download the month.")
    )

    @Option(help: help("Thư mục lưu trữ các tệp đã nộp và kết quả.", "The folder of the archive and the built months."))
    var data = "tonghop-data"

    @Option(help: help("Địa chỉ lắng nghe. Khác 127.0.0.1 thì phải đặt mật khẩu trước (--set-password).",
                       "The address to listen on. Any other than 127.0.0.1 needs a password set first (--set-password)."))
    var host = "127.0.0.1"

    @Option(help: help("Cổng.", "The port."))
    var port: UInt16 = 8080

    @Flag(name: .customLong("set-password"), help: help("Đặt mật khẩu cho trang (đọc từ đầu vào chuẩn) rồi thoát.",
                                                                  "Sets the page's password (read from standard input), then exits."))
    var setPassword = false

    @Option(name: .customLong("max-upload-size"), help: help("Tổng dung lượng tối đa của một lần nộp (MB).", "The largest upload, all files together (MB)."))
    var maxUploadSize: Double = 1024

    @Option(name: .long, help: help("Tệp mô hình thay cho mô hình có sẵn (JSON).", "A model file to use instead of the built-in one (JSON)."))
    var model: String?

    @Option(name: .customLong("max-file-size"), help: help("Kích thước tệp tối đa (MB); tệp lớn hơn bị từ chối.", "The largest file (MB); larger ones are refused."))
    var maxFileSize: Double = 512

    @Option(name: .customLong("max-cell-length"), help: help("Độ dài tối đa của một ô (byte).", "The longest cell (bytes)."))
    var maxCellLength = 1 << 20

    @Option(name: .long, help: help("Ngôn ngữ mặc định của trang (và của phần trợ giúp này): vi hoặc en.", "The page's default language (and this help's): vi or en."))
    var lang = "vi"

    /// An option's help in the language of this run (`--lang`, else the locale).
    private static func help(_ vi: String, _ en: String) -> ArgumentHelp { ArgumentHelp(Language.pick(vi, en)) }

    func validate() throws {
        guard maxFileSize > 0, maxUploadSize >= maxFileSize, maxCellLength > 0 else {
            throw ValidationError("--max-file-size > 0, --max-upload-size ≥ --max-file-size, --max-cell-length > 0")
        }
        guard lang == "vi" || lang == "en" else { throw ValidationError("--lang vi|en") }
    }

    var loopback: Bool { ["127.0.0.1", "localhost", "::1"].contains(host) }

    func run() async throws {
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        let password = PasswordFile(folder: data)
        if setPassword { return try readPassword(into: password) }
        if !loopback && !password.exists {
            Self.fail("""
            Trang mở cho máy khác (--host \(host)) phải có mật khẩu. Đặt trước bằng: tonghop serve --data \(data) --set-password
            A page open to other machines needs a password: tonghop serve --data \(data) --set-password
            """)
        }
        let loaded: Model
        do { loaded = try model.map { try Model.load(path: $0) } ?? Model.bundled() } catch { Self.fail("\(error)") }
        let read = ReadOptions(maxFileBytes: Int(min(maxFileSize, 1e9) * 1_048_576), maxCellBytes: maxCellLength)
        let settings = WebSettings(data: URL(fileURLWithPath: data).standardizedFileURL, model: loaded, read: read,
                                   maxRequestBytes: Int(min(maxUploadSize, 1e9) * 1_048_576),
                                   passwordRequired: password.exists, english: lang == "en")
        let app = try WebApp(settings: settings, loopbackOnly: loopback)
        do {
            try await ServerLifetime.run(app, host: host, port: port) { listening in
                // Written at once (not buffered): scripts and tests read the port from it.
                FileHandle.standardOutput.write(Data("TongHop: http://\(host.contains(":") ? "[\(host)]" : host):\(listening) (Ctrl-C để dừng / to stop)\n".utf8))
            }
        } catch let error as ServerLifetime.BadHost {
            Self.fail("--host \(host): \(error.reason)")
        }
    }

    /// Reads the new password from standard input (a line; typed twice on a terminal).
    private func readPassword(into file: PasswordFile) throws {
        let tty = isatty(STDIN_FILENO) != 0
        func ask(_ prompt: String) -> String {
            if tty { return String(cString: getpass(prompt)) }
            return readLine(strippingNewline: true) ?? ""
        }
        let first = ask("Mật khẩu mới / new password: ")
        guard first.count >= 8 else { Self.fail("Mật khẩu cần ít nhất 8 ký tự / at least 8 characters.") }
        if tty && ask("Nhập lại / again: ") != first { Self.fail("Hai lần nhập không khớp / they differ.") }
        try file.set(first)
        print("Đã lưu mật khẩu (dạng băm) vào / saved (hashed) to \(file.path)")
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data((message + "\n").utf8))
        Foundation.exit(2)
    }
}
