import Foundation

/// One build at a time per OUT: a lock file in OUT held with `flock` for the whole run.
///
/// A second build into the same OUT would otherwise clear the first one's temporary files as
/// leftovers and make it fail halfway. The lock goes with the process, so a killed build
/// leaves nothing to clean up: the next one takes it at once.
public final class OutputLock {
    /// Another run holds the lock.
    public struct Busy: Error, Sendable, CustomStringConvertible {
        public let folder: String
        public var description: String {
            "thư mục đang được ghi bởi một lần chạy khác / the folder is being written by another run: \(folder)"
        }
    }

    public static let fileName = ".tonghop.lock"
    private let fd: Int32

    /// Takes the lock of `root` (created if missing) or throws ``Busy`` at once.
    public init(root given: String) throws {
        // Absolute, so that a problem names the folder wherever the clerk ran the command.
        let root = URL(fileURLWithPath: given).path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        let path = (root as NSString).appendingPathComponent(OutputLock.fileName)
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path]) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            throw Busy(folder: root)
        }
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
