import ArgumentParser
import CSVReading
import Foundation
import TaskModel
import Validation

/// Standard error, for summaries and progress that must not mix with a report on stdout.
enum Console {
    static func error(_ text: String) { FileHandle.standardError.write(Data((text + "\n").utf8)) }

    /// Progress only on a terminal, never when output is piped (SPEC §3).
    static func progress(quiet: Bool) -> ((Int, Int) -> Void)? {
        guard !quiet, isatty(STDERR_FILENO) != 0 else { return nil }
        return { done, total in
            FileHandle.standardError.write(Data("\r\(done)/\(total) tệp…".utf8))
            if done == total { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        }
    }
}
