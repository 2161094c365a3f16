import ArgumentParser
import Foundation

/// `tonghop serve …`: runs the web page for clerks, the `tonghop-web` program installed
/// beside `tonghop`.
///
/// The server is a program of its own so that `tonghop` (what the quick start builds) does
/// not compile or link an HTTP server; this command replaces itself with it (`execv`), so
/// Ctrl-C and a service manager's signals reach the server directly.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Mở trang web cho cán bộ (tonghop serve --help để xem các tùy chọn).",
        shouldDisplay: true
    )

    @Argument(parsing: .captureForPassthrough, help: "--data DIR --host 127.0.0.1 --port 8080 --set-password …")
    var arguments: [String] = []

    func run() throws {
        let me = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let web = me.deletingLastPathComponent().appendingPathComponent("tonghop-web").path
        guard FileManager.default.isExecutableFile(atPath: web) else {
            Console.error("""
            Chưa có chương trình trang web (\(web)). Dựng bằng: swift build -c release --product tonghop-web
            The web page program is missing (\(web)). Build it: swift build -c release --product tonghop-web
            """)
            throw ExitCode(2)
        }
        let argv = ([web] + arguments).map { strdup($0) } + [nil]
        execv(web, argv)
        Console.error("tonghop serve: \(String(cString: strerror(errno)))")
        throw ExitCode(2)
    }
}
