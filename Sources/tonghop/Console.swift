import ArgumentParser
import CSVReading
import Foundation
import TaskModel
import Validation

/// Standard error, for summaries and progress that must not mix with a report on stdout.
enum Console {
    static func error(_ text: String) { FileHandle.standardError.write(Data((text + "\n").utf8)) }

    /// A line per workbook while the month is written, on a terminal only: after the files are
    /// read, writing takes seconds that would otherwise look like a hang.
    static func stage(quiet: Bool, english: Bool) -> ((String) -> Void)? {
        guard !quiet, isatty(STDERR_FILENO) != 0 else { return nil }
        return { name in
            FileHandle.standardError.write(Data(("\r\u{1B}[K" + (english ? "Writing \(name)…" : "Đang ghi \(name)…")).utf8))
        }
    }

    /// Progress only on a terminal, never when output is piped (SPEC §3).
    static func progress(quiet: Bool, english: Bool) -> ((Int, Int) -> Void)? {
        guard !quiet, isatty(STDERR_FILENO) != 0 else { return nil }
        return { done, total in
            FileHandle.standardError.write(Data("\r\(done)/\(total) \(english ? "files" : "tệp")…".utf8))
            if done == total { clearLine() }
        }
    }

    /// Wipes the progress or stage line, so what follows starts clean.
    static func clearLine() {
        if isatty(STDERR_FILENO) != 0 { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
