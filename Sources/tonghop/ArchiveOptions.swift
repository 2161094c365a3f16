import Archive
import ArgumentParser
import Foundation

/// `--data DIR`: where the archive of submissions lives (`import`, `status`, `history`, and
/// `build` without PATH).
struct ArchiveOptions: ParsableArguments {
    @Option(name: .long, help: "Thư mục kho lưu các tệp đã nhận (cơ sở dữ liệu và bản sao tệp).")
    var data = Archive.defaultFolder

    /// The archive; one that cannot be opened is an exit-2 problem.
    func open() throws -> Archive {
        do { return try Archive(folder: data) } catch {
            Console.error("Không mở được kho lưu / cannot open the archive \(data): \(error)")
            throw ExitCode(2)
        }
    }
}
