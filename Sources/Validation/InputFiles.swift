import Foundation

/// Expands the paths a user gives into the return files to read (SPEC §2), and lists every
/// file under a folder that is not read, with the reason, so that nothing found is silent.
public enum InputFiles {
    /// File name endings read when a folder is searched: CSV returns and Excel workbooks.
    public static let extensions: Set<String> = ["csv", "tsv", "txt", "xlsx", "xlsm"]

    public struct Missing: Error, Sendable { public let path: String }

    /// What a search found: files to read, and what was left and why.
    public struct Survey: Sendable {
        public var files: [String] = []
        public var notRead: [NotRead] = []
    }

    /// A file or folder that is not read.
    public struct NotRead: Sendable, Hashable {
        public let path: String
        public let reason: SkipReason
    }

    /// Files as given, and under folders every return file, recursively, in a stable
    /// (byte-wise) order so that runs are deterministic.
    public static func expand(_ paths: [String]) throws(Missing) -> [String] { try survey(paths).files }

    /// Files as given, and under folders every return file, recursively and through symbolic
    /// links (each real folder once, so a link loop ends); every other file found, every
    /// folder that cannot be listed, and every given folder holding no return are listed in
    /// ``Survey/notRead``.
    public static func survey(_ paths: [String]) throws(Missing) -> Survey {
        var survey = Survey()
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else { throw Missing(path: path) }
            guard isDir.boolValue else { survey.files.append(path); continue }
            var walk = FolderWalk()
            walk.visit(path)
            survey.files += walk.files.sorted(by: byteOrder)
            survey.notRead += walk.notRead.sorted { byteOrder($0.path, $1.path) }
            if walk.files.isEmpty && !walk.notRead.contains(where: { $0.reason.isFolderError }) {
                survey.notRead.append(NotRead(path: path, reason: .noReturns))
            }
        }
        return survey
    }

    static func byteOrder(_ a: String, _ b: String) -> Bool { Array(a.utf8).lexicographicallyPrecedes(Array(b.utf8)) }
}
