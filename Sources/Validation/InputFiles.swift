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

/// A depth-first walk of one folder given by the user.
private struct FolderWalk {
    var files: [String] = []
    var notRead: [InputFiles.NotRead] = []
    /// Real folders already walked, by device and inode: a symbolic link back up the tree, or
    /// two links to one folder, is walked once.
    private var seen: Set<[UInt64]> = []

    mutating func visit(_ folder: String) {
        var info = stat()
        guard stat(folder, &info) == 0 else {
            notRead.append(.init(path: folder, reason: .unreadableFolder(String(cString: strerror(errno)))))
            return
        }
        guard seen.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted else {
            notRead.append(.init(path: folder, reason: .folderSeen))
            return
        }
        guard let dir = opendir(folder) else {
            notRead.append(.init(path: folder, reason: .unreadableFolder(String(cString: strerror(errno)))))
            return
        }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        closedir(dir)
        for name in names.sorted(by: InputFiles.byteOrder) {
            let full = (folder as NSString).appendingPathComponent(name)
            var target = stat()
            guard stat(full, &target) == 0 else {
                notRead.append(.init(path: full, reason: .brokenLink))
                continue
            }
            if (target.st_mode & S_IFMT) == S_IFDIR {
                visit(full)
            } else if let reason = SkipReason(fileName: name) {
                notRead.append(.init(path: full, reason: reason))
            } else {
                files.append(full)
            }
        }
    }
}
