import Foundation

/// A depth-first walk of one folder given by the user.
struct FolderWalk {
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
